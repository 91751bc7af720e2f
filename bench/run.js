#!/usr/bin/env node
// `npm run bench`: speed and memory figures as ratios against baselines measured side by side
// in the same run (issue 7). Prints a table and writes bench/RESULTS.md.
//
//   1. list --area helse --format tsv (bundled corpus)  vs  node -e 0          target ≤ 1.5×
//   2. ingest of the bundled document                   vs  node -e 0          target ≤ 4×
//   3. full ingest of N synthetic documents             vs  remark-parse alone target ≤ 1.5×
//   4. re-ingest of the N after one file changed                               target ≤ 2 s
//   5. list / search / grep on the N-document index: time and peak memory     ≤ 0.5 s, ≤ 300 MB
//   6. ingest of a 15-page PDF                           vs  pdf.js alone extracting its text ≤ 1.5×
//
//   7. every other command on the N-document index (issue 18):
//      show of one id, show of an unknown id, areas, areas --doc, sections --doc X  vs node -e 0  ≤ 2×
//      sections, kwic, search, digest --area helse: time and peak memory                  ≤ 300 MB
//      the index on disk, by kind of file                                          ≤ 2.5× the sources
//   8. with --large (`npm run bench -- --large`; minutes): a corpus of BENCH_LARGE_DOCS (default
//      10,000) documents, generated, ingested once (≤ 1.1× linear in figure 3's time) and
//      asked figure 7's questions; the heavy commands' peak memory against figure 7's (≤ 1.5×:
//      flat in the number of documents, but for what they print).
//
// BENCH_DOCS (default 1000) and BENCH_RUNS (default 5) scale it down for a quick look.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generate.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'ks-input.cjs');
const SEED = join(ROOT, 'corpus', 'ks-2021-hurdalsplattformen.txt');
const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LARGE = process.argv.includes('--large') ? Number(process.env.BENCH_LARGE_DOCS ?? 10000) : 0;
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
  if (options.warmUp !== false) measure(cmd, args, options);
  return summary(
    Array.from({ length: options.runs ?? RUNS }, () => {
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
  console.log(`${figure.padEnd(60)} ${ours.toFixed(3).padStart(8)} ${baseline ? baseline.toFixed(3).padStart(8) : '       -'} ${r.ratio ? `${r.ratio.toFixed(2)}×`.padStart(7) : '      -'}  ${target.padEnd(10)} ${pass ? 'ok' : 'MISSED'}`);
}

console.log(`ks-input benchmarks: ${DOCS} documents, median of ${RUNS} runs, in ${work}`);
console.log(`${'figure'.padEnd(60)} ${'ours'.padStart(8)} ${'baseline'.padStart(8)} ${'ratio'.padStart(7)}  target`);

// the floor of any Node program, run in turn with figures 1 and 2
const FLOOR = [process.execPath, ['-e', '0']];

// 1. the main job on the bundled corpus (index already built by the warm-up)
const [floor1, list] = timedAgainst(FLOOR, [process.execPath, [BIN, 'list', '--area', 'helse', '--format', 'tsv'], { cwd: work, expect: [0, 1] }]);
row('1. list --area helse (s)', list.secs, floor1.secs, '≤ 1.5×', list.secs / floor1.secs <= 1.5);

// 2. ingest of the bundled document into a fresh index each run
const single = join(work, 'single');
const [floor2, ingestOne] = timedAgainst(FLOOR, [
  process.execPath,
  [BIN, 'ingest', SEED, '--index', single, '-q'],
  { expect: 0, before: () => rmSync(single, { recursive: true, force: true }) },
]);
row('2. ingest bundled document (s)', ingestOne.secs, floor2.secs, '≤ 4×', ingestOne.secs / floor2.secs <= 4);

// 3. full ingest of the synthetic corpus vs remark-parse alone over the same files
const corpus = join(work, 'corpus');
const generated = generateCorpus(SEED, corpus, DOCS);
const parseScript = join(work, 'remark-only.mjs');
writeFileSync(
  parseScript,
  `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '${join(ROOT, 'node_modules', 'unified', 'index.js')}';
import remarkParse from '${join(ROOT, 'node_modules', 'remark-parse', 'index.js')}';
const dir = process.argv[2];
const parser = unified().use(remarkParse);
let n = 0;
for (const f of readdirSync(dir).sort()) n += parser.parse(readFileSync(join(dir, f), 'utf8')).children.length;
console.log(n);
`,
);
const big = join(work, 'big');
// in turn, three of each, without a warm-up (each takes tens of seconds)
const [remark, full] = timedAgainst(
  [process.execPath, [parseScript, corpus], { expect: 0 }],
  [process.execPath, [BIN, 'ingest', corpus, '--index', big, '-q'], { expect: 0, before: () => rmSync(big, { recursive: true, force: true }) }],
  { runs: Math.min(RUNS, 3), warmUp: false },
);
const remarkOnly = remark.secs;
row(`3. ingest ${DOCS} documents (s)`, full.secs, remarkOnly, '≤ 1.5×', full.secs / remarkOnly <= 1.5);

// 4. re-ingest after one file changed
const reRuns = Array.from({ length: Math.min(RUNS, 3) }, (_, i) => {
  appendFileSync(join(corpus, 'doc-0000.txt'), `\nKS mener at endring nummer ${i} må vurderes.\n \n`);
  return measure(process.execPath, [BIN, 'ingest', corpus, '--index', big, '-q'], { expect: 0 }).secs;
});
const reingest = median(reRuns);
row(`4. re-ingest ${DOCS} after one change (s)`, reingest, null, '≤ 2 s', reingest <= 2);

// 5. queries on the big index
const queries = [
  ['list --area helse', ['list', '--area', 'helse', '--format', 'tsv']],
  ['search fastlege', ['search', 'fastlege', '--format', 'tsv']],
  ['grep fastlege', ['grep', 'fastlege', '--format', 'tsv']],
];
for (const [name, args] of queries) {
  const q = timed(process.execPath, [BIN, ...args, '--index', big], { expect: [0, 1, 2] });
  row(`5. ${name}, ${DOCS} docs (s)`, q.secs, null, '≤ 0.5 s', q.secs <= 0.5);
  row(`5. ${name}, ${DOCS} docs (peak MB)`, q.mb, null, '≤ 300 MB', q.mb <= 300);
}

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

/** Bytes of the files under a folder, by the kind of file (what follows the document's name). */
function sizesOf(dir) {
  const kinds = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else {
        const kind = name === 'catalog.json' ? name : name.split('.').slice(2).join('.') || name;
        kinds.set(kind, (kinds.get(kind) ?? 0) + info.size);
      }
    }
  };
  walk(dir);
  return kinds;
}

/**
 * Figure 6 on an index of `docs` documents made from `sourceBytes` of sources; `once`: each
 * heavy command run once, without a warm-up, and the light ones in turn with the floor twice
 * (at 10,000 documents a digest alone takes minutes).
 */
const peaks = new Map();
function everyCommand(figure, index, docs, sourceBytes, once = false) {
  const at = `${docs} docs`;
  const light = [
    ['show doc-0042:2-2', ['show', 'doc-0042:2-2'], 0],
    ['show 2.5-3 (short id)', ['show', '2.5-3'], [0, 1]],
    ['show nope-1 (unknown)', ['show', 'nope-1'], 1],
    ['areas', ['areas'], 0],
    ['areas --doc doc-0042', ['areas', '--doc', 'doc-0042'], 0],
    ['sections --doc doc-0042', ['sections', '--doc', 'doc-0042'], 0],
  ];
  for (const [name, args, expect] of light) {
    const [floor, q] = timedAgainst(FLOOR, [process.execPath, [BIN, ...args, '--index', index, '--format', 'tsv'], { expect }], once ? { runs: 2 } : {});
    row(`${figure}. ${name}, ${at} (s)`, q.secs, floor.secs, '≤ 2×', q.secs / floor.secs <= 2);
  }
  const heavy = [
    ['sections', ['sections', '--format', 'tsv']],
    ['kwic fastlege', ['kwic', 'fastlege', '--format', 'tsv']],
    // a common word, and a rare compound whose parts' and synonyms' short probes (`år` → `ar`)
    // read a hundred lines per document (issue 18: search's memory flat in the corpus)
    ['search fastlege', ['search', 'fastlege', '--format', 'tsv']],
    ['search eldrebølgen', ['search', 'eldrebølgen', '--format', 'tsv']],
    ['digest --area helse', ['digest', '--area', 'helse']],
  ];
  for (const [name, args] of heavy) {
    const q = timed(process.execPath, [BIN, ...args, '--index', index], { expect: [0, 1], ...(once ? { runs: 1, warmUp: false } : {}) });
    const lines = readFileSync(join(work, 'stdout.txt'), 'utf8').split('\n').length - 1;
    row(`${figure}. ${name}, ${at} (s; ${lines} lines out)`, q.secs, null, '-', true);
    row(`${figure}. ${name}, ${at} (peak MB)`, q.mb, null, '≤ 300 MB', q.mb <= 300);
    // the same command on the smaller index (figure 7), when it ran: memory flat in the corpus' size
    const smaller = peaks.get(name);
    if (smaller) row(`${figure}. ${name}, ${at} (peak MB vs ${smaller.docs} docs)`, q.mb, smaller.mb, '≤ 1.5×', q.mb / smaller.mb <= 1.5);
    else peaks.set(name, { docs, mb: q.mb });
  }
  const sizes = sizesOf(index);
  let total = 0;
  for (const [kind, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) {
    total += bytes;
    row(`${figure}. index: ${kind}, ${at} (× sources)`, bytes / sourceBytes, null, '-', true);
  }
  row(`${figure}. index on disk, ${at} (× sources)`, total / sourceBytes, null, '≤ 2.5×', total / sourceBytes <= 2.5);
}

// 7. every command on the big index
everyCommand(7, big, DOCS, generated.bytes);

// 8. --large: ten times as many documents, ingested once
if (LARGE) {
  const largeCorpus = join(work, 'large-corpus');
  const made = generateCorpus(SEED, largeCorpus, LARGE);
  rmSync(corpus, { recursive: true, force: true });
  const largeIndex = join(work, 'large');
  const ingested = measure(process.execPath, [BIN, 'ingest', largeCorpus, '--index', largeIndex, '-q'], { expect: 0 });
  const linear = full.secs * (LARGE / DOCS);
  row(`8. ingest ${LARGE} documents (s; vs ${DOCS} × ${LARGE / DOCS})`, ingested.secs, linear, '≤ 1.1×', ingested.secs / linear <= 1.1);
  row(`8. ingest ${LARGE} documents (peak MB)`, ingested.mb, null, '-', true);
  everyCommand(8, largeIndex, LARGE, made.bytes, true);
}

const node = process.version;
const cpu = `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`;
const md = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.js). Machine: ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${node}.`,
  `Corpus: ${generated.files} synthetic documents, ${(generated.bytes / 2 ** 20).toFixed(1)} MB; median of ${RUNS} runs.${LARGE ? ` Figure 7: ${LARGE} documents, each command once (the light ones twice in turn with the floor).` : ''}`,
  '',
  '| figure | ours | baseline | ratio | target | met |',
  '|---|---:|---:|---:|---|---|',
  ...rows.map((r) => `| ${r.figure} | ${r.ours.toFixed(3)} | ${r.baseline ? r.baseline.toFixed(3) : '–'} | ${r.ratio ? `${r.ratio.toFixed(2)}×` : '–'} | ${r.target} | ${r.pass ? 'yes' : 'no'} |`),
  '',
  'Baselines: `node -e 0` (the floor of any Node program) for 1 and 2, run in turn with the command (baseline, command, baseline, …); a script that parses the same files with unified + remark-parse alone for 3; for 6 a script in which pdf.js (the PDF reader\'s library) extracts the text of every page of the same PDF, run in turn with the ingest into a fresh index.',
  'Figure 2 ingests into a fresh index each run; before commit `bench: figures 1-3 in turn` its later runs re-ingested an unchanged document into the index the first had made (a no-op), and its baseline, like figure 1\'s, was measured minutes apart from the command.',
  'Every command writes its stdout to a file (as `ks-input list > out.tsv`), the baselines too; results before this was so (commit 2936c76 and earlier) captured stdout through a pipe and are not comparable for the queries that print megabytes.',
  '',
];
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), md.join('\n'));
rmSync(work, { recursive: true, force: true });
console.log('wrote bench/RESULTS.md');
