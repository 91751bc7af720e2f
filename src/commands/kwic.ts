import { mapLimit } from '../index/open.js';
import type { Catalog } from '../index/store.js';
import { documentOf, READ_CONCURRENCY } from '../index/store.js';
import { readSentences, readTerms } from '../index/terms.js';
import { UsageError } from '../model/errors.js';
import { searchForm, wordProbes, wordsOf } from '../nlp/search-analyzer.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { type KwicHit, matchersOf, occurrences as concordance } from '../query/kwic.js';
import { occurrences, type TermSource, vocabularyOf } from '../query/postings.js';
import type { Located, SentenceRecord } from '../query/records.js';
import { sentenceRecord } from '../query/records.js';
import { displayWidth } from '../render/style.js';
import { type Context, openIndex } from './context.js';
import { checkSectionTargets } from './targets.js';
import type { CommandResult } from './result.js';

export interface KwicOptions extends FilterOptions {
  exact?: boolean;
  width?: number;
  limit?: number;
}

export const DEFAULT_KWIC_WIDTH = 40;

/** Documents read at once (term files, sentence lines). */

/**
 * `kwic TERM`: every occurrence of a term in the sentences, with its left and right context.
 * The term files (index/terms.ts) say which sentences hold a word the term's first word
 * accepts; only those sentences are read and searched, document by document.
 */
export async function kwic(term: string, options: KwicOptions, context: Context): Promise<CommandResult> {
  if (!/[\p{L}\p{N}]/u.test(term)) throw new UsageError(`kwic needs a word to look for, not '${term}'`);
  const filter = buildFilter(options, 'sentences');
  const index = await openIndex(context, filter);
  const multi = index.catalog.documents.length > 1;
  const words = wordsOf(term).map((t) => t.text);
  const probes = options.exact ? words.map(searchForm) : [...new Set(words.flatMap(wordProbes))];
  const kwicOptions = { exact: options.exact, width: options.width ?? DEFAULT_KWIC_WIDTH, measure: displayWidth };
  const hits = await index.read(async (catalog: Catalog) => {
    const entries = catalog.documents.filter((e) => !filter.docs || filter.docs.includes(e.id));
    const sources = await mapLimit(entries, READ_CONCURRENCY, (e) => readTerms(index.dir, e, probes));
    const matchers = matchersOf(term, vocabularyOf(sources, true), Boolean(options.exact));
    if (!matchers.length) return [];
    const first = matchers[0]!;
    const candidates = sources.map((s: TermSource) => {
      const found = new Set<number>();
      for (const [form, line] of s.lines) if (first.has(form)) for (const i of occurrences(line)) found.add(i);
      return [...found].sort((a, b) => a - b);
    });
    const out: KwicHit[] = [];
    // documents in order, a batch at a time, until the limit is reached
    const docs = entries.map((entry, k) => ({ entry, source: sources[k]!, sentences: candidates[k]! })).filter((d) => d.sentences.length);
    for (let from = 0; from < docs.length && (options.limit === undefined || out.length < options.limit); from += READ_CONCURRENCY) {
      const batch = await mapLimit(docs.slice(from, from + READ_CONCURRENCY), READ_CONCURRENCY, async ({ entry, source, sentences }) => {
        const lines = await readSentences(index.dir, entry, source.offsets(), sentences);
        const doc = documentOf(entry, lines.sections);
        const located: Located[] = sentences.map((i) => ({ doc, sentence: lines.sentences.get(i)!, index: i }));
        return concordance(located.filter((l) => matches(filter, l)), matchers, kwicOptions);
      });
      for (const found of batch) out.push(...found);
    }
    return out;
  });
  const limited = options.limit === undefined ? hits : hits.slice(0, options.limit);
  const records: SentenceRecord[] = limited.map((h) => ({ ...sentenceRecord(h.located, multi), left: h.left, match: h.match, right: h.right }));
  if (records.length === 0) await checkSectionTargets(filter, index);
  return { type: 'sentences', view: 'kwic', records };
}
