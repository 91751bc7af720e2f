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
import { type CommandResult, type SentenceBatch, upTo } from './result.js';

export interface KwicOptions extends FilterOptions {
  exact?: boolean;
  width?: number;
  limit?: number;
}

export const DEFAULT_KWIC_WIDTH = 40;

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
  const limit = options.limit ?? Infinity;
  // First every document's term file, a few at a time: which of its sentences hold a word the
  // term's first word accepts, and the forms the probes found (the term's matchers accept a form
  // by the form alone, so a document's own forms decide its sentences as all forms together
  // would). Only those sentence numbers are kept, not the postings (issue 18).
  const found = await index.read(async (catalog: Catalog) => {
    const entries = catalog.documents.filter((e) => !filter.docs || filter.docs.includes(e.id));
    const vocabulary = new Set<string>();
    const read = await mapLimit(entries, READ_CONCURRENCY, async (entry) => {
      const source = await readTerms(index.dir, entry, probes);
      if (!source.lines.size) return null;
      for (const form of source.lines.keys()) vocabulary.add(form);
      const first = matchersOf(term, new Set(source.lines.keys()), Boolean(options.exact))[0];
      const sentences = new Set<number>();
      if (first) for (const [form, line] of source.lines) if (first.has(form)) for (const i of occurrences(line)) sentences.add(i);
      if (!sentences.size) return null;
      const sorted = [...sentences].sort((a, b) => a - b);
      return { entry, offsets: offsetsOf(source.offsets(), sorted), sentences: sorted };
    });
    return { docs: read.filter((d) => d !== null), matchers: matchersOf(term, vocabulary, Boolean(options.exact)) };
  });
  // Then the sentences, documents in order a batch at a time, each batch's records written
  // before the next is read, until the limit is reached
  async function* hits(): AsyncGenerator<SentenceRecord[]> {
    const { docs, matchers } = found;
    if (!matchers.length) return;
    for (let from = 0; from < docs.length; from += READ_CONCURRENCY) {
      const batch = await mapLimit(docs.slice(from, from + READ_CONCURRENCY), READ_CONCURRENCY, async ({ entry, offsets, sentences }) => {
        const lines = await readSentences(index.dir, entry, offsets(), sentences);
        const doc = documentOf(entry, lines.sections);
        const located: Located[] = sentences.map((i) => ({ doc, sentence: lines.sentences.get(i)!, index: i }));
        return concordance(located.filter((l) => matches(filter, l)), matchers, kwicOptions);
      });
      yield batch.flat().map((h) => ({ ...sentenceRecord(h.located, multi), left: h.left, match: h.match, right: h.right }));
    }
  }
  async function* batches(): AsyncGenerator<SentenceBatch> {
    let total = 0;
    for await (const records of upTo(hits(), limit)) {
      total += records.length;
      yield { records };
    }
    if (total === 0) {
      await checkSectionTargets(filter, index);
      if (options.exact) await sayCompounds(term, index, filter, context);
    }
  }
  return { type: 'sentence-stream', view: 'kwic', batches: batches() };
}

/**
 * Of a document's sentence offsets, only those reading `sentences` needs (the first, and each
 * one's start and end), as a list as long as all of them: kept for every document found until
 * its sentences are read, so a few numbers each, not the document's hundreds.
 */
function offsetsOf(all: readonly number[], sentences: readonly number[]): () => number[] {
  const kept: number[] = []; // position, offset, …
  for (const k of new Set([0, ...sentences.flatMap((i) => [i, i + 1])])) if (k < all.length) kept.push(k, all[k]!);
  const length = all.length;
  return () => {
    const out = new Array<number>(length);
    for (let j = 0; j < kept.length; j += 2) out[kept[j]!] = kept[j + 1]!;
    return out;
  };
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
