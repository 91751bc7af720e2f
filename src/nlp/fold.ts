// Case and letter folding of Norwegian words, without natural: the query path (area names,
// document ids) needs it and must not load the stemmer.

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
