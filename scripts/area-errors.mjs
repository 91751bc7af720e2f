// Dev (not shipped): the area errors of blind rounds as a blind round sees them. For each round
// given (default 24–28) the model is trained on the documents before it (as loro-areas.mjs), the
// shipped decision made, and every false negative and false positive area printed as one JSON line
// with what the rules found (own words, topic), the section's headings and a first class:
//   nofown   the sentence has no area words of its own (section spill, class b)
//   broad    a missed or extra okonomi/selvstyre (class c when the others are right)
//   vocab    the sentence has other own areas but not this one (class a candidate)
//   spill    an extra area inherited from the section's topic
//   ownfp    an extra area of the sentence's own words
// Run after `npm run build`: node scripts/area-errors.mjs [24 25 …] > errors.ndjson
import { loadDocuments, trainModel, areaProbabilities, decide, scoreAreas } from './area-lib.js';

const ROUNDS = { 24: [126, 131], 25: [132, 137], 26: [138, 143], 27: [144, 149], 28: [150, 155] };
const want = process.argv.slice(2).map(Number);
const ks = want.length ? want : [24, 25, 26, 27, 28];
const num = (d) => parseInt(d.name.slice(1), 10);
const hi = Math.max(...ks.map((k) => ROUNDS[k][1]));
const docs = await loadDocuments({ only: Array.from({ length: hi }, (_, i) => i + 1) });
const T = { none: 0.3, add: 0.5, remove: 0.25, broad: { okonomi: 0.8, selvstyre: 0.8 }, broadInherited: 0.5, broadOwnRemove: 0.2, inheritedBesideOwn: 0.5 };
const BROAD = new Set(['okonomi', 'selvstyre']);
for (const k of ks) {
  const [lo, up] = ROUNDS[k];
  const test = docs.filter((d) => num(d) >= lo && num(d) <= up);
  const model = trainModel(docs.filter((d) => num(d) < lo), null);
  const probs = new Map(test.flatMap((d) => d.out).map((s) => [s, areaProbabilities(model, s.features)]));
  const r = scoreAreas(test, (s) => decide(s, probs.get(s), T));
  process.stderr.write(`r${k} micro ${r.micro.toFixed(3)} macro ${r.macro.toFixed(3)} tp ${r.tp} fp ${r.fp} fn ${r.fn}\n`);
  for (const d of test) for (const s of d.out) {
    const g = s.scored;
    if (!g || g.borderline) continue;
    const got = decide(s, probs.get(s), T);
    const ok = g.areas_ok ?? g.areas;
    const p = probs.get(s);
    const base = { r: k, doc: d.name, line: s.lines[0], kind: s.kind, gold: g.areas, ok, got, own: s.rules.own, topic: s.rules.topic, rules: s.rules.areas, head: s.headings.slice(0, 2), text: s.text };
    for (const a of g.areas.filter((a) => !got.includes(a))) {
      const cls = s.rules.own.length === 0 ? 'nofown' : BROAD.has(a) ? 'broad' : 'vocab';
      console.log(JSON.stringify({ err: 'FN', area: a, cls, p: +(p.get(a) ?? 0).toFixed(2), ...base }));
    }
    for (const a of got.filter((a) => !ok.includes(a))) {
      const cls = BROAD.has(a) ? 'broad' : s.rules.own.includes(a) ? 'ownfp' : s.rules.topic.includes(a) ? 'spill' : 'model';
      console.log(JSON.stringify({ err: 'FP', area: a, cls, p: +(p.get(a) ?? 0).toFixed(2), ...base }));
    }
  }
}
