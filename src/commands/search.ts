import { buildFilter, type FilterOptions, locate, matches } from '../query/filter.js';
import { type SentenceRecord, sentenceRecord } from '../query/records.js';
import { buildSearchIndex, search as rank } from '../query/search.js';
import { UsageError } from '../model/errors.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface SearchOptions extends FilterOptions {
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 10;

/** `search QUERY…`: ranked full-text search over every sentence (statements or not). */
export async function search(query: string[], options: SearchOptions, context: Context): Promise<CommandResult> {
  const text = query.join(' ').trim();
  if (!text) throw new UsageError('search needs a query: ks-input search WORD…');
  const filter = buildFilter(options, 'sentences');
  const index = await openIndex(context);
  const docs = await index.load(filter.docs ?? undefined);
  const multi = index.catalog.documents.length > 1;
  // Rank over every sentence of the loaded documents (so word weights do not depend on the
  // filters), then keep those the filters admit.
  const engine = buildSearchIndex([...locate(docs)]);
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const records: SentenceRecord[] = [];
  for (const hit of rank(engine, text)) {
    if (!matches(filter, hit.located)) continue;
    records.push({ ...sentenceRecord(hit.located, multi), score: Math.round(hit.score * 1000) / 1000 });
    if (records.length >= limit) break;
  }
  return { type: 'sentences', view: 'search', records };
}
