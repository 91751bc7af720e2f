// Issue 19's dev vocabulary: every word (lower case, as written) of the documents the dev search
// sets (bench/search-queries-blind*.json) are judged over, with its document count, written to
// $VOCAB_OUT, to check generated spellings for false matches. Runs only on demand.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import { tokenizeWithOffsets } from '../../src/nlp/norwegian.js';
import { sourceFromBytes } from '../../src/source/read.js';

const run = process.env.VOCAB_OUT ? it : it.skip;
const ROOT = join(import.meta.dirname, '../..');

run('dev vocabulary', async () => {
  await loadMarkdown();
  const docs = new Set<string>();
  for (const f of readdirSync(join(ROOT, 'bench')).filter((f) => /^search-queries-blind(-\d+)?\.json$/.test(f))) {
    for (const d of (JSON.parse(readFileSync(join(ROOT, 'bench', f), 'utf8')) as { documents: string[] }).documents) docs.add(d);
  }
  const df = new Map<string, number>();
  for (const p of docs) {
    const doc = analyzeSource(sourceFromBytes(join(ROOT, p), readFileSync(join(ROOT, p))));
    const seen = new Set<string>();
    for (const s of doc.sentences) for (const t of tokenizeWithOffsets(s.text)) seen.add(t.text.normalize('NFC').toLowerCase());
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  writeFileSync(process.env.VOCAB_OUT!, [...df].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}\t${n}`).join('\n'));
}, 600_000);
