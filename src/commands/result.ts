// What commands return is data both sides share: src/model/result.ts. Re-exported for the
// commands; the helpers they share to build it stay here.
export type { CommandResult, SentenceBatch, SentenceView } from '../model/result.js';
export { found } from '../model/result.js';

/** Batches of items up to `limit` items in all (the last batch cut), then no more are read. */
export async function* upTo<T>(batches: AsyncIterable<T[]>, limit = Infinity): AsyncGenerator<T[]> {
  let left = limit;
  for await (const batch of batches) {
    const kept = batch.length > left ? batch.slice(0, left) : batch;
    left -= kept.length;
    yield kept;
    if (left <= 0) return;
  }
}
