// The blind judged queries of issue 19 (bench/search-queries-blind.json) and the eleven
// documents they were judged over, analysed in memory: ours and both baselines rank the same
// sentences, ids `document:sentence`. Run by tests/query/search-quality-blind.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSource, loadMarkdown } from '../src/index/analyze.js';
import type { IndexedDocument } from '../src/model/types.js';
import { locate } from '../src/query/filter.js';
import { buildSearchIndex, search } from '../src/query/search.js';
import { sourceFromBytes } from '../src/source/read.js';
import { baselineSearch, plainSearch } from './search-baseline.js';
import type { Judged } from './search-eval.js';

const ROOT = join(import.meta.dirname, '..');

export interface BlindJudged extends Judged {
  kind: 'compound' | 'variant' | 'synonym' | 'base';
}

export function loadBlind(file = 'search-queries-blind.json'): { documents: string[]; queries: BlindJudged[] } {
  return JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as { documents: string[]; queries: BlindJudged[] };
}

/** The documents, analysed; rankers for ours, plain word matching and MiniSearch + stemmer. */
export async function blindRankers(documents: readonly string[]) {
  await loadMarkdown();
  const docs: IndexedDocument[] = documents.map((p) => {
    const path = join(ROOT, p);
    return analyzeSource(sourceFromBytes(path, readFileSync(path)));
  });
  const located = [...locate(docs)];
  const idOf = (l: (typeof located)[number]) => `${l.doc.id}:${l.sentence.id}`;
  const index = buildSearchIndex(located);
  const sentences = located.map((l) => ({ id: idOf(l), text: l.sentence.text }));
  return {
    docs,
    ids: new Set(sentences.map((s) => s.id)),
    ours: (q: string) => search(index, q).map((h) => idOf(h.located)),
    plain: plainSearch(sentences),
    minisearch: baselineSearch(sentences),
  };
}
