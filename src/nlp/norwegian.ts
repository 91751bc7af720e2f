// Typed wrappers around the parts of `natural` the project uses. This folder is the only place
// that imports natural, and only through deep submodule paths (the package root is slow to load
// and prints to stdout).
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import { words as STOPWORD_LIST } from 'natural/lib/natural/util/stopwords_no.js';

// The Norwegian regular-expression helpers live in regex-nb.ts (no natural: the query path loads
// the area table, which needs them, without the stemmer); re-exported here as before.
export { LATIN_LETTER_RANGES, latinLetters, nbRegex, WORD_BOUNDARY } from './regex-nb.js';
// Folding lives in fold.ts (no natural either: area names and document ids need it on the query path).
import { fold, memoize } from './fold.js';
export { asciiFold, fold } from './fold.js';


/** Norwegian stem of one word (lower-cased): `barnehagene` → `barnehag`, `helsa` → `hels`. */
export function stem(word: string): string {
  return stemmed(word);
}

// natural's stemmer runs a dozen regexes a word (some built per call); the same words recur.
const stemmed = memoize((word) => stemmer.stem(fold(word)));

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Is the code point a word character (`[\p{L}\p{N}]`)? Kept per code unit for the BMP: the
 * tokenizers below run over every sentence several times, and a scan with this table is several
 * times faster than `matchAll` with its match objects.
 */
const WORD_BMP = new Uint8Array(0x10000); // 0 unknown, 1 word character, 2 not
function isWordChar(code: number): boolean {
  if (code < 0x10000) {
    let k = WORD_BMP[code]!;
    if (k === 0) WORD_BMP[code] = k = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    return k === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/** Start and end offsets of the words of a text: maximal runs of `[\p{L}\p{N}]` code points. */
function wordSpans(text: string, found: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) found(start, text.length);
}

/**
 * Words of a text with Norwegian letters, original case kept. Hyphens, slashes and apostrophes
 * separate words (`e-helse` → `e`, `helse`; `EU/EØS-saker` → `EU`, `EØS`, `saker`).
 */
export function tokenize(text: string): string[] {
  const t = text.normalize('NFC');
  const out: string[] = [];
  wordSpans(t, (start, end) => out.push(t.slice(start, end)));
  return out;
}

/** A word with its character offsets in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Like tokenize, with offsets (into the NFC-normalized text). */
export function tokenizeWithOffsets(text: string): Token[] {
  const t = text.normalize('NFC');
  const out: Token[] = [];
  wordSpans(t, (start, end) => out.push({ text: t.slice(start, end), start, end }));
  return out;
}

/** natural's Norwegian stopwords (`og`, `i`, `det`, …). */
export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_LIST.map(fold));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(fold(word));
}


