// Issue 19, synonyms by construction: a query compound the corpus never writes, nor any synonym of
// it, backs off to the one part of it the corpus knows (`taxiløyve` → `løyve` where the text says
// `drosjeløyver`), searched alone below a part of a split. Made-up words and sentences.
import { describe, expect, it } from 'vitest';
import { backoffPart, indexTerms, SENSE_WEIGHT } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const vocab = (...texts: string[]) => new Set(texts.flatMap((t) => indexTerms(t)));

describe('backoffPart', () => {
  it('takes the longest part that stands as a word or inflected, at either end', () => {
    expect(backoffPart('plimsløyve', vocab('Mange drosjeløyver er gitt.', 'Løyvene gjelder i fem år.'))).toBe('loyve');
    expect(backoffPart('grubbsopp', vocab('Det var grubb i kjelleren.'))).toBe('grubb');
  });
  it('takes no part shorter than four letters, nor an ending (`-ning`), nor a part the text has only inside compounds', () => {
    expect(backoffPart('nødvokk', vocab('Det er nødvendig.', 'nød'))).toBeNull();
    expect(backoffPart('flimrening', vocab('ning'))).toBeNull();
    expect(backoffPart('plimsløyve', vocab('drosjeløyver'))).toBeNull();
  });
});

describe('search backs off to a part', () => {
  const index = buildSearchIndex(located([
    'Antallet drosjeløyver har økt i byene.', // 0: the known part, in a compound
    'Løyvene gjelder i fem år.', // 1: the known part alone
    'Kommunen kjøper ny buss.', // 2: neither
  ]));
  it('finds the sentences of a compound word no sentence holds by its known part, and says which part', () => {
    const hits = search(index, 'plimsløyve', { explain: true });
    expect(hits.map((h) => h.located.sentence.text)).toEqual(['Løyvene gjelder i fem år.', 'Antallet drosjeløyver har økt i byene.']);
    expect(hits[0]!.why?.[0]).toMatchObject({ word: 'plimsløyve', via: 'parts', parts: ['loyve'] });
    expect(SENSE_WEIGHT.part).toBeLessThan(SENSE_WEIGHT.parts);
  });
  it('does not back off for a word the corpus holds (drosjeløyve splits into two parts)', () => {
    const hits = search(index, 'drosjeløyve', { explain: true });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.why?.every((r) => r.via !== 'parts' || r.parts!.length === 2))).toBe(true);
  });
});
