// Typed wrappers around the parts of `natural` the project uses. This folder is the only place
// that imports natural, and only through deep submodule paths (the package root is slow to load
// and prints to stdout).
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_no.js';
import { words as STOPWORD_LIST } from 'natural/lib/natural/util/stopwords_no.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

// The Norwegian regular-expression helpers live in regex-nb.ts (no natural: the query path loads
// the area table, which needs them, without the stemmer); re-exported here as before.
export { LATIN_LETTER_RANGES, latinLetters, nbRegex, regexGate, WORD_BOUNDARY } from './regex-nb.js';

/** Lower-case and NFC-normalize, the form every comparison in the project works on. */
export function fold(text: string): string {
  return memo(FOLDED, text, (t) => t.normalize('NFC').toLowerCase());
}

// Word-level folding runs for every word of every document (areas, search terms); the same few
// thousand words recur, and String.prototype.normalize is an ICU call, so results are kept.
const FOLDED = new Map<string, string>();
const ASCII_FOLDED = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function memo(cache: Map<string, string>, key: string, compute: (key: string) => string): string {
  if (key.length > 40) return compute(key); // a sentence, not a word: not worth keeping
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** Norwegian stem of one word (lower-cased): `barnehagene` → `barnehag`, `helsa` → `hels`. */
export function stem(word: string): string {
  return stemmer.stem(fold(word));
}

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

/** Fold æøå and accents to ASCII (`økonomi` → `okonomi`, `næring` → `naering`). */
export function asciiFold(text: string): string {
  return memo(ASCII_FOLDED, text, (t) =>
    fold(t)
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFD')
      .replace(/\p{M}/gu, ''),
  );
}

/** Edit distance (Damerau-Levenshtein: a swap of two letters costs one). */
export function distance(a: string, b: string): number {
  return DamerauLevenshteinDistance(a, b);
}

/** Jaro-Winkler similarity in [0, 1]: rewards a shared beginning. */
export function similarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b, { ignoreCase: true });
}

/**
 * The `n` candidates closest to `input` (case- and æøå-insensitive), best first: by edit
 * distance, then by Jaro-Winkler similarity, then in the candidates' own order. For
 * suggestions such as "unknown area `heelse`; did you mean `helse`?".
 */
export function closest(candidates: readonly string[], input: string, n = 3): string[] {
  const q = asciiFold(input);
  return candidates
    .map((c, i) => {
      const f = asciiFold(c);
      // compare with the candidate's prefix of the same length too, so `hels` is close to `helse og omsorg`
      const d = Math.min(distance(q, f), distance(q, f.slice(0, Math.max(q.length, 1))) + 1);
      return { c, i, d, s: similarity(q, f) };
    })
    .sort((a, b) => a.d - b.d || b.s - a.s || a.i - b.i)
    .slice(0, Math.max(0, n))
    .map((x) => x.c);
}
