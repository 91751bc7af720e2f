// Issue 19, synonyms by construction: a query compound the corpus never writes, nor any synonym of
// it, backs off to the one part of it the corpus knows (`taxiløyve` → `løyve` where the text says
// `drosjeløyver`), searched alone below a part of a split. Made-up words and sentences.
import { describe, expect, it } from 'vitest';
import { backoffPart, fieldMates, fieldSplit, indexTerms, SENSE_WEIGHT } from '../../src/nlp/search-analyzer.js';
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

// Fields of kindred nouns (fields-nb.ts): the side of an unwritten compound the corpus lacks is
// searched by the nouns of its kind, beside the side it has.
describe('a compound part by its field', () => {
  const index = buildSearchIndex(located([
    'Plonkmaten skal være gratis.', // 0: the known side and a kindred noun, in one compound
    'Middagen i plonken er sen.', // 1: both, apart
    'Plonken har nye lokaler.', // 2: the known side alone
    'Huset har nødstrøm i en uke.', // 3: a kindred noun of `aggregat`
  ]));
  it('lists the other nouns of a word\'s fields, not the word, inflected or not', () => {
    expect(fieldMates('lunsj')).toContain('mat');
    expect(fieldMates('lunsjen')).toContain('måltid');
    expect(fieldMates('lunsj')).not.toContain('lunsj');
    expect(fieldMates('plonk')).toEqual([]);
  });
  it('splits an unwritten compound into the side the corpus has and the kindred side, ranking sentences with both first', () => {
    expect(fieldSplit('plonklunsj', vocab('Plonkmaten skal være gratis.', 'Plonken har nye lokaler.'))?.map((s) => [s.part, s.kindred])).toEqual([['plonk', false], ['lunsj', true]]);
    const hits = search(index, 'plonklunsj', { explain: true });
    expect(hits.slice(0, 2).map((h) => h.located.sentence.text).sort()).toEqual(['Middagen i plonken er sen.', 'Plonkmaten skal være gratis.']);
    expect(hits[0]!.why?.[0]).toMatchObject({ via: 'parts' });
    expect(hits[0]!.why?.[0]!.parts!.some((p) => p.startsWith('lunsj ~ '))).toBe(true);
  });
  it('searches a kindred side alone where neither side stands as a word, and never a plain query word by its field', () => {
    expect(search(index, 'qzxaggregat').map((h) => h.located.sentence.text)).toEqual(['Huset har nødstrøm i en uke.']);
    expect(search(index, 'lunsj')).toEqual([]);
  });
});
