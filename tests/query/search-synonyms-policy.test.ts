// Issue 19, fourth round: the broader synonym table of public-policy vocabulary
// (synonyms-nb.ts). Groups find each other; one-way entries point only from the word at the
// measures that name it, never back.
import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../src/nlp/search-analyzer.js';

const texts = (word: string) => synonymsOf(word).map((m) => m.text);

describe('public-policy synonyms', () => {
  it('finds the near-synonyms of the field, inflected or not', () => {
    expect(texts('gjeldsbyrden')).toEqual(expect.arrayContaining(['lånegjeld', 'renter og avdrag']));
    expect(texts('PPT')).toEqual(expect.arrayContaining(['PP-tjenesten', 'pedagogisk-psykologisk tjeneste']));
    expect(texts('omsorgsteknologi')).toContain('velferdsteknologi');
    expect(texts('seniorpolitikk')).toContain('eldre arbeidstakere');
    expect(texts('tariffavtalen')).toContain('hovedtariffavtale');
  });
  it('keeps one-way entries one way', () => {
    // the interest on a debt names the debt's burden, not the other way round
    expect(texts('renteutgifter')).not.toContain('gjeldsbyrde');
    expect(texts('reserver')).not.toContain('disposisjonsfond');
    expect(texts('kontroll')).not.toContain('sosial dumping');
  });
  it('leaves words of no group alone', () => {
    expect(texts('fastlege')).not.toContain('kai');
    expect(texts('kai')).not.toContain('fastlege');
  });
});
