// Sentences as the query stage sees them (a document, the sentence, its place), built from bare
// texts: one section, one page, a line each. For unit tests of search and its ranking.
import type { AnalyzedSentence, IndexedDocument } from '../../src/model/types.js';
import type { Located } from '../../src/query/records.js';

export function located(texts: string[]): Located[] {
  const sentences = texts.map((text, i): AnalyzedSentence => ({
    id: `1-${i + 1}`, sectionId: '1', ordinal: i + 1, page: 1, lines: [i + 1, i + 1], text,
    kind: null, kinds: [], areas: [], actors: [], figures: [], cues: [], areaTerms: {},
  }));
  const doc: IndexedDocument = { id: 'd', title: 'd', path: 'd.txt', hash: 'x', format: 'text', pages: 1, sections: [{ id: '1', level: 1, title: 'T', parent: null, page: 1, line: 1 }], sentences };
  return sentences.map((sentence, index) => ({ doc, sentence, index }));
}
