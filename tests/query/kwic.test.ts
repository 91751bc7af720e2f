// kwic: occurrences, context cut to display columns, and the aligned text column.
import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence, IndexedDocument } from '../../src/model/types.js';
import { kwic, takeEnd, takeStart } from '../../src/query/kwic.js';
import { type Located, sentenceRecord } from '../../src/query/records.js';
import { renderKwic } from '../../src/render/kwic.js';
import { displayWidth, makeStyle } from '../../src/render/style.js';

function located(texts: string[]): Located[] {
  const sentences = texts.map((text, i): AnalyzedSentence => ({
    id: `1-${i + 1}`, sectionId: '1', ordinal: i + 1, page: i + 1, lines: [i + 1, i + 1], text,
    kind: null, kinds: [], areas: [], actors: [], figures: [], cues: [], areaTerms: {},
  }));
  const doc: IndexedDocument = { id: 'd', title: 'd', path: 'd.txt', hash: 'x', format: 'text', pages: 12, sections: [{ id: '1', level: 1, title: 'T', parent: null, page: 1, line: 1 }], sentences };
  return sentences.map((sentence, index) => ({ doc, sentence, index }));
}

const sentences = located([
  'Kommunene trenger lærere.',
  'Økt satsing på lærerutdanning og yrkesfaglærere i hele landet.',
  '日本語の文 med lærer i midten.',
  'Ærlig talt: blåbær, øl og åker før læreren kommer.',
  'Foreldre og lærerik undervisning.',
  'Line 6',
  'Line 7',
  'Line 8',
  'Line 9',
  'En lærer på side ti.',
]);

describe('kwic occurrences', () => {
  it('finds every inflection and compound of the term, one record per occurrence', () => {
    const hits = kwic(sentences, 'lærer', { width: 20, measure: displayWidth });
    expect(hits.map((h) => h.match)).toEqual(['lærere', 'lærerutdanning', 'yrkesfaglærere', 'lærer', 'læreren', 'lærer']);
  });
  it('--exact takes the word as written, in any case', () => {
    expect(kwic(sentences, 'LÆRER', { width: 20, exact: true }).map((h) => h.located.sentence.id)).toEqual(['1-3', '1-10']);
  });
  it('cuts context to the width in display columns, at a word, marked with "…"', () => {
    // a word longer than the width is cut inside it: 日 would make 6 columns with "…"
    expect(takeEnd('abc 日本語', 5, displayWidth)).toBe('…本語');
    expect(takeEnd('abc 日本語', 7, displayWidth)).toBe('…日本語'); // not "c 日本語": abc is cut
    expect(takeEnd('abc 日本語', 10, displayWidth)).toBe('abc 日本語'); // it fits: no mark
    expect(takeStart('æøå åøæ', 5, displayWidth)).toBe('æøå…'); // not "æøå å"
    expect(takeStart('æøå åøæ', 7, displayWidth)).toBe('æøå åøæ');
    expect(takeStart('rekruttering av fastleger', 14, displayWidth)).toBe('rekruttering…');
    expect(takeEnd('bedre rekruttering av fastleger', 16, displayWidth)).toBe('… av fastleger');
    for (const [text, width] of [['abc 日本語', 5], ['æøå åøæ', 5], ['rekruttering av fastleger', 14]] as const) {
      expect(displayWidth(takeEnd(text, width, displayWidth))).toBeLessThanOrEqual(width);
      expect(displayWidth(takeStart(text, width, displayWidth))).toBeLessThanOrEqual(width);
    }
  });
});

describe('kwic text output', () => {
  it('aligns the match column with æøå, wide characters, and ids and pages of different widths', async () => {
    const hits = kwic(sentences, 'lærer', { width: 16, measure: displayWidth });
    const records = hits.map((h) => ({ ...sentenceRecord(h.located, false), left: h.left, match: h.match, right: h.right }));
    const style = await makeStyle(true, { isTTY: false, columns: undefined, env: {} });
    const lines = renderKwic(records, { format: 'text', style, header: false });
    expect(lines).toHaveLength(records.length);
    const columns = lines.map((line, i) => displayWidth(line.slice(0, line.indexOf(records[i]!.match!, line.indexOf(records[i]!.left!) + records[i]!.left!.length))));
    expect(new Set(columns).size).toBe(1);
    expect(lines[0]!.startsWith('1-1 ')).toBe(true);
    expect(lines.some((l) => /^1-10\s+s\. 10 /u.test(l))).toBe(true);
    for (const r of records) expect(displayWidth(r.left!)).toBeLessThanOrEqual(16);
  });
  it('tsv gives left, match, right, id, page', async () => {
    const hits = kwic(sentences.slice(0, 1), 'lærer', { width: 40 });
    const records = hits.map((h) => ({ ...sentenceRecord(h.located, false), left: h.left, match: h.match, right: h.right }));
    const style = await makeStyle(true, { isTTY: false, columns: undefined, env: {} });
    expect(renderKwic(records, { format: 'tsv', style, header: true })).toEqual(['left\tmatch\tright\tid\tpage', 'Kommunene trenger \tlærere\t.\t1-1\t1']);
  });
});
