// What commands return: data, never text. The CLI picks a renderer by `type` and format, and
// sets the exit status from `found` (SPEC: 0 found something, 1 found nothing).
import type { AreaRecord, SectionRecord, SentenceRecord } from '../query/records.js';

export type SentenceView = 'list' | 'show' | 'search' | 'grep' | 'kwic';

export type CommandResult =
  | { type: 'sentences'; view: SentenceView; records: SentenceRecord[]; highlight?: RegExp; only?: 'ids' | 'count' }
  | { type: 'sections'; records: SectionRecord[]; tree: boolean }
  | { type: 'areas'; records: AreaRecord[] }
  | { type: 'markdown'; text: string; found: boolean }
  | { type: 'ingested'; lines: string[]; records: Array<Record<string, unknown>> };

export function found(result: CommandResult): boolean {
  switch (result.type) {
    case 'markdown':
      return result.found;
    case 'ingested':
      return true;
    default:
      return result.records.length > 0;
  }
}
