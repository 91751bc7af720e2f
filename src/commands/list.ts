import { UsageError } from '../model/errors.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import { checkedWhenEmpty } from './targets.js';
import { type CommandResult, type SentenceBatch, upTo } from './result.js';

export interface ListOptions extends FilterOptions {
  limit?: number;
}

/** `list`: statements in document order, filtered; the demand kinds unless `--kind` says otherwise. */
export async function list(options: ListOptions, context: Context): Promise<CommandResult> {
  const filter = buildFilter(options);
  if (options.limit !== undefined && !(options.limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const index = await openIndex(context, filter);
  // the count, not the catalogue: rowBatches reads the catalogue a line at a time
  const multi = index.documents > 1;
  // a document at a time, from the lean rows: only rows whose kind and area pass are decoded
  async function* found(): AsyncGenerator<SentenceRecord[]> {
    for await (const docs of index.rowBatches(filter.docs ?? undefined, filter)) {
      const records: SentenceRecord[] = [];
      for (const { doc, rows, decode } of docs) {
        for (const row of rows) {
          const located = { doc, sentence: decode(row), index: 0 };
          if (matches(filter, located)) records.push(sentenceRecord(located, multi));
        }
      }
      yield records;
    }
  }
  async function* batches(records: AsyncIterable<SentenceRecord[]>): AsyncGenerator<SentenceBatch> {
    for await (const batch of records) yield { records: batch };
  }
  // each layer of async generators costs every batch a few promise turns: upTo only for --limit
  const records = options.limit === undefined ? found() : upTo(found(), options.limit);
  return { type: 'sentence-stream', view: 'list', batches: checkedWhenEmpty(batches(records), filter, index) };
}
