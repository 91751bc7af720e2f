declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distances: {
    LevenshteinDistance(a: string, b: string): number;
    DamerauLevenshteinDistance(a: string, b: string): number;
  };
  export default distances;
}
