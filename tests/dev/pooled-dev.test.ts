// Issue 19's dev measure: ours on every blind search set (bench/search-queries-blind*.json), per
// set, per kind and pooled over all queries; writes per-query figures to $POOLED_OUT. Run only on
// demand (POOLED=1 npx vitest run tests/dev/pooled-dev.test.ts), as it analyses ~200 documents.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { evaluate } from '../../bench/search-eval.js';
import { blindRankers, loadBlind } from '../../bench/search-eval-blind.js';

const run = process.env.POOLED ? it : it.skip;

run('pooled dev sets', async () => {
  const files = readdirSync(join(import.meta.dirname, '../../bench'))
    .filter((f) => /^search-queries-blind(-\d+)?\.json$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0] ?? 1) - Number(b.match(/\d+/)?.[0] ?? 1));
  const rows: Array<{ set: string; kind: string; query: string; recall: number; rr: number }> = [];
  for (const f of files) {
    const set = f.match(/\d+/)?.[0] ?? '1';
    const { documents, queries } = loadBlind(f);
    const r = await blindRankers(documents);
    const s = evaluate(r.ours, queries);
    s.perQuery.forEach((q, i) => rows.push({ set, kind: queries[i]!.kind, query: q.query, recall: q.recallAt10, rr: q.rr }));
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const fig = (rs: typeof rows) => `${mean(rs.map((r) => r.recall)).toFixed(3)}/${mean(rs.map((r) => r.rr)).toFixed(3)} (${rs.length})`;
  const lines = [...new Set(rows.map((r) => r.set))].map((set) => `set ${set.padStart(2)} ${fig(rows.filter((r) => r.set === set))}`);
  for (const kind of ['compound', 'variant', 'synonym', 'base']) lines.push(`${kind.padEnd(8)} ${fig(rows.filter((r) => r.kind === kind))}`);
  lines.push(`pooled   ${fig(rows)}`);
  console.log(lines.join('\n'));
  if (process.env.POOLED_OUT) writeFileSync(process.env.POOLED_OUT, JSON.stringify(rows, null, 1));
}, 1_200_000);
