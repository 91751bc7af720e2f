import { UsageError } from '../model/errors.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult, SentenceBatch } from './result.js';

export interface ListOptions extends FilterOptions {
  limit?: number;
}

/** `list`: statements in document order, filtered; the demand kinds unless `--kind` says otherwise. */
export async function list(options: ListOptions, context: Context): Promise<CommandResult> {
  const filter = buildFilter(options);
  if (options.limit !== undefined && !(options.limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const index = await openIndex(context);
  const multi = index.catalog.documents.length > 1;
  // a few documents at a time, from the lean rows: only rows whose kind and area pass are decoded
  async function* batches(): AsyncGenerator<SentenceBatch> {
    let left = options.limit ?? Infinity;
    for await (const docs of index.rowBatches(filter.docs ?? undefined, filter)) {
      const records: SentenceRecord[] = [];
      for (const { doc, rows, decode } of docs) {
        for (const row of rows) {
          const located = { doc, sentence: decode(row), index: 0 };
          if (matches(filter, located)) records.push(sentenceRecord(located, multi));
        }
      }
      const kept = records.length > left ? records.slice(0, left) : records;
      left -= kept.length;
      yield { records: kept };
      if (left <= 0) return;
    }
  }
  return { type: 'sentence-stream', view: 'list', batches: batches() };
}
