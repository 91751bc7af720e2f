// Ranking quality of `search` against the judged queries of bench/search-queries.json:
// recall@10 (relevant ids in the top 10, over min(relevant, 10)) and MRR (1 / rank of the first
// relevant id), each averaged over the queries. Run by tests/query/search-quality.test.ts:
//   npx vitest run tests/query/search-quality.test.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Judged {
  query: string;
  relevant: string[];
}

export const JUDGED: Judged[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'search-queries.json'), 'utf8')) as { queries: Judged[] }
).queries;

export interface Scores {
  recallAt10: number;
  mrr: number;
  perQuery: Array<{ query: string; recallAt10: number; rr: number }>;
}

export function evaluate(rank: (query: string) => string[], judged: readonly Judged[] = JUDGED, k = 10): Scores {
  const perQuery = judged.map(({ query, relevant }) => {
    const ranked = rank(query);
    const wanted = new Set(relevant);
    const top = ranked.slice(0, k).filter((id) => wanted.has(id)).length;
    const first = ranked.findIndex((id) => wanted.has(id));
    return { query, recallAt10: top / Math.min(k, wanted.size), rr: first < 0 ? 0 : 1 / (first + 1) };
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { recallAt10: mean(perQuery.map((q) => q.recallAt10)), mrr: mean(perQuery.map((q) => q.rr)), perQuery };
}
