// The training and evaluation of the learned fallback (src/extract/fallback.ts), shared by
// scripts/train-fallback.js and scripts/replay-fallback.js. Uses dist/ (run `npm run build` first).
// Every sentence of a document is an example: a statement when it matches a gold statement (as
// score.py matches: token Dice ≥ 0.75, greedy one to one), borderline ones left out. The
// threshold is chosen by cross-validation over the documents, never on the training fit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HELDOUT = join(ROOT, 'tests', 'fixtures', 'heldout');
const { readSource } = await import(join(ROOT, 'dist', 'source', 'read.js'));
const { analyzeSource, loadMarkdown } = await import(join(ROOT, 'dist', 'index', 'analyze.js'));
const { fallbackFeatures, fallbackGate, fallbackKind, probability, reported } = await import(join(ROOT, 'dist', 'extract', 'fallback.js'));

/** Training settings: L2 strength, passes, features seen in fewer sentences are dropped. */
const L2 = 1;
const PASSES = 300;
const MIN_COUNT = 2;
export const THRESHOLDS = Array.from({ length: 80 }, (_, i) => Math.round((0.2 + i * 0.01) * 100) / 100);

export { probability };

// ---- data -------------------------------------------------------------------------------------

const tokens = (s) => (s.normalize('NFC').toLowerCase().replace(/-\s+/gu, '-').match(/[\p{L}\p{N}_]+/gu) ?? []);
function dice(a, b) {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t);
    if (n) { shared++; counts.set(t, n - 1); }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Gold statement index for each sentence (score.py's greedy one-to-one matching), or -1. */
export function matchGold(gold, sentences) {
  const gt = gold.map((g) => tokens(g.text));
  const st = sentences.map((s) => tokens(s.text));
  const pairs = [];
  gt.forEach((g, i) => st.forEach((s, j) => { const d = dice(g, s); if (d >= 0.75) pairs.push([d, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const ofSentence = new Array(sentences.length).fill(-1);
  const used = new Set();
  for (const [, i, j] of pairs) {
    if (used.has(i) || ofSentence[j] >= 0) continue;
    used.add(i);
    ofSentence[j] = i;
  }
  return ofSentence;
}

/**
 * The documents the fallback learns from: h1–h149, every annotated document (rounds 24–27,
 * h126–h149, joined after their first runs; the thresholds are still the ones chosen on 23 rounds
 * of replays). Round 28 (h150+) is its measure. The figures that chose the thresholds are in
 * scripts/train-fallback.js.
 */
export const TRAINING = Array.from({ length: 149 }, (_, i) => i + 1);

/** The annotated documents, each with its sentences analysed by the rules alone. */
export async function loadDocuments({ tree = ROOT, only = null } = {}) {
  // `tree`: another build of the tool (an earlier commit's rules, scripts/replay-fallback.js)
  const read = tree === ROOT ? { readSource, analyzeSource, loadMarkdown } : { ...(await import(join(tree, 'dist', 'source', 'read.js'))), ...(await import(join(tree, 'dist', 'index', 'analyze.js'))) };
  await read.loadMarkdown();
  const files = readdirSync(HELDOUT)
    .filter((f) => /^h\d+-.*\.(txt|md)$/u.test(f) && (only === null || only.includes(parseInt(f.slice(1), 10))))
    .sort((a, b) => parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10));
  const docs = [];
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(HELDOUT, file.replace(/\.(txt|md)$/u, '.gold.json')), 'utf8'));
    const doc = read.analyzeSource(await read.readSource(join(HELDOUT, file)), {}, { fallback: null });
    const ofSentence = matchGold(gold.statements, doc.sentences);
    let previous = null;
    const sentences = doc.sentences.map((s, j) => {
      const context = { first: s.ordinal === 1, afterStatement: previous?.sectionId === s.sectionId && previous.statement };
      previous = { sectionId: s.sectionId, statement: s.kind !== null };
      const g = ofSentence[j] >= 0 ? gold.statements[ofSentence[j]] : null;
      return {
        text: s.text,
        section: s.sectionId,
        kind: s.kind,
        areas: s.areas,
        context,
        features: fallbackFeatures(s.text, context).map((f) => f.name),
        // where the fallback reads it: 'speech' (KS speaks), 'own' (the sector as subject) or null
        gate: fallbackGate(s.text),
        applies: fallbackGate(s.text) !== null,
        reported: reported(s.text),
        label: g === null ? 0 : g.borderline ? null : 1,
        goldKind: g?.kind ?? null,
      };
    });
    docs.push({ name: file.replace(/\.(txt|md)$/u, ''), number: parseInt(file.slice(1), 10), gold, sentences });
  }
  return docs;
}

// ---- logistic regression ----------------------------------------------------------------------

/** L2-regularised logistic regression by full-batch gradient descent with AdaGrad steps (deterministic). */
export function trainLinear(examples, { l2 = L2, passes = PASSES, minCount = MIN_COUNT } = {}) {
  const count = new Map();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  // the examples' feature indices in one flat array (example i: xs[start[i]] … xs[start[i + 1] - 1]);
  // indexed loops, since iterating typed arrays with for…of made the replay's hundreds of trainings slow
  const start = new Int32Array(examples.length + 1);
  const flat = [];
  examples.forEach((e, i) => {
    for (const f of e.features) if (index.has(f)) flat.push(index.get(f));
    start[i + 1] = flat.length;
  });
  const xs = Int32Array.from(flat);
  const ys = Float64Array.from(examples.map((e) => e.y));
  const n = examples.length;
  const m = names.length;
  const w = new Float64Array(m);
  const g2 = new Float64Array(m + 1);
  let bias = 0;
  const grad = new Float64Array(m);
  for (let pass = 0; pass < passes; pass++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const from = start[i], to = start[i + 1];
      let z = bias;
      for (let j = from; j < to; j++) z += w[xs[j]];
      const err = 1 / (1 + Math.exp(-z)) - ys[i];
      gb += err;
      for (let j = from; j < to; j++) grad[xs[j]] += err;
    }
    for (let k = 0; k < m; k++) {
      const g = grad[k] / n + (l2 / n) * w[k];
      g2[k] += g * g;
      w[k] -= (0.5 * g) / Math.sqrt(g2[k] + 1e-8);
    }
    gb /= n;
    g2[m] += gb * gb;
    bias -= (0.5 * gb) / Math.sqrt(g2[m] + 1e-8);
  }
  const weights = {};
  names.forEach((f, k) => {
    const r = Math.round(w[k] * 1000) / 1000;
    if (r !== 0) weights[f] = r;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/**
 * A sentence the statement model learns from: one without cues, now (`kind` null) or at the
 * first run of its blind round (`firstRunCueless`, scripts/replay-fallback.js). Those are the
 * sentences the fallback reads; a model trained on every sentence learns the cue words instead
 * and takes `KS viser til høringsnotatet` for a position.
 */
const cueless = (s) => !s.reported && (s.kind === null || s.firstRunCueless === true);

/**
 * Both models from some documents' sentences, with the thresholds for KS' speech and for the
 * sector as subject (`kind: false`: the statement model only, for scoring in cross-validation).
 */
export function trainModel(docs, threshold, { ownThreshold = 2, judgedThreshold = 2, kind: withKind = true } = {}) {
  const all = docs.flatMap((d) => d.sentences).filter((s) => s.label !== null);
  const statement = trainLinear(all.filter(cueless).map((s) => ({ features: s.features, y: s.label })));
  if (!withKind) return { threshold, ownThreshold, judgedThreshold, statement, kind: { bias: 0, weights: {} } };
  const judged = all.filter((s) => s.label === 1 && (s.goldKind === 'bekymring' || s.goldKind === 'stotte'));
  const kind = trainLinear(judged.map((s) => ({ features: s.features, y: s.goldKind === 'bekymring' ? 1 : 0 })));
  return { threshold, ownThreshold, judgedThreshold, statement, kind };
}

/** The file of the sentences each blind document's first run found no cue in (written by scripts/replay-fallback.js). */
export const FIRST_RUNS = join(HELDOUT, 'first-run-cueless.json');

/** Mark the sentences the first runs found no cue in: `{document name: [sentence text, …]}`. */
export function markFirstRuns(docs, firstRuns) {
  for (const d of docs) {
    const texts = new Set(firstRuns[d.name] ?? []);
    for (const s of d.sentences) s.firstRunCueless = texts.has(s.text);
  }
}

// ---- cross-validation -------------------------------------------------------------------------

/** P(statement) of every cue-less sentence of the held-out documents, each from a model trained without its document. */
export function outOfFold(docs, folds) {
  const scores = new Map();
  for (const held of folds) {
    const model = trainModel(docs.filter((d) => !held.includes(d)), 0, { kind: false });
    for (const d of held) for (const s of d.sentences) if (s.kind === null && s.applies) scores.set(s, probability(model.statement, s.features.map((name) => ({ name }))));
  }
  return scores;
}

/** Sentence-level statement F1 of rules + fallback at thresholds (score.py counts the same way on these documents). */
export function statementF1(docs, scores, threshold, ownThreshold = 2, judgedThreshold = 2) {
  let tp = 0, fp = 0, fn = 0;
  for (const d of docs) for (const s of d.sentences) {
    if (s.label === null) continue;
    const said = s.kind !== null || (scores.get(s) ?? 0) >= (s.gate === 'own' ? ownThreshold : s.gate === 'judged' ? judgedThreshold : threshold);
    if (said && s.label === 1) tp++;
    else if (said) fp++;
    else if (s.label === 1) fn++;
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

/** The threshold with the best out-of-fold statement F1; none (2) unless it beats the rules alone. */
export function chooseThreshold(docs, folds) {
  const scores = outOfFold(docs, folds);
  let best = 2;
  let bestF1 = statementF1(docs, scores, 2);
  for (const t of THRESHOLDS) {
    const f1 = statementF1(docs, scores, t);
    if (f1 > bestF1 + 1e-9) { best = t; bestF1 = f1; }
  }
  return best;
}

export const leaveOneOut = (docs) => docs.map((d) => [d]);
export const kFolds = (docs, k) => Array.from({ length: k }, (_, i) => docs.filter((_, j) => j % k === i));

export function modelSource(model) {
  return [
    '// Generated by scripts/train-fallback.js from the annotated documents in tests/fixtures/heldout',
    '// (thresholds chosen by leave-one-round-out over the blind rounds replayed, scripts/replay-fallback.js): do not edit, run the script.',
    "import type { FallbackModel } from './fallback.js';",
    '',
    `export const FALLBACK_MODEL: FallbackModel = JSON.parse(${JSON.stringify(JSON.stringify(model))});`,
    '',
  ].join('\n');
}

/** Records of a document's sentences, rules alone and with the fallback of `model` (its threshold). */
export function outputs(doc, model, fired) {
  const rules = [], withFallback = [];
  for (const s of doc.sentences) {
    if (s.kind !== null) {
      rules.push({ text: s.text, kind: s.kind, areas: s.areas });
      withFallback.push({ text: s.text, kind: s.kind, areas: s.areas });
      continue;
    }
    const decision = fallbackKind(s.text, s.context, model);
    if (!decision) continue;
    withFallback.push({ text: s.text, kind: decision.kind, areas: s.areas });
    fired.push(`${doc.name}\t${s.gate} t=${(s.gate === 'own' ? model.ownThreshold : s.gate === 'judged' ? model.judgedThreshold : model.threshold).toFixed(2)}\t${decision.probability}\t${s.label}\t${decision.kind}/${s.goldKind}\t${s.text}`);
  }
  return { rules, withFallback };
}

/** score.py over documents pooled (golds and outputs concatenated), rules alone and with the fallback. */
export function scorePooled(docs, results, fired, what) {
  const dir = mkdtempSync(join(tmpdir(), 'ks-fallback-cv-'));
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ headings: [], statements: docs.flatMap((d) => d.gold.statements) }));
  for (const name of ['rules', 'withFallback']) writeFileSync(join(dir, `${name}.ndjson`), results.flatMap((r) => r[name]).map((r) => JSON.stringify(r)).join('\n') + '\n');
  const score = process.env.SCORE ?? join(ROOT, '..', 'shared', 'eval', 'score.py');
  for (const name of ['rules', 'withFallback']) {
    const out = execFileSync('python3', [score, join(dir, 'gold.json'), '--statements', join(dir, `${name}.ndjson`)], { encoding: 'utf8' });
    console.log(`== ${name === 'rules' ? 'rules alone' : 'rules + fallback'} (${what})`);
    console.log(out.split('\n').filter((l) => /^(statement|demand|kind_accuracy|areas|list_by_area_macro)/u.test(l)).join('\n'));
  }
  console.log(`== the fallback fired on ${fired.length} sentences (document, threshold, P, gold label 1/0/null=borderline, kind/gold kind, text)`);
  console.log(fired.join('\n'));
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Leave-one-document-out evaluation on the annotated documents, each scored by a model trained
 * without it: with a threshold chosen by inner 4-fold cross-validation on the other documents,
 * or with `fixed`.
 */
export function crossValidate(docs, fixed = null, ownThreshold = 2) {
  const fired = [];
  const results = docs.map((held) => {
    const rest = docs.filter((d) => d !== held);
    const threshold = fixed ?? chooseThreshold(rest, kFolds(rest, 4));
    if (fixed === null) process.stderr.write(`${held.name}: threshold ${threshold}\n`);
    return outputs(held, trainModel(rest, threshold, { ownThreshold }), fired);
  });
  scorePooled(docs, results, fired, `pooled over ${docs.length} documents, each left out; threshold ${fixed ?? 'chosen without it'}`);
}

/** score.py's statement and demand figures for some documents, rules alone and with the fallback: `{rules: {statement, demand}, withFallback: …}`. */
export function scoreFigures(docs, results) {
  const dir = mkdtempSync(join(tmpdir(), 'ks-fallback-replay-'));
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ headings: [], statements: docs.flatMap((d) => d.gold.statements) }));
  const score = process.env.SCORE ?? join(ROOT, '..', 'shared', 'eval', 'score.py');
  const figures = {};
  for (const name of ['rules', 'withFallback']) {
    writeFileSync(join(dir, `${name}.ndjson`), results.flatMap((r) => r[name]).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out = execFileSync('python3', [score, join(dir, 'gold.json'), '--statements', join(dir, `${name}.ndjson`)], { encoding: 'utf8' });
    const read = (what) => JSON.parse(/^\w+: (\{.*\})$/mu.exec(out.split('\n').find((l) => l.startsWith(`${what}:`)) ?? '')[1].replace(/'/gu, '"'));
    figures[name] = { statement: read('statement'), demand: read('demand') };
  }
  rmSync(dir, { recursive: true, force: true });
  return figures;
}
