// Ours vs the obvious baseline (bench/search-baseline.ts) on the judged queries: recall@10 and
// MRR. Prints both; fails if ours falls below the baseline on either.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineSearch } from '../../bench/search-baseline.js';
import { evaluate, JUDGED } from '../../bench/search-eval.js';
import { analyzeSource } from '../../src/index/analyze.js';
import { locate } from '../../src/query/filter.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { sourceFromBytes } from '../../src/source/read.js';
import { SEED } from '../helpers/cli.js';

const doc = analyzeSource(sourceFromBytes(SEED, readFileSync(SEED)));
const located = [...locate([doc])];
const ours = buildSearchIndex(located);
const rankOurs = (q: string) => search(ours, q).map((h) => h.located.sentence.id);
const rankBaseline = baselineSearch(doc.sentences.map((s) => ({ id: s.id, text: s.text })));

describe('search quality on the judged queries', () => {
  it('has at least 20 judged queries whose relevant ids exist', () => {
    expect(JUDGED.length).toBeGreaterThanOrEqual(20);
    const ids = new Set(doc.sentences.map((s) => s.id));
    for (const q of JUDGED) for (const id of q.relevant) expect(ids.has(id), `${q.query}: ${id}`).toBe(true);
  });

  it('beats the MiniSearch + stemmer + prefix baseline on recall@10 and MRR', () => {
    const a = evaluate(rankOurs);
    const b = evaluate(rankBaseline);
    const rows = a.perQuery.map((q, i) => `${q.query.padEnd(26)} ours R@10 ${q.recallAt10.toFixed(2)} RR ${q.rr.toFixed(2)} | baseline R@10 ${b.perQuery[i]!.recallAt10.toFixed(2)} RR ${b.perQuery[i]!.rr.toFixed(2)}`);
    console.log(`${rows.join('\n')}\nours:     recall@10 ${a.recallAt10.toFixed(3)}  MRR ${a.mrr.toFixed(3)}\nbaseline: recall@10 ${b.recallAt10.toFixed(3)}  MRR ${b.mrr.toFixed(3)}  (${JUDGED.length} queries)`);
    expect(a.recallAt10).toBeGreaterThanOrEqual(b.recallAt10);
    // issue 19: splitting, variants and synonyms must not cost the seed its recall
    expect(a.recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(a.mrr).toBeGreaterThanOrEqual(b.mrr);
  });
});
