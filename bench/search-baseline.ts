// The obvious baseline for `search` (issue 4): MiniSearch over the sentences with natural's
// Norwegian stemmer as processTerm and prefix search, everything else at MiniSearch's defaults
// (its tokenizer, BM25+ parameters, OR of the query terms). Stopwords are not removed: natural's
// stemmer alone, as the issue describes it.
import MiniSearch from 'minisearch';
import { stem } from '../src/nlp/norwegian.js';

export interface BaselineSentence {
  id: string;
  text: string;
}

export function baselineSearch(sentences: readonly BaselineSentence[]): (query: string) => string[] {
  const engine = new MiniSearch<BaselineSentence>({
    fields: ['text'],
    processTerm: (term) => stem(term),
    searchOptions: { prefix: true },
  });
  engine.addAll(sentences.map((s) => ({ id: s.id, text: s.text })));
  return (query) => engine.search(query).map((r) => String(r.id));
}

/**
 * Plain word matching (issue 19's first baseline): MiniSearch at its defaults, no stemming, no
 * prefix: a sentence matches a query word only where it holds that word as written (any case),
 * ranked by BM25+.
 */
export function plainSearch(sentences: readonly BaselineSentence[]): (query: string) => string[] {
  const engine = new MiniSearch<BaselineSentence>({ fields: ['text'] });
  engine.addAll(sentences.map((s) => ({ id: s.id, text: s.text })));
  return (query) => engine.search(query).map((r) => String(r.id));
}
