// Typed wrappers around the parts of `natural` the project uses. This folder is the only place
// that imports natural, and only through deep submodule paths (the package root is slow to load
// and prints to stdout).
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import { words as STOPWORD_LIST } from 'natural/lib/natural/util/stopwords_no.js';

// The Norwegian regular-expression helpers live in regex-nb.ts (no natural: the query path loads
// the area table, which needs them, without the stemmer); re-exported here as before.
export { LATIN_LETTER_RANGES, latinLetters, nbRegex, regexGate, WORD_BOUNDARY } from './regex-nb.js';
// Folding lives in fold.ts (no natural either: area names and document ids need it on the query path).
import { asciiFold, fold } from './fold.js';
export { asciiFold, fold } from './fold.js';


/** Norwegian stem of one word (lower-cased): `barnehagene` → `barnehag`, `helsa` → `hels`. */
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = stemmer.stem(fold(word));
    if (STEMS.size >= 100_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

// natural's stemmer runs a dozen regexes a word (some built per call); the same words recur.
const STEMS = new Map<string, string>();

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words of a text with Norwegian letters, original case kept. Hyphens, slashes and apostrophes
 * separate words (`e-helse` → `e`, `helse`; `EU/EØS-saker` → `EU`, `EØS`, `saker`).
 */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** A word with its character offsets in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Like tokenize, with offsets (into the NFC-normalized text). */
export function tokenizeWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** natural's Norwegian stopwords (`og`, `i`, `det`, …). */
export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_LIST.map(fold));

export function isStopword(word: string): boolean {
  return STOPWORDS.has(fold(word));
}


