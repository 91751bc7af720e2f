// Sentence records for the compare renderers' tests, built in memory.
import type { SentenceRecord } from '../../src/query/records.js';

/** A statement's record: `doc:section-n`, on page 3, line 10. */
export const sentence = (id: string, kind: SentenceRecord['kind'], text: string, areas = ['helse']): SentenceRecord => ({
  id,
  doc: id.split(':')[0]!,
  kind,
  kinds: kind ? [kind] : [],
  demand: kind === 'krav' || kind === 'anbefaling' || kind === 'onske',
  areas,
  actors: [],
  figures: [],
  chapter: 'Helse',
  section: null,
  sectionId: id.split('-')[0]!,
  page: 3,
  lines: [10, 10],
  text,
});
