// Case and letter folding of Norwegian words, without natural: the query path (area names,
// document ids) needs it and must not load the stemmer.

/**
 * A function of a word with its results kept, up to `limit` words (then all forgotten at once):
 * folding, stemming and analysing run for every word of every document, and the same few
 * thousand words recur. Keys longer than `longest` (a sentence, not a word) are not kept.
 */
export function memoize<V>(compute: (key: string) => V, { limit = 100_000, longest = Infinity } = {}): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    if (key.length > longest) return compute(key);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

// String.prototype.normalize is an ICU call: worth keeping per word
const folded = memoize((t) => t.normalize('NFC').toLowerCase(), { longest: 40 });
// (an ASCII word only needs lower-casing: normalising it is two ICU calls that change nothing)
const asciiFolded = memoize(
  (t) => {
    if (ASCII.test(t)) return t.toLowerCase();
    const s = fold(t).replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
    return ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '');
  },
  { longest: 40 },
);
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case and NFC-normalize, the form every comparison in the project works on. */
export function fold(text: string): string {
  return folded(text);
}

/** Fold æøå and accents to ASCII (`økonomi` → `okonomi`, `næring` → `naering`). */
export function asciiFold(text: string): string {
  return asciiFolded(text);
}
