// Bytes → text: every decoding decision lives here, so every later stage sees clean Unicode
// (NFC) with `\n` line ends. Line numbers stay those of the file: nothing here adds or drops
// lines (CRLF and a lone CR each count as one line end).
//
// Which encoding (a simple rule that is right for the files this tool meets):
//   1. a byte-order mark says it: UTF-8, UTF-16 LE or UTF-16 BE;
//   2. NUL bytes without a BOM: binary, refused;
//   3. valid UTF-8 (or mostly UTF-8 with a few broken bytes): UTF-8;
//   4. anything else is Windows-1252, the superset of ISO-8859-1 that old Norwegian files use.
// A statistical detector (chardet) adds nothing here: for Latin-script text it can only choose
// among single-byte code pages, and for Norwegian it guesses ISO-8859-1/-2/-9 or windows-1250
// at random, where rule 4 is always right for æøå. Transcoding uses iconv-lite, because Node
// 20's `TextDecoder('windows-1252')` decodes 0x80–0x9F as Latin-1 control characters (the
// euro sign, curly quotes and dashes PDF tools write there would be lost).
import iconv from 'iconv-lite';
import { DataError } from '../model/errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Detected {
  encoding: Encoding;
  /** length of the byte-order mark to skip */
  bom: number;
}

/** Rules 1, 3 and 4 (rule 2, binary, is checked by `decode`). */
export function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const { valid, invalid } = utf8Sequences(bytes);
  // A UTF-8 file with a stray broken byte (a truncated copy) stays UTF-8; a single-byte file
  // has no valid multi-byte sequences at all, or only the odd accidental one.
  return { encoding: invalid === 0 || valid > invalid * 4 ? 'utf-8' : 'windows-1252', bom: 0 };
}

/** Count well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && need === 2) {
      const b1 = bytes[i + 1]!;
      if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f)) ok = false; // overlong, surrogate
    }
    if (ok && need === 3) {
      const b1 = bytes[i + 1]!;
      if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) ok = false; // overlong, > U+10FFFF
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Share of control characters (other than white space and ESC) above which text is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Decode a file's bytes to NFC text with `\n` line ends; refuse binary content. */
export function decode(bytes: Uint8Array, path: string): string {
  const { encoding, bom } = detectEncoding(bytes);
  if (bom === 0 && bytes.includes(0)) throw new DataError(`${path}: binary file (NUL bytes), not text`);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom);
  let text = iconv.decode(body, encoding, { stripBOM: true });
  if (text.includes('\0')) throw new DataError(`${path}: binary file (NUL characters in ${encoding.toUpperCase()} text), not text`);
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000e-\u001a\u001c-\u001f\u007f]/gu)?.length ?? 0;
  if (controls > 0 && controls > text.length * MAX_CONTROL_SHARE) {
    throw new DataError(`${path}: binary file (${Math.round((controls / text.length) * 100)}% control characters), not text`);
  }
  text = text.replace(/\r\n?/gu, '\n');
  return stripControls(text).normalize('NFC');
}

/**
 * Terminal escape sequences (CSI `ESC [ … m`, OSC `ESC ] … BEL`) and the other control
 * characters (C0 but tab, newline, form feed; C1; bidirectional overrides) carry no words: they
 * go here, once, so no later stage stores or prints them. Never a newline: lines keep their numbers.
 */
export function stripControls(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]/gu, '')
    .replace(/\u001b\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|\u001b[P^_][^\u001b\n]*(?:\u001b\\)?/gu, '')
    .replace(/[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '');
}
