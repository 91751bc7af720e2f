#!/usr/bin/env node
// `npm run bench`: speed and memory figures as ratios against baselines measured side by side
// in the same run (issue 7). Prints a table and writes bench/RESULTS.md.
//
//   1. list --area helse --format tsv (bundled corpus)  vs  node -e 0          target ≤ 1.4×
//   2. ingest of the bundled document                   vs  node -e 0          target ≤ 4×
//   3. full ingest of N synthetic documents             vs  remark-parse alone target ≤ 1.5×
//   4. re-ingest of the N after one file changed                               target ≤ 2 s
//   5. list / search / grep on the N-document index: time and peak memory     ≤ 0.5 s, ≤ 300 MB
//   6. ingest of a 15-page PDF                           vs  pdf.js alone extracting its text ≤ 1.5×
//
// BENCH_DOCS (default 1000) and BENCH_RUNS (default 5) scale it down for a quick look.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';


const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'ks-input.cjs');
const SEED = join(ROOT, 'corpus', 'ks-2021-hurdalsplattformen.txt');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = mkdtempSync(join(tmpdir(), 'ks-input-bench-'));
const env = { ...process.env, NO_COLOR: '1' };

/**
 * Run a command once under /usr/bin/time: wall seconds (timed here, to the microsecond: time's
 * own %e has only centiseconds, too coarse against a 0.1 s floor) and peak resident memory in MB.
 * Its stdout goes to a file, as in `ks-input list > out.tsv`: captured through a pipe, the
 * megabytes a query prints cost this process a read loop and a decode that the timing would
 * count against the command (hyperfine sends output to /dev/null for the same reason).
 */
function measure(cmd, args, options = {}) {
  const stdout = openSync(join(work, 'stdout.txt'), 'w');
  const start = process.hrtime.bigint();
  const out = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', env, cwd: options.cwd ?? work, stdio: ['ignore', stdout, 'pipe'] });
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(stdout);
  const last = out.stderr.trim().split('\n').pop() ?? '';
  const kb = Number(last.split(' ')[1]);
  if (options.expect !== undefined && ![options.expect].flat().includes(out.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${out.status}: ${out.stderr.slice(0, 500)}`);
  }
  return { secs, mb: kb / 1024 };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const summary = (runs) => ({ secs: median(runs.map((r) => r.secs)), mb: Math.max(...runs.map((r) => r.mb)) });

/**
 * Median seconds (and the largest peak memory) over RUNS runs, after one warm-up run;
 * `options.before` runs before each (untimed), e.g. to remove what the last run made.
 */
function timed(cmd, args, options = {}) {
  options.before?.();
  measure(cmd, args, options);
  return summary(
    Array.from({ length: RUNS }, () => {
      options.before?.();
      return measure(cmd, args, options);
    }),
  );
}

/**
 * A command and its baseline, run in turn (baseline, command, baseline, …) RUNS times each
 * after a warm-up of each: on a shared machine whose speed drifts from minute to minute, a
 * ratio of medians taken minutes apart would measure the drift as much as the command.
 */
function timedAgainst(baseline, command, { runs = RUNS, warmUp = true } = {}) {
  const results = [[], []];
  for (let i = warmUp ? -1 : 0; i < runs; i++) {
    [baseline, command].forEach(([cmd, args, options = {}], k) => {
      options.before?.();
      const run = measure(cmd, args, options);
      if (i >= 0) results[k].push(run);
    });
  }
  return results.map(summary);
}
const rows = [];
function row(figure, ours, baseline, target, pass) {
  rows.push({ figure, ours, baseline, ratio: baseline ? ours / baseline : null, target, pass });
  const r = rows[rows.length - 1];
  console.log(`${figure.padEnd(46)} ${ours.toFixed(3).padStart(8)} ${baseline ? baseline.toFixed(3).padStart(8) : '       -'} ${r.ratio ? `${r.ratio.toFixed(2)}×`.padStart(7) : '      -'}  ${target.padEnd(10)} ${pass ? 'ok' : 'MISSED'}`);
}

console.log(`ks-input benchmarks: ${DOCS} documents, median of ${RUNS} runs, in ${work}`);
console.log(`${'figure'.padEnd(46)} ${'ours'.padStart(8)} ${'baseline'.padStart(8)} ${'ratio'.padStart(7)}  target`);

// the floor of any Node program, run in turn with figures 1 and 2
const FLOOR = [process.execPath, ['-e', '0']];

// 6. ingest of a 15-page PDF (made as the format tests make theirs) vs a script that has pdf.js,
// the library the PDF reader uses, extract the text of every page and nothing else
const { makePdf, repeatedDocument } = await import('../tests/helpers/make-formats.js');
const fixture = readFileSync(join(ROOT, 'tests', 'fixtures', 'formats', 'innspill.md'), 'utf8');
let pdf = null;
for (let copies = 1; !pdf || pdf.pages < 15; copies++) pdf = await makePdf(repeatedDocument(fixture, copies));
const pdfFile = join(work, 'innspill.pdf');
writeFileSync(pdfFile, pdf.bytes);
const pdfjsScript = join(work, 'pdfjs-only.mjs');
writeFileSync(
  pdfjsScript,
  `import { readFileSync } from 'node:fs';
const pdfjs = await import('${join(ROOT, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs')}');
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
let n = 0;
for (let p = 1; p <= doc.numPages; p++) n += (await (await doc.getPage(p)).getTextContent()).items.length;
console.log(n);
`,
);
const pdfIndex = join(work, 'pdf-index');
const [pdfjsOnly, pdfIngest] = timedAgainst(
  [process.execPath, [pdfjsScript, pdfFile], { expect: 0 }],
  [process.execPath, [BIN, 'ingest', pdfFile, '--index', pdfIndex, '-q'], { expect: 0, before: () => rmSync(pdfIndex, { recursive: true, force: true }) }],
);
row(`6. ingest a ${pdf.pages}-page PDF (s)`, pdfIngest.secs, pdfjsOnly.secs, '≤ 1.5×', pdfIngest.secs / pdfjsOnly.secs <= 1.5);

rmSync(work, { recursive: true, force: true });
