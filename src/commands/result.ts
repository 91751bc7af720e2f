// What commands return: data, never text. The CLI picks a renderer by `type` and format, and
// sets the exit status from `found` (SPEC: 0 found something, 1 found nothing).
import type { AreaRecord, SectionRecord, SentenceRecord } from '../query/records.js';

export type SentenceView = 'list' | 'show' | 'search' | 'grep' | 'kwic';

/** Records found together, written together: a stream's unit. */
export interface SentenceBatch {
  records: SentenceRecord[];
  highlight?: RegExp;
}

export type CommandResult =
  | { type: 'sentences'; view: SentenceView; records: SentenceRecord[]; highlight?: RegExp; only?: 'ids' | 'count' }
  /**
   * Sentences found a batch at a time (list and grep read the index a few documents at a
   * time): each batch is written before the next is read, so output starts at once, a closed
   * pipe stops the reading, and a thousand documents' records are never in memory together.
   * A document found corrupt midway ends the run with its error (exit 3) after what was already
   * written, as grep's output stands when it meets an unreadable file.
   */
  | { type: 'sentence-stream'; view: 'list' | 'grep'; batches: AsyncIterable<SentenceBatch>; only?: 'ids' | 'count' }
  | { type: 'sections'; records: SectionRecord[]; tree: boolean }
  /** Sections a document at a time (a batch is one document's), written as they are read. */
  | { type: 'section-stream'; batches: AsyncIterable<SectionRecord[]>; tree: boolean }
  | { type: 'areas'; records: AreaRecord[] }
  | { type: 'markdown'; text: string; found: boolean }
  | { type: 'ingested'; lines: string[]; records: Array<Record<string, unknown>> };

/** Did a result find anything? (A stream knows only once it is read: render/index.ts `output`.) */
export function found(result: Exclude<CommandResult, { type: 'sentence-stream' | 'section-stream' }>): boolean {
  switch (result.type) {
    case 'markdown':
      return result.found;
    case 'ingested':
      return true;
    default:
      return result.records.length > 0;
  }
}

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
