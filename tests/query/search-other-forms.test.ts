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
