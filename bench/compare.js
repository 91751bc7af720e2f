#!/usr/bin/env node
// `npm run bench:compare`: the figures of issue 14, measured in one run and written to
// bench/COMPARE-RESULTS.md.
//
//   1. alignment quality on the made-up pairs in tests/fixtures/compare/ (their answer keys),
//      scored by ../shared/eval/score_compare.py when it is there (python3), else skipped:
//      pairing F1 ≥ 0.95, new/dropped F1 ≥ 0.90, strengthened/weakened all but one right;
//   2. `similar OLD-ID` ranks a reworded statement's counterpart first, all but one;
//   3. speed: `compare` of two 300-statement documents against `list --kind all` over both,
//      in the same index, alternating runs, wall and CPU time: target ≤ 2×. Twice: a revision
//      a year later (about half the statements word for word), and two documents of which no
//      statement is word for word in the other (the worst case: every statement goes through
//      the alignment; most are near copies, a phrase added).
//
// The 300-statement documents for (3) are made from the statements of the bundled document and
// the held-out fixtures. BENCH_RUNS (default 7) sets the runs per command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'ks-input.cjs');
const PAIRS = join(ROOT, 'tests', 'fixtures', 'compare');
const HELDOUT = join(ROOT, 'tests', 'fixtures', 'heldout');
const SCORER = process.env.KS_SCORE_COMPARE ?? resolve(ROOT, '..', 'shared', 'eval', 'score_compare.py');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'ks-input-bench-compare-'));
const env = { ...process.env, NO_COLOR: '1' };

function ks(args, options = {}) {
  const out = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, cwd: work, maxBuffer: 256 << 20 });
  if (!(options.expect ?? [0]).includes(out.status)) throw new Error(`ks-input ${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  return out.stdout;
}
const ndjson = (text) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const rows = [];
const row = (figure, value, target, pass) => {
  rows.push({ figure, value, target, pass });
  console.log(`${figure.padEnd(58)} ${String(value).padStart(12)}  ${target.padEnd(12)} ${pass ? 'ok' : 'MISSED'}`);
};

// 1 and 2: the made-up pairs
const pairNames = readdirSync(PAIRS).filter((f) => f.endsWith('.key.json')).map((f) => f.replace(/\.key\.json$/u, '')).sort();
let similarOk = 0;
let similarAll = 0;
for (const name of pairNames) {
  const index = join(work, `idx-${name}`);
  const out = ks(['compare', '--index', index, join(PAIRS, `${name}-old.md`), join(PAIRS, `${name}-new.md`), '--format', 'ndjson']);
  const file = join(work, `${name}.ndjson`);
  writeFileSync(file, out);
  if (existsSync(SCORER)) {
    const scored = spawnSync('python3', [SCORER, join(PAIRS, `${name}.key.json`), file], { encoding: 'utf8' });
    if (scored.status === 0) {
      const s = JSON.parse(scored.stdout);
      row(`${name}: pairing F1`, s.pairs, '≥ 0.95', s.pairs >= 0.95);
      row(`${name}: new F1 / dropped F1`, `${s.new} / ${s.dropped}`, '≥ 0.90', s.new >= 0.9 && s.dropped >= 0.9);
      const [ok, all] = s['strengthened/weakened'].split('/').map(Number);
      row(`${name}: strengthened/weakened right`, s['strengthened/weakened'], 'all but one', ok >= all - 1);
      row(`${name}: reworded named reworded`, s.reworded, '-', true);
    } else console.log(`score_compare.py failed: ${scored.stderr}`);
  }
  // similar: each reworded pair's old statement should find its new counterpart first
  for (const r of ndjson(out).filter((x) => x.change === 'reworded')) {
    const hits = ndjson(ks(['similar', '--index', index, r.old.id, '--format', 'ndjson', '--limit', '1'], { expect: [0, 1] }));
    similarAll++;
    if (hits[0]?.id === r.new.id) similarOk++;
  }
}
if (!existsSync(SCORER)) console.log(`(no ${SCORER}: pair scores skipped)`);
row('similar ranks the reworded counterpart first', `${similarOk}/${similarAll}`, 'all but one', similarOk >= similarAll - 1);

// 3: speed on two 300-statement documents
const poolIndex = join(work, 'pool');
ks(['ingest', '--index', poolIndex, join(ROOT, 'corpus'), HELDOUT]);
const pool = ndjson(ks(['list', '--kind', 'all', '--index', poolIndex, '--format', 'ndjson'])).map((r) => r.text);
const unique = [...new Set(pool)];
let seed = 14;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const old = unique.slice(0, 300);
const extra = unique.slice(300);
// a year later: 10% dropped, 10% with bør → må (or må → bør), 20% edited (clauses turned round
// at a comma, or a phrase added), 10% new; the rest word for word (about half)
const revised = [];
for (const text of old) {
  const r = rand();
  if (r < 0.1) continue;
  if (r < 0.2) revised.push(/\bbør\b/u.test(text) ? text.replace(/\bbør\b/u, 'må') : text.replace(/\bmå\b/u, 'bør'));
  else if (r < 0.4) {
    const comma = text.indexOf(', ');
    revised.push(comma > 0 ? `${text.slice(comma + 2, -1)}, ${text.slice(0, comma).replace(/^./u, (c) => c.toLowerCase())}.` : text.replace(/\.$/u, ' i hele landet.'));
  } else revised.push(text);
  if (rand() < 0.1 && extra.length) revised.push(extra.shift());
}
const asMarkdown = (title, texts) => {
  const lines = [`# ${title}`, ''];
  for (let i = 0; i < texts.length; i += 10) lines.push(`## ${i / 10 + 1}. Del ${i / 10 + 1}`, '', ...texts.slice(i, i + 10).map((t) => `${t}\n`));
  return lines.join('\n');
};
// paragraphs moved: the revision's sections in another order
const sections = [];
for (let i = 0; i < revised.length; i += 10) sections.push(revised.slice(i, i + 10));
sections.sort(() => rand() - 0.5);
writeFileSync(join(work, 'big-old.md'), asMarkdown('Stor innspill, år 1', old));
writeFileSync(join(work, 'big-new.md'), asMarkdown('Stor innspill, år 2', sections.flat()));
// the worst case: no statement of one is word for word in the other
const other = [...unique.slice(300), ...unique.slice(0, 300).map((t) => t.replace(/\.$/u, ' i fylket.'))].slice(0, 300);
writeFileSync(join(work, 'big-other.md'), asMarkdown('Stor innspill, noe annet', other));
const bigIndex = join(work, 'big');
const bigFiles = ['big-old.md', 'big-new.md', 'big-other.md'].map((f) => join(work, f));
const counts = Object.fromEntries(ndjson(ks(['ingest', '--index', bigIndex, ...bigFiles, '--format', 'ndjson'])).map((d) => [d.id, d.statements]));

/** Wall and CPU (user + system) seconds of one run, from /usr/bin/time as bench/run.js does. */
function measure(args) {
  const start = process.hrtime.bigint();
  const out = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, BIN, ...args], { env, cwd: work, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (out.status !== 0 && out.status !== 1) throw new Error(`${args.join(' ')}: ${out.stderr}`);
  const [user, sys] = out.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function versus(label, compareArgs, docs) {
  const listArgs = ['list', '--kind', 'all', '--doc', docs.join(','), '--index', bigIndex, '--format', 'ndjson'];
  measure(compareArgs);
  measure(listArgs);
  const runs = { compare: [], list: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.list.push(measure(listArgs));
    runs.compare.push(measure(compareArgs));
  }
  const m = (rs, k) => median(rs.map((r) => r[k]));
  const [cw, lw, cc, lc] = [m(runs.compare, 'wall'), m(runs.list, 'wall'), m(runs.compare, 'cpu'), m(runs.list, 'cpu')];
  row(`${label}: compare of ${docs.map((d) => counts[d]).join(' and ')} statements, wall (s)`, cw.toFixed(3), '-', true);
  row(`${label}: list --kind all over both, wall (s)`, lw.toFixed(3), '-', true);
  row(`${label}: ratio compare / list, wall`, `${(cw / lw).toFixed(2)}×`, '≤ 2×', cw / lw <= 2);
  row(`${label}: ratio compare / list, CPU time`, `${(cc / lc).toFixed(2)}×`, '≤ 2×', cc / lc <= 2);
}
versus('a year later', ['compare', 'big-old', 'big-new', '--index', bigIndex, '--format', 'ndjson'], ['big-old', 'big-new']);
versus('no statement word for word', ['compare', 'big-old', 'big-other', '--index', bigIndex, '--format', 'ndjson'], ['big-old', 'big-other']);

const md = [
  '# compare and similar: figures (issue 14)',
  '',
  `Measured by \`npm run bench:compare\` (bench/compare.js), ${RUNS} alternating runs, medians.`,
  '',
  '| figure | value | target | met |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target} | ${r.pass ? 'yes' : 'no'} |`),
  '',
];
writeFileSync(join(ROOT, 'bench', 'COMPARE-RESULTS.md'), md.join('\n'));
if (!process.env.KEEP) rmSync(work, { recursive: true, force: true }); else console.log(work);
console.log('wrote bench/COMPARE-RESULTS.md');
