import { mapLimit } from '../index/open.js';
import type { Catalog, CatalogEntry } from '../index/store.js';
import { documentOf, READ_CONCURRENCY } from '../index/store.js';
import { readSentences, readTerms } from '../index/terms.js';
import { UsageError } from '../model/errors.js';
import type { IndexedDocument } from '../model/types.js';
import { parseQuery } from '../nlp/search-analyzer.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { queryProbes, rankSentences, type RankedSentence, type TermSource } from '../query/postings.js';
import { type Located, type SentenceRecord, sentenceRecord } from '../query/records.js';
import { hasPhrase } from '../query/search.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface SearchOptions extends FilterOptions {
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 10;

/** Documents read at once (term files, sentence lines). */

/** `search QUERY…`: ranked full-text search over every sentence (statements or not). */
export async function search(query: string[], options: SearchOptions, context: Context): Promise<CommandResult> {
  const text = query.join(' ').trim();
  if (!text) throw new UsageError('search needs a query: ks-input search WORD…');
  const filter = buildFilter(options, 'sentences');
  const index = await openIndex(context);
  const multi = index.catalog.documents.length > 1;
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const parsed = parseQuery(text);
  const probes = queryProbes(parsed);
  const records = await index.read(async (catalog: Catalog) => {
    const entries = catalog.documents.filter((e) => !filter.docs || filter.docs.includes(e.id));
    // Rank over every sentence of the loaded documents (so word weights do not depend on the
    // filters), from their term files; then read the sentences of the best hits, a batch at a
    // time, and keep those the filters (and quoted phrases) admit.
    // every document's sentence lengths weigh the ranking, but little else of a document
    // without a matched word is kept: memory stays nearly flat in the number of documents
    const sources = await mapLimit(entries, READ_CONCURRENCY, async (e) => slim(await readTerms(index.dir, e, probes)));
    const { hits, phrases } = rankSentences(sources, parsed);
    const out: SentenceRecord[] = [];
    // batches double: filters that reject most hits are not read 16 sentences at a time
    for (let from = 0, batch = Math.max(limit, 16); from < hits.length && out.length < limit; from += batch, batch *= 2) {
      const slice = hits.slice(from, from + batch);
      const located = await locateHits(index.dir, entries, sources, slice);
      for (let i = 0; i < slice.length && out.length < limit; i++) {
        const l = located[i]!;
        if (phrases.length && !phrases.every((p) => hasPhrase(l.sentence.text, p))) continue;
        if (!matches(filter, l)) continue;
        out.push({ ...sentenceRecord(l, multi), score: Math.round(slice[i]!.score * 1000) / 1000 });
      }
    }
    return out;
  });
  return { type: 'sentences', view: 'search', records };
}

/** A document's term source as a search keeps it: its lengths packed, its offsets only if it has a hit. */
function slim(source: TermSource): TermSource {
  return {
    sentences: source.sentences,
    lengths: Uint32Array.from(source.lengths),
    lines: source.lines,
    offsets: source.lines.size ? source.offsets : () => [],
  };
}

/** The sentences of ranked hits with their documents' sections, read from the sentence lines. */
async function locateHits(dir: string, entries: CatalogEntry[], sources: TermSource[], hits: RankedSentence[]): Promise<Located[]> {
  const bySource = new Map<number, number[]>();
  for (const h of hits) {
    const list = bySource.get(h.source) ?? [];
    list.push(h.sentence);
    bySource.set(h.source, list);
  }
  const docs = new Map<number, { doc: IndexedDocument; lines: Awaited<ReturnType<typeof readSentences>> }>();
  await mapLimit([...bySource], READ_CONCURRENCY, async ([source, sentences]) => {
    const entry = entries[source]!;
    const lines = await readSentences(dir, entry, sources[source]!.offsets(), sentences);
    docs.set(source, { doc: documentOf(entry, lines.sections), lines });
  });
  return hits.map((h) => {
    const { doc, lines } = docs.get(h.source)!;
    return { doc, sentence: lines.sentences.get(h.sentence)!, index: h.sentence };
  });
}
