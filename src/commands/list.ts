import { UsageError } from '../model/errors.js';
import { buildFilter, type FilterOptions, locate, matches } from '../query/filter.js';
import { type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface ListOptions extends FilterOptions {
  limit?: number;
}

/** `list`: statements in document order, filtered; the demand kinds unless `--kind` says otherwise. */
export async function list(options: ListOptions, context: Context): Promise<CommandResult> {
  const filter = buildFilter(options);
  if (options.limit !== undefined && !(options.limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const index = await openIndex(context);
  // list shows statements only (`--kind` has no 'every sentence'): the lean per-document files do
  const docs = await index.load(filter.docs ?? undefined, 'statements', filter);
  const multi = index.catalog.documents.length > 1;
  const records: SentenceRecord[] = [];
  for (const located of locate(docs)) {
    if (!matches(filter, located)) continue;
    records.push(sentenceRecord(located, multi));
    if (options.limit !== undefined && records.length >= options.limit) break;
  }
  return { type: 'sentences', view: 'list', records };
}
