// A synonym counts less where the corpus writes the query word itself (postings.ts
// WRITTEN_SYNONYM_SHARE): a sentence that states the word ranks above a shorter one that holds
// only a synonym; where no sentence writes the word, its synonyms are found as before.
import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const texts = (hits: ReturnType<typeof search>) => hits.map((h) => h.located.sentence.text);

describe('a written word before its synonyms', () => {
  it('uses a synonym pair of the table', () => {
    expect(synonymsOf('selvkost').some((m) => m.words.includes('gebyr'))).toBe(true);
  });
  it('ranks the sentence that writes the word first, though a synonym sentence is shorter', () => {
    const index = buildSearchIndex(located([
      'Gebyrene stiger.',
      'Tjenesten for vann og avløp i de tre nabokommunene på kysten blir finansiert etter selvkost, slik loven krever for slike tjenester.',
      'Vi snakker om noe annet her.',
      'Noe helt annet står her.',
      'Og her står enda mer annet.',
    ]));
    const hits = search(index, 'selvkost', { explain: true });
    expect(texts(hits)[0]).toContain('etter selvkost');
    expect(texts(hits)).toContain('Gebyrene stiger.');
    expect(hits.find((h) => h.located.sentence.text === 'Gebyrene stiger.')?.why?.[0]?.via).toBe('synonym');
  });
  it('finds the synonyms as before where no sentence writes the word', () => {
    const index = buildSearchIndex(located(['Gebyrene stiger.', 'Vi snakker om noe annet her.']));
    expect(texts(search(index, 'selvkost'))).toEqual(['Gebyrene stiger.']);
  });
});
