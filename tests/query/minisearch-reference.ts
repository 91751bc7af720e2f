// The search of ks-input before postings (src/query/search.ts until schema 3): MiniSearch (BM25+)
// built over every sentence at query time. Kept as the reference the postings ranking must equal
// (tests/query/postings.test.ts, tests/e2e/search-scale.test.ts).
import MiniSearch from 'minisearch';
import { expandWord, indexTerms, parseQuery, searchForm, wordsOf } from '../../src/nlp/search-analyzer.js';
import type { Located } from '../../src/query/records.js';

export interface SearchIndex {
  located: Located[];
  vocabulary: ReadonlySet<string>;
  engine: MiniSearch<{ id: number; text: string }>;
}

/** Terms are already processed: split a joined term list on spaces, take each as it is. */
const asTerms = { tokenize: (s: string) => s.split(' '), processTerm: (t: string) => t };

/** Build the search index of sentences (cheap: a few ms per thousand sentences). */
export function buildSearchIndex(located: Located[]): SearchIndex {
  const vocabulary = new Set<string>();
  const engine = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => {
      const terms = indexTerms(text);
      for (const t of terms) vocabulary.add(t);
      return terms;
    },
    processTerm: (t) => t,
    searchOptions: asTerms,
  });
  engine.addAll(located.map((l, id) => ({ id, text: l.sentence.text })));
  return { located, vocabulary, engine };
}

export interface SearchHit {
  located: Located;
  score: number;
}

/** Expansions of every query word against the index vocabulary. */
export function expandQuery(index: SearchIndex, words: string[]): Map<string, Map<string, number>> {
  return new Map(words.map((w) => [w, expandWord(w, index.vocabulary)]));
}

/** Search; hits best first (ties in document order). */
export function search(index: SearchIndex, query: string): SearchHit[] {
  const parsed = parseQuery(query);
  const expansions = expandQuery(index, parsed.words);
  const scores = new Map<number, { sum: number; words: number }>();
  for (const terms of expansions.values()) {
    if (terms.size === 0) continue;
    // in the terms' own order, as postings.ts sums them
    const results = index.engine.search([...terms.keys()].sort().join(' '), {
      ...asTerms,
      boostTerm: (term) => terms.get(term) ?? 1,
    });
    for (const r of results) {
      // MiniSearch multiplies by the number of matched terms: undo it, a word counts once
      const score = r.score / Math.max(1, r.queryTerms.length);
      const entry = scores.get(r.id as number) ?? { sum: 0, words: 0 };
      entry.sum += score;
      entry.words += 1;
      scores.set(r.id as number, entry);
    }
  }
  const phraseSets = parsed.phrases.map((phrase) =>
    phrase.map((w) => {
      const set = new Set(expandWord(w, index.vocabulary).keys());
      set.add(searchForm(w));
      return set;
    }),
  );
  const hits: Array<SearchHit & { order: number }> = [];
  for (const [id, { sum, words }] of scores) {
    const located = index.located[id]!;
    if (phraseSets.length && !phraseSets.every((p) => hasPhrase(located.sentence.text, p))) continue;
    hits.push({ located, score: sum * words, order: id });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ located, score }) => ({ located, score }));
}

/** Do the words of `text` contain a run matching each phrase word's set in turn? */
export function hasPhrase(text: string, phrase: ReadonlyArray<ReadonlySet<string>>): boolean {
  const words = wordsOf(text).map((t) => searchForm(t.text));
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (!phrase[k]!.has(words[i + k]!)) continue outer;
    return true;
  }
  return false;
}
