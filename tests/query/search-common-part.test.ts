// Issue 19, session 11: a compound's common part alone (`avgift` of `parkeringsavgift`) ranks
// below its specific part (`parkering`), the part the fewest sentences hold as a word.
import { describe, expect, it } from 'vitest';
import { COMMON_PART_SHARE } from '../../src/query/postings.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

// two sections: the first about parking, the second about fees
const SENTENCES = [
  'Kommunen mangler plasser for parkering av sykler ved skolene i sentrum om kvelden og i helgene.',
  'Parkering ved sykehjemmene er vanskelig for pårørende som besøker sine nærmeste om kvelden.',
  'Avgiften økes.',
  'Avgiften på avfall er høy.',
  'Skolene får nye lærere.',
];

function twoSections(texts: string[], second: number) {
  const out = located(texts);
  const doc = out[0]!.doc;
  doc.sections = [...doc.sections, { id: '2', level: 1, title: 'U', parent: null, page: 1, line: second + 1 }];
  for (const l of out.slice(second)) l.sentence.sectionId = '2';
  return out;
}

describe('a compound\'s common part', () => {
  it('counts at a share below one', () => {
    expect(COMMON_PART_SHARE).toBeGreaterThan(0);
    expect(COMMON_PART_SHARE).toBeLessThan(1);
  });
  it('ranks a sentence with the specific part above one with the common part alone', () => {
    const hits = search(buildSearchIndex(twoSections(SENTENCES, 2)), 'parkeringsavgift', { explain: true });
    expect(hits.slice(0, 2).map((h) => h.located.sentence.text).every((t) => /parkering/iu.test(t))).toBe(true);
    expect(hits[0]!.why![0]).toMatchObject({ word: 'parkeringsavgift', via: 'parts' });
    // the common part alone still ranks: lower, not gone
    expect(hits.map((h) => h.located.sentence.text)).toContain('Avgiften økes.');
  });
});
