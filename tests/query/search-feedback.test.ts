// Issue 19, section-level pseudo-relevance feedback (query/feedback.ts): the sentences near the
// best hits, in their sections, rank by a share of those hits' scores. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { FEEDBACK_AFTER, FEEDBACK_STAY, FEEDBACK_WEIGHT, feedbackSources, sectionAround, type SectionStructure, withFeedback } from '../../src/query/feedback.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import type { IndexedDocument, AnalyzedSentence } from '../../src/model/types.js';
import { locate } from '../../src/query/filter.js';

const hit = (sentence: number, score: number, source = 0) => ({ source, sentence, score });
/** one document of 20 sentences, sections starting at 5 and 10 */
const structure: SectionStructure = { starts: [5, 10], sentences: 20 };
const one = () => structure;

describe('withFeedback', () => {
  it('lends the sentences after a seed in its section a share of its score, not past the section', () => {
    const out = withFeedback([hit(6, 10)], one);
    expect(out.map((h) => h.sentence)).toEqual([6, 5, 7, 8, 9]);
    expect(out[1]!.score).toBeCloseTo(FEEDBACK_WEIGHT * 10);
    expect(FEEDBACK_AFTER).toBeGreaterThanOrEqual(3);
  });
  it('takes the larger of a sentence\'s own score and its share, never their sum', () => {
    const out = withFeedback([hit(6, 10), hit(7, 9), hit(8, 1)], one, { stay: 1 });
    expect(out.find((h) => h.sentence === 7)!.score).toBe(9);
    expect(out.find((h) => h.sentence === 8)!.score).toBeCloseTo(FEEDBACK_WEIGHT * 10);
  });
  it('keeps the best hits in their place: a share stops level with the last of them, after it', () => {
    const first = [hit(6, 10), hit(15, 3.5), hit(16, 3.4)];
    const out = withFeedback(first, one, { stay: 2 });
    expect(out.slice(0, 2)).toEqual(first.slice(0, 2));
    expect(out[2]).toMatchObject({ sentence: 5, score: 3.5 });
    expect(FEEDBACK_STAY).toBeGreaterThan(1);
  });
  it('lends nothing in a document of one section, or of unknown sections', () => {
    const first = [hit(2, 10), hit(9, 1)];
    expect(withFeedback(first, () => ({ starts: [], sentences: 20 }))).toEqual(first);
    expect(withFeedback(first, () => ({ starts: null, sentences: 20 }))).toEqual(first);
    expect(withFeedback(first, () => undefined)).toEqual(first);
  });
  it('gives the same best hits from the top of a ranking as from all of it (search keeps only its best)', () => {
    const all = [hit(6, 10), hit(12, 8), hit(1, 6), hit(3, 4), hit(14, 3), hit(18, 2.9), hit(19, 2.8), hit(7, 2.7), hit(0, 1), hit(8, 0.5)];
    const n = 7;
    expect(withFeedback(all.slice(0, n), one).slice(0, n)).toEqual(withFeedback(all, one).slice(0, n));
  });
  it('says, with explain, that a sentence came in by feedback, with the seed\'s reasons', () => {
    const seed = { ...hit(6, 10), why: [{ word: 'plimsord', via: 'word' as const, terms: ['plimsord'] }] };
    const out = withFeedback([seed], one, { explain: true });
    expect(out[1]!.why).toEqual([{ word: 'plimsord', via: 'feedback', terms: ['plimsord'] }]);
  });
  it('reads the structure of the seeds\' documents only', () => {
    expect(feedbackSources([hit(1, 9, 4), hit(2, 8, 4), hit(3, 7, 1), hit(4, 6, 9)])).toEqual([4, 1]);
  });
  it('finds a sentence\'s section', () => {
    expect(sectionAround(structure, 0)).toEqual({ start: 0, end: 5 });
    expect(sectionAround(structure, 7)).toEqual({ start: 5, end: 10 });
    expect(sectionAround(structure, 19)).toEqual({ start: 10, end: 20 });
  });
});

/** A document of two sections, each sentence in the section of its list. */
function twoSections(a: string[], b: string[]) {
  const sentences = [...a.map((t) => [t, 's1'] as const), ...b.map((t) => [t, 's2'] as const)].map(([text, sectionId], i): AnalyzedSentence => ({
    id: `1-${i + 1}`, sectionId, ordinal: i + 1, page: 1, lines: [i + 1, i + 1], text,
    kind: null, kinds: [], areas: [], actors: [], figures: [], cues: [], areaTerms: {},
  }));
  const doc: IndexedDocument = {
    id: 'd', title: 'd', path: 'd.txt', hash: 'x', format: 'text', pages: 1, sentences,
    sections: [{ id: 's1', level: 1, title: 'Vei', parent: null, page: 1, line: 1 }, { id: 's2', level: 1, title: 'Skole', parent: null, page: 1, line: 5 }],
  };
  return [...locate([doc])];
}

describe('search with feedback', () => {
  const index = buildSearchIndex(twoSections(
    ['Kommunen bygger ny vei.', 'Brosk og grepp er viktig.'],
    ['Flimringsordningen gjelder alle skoler.', 'Den koster lite for elevene.', 'Foreldre er fornøyde med tiltaket.', 'Lærerne har fått mer tid.', 'Eleven leser bøker.'],
  ));
  it('finds the sentences after a match in its section that never name the query word, below it, and says why', () => {
    const hits = search(index, 'flimringsordning', { explain: true });
    const texts = hits.map((h) => h.located.sentence.text);
    expect(texts[0]).toBe('Flimringsordningen gjelder alle skoler.');
    expect(new Set(texts.slice(1, 4))).toEqual(new Set(['Den koster lite for elevene.', 'Foreldre er fornøyde med tiltaket.', 'Lærerne har fått mer tid.']));
    // the other section's sentences stay out
    expect(texts).not.toContain('Brosk og grepp er viktig.');
    expect(hits.find((h) => h.located.sentence.text === 'Den koster lite for elevene.')!.why).toEqual([{ word: 'flimringsordning', via: 'feedback', terms: ['flimringsordningen'] }]);
  });
});
