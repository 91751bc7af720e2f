// String distance for "did you mean" suggestions, from natural's submodule (never its root).
import distances from 'natural/lib/natural/distance/levenshtein_distance.js';

/** The `n` candidates closest to `input` by edit distance, nearest first, within a sane bound. */
export function closest(candidates: readonly string[], input: string, n = 3): string[] {
  const bound = Math.max(2, Math.ceil(input.length / 2));
  return candidates
    .map((c) => ({ c, d: distances.DamerauLevenshteinDistance(input, c) }))
    .filter((x) => x.d <= bound)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}
