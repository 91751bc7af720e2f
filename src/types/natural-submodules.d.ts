// Local declarations for the few submodules of `natural` that src/nlp/ imports. The package
// root is never imported (slow to load, prints to stdout); only these deep paths are.

declare module 'natural/lib/natural/stemmers/porter_stemmer_no.js' {
  /** Snowball-style Norwegian (bokmål) stemmer: lower-cases and strips inflection suffixes. */
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/util/stopwords_no.js' {
  export const words: string[];
}

declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function LevenshteinDistance(
    source: string,
    target: string,
    options?: { insertion_cost?: number; deletion_cost?: number; substitution_cost?: number },
  ): number;
  export function DamerauLevenshteinDistance(
    source: string,
    target: string,
    options?: { insertion_cost?: number; deletion_cost?: number; substitution_cost?: number; transposition_cost?: number; restricted?: boolean },
  ): number;
  /** The CommonJS module object, as `require` returns it (src/nlp/distance.ts loads it lazily). */
  const distances: { LevenshteinDistance: typeof LevenshteinDistance; DamerauLevenshteinDistance: typeof DamerauLevenshteinDistance };
  export default distances;
}
