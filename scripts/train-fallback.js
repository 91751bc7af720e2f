// Train the learned fallback (src/extract/fallback.ts) on the annotated documents of
// tests/fixtures/heldout and write src/extract/fallback-model-nb.ts. Run after `npm run build`:
//   node scripts/train-fallback.js            write the model file
//   node scripts/train-fallback.js --stdout   print it (tests/extract/fallback.test.ts compares)
//   node scripts/train-fallback.js --cv       leave-one-document-out evaluation, scored with
//                                             ../shared/eval/score.py: rules alone against rules + fallback
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crossValidate, FIRST_RUNS, loadDocuments, markFirstRuns, modelSource, ROOT, TRAINING, trainModel } from './fallback-lib.js';

const OUT_FILE = join(ROOT, 'src', 'extract', 'fallback-model-nb.ts');

/**
 * The thresholds the shipped model uses, chosen by cross-validation where the fallback matters:
 * the 21 rounds of blind documents (h10–h113) replayed with the rules of their first run, each
 * round scored by a model trained without its documents (scripts/replay-fallback.js prints them:
 * "thresholds chosen on all rounds' replays"), keeping only thresholds that lose nothing on the
 * annotated documents with today's rules (10 folds). On the annotated documents themselves the
 * rules were tuned until they missed almost nothing, so a threshold chosen there (--cv) only says
 * that the fallback has little left to find in them.
 *
 * THRESHOLD: where KS speaks (quotes, reported speech of its leaders). OWN_THRESHOLD: a sentence
 * with the sector as subject (`Vi …`, `KS …`, `Kommunene …`), read since the retraining on
 * h1–h113: of the 481 statements the replayed first runs missed, 39 were said in KS' speech (the
 * fallback finds 35 of them), the rest in KS' own prose. Read on every cue-less
 * sentence the model found most of those too (replays, counted by sentence: F1 0.899 → 0.949 at
 * 0.5) but took real KS prose
 * for positions (the seed's dev slice: 2 false statements at any threshold below 0.93); with the
 * sector as subject, at 0.69, it adds none there and nothing on the whole seed document.
 * Replayed, pooled over the 21 rounds (104 documents, 3248 statements; score.py; each round's
 * thresholds chosen without it): rules alone P 0.949 R 0.849 F1 0.896; + fallback where KS speaks
 * 0.949 / 0.859 / 0.902; + the sector as subject 0.949 / 0.871 / 0.908 (at the shipped 0.26/0.69:
 * 0.948 / 0.873 / 0.909). Demand F1 0.934 in all (the fallback says only bekymring or stotte).
 * Per round (rules alone → shipped) from 0.846 → 0.894 (h10–h15) to 0.916 → 0.927 (h108–h113);
 * none falls in F1; precision falls in two (h16–h18 0.906 → 0.882, from KS' speech; h48–h53
 * 0.948 → 0.933 at 0.26/0.69, F1 still 0.904 → 0.905).
 */
// Retrained on h1–h125 (session 13, after rounds 22 and 23 were measured): the replay over 23
// rounds (116 documents, 3,640 gold statements; f36507a and f036dd4 added) chose 0.31/0.59, losing
// nothing on the annotated documents. Pooled: rules alone P 0.949 R 0.850 F1 0.897; + fallback
// where KS speaks 0.950 / 0.860 / 0.903; thresholds chosen without the round 0.948 / 0.876 /
// 0.910; at 0.31/0.59 0.949 / 0.876 / 0.911; demand F1 0.931 in all. Round 23 (h120–h125) alone:
// 0.908 -> 0.919, as its blind first run measured. The sector-as-subject threshold stays 0.69:
// at 0.59 the model retrained on h1–h125 takes one sentence of the seed's dev slice for a
// statement (the guard above). (The figures above this note are those of h1–h113.)
const THRESHOLD = 0.31;
const OWN_THRESHOLD = 0.69;
// Session 16 (issue 13, the misses of rounds 25–27: critique without a signal word): a third gate,
// a cue-less sentence in no other voice that judges by a negation or a degree (JUDGEMENT_MARKER,
// fallback-nb.ts). Measured leaving one round out (rounds 24–27, h126–h149, each scored by a model
// trained without its 6 documents; h1–h125 in folds of 6; sentence-level statement F1 of today's
// rules + fallback): none → 0.70: round 24 0.957 → 0.970, round 25 0.942 → 0.948, round 26 0.941 →
// 0.948, round 27 0.918 → 0.924, h1–h125 0.977 → 0.978, h1–h149 0.971 → 0.973 (28 statements
// found, 14 false). 0.70 is the best or tied in every round; a negation alone carries most of it
// (all four rounds gain), a degree alone gains in three.
const JUDGED_THRESHOLD = 0.7;

const docs = await loadDocuments({ only: TRAINING });
markFirstRuns(docs, JSON.parse(readFileSync(FIRST_RUNS, 'utf8')));
if (process.argv.includes('--cv')) {
  crossValidate(docs);
  crossValidate(docs, THRESHOLD, OWN_THRESHOLD);
} else {
  const source = modelSource(trainModel(docs, THRESHOLD, { ownThreshold: OWN_THRESHOLD, judgedThreshold: JUDGED_THRESHOLD }));
  if (process.argv.includes('--stdout')) process.stdout.write(source);
  else writeFileSync(OUT_FILE, source);
}
