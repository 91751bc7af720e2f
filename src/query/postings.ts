// Search postings: BM25+ ranking over the term files of index/term-file.ts, for `search` and
// `kwic`, without reading the sentences.
//
// Ranking is MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5; a sentence's length is its number of
// distinct index terms, the average is kept as MiniSearch keeps it), computed over the postings
// of the query's expansions only, with the same order of additions, so scores are the ones
// MiniSearch gave over the same sentences (tests/query/postings.test.ts compares them).
import { acceptedForms, expandWord, type ParsedQuery, wordProbes } from '../nlp/search-analyzer.js';
import { decodePostings, type TermSource } from '../index/term-file.js';

// the term-file format moved to index/; re-exported for the callers and tests that use it here
export { decodePostings, encodeTerms, occurrences, TERMS_HEADER, termSource, type TermLine, type TermSource } from '../index/term-file.js';

/** Probes of a query: a term text's lines are read only when their form contains one. */
export function queryProbes(parsed: ParsedQuery): string[] {
  const words = [...parsed.words, ...parsed.phrases.flat()];
  return [...new Set(words.flatMap((w) => wordProbes(w)))];
}

/** Vocabulary of the sources: index terms only, or every form (`withStops`), in file order. */
export function vocabularyOf(sources: readonly TermSource[], withStops = false): Set<string> {
  const out = new Set<string>();
  for (const s of sources) for (const [form, line] of s.lines) if (withStops || line.postings !== '') out.add(form);
  return out;
}

export interface RankedSentence {
  /** index of the source (document) and of the sentence in it */
  source: number;
  sentence: number;
  score: number;
}

export interface Ranking {
  /** best first; ties in document order */
  hits: RankedSentence[];
  /** per quoted phrase, per word, the forms it accepts: hits must pass hasPhrase on their text */
  phrases: Array<Array<Set<string>>>;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Rank the sentences of the sources for a query. Each query word is scored as the OR of its
 * expansions, each weighted (search-analyzer.ts); a sentence's score is the sum of its word
 * scores times the number of query words it matches.
 */
export function rankSentences(sources: readonly TermSource[], parsed: ParsedQuery): Ranking {
  const vocabulary = vocabularyOf(sources);
  const offsets: number[] = [];
  let total = 0;
  let average = 0;
  for (const s of sources) {
    offsets.push(total);
    for (const length of s.lengths) {
      average = (average * total + length) / (total + 1);
      total += 1;
    }
  }
  const decoded = new Map<string, { df: number; lists: Array<{ source: number; ids: number[]; tfs: number[] }> }>();
  const postingsOf = (term: string) => {
    let entry = decoded.get(term);
    if (!entry) {
      entry = { df: 0, lists: [] };
      sources.forEach((s, source) => {
        const line = s.lines.get(term);
        if (!line || line.postings === '') return;
        const { ids, tfs } = decodePostings(line.postings);
        entry!.df += ids.length;
        entry!.lists.push({ source, ids, tfs });
      });
      decoded.set(term, entry);
    }
    return entry;
  };
  const { k, b, d } = BM25;
  const scores = new Map<number, { sum: number; words: number; source: number; sentence: number }>();
  for (const word of parsed.words) {
    const terms = expandWord(word, vocabulary);
    if (terms.size === 0) continue;
    const matched = new Map<number, { score: number; terms: number; source: number; sentence: number }>();
    for (const [term, boost] of terms) {
      const { df, lists } = postingsOf(term);
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      for (const { source, ids, tfs } of lists) {
        const lengths = sources[source]!.lengths;
        for (let i = 0; i < ids.length; i++) {
          const tf = tfs[i]!;
          const length = lengths[ids[i]!]!;
          const raw = idf * (d + tf * (k + 1) / (tf + k * (1 - b + b * length / average)));
          const weighted = boost * raw;
          const id = offsets[source]! + ids[i]!;
          const entry = matched.get(id);
          if (entry) {
            entry.score = entry.score + weighted;
            entry.terms += 1;
          } else {
            matched.set(id, { score: weighted, terms: 1, source, sentence: ids[i]! });
          }
        }
      }
    }
    for (const [id, m] of matched) {
      // as MiniSearch: the sum times the number of matched terms, then divided by it again
      const score = (m.score * m.terms) / Math.max(1, m.terms);
      const entry = scores.get(id) ?? { sum: 0, words: 0, source: m.source, sentence: m.sentence };
      entry.sum += score;
      entry.words += 1;
      scores.set(id, entry);
    }
  }
  const ranked: Array<RankedSentence & { order: number }> = [];
  for (const [id, { sum, words, source, sentence }] of scores) ranked.push({ source, sentence, score: sum * words, order: id });
  ranked.sort((x, y) => y.score - x.score || x.order - y.order);
  const phrases = parsed.phrases.map((phrase) => phrase.map((w) => acceptedForms(w, vocabulary)));
  return { hits: ranked.map(({ source, sentence, score }) => ({ source, sentence, score })), phrases };
}
