// `kwic`: keyword in context. Every occurrence of a term in the sentences, with the text to its
// left and right cut to a width in terminal columns (as measured by the caller: æøå take one
// column, East Asian wide characters two). By default a term matches like a search word (inflections,
// compounds, spelling variants: nlp/search-analyzer.ts), so `lærer` also shows `yrkesfaglærere`;
// with `exact` only the word as written, in any case. A term of several words matches them as
// consecutive words.
import { acceptedForms, matchingRuns, searchForm, wordsOf } from '../nlp/search-analyzer.js';
import type { Located } from './records.js';
import { takeEnd, takeStart } from './context-cut.js';

export { takeEnd, takeStart };

export interface KwicOptions {
  exact?: boolean;
  /** columns of context on each side */
  width: number;
  /** columns a string takes on a terminal (the CLI passes render/style's displayWidth) */
  measure?: (text: string) => number;
}

export interface KwicHit {
  located: Located;
  left: string;
  match: string;
  right: string;
}

/** The sets of search forms each word of the term accepts. */
export function termMatchers(term: string, located: readonly Located[], exact: boolean): Array<ReadonlySet<string>> {
  const vocabulary = new Set<string>();
  if (!exact) for (const l of located) for (const t of wordsOf(l.sentence.text)) vocabulary.add(searchForm(t.text));
  return matchersOf(term, vocabulary, exact);
}

/** The same, against a vocabulary of search forms (stopwords included). */
export function matchersOf(term: string, vocabulary: Iterable<string>, exact: boolean): Array<ReadonlySet<string>> {
  const words = wordsOf(term).map((t) => t.text);
  if (exact) return words.map((w) => new Set([searchForm(w)]));
  return words.map((w) => acceptedForms(w, vocabulary));
}

export function kwic(located: readonly Located[], term: string, options: KwicOptions): KwicHit[] {
  return occurrences(located, termMatchers(term, located, Boolean(options.exact)), options);
}

/** Every run of words in the sentences that the matchers accept in turn, in context. */
export function occurrences(located: readonly Located[], matchers: ReadonlyArray<ReadonlySet<string>>, options: KwicOptions): KwicHit[] {
  if (!matchers.length) return [];
  const measure = options.measure ?? ((s: string) => [...s].length);
  const hits: KwicHit[] = [];
  for (const l of located) {
    const text = l.sentence.text.normalize('NFC');
    const words = wordsOf(text);
    const forms = words.map((w) => searchForm(w.text));
    for (const i of matchingRuns(forms, matchers)) {
      const start = words[i]!.start;
      const end = words[i + matchers.length - 1]!.end;
      hits.push({
        located: l,
        left: takeEnd(flat(text.slice(0, start)), options.width, measure),
        match: flat(text.slice(start, end)),
        right: takeStart(flat(text.slice(end)), options.width, measure),
      });
    }
  }
  return hits;
}

/** Whitespace runs (newlines, tabs) as one space: context is shown on one line. */
const flat = (s: string) => s.replace(/\s+/gu, ' ');
