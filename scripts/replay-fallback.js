// Would the learned fallback have helped where the rules were blind? Each round of blind
// documents (tests/fixtures/heldout/score-before.txt) is analysed again with the rules as they
// stood at its first run; the fallback, trained without that round's documents, is added to those
// rules' cue-less sentences (leave one ROUND out). Scored with score.py per round and pooled: the
// first runs' rules alone against rules + fallback. Two thresholds: one chosen for each round on
// the other rounds' replays only (nested: the honest per-round estimate), and the one chosen on all
// rounds' out-of-fold replays (the shipped one, scripts/train-fallback.js).
// The earlier builds are made with, for each commit below (the tree's own tsc, no bundle):
//   git archive COMMIT | tar -x -C $REPLAY/COMMIT && ln -s $PWD/node_modules $REPLAY/COMMIT/ \
//     && (cd $REPLAY/COMMIT && npx tsc && { [ ! -f scripts/derive-literals.js ] || node scripts/derive-literals.js; })
// then: REPLAY=/tmp/replay node scripts/replay-fallback.js [--write] [--fired]   (after `npm run build`)
//   --write   rewrite tests/fixtures/heldout/first-run-cueless.json from these builds
//   --fired   list the sentences the fallback decided on (round, threshold, P, gold label, kinds, text)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_RUNS, kFolds, loadDocuments, markFirstRuns, outputs, probability, scoreFigures, statementF1, THRESHOLDS, TRAINING, trainModel } from './fallback-lib.js';

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The rounds of blind documents and the commit of their first run (score-before.txt). Where a
 * round had two first runs (rounds 8–12: the code it was written against, then the next
 * session's code, still blind to it), the later one: those are the rules the fallback sits on.
 * Round 19 (h96–h101) was written in two halves run on the same code.
 */
const ROUNDS = [
  ['0c476c3', range(10, 15)],
  ['6238232', [16, 17, 18]],
  ['b7986f4', [19, 20, 21]],
  ['bb01781', [22, 23]],
  ['c68c7ec', [24, 25]],
  ['c421455', [26, 27]],
  ['0b68422', [28, 29]],
  ['8c9fd04', range(30, 35)],
  ['8f3b9fc', range(36, 41)],
  ['1d29bb7', range(42, 47)],
  ['fd4a6bf', range(48, 53)],
  ['7689300', range(54, 59)],
  ['a1b4a8f', range(60, 65)],
  ['a1b4a8f', range(66, 71)],
  ['a1b4a8f', range(72, 77)],
  ['0cabb1d', range(78, 83)],
  ['0cabb1d', range(84, 89)],
  ['ccf8406', range(90, 95)],
  ['7e0d600', range(96, 101)],
  ['07c6e1b', range(102, 107)],
  ['5eb7a6d', range(108, 113)],
  ['f36507a', range(114, 119)],
  ['f036dd4', range(120, 125)],
];
const REPLAY = process.env.REPLAY ?? '/tmp/replay';
/** Folds of the annotated documents for the guard that the fallback loses nothing on them (today's rules). */
const DEV_FOLDS = 10;

const current = await loadDocuments({ only: TRAINING });
const rounds = [];
for (const [commit, numbers] of ROUNDS) {
  if (!existsSync(join(REPLAY, commit, 'dist', 'index', 'analyze.js'))) {
    process.stderr.write(`${commit} (h${numbers[0]}–h${numbers.at(-1)}): no build in ${REPLAY}, round left out\n`);
    continue;
  }
  rounds.push({ commit, numbers, docs: await loadDocuments({ tree: join(REPLAY, commit), only: numbers }) });
}
// what each first run found no cue in: the fallback's training population beside today's cue-less sentences
const firstRuns = Object.fromEntries(rounds.flatMap((r) => r.docs).map((d) => [d.name, d.sentences.filter((s) => s.kind === null).map((s) => s.text)]));
if (process.argv.includes('--write')) writeFileSync(FIRST_RUNS, JSON.stringify(firstRuns, null, 1) + '\n');
markFirstRuns(current, firstRuns);
const without = (numbers) => current.filter((d) => !numbers.includes(d.number));

/** P(statement) of a round's cue-less sentences under a model trained without `excluded` documents. */
function replayScores(round, excluded) {
  const model = trainModel(without(excluded), 0, { kind: false });
  const scores = new Map();
  for (const d of round.docs) for (const s of d.sentences) if (s.kind === null && s.applies) scores.set(s, probability(model.statement, s.features.map((name) => ({ name }))));
  return scores;
}

/** P(statement) of the annotated documents' cue-less sentences (outside `excluded`), each fold scored by a model trained without it. */
function devScores(excluded) {
  const docs = without(excluded);
  const scores = new Map();
  for (const fold of kFolds(docs, DEV_FOLDS)) {
    const model = trainModel(without([...excluded, ...fold.map((d) => d.number)]), 0, { kind: false });
    for (const d of fold) for (const s of d.sentences) if (s.kind === null && s.applies) scores.set(s, probability(model.statement, s.features.map((name) => ({ name }))));
  }
  return { docs, scores };
}

/**
 * The thresholds with the best pooled statement F1 over these rounds' replays, among those that
 * lose nothing on the annotated documents (out of fold, today's rules); 2 (never) unless one
 * beats the rules. Ties go to the higher threshold. First the one for KS' speech, then, with it,
 * the one for the sector as subject.
 */
function bestThresholds(scored, dev) {
  const docs = scored.flatMap((r) => r.docs);
  const scores = new Map(scored.flatMap((r) => [...r.scores]));
  const best = (f1Of, devOf) => {
    const devFloor = devOf(2);
    let chosen = 2;
    let bestF1 = f1Of(2);
    for (const t of [...THRESHOLDS].reverse()) {
      if (devOf(t) < devFloor - 1e-9) continue;
      const f1 = f1Of(t);
      if (f1 > bestF1 + 1e-9) { chosen = t; bestF1 = f1; }
    }
    return chosen;
  };
  const threshold = best((t) => statementF1(docs, scores, t), (t) => statementF1(dev.docs, dev.scores, t));
  const ownThreshold = best((t) => statementF1(docs, scores, threshold, t), (t) => statementF1(dev.docs, dev.scores, threshold, t));
  return { threshold, ownThreshold };
}

const fmt = (f) => `P ${f.statement.p.toFixed(3)} R ${f.statement.r.toFixed(3)} F1 ${f.statement.f1.toFixed(3)} demand F1 ${f.demand.f1.toFixed(3)}`;
const ts = (t) => `${t.threshold}/${t.ownThreshold}`;
const name = (r) => `${r.commit} h${r.numbers[0]}–h${r.numbers.at(-1)}`;

// leave one round out: each round scored by a model trained without its documents
const outer = rounds.map((round) => ({ round, docs: round.docs, scores: replayScores(round, round.numbers) }));
const chosen = bestThresholds(outer, devScores([]));

const fired = [];
const nested = [];
const nestedSpeech = [];
const fixed = [];
console.log('== per round: rules alone (first run) | rules + fallback where KS speaks only | rules + fallback, thresholds (speech/own) chosen without the round | rules + fallback at the shipped thresholds');
for (const round of rounds) {
  // the threshold from the other rounds and the other documents only, scored by models that saw neither
  const others = rounds.filter((r) => r !== round).map((r) => ({ docs: r.docs, scores: replayScores(r, [...round.numbers, ...r.numbers]) }));
  const thresholds = bestThresholds(others, devScores(round.numbers));
  const model = trainModel(without(round.numbers), thresholds.threshold, { ownThreshold: thresholds.ownThreshold });
  const results = round.docs.map((d) => outputs(d, model, fired));
  const speechOnly = round.docs.map((d) => outputs(d, { ...model, ownThreshold: 2 }, []));
  const atChosen = round.docs.map((d) => outputs(d, { ...model, ...chosen }, []));
  nested.push(...results);
  nestedSpeech.push(...speechOnly);
  fixed.push(...atChosen);
  const a = scoreFigures(round.docs, results);
  const b = scoreFigures(round.docs, atChosen);
  const c = scoreFigures(round.docs, speechOnly);
  console.log(`${name(round)}\trules ${fmt(a.rules)}\t| speech only t=${thresholds.threshold} ${fmt(c.withFallback)}\t| t=${ts(thresholds)} ${fmt(a.withFallback)}\t| t=${ts(chosen)} ${fmt(b.withFallback)}`);
}
const all = rounds.flatMap((r) => r.docs);
const pooledNested = scoreFigures(all, nested);
const pooledFixed = scoreFigures(all, fixed);
const pooledSpeech = scoreFigures(all, nestedSpeech);
console.log(`== pooled over ${rounds.length} rounds (${all.length} documents, ${all.reduce((n, d) => n + d.gold.statements.filter((g) => !g.borderline).length, 0)} gold statements)`);
console.log(`rules alone (first runs)                     ${fmt(pooledNested.rules)}`);
console.log(`rules + fallback where KS speaks only, threshold without round ${fmt(pooledSpeech.withFallback)}`);
console.log(`rules + fallback, thresholds without round   ${fmt(pooledNested.withFallback)}`);
console.log(`rules + fallback, thresholds ${ts(chosen)} (all rounds) ${fmt(pooledFixed.withFallback)}`);
console.log(`== thresholds chosen on all rounds' replays (out of fold), losing nothing on the annotated documents: ${ts(chosen)}`);
if (process.argv.includes('--fired')) {
  console.log(`== the fallback fired on ${fired.length} sentences at the nested thresholds (document, threshold, P, gold label 1/0/null=borderline, kind/gold kind, text)`);
  console.log(fired.join('\n'));
}
