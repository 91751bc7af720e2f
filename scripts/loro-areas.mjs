// Dev (not shipped): leave-one-round-out for the learned area model, as a blind round sees it.
// For each of rounds 21–28 the model is trained on the documents before the round and scored on
// the round (area micro-F1, list-by-area macro-F1, scripts/area-lib.js), at the thresholds given
// as JSON arguments (default: the shipped ones and the ones before). Run after `npm run build`:
//   node scripts/loro-areas.mjs '{"none":0.3,"add":0.8,"remove":0.25}' …
import { loadDocuments, trainModel, areaProbabilities, decide, scoreAreas } from './area-lib.js';

const ROUNDS = [[21, 108, 113], [22, 114, 119], [23, 120, 125], [24, 126, 131], [25, 132, 137], [26, 138, 143], [27, 144, 149], [28, 150, 155]];
const num = (d) => parseInt(d.name.slice(1), 10);
const docs = await loadDocuments({ only: Array.from({ length: ROUNDS.at(-1)[2] }, (_, i) => i + 1) });
const fmt = (r) => `${r.micro.toFixed(4)} ${r.macro.toFixed(4)}`;
const given = process.argv.slice(2).map((a) => JSON.parse(a));
const Ts = given.length ? given : [{ none: 0.3, add: 0.5, remove: 0.25, broad: { okonomi: 0.8, selvstyre: 0.8 } }, { none: 0.3, add: 0.5, remove: 0.25, broad: { okonomi: 0.8, selvstyre: 0.8 }, broadInherited: 0.5, broadOwnRemove: 0.2 }, { none: 0.3, add: 0.5, remove: 0.25, broad: { okonomi: 0.8, selvstyre: 0.8 }, broadInherited: 0.5, broadOwnRemove: 0.2, inheritedBesideOwn: 0.5 }];
const rounds = ROUNDS.map(([k, lo, hi]) => {
  const test = docs.filter((d) => num(d) >= lo && num(d) <= hi);
  const model = trainModel(docs.filter((d) => num(d) < lo), null);
  return { k, test, probs: new Map(test.flatMap((d) => d.out).map((s) => [s, areaProbabilities(model, s.features)])) };
});
const all = rounds.flatMap((r) => r.test), probs = new Map(rounds.flatMap((r) => [...r.probs]));
const line = (areasOf) => `${rounds.map(({ k, test }) => `r${k} ${fmt(scoreAreas(test, areasOf))}`).join(' | ')} || pool ${fmt(scoreAreas(all, areasOf))}`;
console.log(`rules alone: ${line((s) => s.rules.areas)}`);
for (const t of Ts) console.log(`${JSON.stringify(t)}: ${line((s) => decide(s, probs.get(s), t))}`);
