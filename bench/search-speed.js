#!/usr/bin/env node
// The search part of bench/run.js on its own (figure 5's search at N documents), for comparing
// two builds of the program on one index: time of a few queries, median of RUNS runs each.
//
//   node bench/search-speed.js [BIN …]
//
// Each BIN (default: this checkout's bin/ks-input.cjs) runs every query in turn with the others
// (bin A, bin B, bin A, …), so machine drift falls on both alike. Each BIN has its own index of
// the N documents (an index names the build that wrote it, and another build would re-ingest),
// built once and kept under $BENCH_INDEX (default: a folder under the system's temp).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generate.js';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = join(ROOT, 'corpus', 'ks-2021-hurdalsplattformen.txt');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const bins = process.argv.length > 2 ? process.argv.slice(2).map((b) => resolve(b)) : [join(ROOT, 'bin', 'ks-input.cjs')];
const work = process.env.BENCH_INDEX ?? join(tmpdir(), `ks-input-search-bench-${DOCS}`);
const corpus = join(work, 'corpus');
const env = { ...process.env, NO_COLOR: '1' };

if (!existsSync(corpus)) generateCorpus(SEED, corpus, DOCS);
// an ingest of an unchanged corpus by the build that wrote the index is a no-op
const indexes = bins.map((bin, k) => {
  const index = join(work, `index-${k}`);
  const out = spawnSync(process.execPath, [bin, 'ingest', corpus, '--index', index, '-q'], { env, stdio: 'inherit' });
  if (out.status !== 0) throw new Error(`ingest exited ${out.status}`);
  return index;
});

function measure(bin, args, index) {
  const stdout = openSync(join(work, 'stdout.txt'), 'w');
  const start = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [bin, ...args, '--index', index], { env, stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' });
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(stdout);
  if (out.status !== 0 && out.status !== 1) throw new Error(`${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return secs;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const queries = [
  ['search', 'fastlege', '--format', 'tsv'],
  ['search', 'barnehagebemanning', '--format', 'tsv'],
  ['search', 'handlingsplan', 'eldreomsorg', '--format', 'tsv'],
];
console.log(`search at ${DOCS} documents, median of ${RUNS} runs (s); indexes under ${work}`);
for (const q of queries) {
  const times = bins.map(() => []);
  for (let i = -1; i < RUNS; i++) {
    bins.forEach((bin, k) => {
      const t = measure(bin, q, indexes[k]);
      if (i >= 0) times[k].push(t);
    });
  }
  console.log(`${q.slice(0, -2).join(' ').padEnd(44)} ${times.map((t) => median(t).toFixed(3)).join('  ')}`);
}
