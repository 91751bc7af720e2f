// Ranked full-text search over sentences: BM25+ over postings (query/postings.ts), queried with
// the Norwegian expansion of nlp/search-analyzer.ts (inflections, compounds, spelling variants).
//
// Scoring: each query word is searched on its own as the OR of its expansions, each weighted
// (1 for the word and its inflections, less inside compounds); a sentence's score is the sum of
// its word scores times the number of query words it matches (MiniSearch's rule for multi-term
// queries, applied per word so a word's many compounds count once). Quoted phrases must occur as
// consecutive words.
//
// The `search` command ranks over the term files an ingest wrote (index/terms.ts); this module's
// buildSearchIndex makes the same term texts from sentences in memory, so both rank alike.
import { matchingRuns, parseQuery, searchForm, wordsOf } from '../nlp/search-analyzer.js';
import { encodeTerms, rankSentences, type RankOptions, type Reason, termSource, type TermSource } from './postings.js';
import type { Located } from './records.js';
import { structureOfTerms, withFeedback } from './feedback.js';

export interface SearchIndex {
  /** the sentences, grouped by document: sources[k] holds groups[k] */
  groups: Located[][];
  sources: TermSource[];
}

/** Build the search index of located sentences (in document order). */
export function buildSearchIndex(located: Located[]): SearchIndex {
  const groups: Located[][] = [];
  for (const l of located) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.doc === l.doc) last.push(l);
    else groups.push([l]);
  }
  const sources = groups.map((g) => termSource(encodeTerms(g.map((l) => l.sentence.text), [], g.map((l) => l.sentence.sectionId), new Map(g[0]!.doc.sections.map((s) => [s.id, s.title]))), null));
  return { groups, sources };
}

export interface SearchHit {
  located: Located;
  score: number;
  /** with `explain`: what matched each query word */
  why?: Reason[];
}

export interface SearchOptions extends RankOptions {
  /** the second ranking, by feedback from the first's best hits (query/feedback.ts); on unless `literal` */
  feedback?: boolean;
}

/** Search; hits best first (ties in document order). */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const { hits: first, phrases } = rankSentences(index.sources, parseQuery(query), options);
  // the second ranking: the sentences near the best hits in their sections (query/feedback.ts)
  const hits = options.feedback === false || options.literal ? first : withFeedback(first, (source) => (index.sources[source] ? structureOfTerms(index.sources[source]!) : undefined), { explain: options.explain === true });
  const out: SearchHit[] = [];
  for (const hit of hits) {
    const located = index.groups[hit.source]![hit.sentence]!;
    if (phrases.length && !phrases.every((p) => hasPhrase(located.sentence.text, p))) continue;
    out.push({ located, score: hit.score, ...(hit.why ? { why: reasonsIn(located.sentence.text, hit.why, headingOf(located)) } : {}) });
  }
  return out;
}

/** Do the words of `text` contain a run matching each phrase word's set in turn? */
export function hasPhrase(text: string, phrase: ReadonlyArray<ReadonlySet<string>>): boolean {
  if (phrase.length === 0) return true;
  return !matchingRuns(wordsOf(text).map((t) => searchForm(t.text)), phrase).next().done;
}

/** The heading of a sentence's section ('' if unknown). */
export function headingOf(l: Pick<Located, 'doc' | 'sentence'>): string {
  return l.doc.sections?.find((s) => s.id === l.sentence.sectionId)?.title ?? '';
}

/**
 * Reasons with their index terms told as the sentence writes them (`barnehagelaerarar` →
 * `barnehagelærarar`): the first word of the text with each term's search form; a term of the
 * section's heading (via `heading`) as the heading writes it.
 */
export function reasonsIn(text: string, why: readonly Reason[], heading = ''): Reason[] {
  const written = new Map<string, string>();
  for (const t of [...wordsOf(text), ...wordsOf(heading)]) {
    const form = searchForm(t.text);
    if (!written.has(form)) written.set(form, t.text);
  }
  return why.map((r) => ({ ...r, terms: [...new Set(r.terms.map((t) => written.get(t) ?? t))] }));
}
