// String distance for "did you mean" suggestions, from natural's submodule (never its root).
// Loaded on the first suggestion, not with the query code: only an unknown name needs it, and
// natural's distance module brings underscore along.
import { createRequire } from 'node:module';
import type distancesModule from 'natural/lib/natural/distance/levenshtein_distance.js';

let distances: typeof distancesModule | undefined;
const load = () => (distances ??= createRequire(import.meta.url)('natural/lib/natural/distance/levenshtein_distance.js') as typeof distancesModule);

/** The `n` candidates closest to `input` by edit distance, nearest first, within a sane bound. */
export function closest(candidates: readonly string[], input: string, n = 3): string[] {
  const bound = Math.max(2, Math.ceil(input.length / 2));
  const { DamerauLevenshteinDistance } = load();
  return candidates
    .map((c) => ({ c, d: DamerauLevenshteinDistance(input, c) }))
    .filter((x) => x.d <= bound)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}
