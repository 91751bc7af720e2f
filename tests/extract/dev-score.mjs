// Dev helper (not shipped): run normalize → segment → analyzeSentences on a raw text file and
// write ndjson records for scoring with ../shared/eval/score.py.
//   npx tsc -p . && node tests/extract/dev-score.mjs [FILE] [OUT] [--all]
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeRawText } from '../../dist/normalize/raw-text.js';
import { segmentDocument } from '../../dist/segment/document.js';
import { analyzeSentences } from '../../dist/extract/index.js';

const args = process.argv.slice(2);
const all = args.includes('--all');
const [file = 'corpus/ks-2021-hurdalsplattformen.txt', out = '/tmp/ks-out.ndjson'] = args.filter((a) => !a.startsWith('--'));
const { root, pageOfLine } = normalizeRawText(readFileSync(file, 'utf8'));
const { sections, sentences } = segmentDocument(root, pageOfLine, 'doc');
const t0 = performance.now();
const analyzed = analyzeSentences(sentences, sections);
const ms = performance.now() - t0;
const byId = new Map(sections.map((s) => [s.id, s]));
const lines = analyzed
  .filter((s) => all || s.kind !== null)
  .map((s) => JSON.stringify({ id: s.id, text: s.text, kind: s.kind, kinds: s.kinds, areas: s.areas, actors: s.actors, figures: s.figures, lines: s.lines, section: byId.get(s.sectionId)?.title, cues: s.cues.map((c) => `${c.kind}:${c.cue}`), areaTerms: s.areaTerms }));
writeFileSync(out, lines.join('\n') + '\n');
console.error(`${analyzed.length} sentences, ${lines.length} written to ${out} in ${ms.toFixed(1)} ms`);
