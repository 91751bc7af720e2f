// Issue 19, fourth round: a compound's parts matched by their synonyms and their verbs, short
// and head-only parts, and the weight of a part by all its forms; `--explain` names the synonym.
import { describe, expect, it } from 'vitest';
import { expandWordWhy, firstPartSpellings, indexTerms, queryForms, splitCompound } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const vocab = (...texts: string[]) => new Set(texts.flatMap((t) => indexTerms(t)));

describe('a noun in -ing and its verb', () => {
  it('finds the verb of an -ing noun, held whole (avlastning → avlaster)', () => {
    expect(expandWordWhy('avlastning', vocab('Tilbudet avlaster familiene.')).get('avlaster')).toMatchObject({ via: 'derived' });
    expect(queryForms('utbygging')).toContain('utbygge');
    // one verb a noun: `bemann|ing`, not `beman|ning`
    expect(queryForms('bemanning')).toContain('bemanne');
    expect(queryForms('bemanning')).not.toContain('bemane');
  });
  it('does not take the verb back to a noun of its stem (vekting is not vekt), nor a noun in -e to -ing', () => {
    expect(expandWordWhy('vekting', vocab('Den nye avtalen legger vekt på forebygging.')).size).toBe(0);
    expect(queryForms('skole')).not.toContain('skoling');
  });
});

describe('compound parts', () => {
  it('splits at a three-letter part the text only inflects (ferjekai → ferje + kai by kaiane)', () => {
    expect(splitCompound('ferjekai', vocab('Ferjene er nye. Kaiane må fornyast.'))).toEqual(['ferje', 'kai']);
    // but not by a derived word (`egnet` is no inflection of `egn`)
    expect(splitCompound('motsegn', vocab('et møte om egnede boliger, egnet bolig'))).toBeNull();
  });
  it('finds a first part by the spelling it takes before the rest (vann|sport → vass-, in vassporten)', () => {
    expect(firstPartSpellings('vannsport', 'vann', 'sport')).toContain('vass');
    const index = buildSearchIndex(located([
      'Vatnet i fjorden er kaldt om vinteren.',
      'Vassporten er populær om sommaren.', // both parts in one word, the first as `vass-`
      'Vannet er reint.',
      'Sporten trekker mange.',
    ]));
    const hits = search(index, 'vannsport', { explain: true });
    expect(hits[0]!.located.sentence.id).toBe('1-2');
    expect(hits[0]!.why).toEqual([{ word: 'vannsport', via: 'parts', parts: ['vann', 'sport'], terms: ['Vassporten'] }]);
  });
  it('splits at a long part the text has only as the head of another compound, as a last resort', () => {
    expect(splitCompound('skolestruktur', vocab('Skolene er små. Fylkesstrukturen er endret.'))).toEqual(['skole', 'struktur']);
    expect(splitCompound('flomsikring', vocab('flommen og skredsikring, sikring av veiene'))).toEqual(['flom', 'sikring']);
  });
  it('matches a part by its synonym, below the part itself, and says which', () => {
    const index = buildSearchIndex(located([
      'Fylkesveiene har et stort vedlikeholdsetterslep.', // 1: a part and a synonym of the other
      'Forfallet på fylkesveiene øker.', // 2: both parts
      'Fylkesveiene er mange.', // 3: one part
    ]));
    const hits = search(index, 'fylkesveiforfall', { explain: true });
    expect(hits.map((h) => h.located.sentence.id)).toEqual(['1-2', '1-1', '1-3']);
    expect(hits[1]!.why).toEqual([{ word: 'fylkesveiforfall', via: 'parts', parts: ['fylkesvei', 'forfall ~ vedlikeholdsetterslep'], terms: ['Fylkesveiene', 'vedlikeholdsetterslep'] }]);
  });
});
