// Encodings: UTF-8 (with or without BOM) now; every decoding decision lives here.
import { DataError } from '../model/errors.js';

/** Decode a file's bytes to text with `\n` line ends; refuse binary content. */
export function decode(bytes: Uint8Array, path: string): string {
  let text: string;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const body = Buffer.from(bytes.subarray(2));
    if (!le) body.swap16();
    text = body.toString('utf16le');
  } else {
    if (bytes.includes(0)) throw new DataError(`${path}: binary file (NUL bytes), not text`);
    text = new TextDecoder('utf-8').decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  return text.replace(/\r\n?/g, '\n');
}
