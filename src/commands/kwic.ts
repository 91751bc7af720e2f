import { mapLimit } from '../index/open.js';
import type { Catalog } from '../index/store.js';
import { documentOf, READ_CONCURRENCY } from '../index/store.js';
import { readSentences, readTerms } from '../index/terms.js';
import { UsageError } from '../model/errors.js';
import { searchForm, wordProbes, wordsOf } from '../nlp/search-analyzer.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { matchersOf, occurrences as concordance } from '../query/kwic.js';
import { occurrences } from '../query/postings.js';
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
  const records = await index.read(async (catalog: Catalog) => {
    const entries = catalog.documents.filter((e) => !filter.docs || filter.docs.includes(e.id));
    // only the documents with a line the probes match are kept, and only those lines and their
    // sentence offsets: memory grows with what is found, not with the corpus (issue 18)
    const read = await mapLimit(entries, READ_CONCURRENCY, async (entry) => {
      const source = await readTerms(index.dir, entry, probes);
      return source.lines.size ? { entry, lines: source.lines, offsets: source.offsets } : null;
    });
    const sources = read.filter((s) => s !== null);
    const vocabulary = new Set<string>();
    for (const s of sources) for (const form of s.lines.keys()) vocabulary.add(form);
    const matchers = matchersOf(term, vocabulary, Boolean(options.exact));
    if (!matchers.length) return [];
    const first = matchers[0]!;
    const docs = sources.flatMap(({ entry, lines, offsets }) => {
      const found = new Set<number>();
      for (const [form, line] of lines) if (first.has(form)) for (const i of occurrences(line)) found.add(i);
      return found.size ? [{ entry, offsets, sentences: [...found].sort((a, b) => a - b) }] : [];
    });
    const out: SentenceRecord[] = [];
    const limit = options.limit ?? Infinity;
    // documents in order, a batch at a time, until the limit is reached; each hit made its record
    // at once, so no document's sentences outlive its batch
    for (let from = 0; from < docs.length && out.length < limit; from += READ_CONCURRENCY) {
      const batch = await mapLimit(docs.slice(from, from + READ_CONCURRENCY), READ_CONCURRENCY, async ({ entry, offsets, sentences }) => {
        const lines = await readSentences(index.dir, entry, offsets(), sentences);
        const doc = documentOf(entry, lines.sections);
        const located: Located[] = sentences.map((i) => ({ doc, sentence: lines.sentences.get(i)!, index: i }));
        return concordance(located.filter((l) => matches(filter, l)), matchers, kwicOptions);
      });
      for (const hits of batch) {
        for (const h of hits) {
          if (out.length >= limit) break;
          out.push({ ...sentenceRecord(h.located, multi), left: h.left, match: h.match, right: h.right });
        }
      }
    }
    return out;
  });
  if (records.length === 0) {
    await checkSectionTargets(filter, index);
    if (options.exact) await sayCompounds(term, index, filter, context);
  }
  return { type: 'sentences', view: 'kwic', records };
}

/**
 * `kwic --exact fastlege` finds nothing when the word stands only inside compounds
 * (`fastlegeordningen`): say how many sentences hold it so, and how to see them.
 */
async function sayCompounds(term: string, index: Awaited<ReturnType<typeof openIndex>>, filter: ReturnType<typeof buildFilter>, context: Context): Promise<void> {
  const words = wordsOf(term).map((t) => t.text);
  if (words.length !== 1) return;
  const form = searchForm(words[0]!);
  const entries = index.catalog.documents.filter((e) => !filter.docs || filter.docs.includes(e.id));
  const sources = await mapLimit(entries, READ_CONCURRENCY, (e) => readTerms(index.dir, e, wordProbes(words[0]!)));
  const compounds = new Set<string>();
  let sentences = 0;
  for (const source of sources) {
    const holding = new Set<number>();
    for (const [other, line] of source.lines) {
      if (other === form || !other.includes(form)) continue;
      compounds.add(other);
      for (const i of occurrences(line)) holding.add(i);
    }
    sentences += holding.size;
  }
  if (sentences === 0) return;
  const examples = [...compounds].slice(0, 3).join(', ');
  context.notify(`ks-input: '${term}' stands nowhere as a word of its own; ${sentences} sentence${sentences === 1 ? '' : 's'} hold it inside longer words, compounds or inflections (${examples}); without --exact kwic shows them`);
}
