// Would the learned fallback have helped where the rules were blind? Each round of blind
// documents (tests/fixtures/heldout/score-before.txt) is analysed again with the rules as they
// stood at its first run; the fallback, trained without that round's documents and with a
// threshold chosen on the other rounds' replays, is added to those rules' cue-less sentences.
// Pooled with score.py: the first runs as they were (rules alone) against rules + fallback.
// The earlier builds are made with, for each commit below (the tree's own tsc, no bundle):
//   git archive COMMIT | tar -x -C $REPLAY/COMMIT && ln -s $PWD/node_modules $REPLAY/COMMIT/ && (cd $REPLAY/COMMIT && npx tsc)
// then: REPLAY=/tmp/replay node scripts/replay-fallback.js   (after `npm run build`)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_RUNS, loadDocuments, TRAINING, markFirstRuns, outputs, probability, scorePooled, statementF1, THRESHOLDS, trainModel } from './fallback-lib.js';

/** The rounds of blind documents and the commit of their first run (score-before.txt). */
const ROUNDS = [
  ['0c476c3', [10, 11, 12, 13, 14, 15]],
  ['6238232', [16, 17, 18]],
  ['b7986f4', [19, 20, 21]],
  ['bb01781', [22, 23]],
  ['c68c7ec', [24, 25]],
  ['c421455', [26, 27]],
  ['0b68422', [28, 29]],
];
const REPLAY = process.env.REPLAY ?? '/tmp/replay';

const current = await loadDocuments({ only: TRAINING });
const rounds = [];
for (const [commit, numbers] of ROUNDS) rounds.push({ commit, numbers, docs: await loadDocuments({ tree: join(REPLAY, commit), only: numbers }) });
// what each first run found no cue in: the fallback's training population beside today's cue-less sentences
const firstRuns = Object.fromEntries(rounds.flatMap((r) => r.docs).map((d) => [d.name, d.sentences.filter((s) => s.kind === null).map((s) => s.text)]));
if (process.argv.includes('--write')) writeFileSync(FIRST_RUNS, JSON.stringify(firstRuns, null, 1) + '\n');
markFirstRuns(current, firstRuns);
const without = (numbers) => current.filter((d) => !numbers.includes(d.number));

/** P(statement) of a round's cue-less sentences under a model trained without `excluded` documents. */
function replayScores(round, excluded) {
  const model = trainModel(without(excluded), 0);
  const scores = new Map();
  for (const d of round.docs) for (const s of d.sentences) if (s.kind === null && s.applies) scores.set(s, probability(model.statement, s.features.map((name) => ({ name }))));
  return scores;
}

/** P(statement) of the annotated documents' cue-less sentences, each document (outside `excluded`) scored by a model trained without it. */
function devScores(excluded) {
  const scores = new Map();
  for (const d of without(excluded)) {
    const model = trainModel(without([...excluded, d.number]), 0);
    for (const s of d.sentences) if (s.kind === null && s.applies) scores.set(s, probability(model.statement, s.features.map((name) => ({ name }))));
  }
  return { docs: without(excluded), scores };
}

/**
 * The threshold with the best pooled statement F1 over these rounds' replays, among those that
 * lose nothing on the annotated documents (leave-one-document-out, today's rules); 2 (never)
 * unless one beats the rules. Ties go to the higher threshold.
 */
function bestThreshold(scored, dev) {
  const docs = scored.flatMap((r) => r.docs);
  const scores = new Map(scored.flatMap((r) => [...r.scores]));
  const devFloor = statementF1(dev.docs, dev.scores, 2);
  let best = 2;
  let bestF1 = statementF1(docs, scores, 2);
  for (const t of [...THRESHOLDS].reverse()) {
    if (statementF1(dev.docs, dev.scores, t) < devFloor - 1e-9) continue;
    const f1 = statementF1(docs, scores, t);
    if (f1 > bestF1 + 1e-9) { best = t; bestF1 = f1; }
  }
  return best;
}

const fired = [];
const results = [];
const outer = [];
for (const round of rounds) {
  // the threshold from the other rounds and the other documents only, scored by models that saw neither
  const others = rounds.filter((r) => r !== round).map((r) => ({ docs: r.docs, scores: replayScores(r, [...round.numbers, ...r.numbers]) }));
  const threshold = bestThreshold(others, devScores(round.numbers));
  const model = trainModel(without(round.numbers), threshold);
  process.stderr.write(`${round.commit} h${round.numbers.join(',')}: threshold ${threshold}\n`);
  for (const d of round.docs) results.push(outputs(d, model, fired));
  outer.push({ docs: round.docs, scores: replayScores(round, round.numbers) });
}
scorePooled(rounds.flatMap((r) => r.docs), results, fired, `first runs replayed, ${rounds.length} rounds, each round left out`);
console.log(`== threshold chosen on all rounds' replays (out of fold), losing nothing on the annotated documents: ${bestThreshold(outer, devScores([]))}`);
