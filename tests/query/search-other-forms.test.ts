// A word counts by its best form in a sentence (postings.ts scoreSense, the word sense): a
// sentence that writes the word itself is not outranked by one holding two weaker forms of it.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const texts = (hits: ReturnType<typeof search>) => hits.map((h) => h.located.sentence.text);

describe('a word counted once per sentence, whatever its forms', () => {
  const index = buildSearchIndex(located([
    'Førstegangsvelgerne og bygdevelgerne stemte.',
    'Velgere må kunne stemme uten hjelp ved valget i fjor.',
    'Noe helt annet står her.',
    'Og her står enda mer annet.',
    'Vi snakker om noe annet her.',
  ]));
  it('ranks the sentence that writes the word above a shorter one with two compounds of it', () => {
    expect(texts(search(index, 'velgere'))).toEqual(['Velgere må kunne stemme uten hjelp ved valget i fjor.', 'Førstegangsvelgerne og bygdevelgerne stemte.']);
  });
  it('still says every form that matched', () => {
    const hit = search(index, 'velgere', { explain: true }).find((h) => h.located.sentence.text.startsWith('Først'));
    expect(hit?.why?.[0]?.terms).toEqual(expect.arrayContaining(['Førstegangsvelgerne', 'bygdevelgerne']));
  });
});

// postings.ts scoreSense, the parts sense: one word that is every part's best term (the first part
// and a synonym of the second, `tobakk` + `kontroll` for `tobakk|tilsyn`) is the compound written
// otherwise and counts at CORRESPONDENCE_WEIGHT, above a sentence holding one part alone.
describe('one word holding every part of a compound', () => {
  const index = buildSearchIndex(located([
    'Tobakkskontrollen i kommunen er for svak og for sjelden.',
    'Tobakk selges overalt.',
    'Tilsynet kommer sjelden.',
    'Noe helt annet står her.',
    'Og her står enda mer annet.',
    'Vi snakker om noe annet her.',
  ]));
  it('ranks it above the sentences that hold one part', () => {
    const hits = search(index, 'tobakkstilsyn', { explain: true });
    expect(texts(hits)[0]).toBe('Tobakkskontrollen i kommunen er for svak og for sjelden.');
    expect(hits[0]!.why?.[0]).toMatchObject({ via: 'parts', terms: ['Tobakkskontrollen'] });
    expect(texts(hits)).toHaveLength(3);
  });
});
