// Judged search sets (bench/search-queries*.json) name relevant sentences by id, and ids follow
// segmentation: a layout fix that splits a title from its first sentence renumbers what follows.
// This carries every judged id from an old build to a new one by the sentence's text, so a
// segmentation change does not silently void the judgements.
//
//   node scripts/remap-judged-ids.mjs OLD_DIST NEW_DIST [--write]
//
// OLD_DIST is a build of the commit the sets were judged on (e.g. a worktree's dist/), NEW_DIST
// the build after the change. A sentence whose text the new build splits maps to every new
// sentence inside it; one the new build joins to another maps to the joined sentence. Both are
// printed for a person to check; nothing is written without --write. Run it once per change:
// a second run would read the new ids as old ones.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [oldDist, newDist] = process.argv.slice(2, 4).map((d) => resolve(d));
const write = process.argv.includes('--write');
if (!oldDist || !newDist) {
  console.error('usage: node scripts/remap-judged-ids.mjs OLD_DIST NEW_DIST [--write]');
  process.exit(2);
}
const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');

async function splitter(dist) {
  const { analyzeSource, loadMarkdown } = await import(join(dist, 'index/analyze.js'));
  const { sourceFromBytes } = await import(join(dist, 'source/read.js'));
  const { locate } = await import(join(dist, 'query/filter.js'));
  await loadMarkdown();
  return (paths) => {
    const docs = paths.map((p) => analyzeSource(sourceFromBytes(join(ROOT, p), readFileSync(join(ROOT, p)))));
    return [...locate(docs)].map((l) => ({ id: `${l.doc.id}:${l.sentence.id}`, doc: l.doc.id, text: l.sentence.text }));
  };
}
const [before, after] = [await splitter(oldDist), await splitter(newDist)];
const squash = (t) => t.replace(/\s+/g, ' ').trim();

let changed = 0;
for (const file of readdirSync(BENCH).filter((f) => /^search-queries.*\.json$/.test(f)).sort()) {
  const set = JSON.parse(readFileSync(join(BENCH, file), 'utf8'));
  if (!set.documents) continue;
  const old = new Map(before(set.documents).map((s) => [s.id, s]));
  const now = after(set.documents);
  const map = new Map();
  for (const s of old.values()) {
    const text = squash(s.text);
    const same = now.filter((n) => n.doc === s.doc && squash(n.text) === text);
    if (same.length === 1) { map.set(s.id, [same[0].id]); continue; }
    // split: new sentences the old one holds; joined: the new sentence that holds the old one
    const parts = now.filter((n) => n.doc === s.doc && text.includes(squash(n.text)));
    const whole = now.filter((n) => n.doc === s.doc && squash(n.text).includes(text));
    const to = parts.length ? parts.map((n) => n.id) : whole.map((n) => n.id);
    map.set(s.id, to);
  }
  let fileChanged = 0;
  for (const q of set.queries) {
    const next = [];
    for (const id of q.relevant) {
      const to = map.get(id);
      if (!to || to.length === 0) { console.log(`${file}: ${q.query}: ${id} has no sentence in the new build — check by hand`); next.push(id); continue; }
      if (to.length !== 1 || to[0] !== id) {
        fileChanged++;
        const kind = to.length > 1 ? 'split' : old.get(id) && squash(old.get(id).text) !== squash(now.find((n) => n.id === to[0]).text) ? 'joined/changed' : 'renumbered';
        console.log(`${file}: ${q.query}: ${id} → ${to.join(', ')} (${kind})`);
      }
      for (const t of to) if (!next.includes(t)) next.push(t);
    }
    q.relevant = next;
  }
  if (fileChanged) {
    changed += fileChanged;
    if (write) writeFileSync(join(BENCH, file), JSON.stringify(set, null, 1) + '\n');
  }
}
console.log(`${changed} judged ids ${write ? 'rewritten' : 'would change (run with --write)'}`);
