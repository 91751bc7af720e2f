// Property tests: random Unicode, control characters and random bytes through the reader, the
// normalizer and the segmenter. Nothing throws but the reader's documented DataErrors, and
// valid text loses no word on its way to sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/model/errors.js';
import { normalizeRawText } from '../../src/normalize/raw-text.js';
import { segmentDocument } from '../../src/segment/document.js';
import { splitSentences } from '../../src/segment/sentences.js';
import { decode } from '../../src/source/decode.js';
import { sourceFromBytes } from '../../src/source/read.js';

const RUNS = 300;
const controls = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u001b]0;x\u0007', '\u007f', '\u0085', '\u009b', '\u200b', '\u202e', '\ufeff', '\r', '\r\n', '\t');
const norwegian = fc.constantFrom('kommunene', 'må', 'få', 'økonomi', 'Staten', 'bør', 'f.eks.', 'bl.a.', 'KS', '500 000', 'e-', 'helse', '«sitat»', '[..]', '–', '2022-2025', 'Æ', 'å', '.', '. ', '\n', ' \n', '\n\n', ' ');
const hostileText = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), controls, norwegian), { maxLength: 60 }).map((a) => a.join(''));

/** Only the reader's DataErrors may escape, never anything else; what it returns is checked by `check`. */
function onlyDataErrors<T>(action: () => T, check: (result: T) => void = () => undefined): void {
  let result: T;
  try {
    result = action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toMatch(/^x\.txt: /u);
    return;
  }
  check(result);
}

/** Text a reader returns: no raw control character but line ends and tabs. */
const expectCleanText = (text: string) => expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f]/u);

/** Does `part` stand in `whole` in order, with gaps allowed? */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const c of part) {
    at = whole.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('reader', () => {
  it('random bytes: text or a DataError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => onlyDataErrors(() => sourceFromBytes('x.txt', bytes), (source) => expectCleanText(source.text))), { numRuns: RUNS });
  });
  it('random text in every encoding: text or a DataError, never a raw control character', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('utf8', 'utf16le', 'utf16be', 'bom'), (text, enc) => {
        const body = Buffer.from(text, enc === 'utf16be' || enc === 'utf16le' ? 'utf16le' : 'utf8');
        if (enc === 'utf16be') body.swap16();
        const bom = enc === 'utf8' ? [] : enc === 'bom' ? [0xef, 0xbb, 0xbf] : enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
        const bytes = Buffer.concat([Buffer.from(bom), body]);
        onlyDataErrors(() => {
          const decoded = decode(bytes, 'x.txt');
          // eslint-disable-next-line no-control-regex
          expect(decoded).not.toMatch(/[\u0000-\u0008\u000b\u000d-\u001f\u007f-\u009f]/u);
        });
      }),
      { numRuns: RUNS },
    );
  });
  it('valid UTF-8 text keeps every word and every line', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(norwegian, fc.string({ unit: 'grapheme-ascii' })), { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const clean = text.replace(/\r\n?/gu, '\n');
        const decoded = decode(Buffer.from(text), 'x.txt');
        expect(words(decoded)).toEqual(words(clean.normalize('NFC')));
        expect(decoded.split('\n')).toHaveLength(clean.split('\n').length);
      }),
      { numRuns: RUNS },
    );
  });
  it('odd-length UTF-16 does not throw', () => {
    expect(() => decode(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00]), 'x.txt')).not.toThrow();
  });
});

describe('normalizer and segmenter', () => {
  it('never throw on hostile text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { root, pageOfLine } = normalizeRawText(text);
        const { sentences } = segmentDocument(root, pageOfLine, 'T');
        // the sentences' letters come from the input, in its order (control characters may
        // go, joining words; headings are no sentences), and every sentence is cited
        const letters = (t: string) => words(t.normalize('NFC')).join('');
        expect(isSubsequence(sentences.map((x) => letters(x.text)).join(''), letters(text))).toBe(true);
        for (const x of sentences) {
          expect(x.lines[0]).toBeGreaterThanOrEqual(1);
          expect(x.lines[1]).toBeGreaterThanOrEqual(x.lines[0]);
        }
      }),
      { numRuns: RUNS },
    );
  });
  it('sentences of valid text keep every word, in order', () => {
    const line = fc.array(norwegian.filter((w) => !w.includes('\n')), { minLength: 1, maxLength: 20 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        const { root, pageOfLine } = normalizeRawText(text);
        const { sentences, sections } = segmentDocument(root, pageOfLine, 'T');
        const out = [...sections.filter((s) => s.id !== '0').map((s) => s.title), ...sentences.map((s) => s.text)].join(' ');
        // hyphenated line ends may join two parts into one word: compare letters
        expect(words(out).join('').length).toBe(words(text).join('').length);
        expect([...words(out).join('')].sort().join('')).toBe([...words(text).join('')].sort().join(''));
      }),
      { numRuns: RUNS },
    );
  });
  it('splitSentences spans cover every word of any text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const spans = splitSentences(text);
        const covered = spans.map(([a, b]) => text.slice(a, b)).join(' ');
        expect(words(covered)).toEqual(words(text));
      }),
      { numRuns: RUNS },
    );
  });
});
