// Records: a sentence's chapter and section come from its document's outline.
import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence, IndexedDocument, Section } from '../../src/model/types.js';
import { chapterOf, sentenceRecord } from '../../src/query/records.js';

const section = (id: string, level: number, title: string, parent: string | null): Section => ({ id, level, title, parent, page: 1, line: 1 });
const sentence = (id: string, sectionId: string): AnalyzedSentence => ({
  id, sectionId, ordinal: 1, page: 1, lines: [1, 1], text: 'KS mener at staten må betale.', kind: 'krav', kinds: ['krav'], areas: ['okonomi'], actors: [], figures: [], cues: [], areaTerms: {},
});
const doc = (sections: Section[]): IndexedDocument => ({ id: 'ks-1', title: 'Innspill', path: '/x.txt', hash: 'h', format: 'text', pages: 1, sections, sentences: [] } as unknown as IndexedDocument);

describe('sentence records', () => {
  it('name the chapter and, below it, the section, at any depth', () => {
    const d = doc([section('1', 1, 'Økonomi', null), section('1.1', 2, 'Skatt', '1'), section('1.1.1', 3, 'Eiendomsskatt', '1.1'), section('2', 1, 'Helse', null)]);
    const at = (sectionId: string) => sentenceRecord({ doc: d, sentence: sentence('x-1', sectionId), index: 0 }, false);
    expect([at('1').chapter, at('1').section]).toEqual(['Økonomi', null]);
    expect([at('1.1.1').chapter, at('1.1.1').section]).toEqual(['Økonomi', 'Eiendomsskatt']);
    expect([at('2').chapter, at('2').section]).toEqual(['Helse', null]);
    expect(at('1.1').sectionId).toBe('1.1');
    expect(sentenceRecord({ doc: d, sentence: sentence('x-1', '1.1'), index: 0 }, true).id).toBe('ks-1:x-1');
  });

  it('find the chapter when a parent is listed after its child, and none for an unknown section', () => {
    const d = doc([section('1.1', 2, 'Skatt', '1'), section('1', 1, 'Økonomi', null)]);
    expect(chapterOf(d, '1.1')?.title).toBe('Økonomi');
    const r = sentenceRecord({ doc: d, sentence: sentence('x-1', '9'), index: 0 }, false);
    expect([r.chapter, r.section]).toEqual([null, null]);
  });
});
