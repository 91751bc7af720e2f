// The Norwegian analysis behind `search` and `kwic`: which corpus words a query word matches.
import { describe, expect, it } from 'vitest';
import { expandWord, indexTerms, parseQuery, queryForms, relation, WEIGHT } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, hasPhrase, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';
import { expectAll } from '../helpers/cli.js';

const matched = (word: string, vocabulary: string[]) => [...expandWord(word, vocabulary.map((v) => indexTerms(v)[0]!)).keys()];

describe('compounds', () => {
  it('lærer finds lærerutdanning and yrkesfaglærere, not lærerik', () => {
    expect(matched('lærer', ['lærerutdanning', 'yrkesfaglærere', 'lærere', 'lærerik', 'læreplasser'])).toEqual(['lærerutdanning', 'yrkesfaglaerere', 'laerere'].map((w) => indexTerms(w)[0]));
  });
  it('helse finds primærhelsetjenesten and helseløsningene', () => {
    expect(matched('helse', ['primærhelsetjenesten', 'helseløsningene', 'helsa', 'helst'])).toEqual(['primaerhelsetjenesten', 'helselosningene', 'helsa']);
  });
  it('weights the word itself above its compounds', () => {
    expect(relation('laerere', 'laerer')).toBe(WEIGHT.word);
    expect(relation('yrkesfaglaerere', 'laerer')).toBe(WEIGHT.head);
    expect(relation('laererutdanning', 'laerer')).toBe(WEIGHT.start);
  });
  it('refuses false friends', () => {
    expect(matched('eldre', ['foreldre', 'eldres'])).toEqual(['eldres']);
    expect(matched('arbeid', ['samarbeid', 'arbeidsliv'])).toEqual(['arbeidsliv']);
    expect(matched('natur', ['naturlig', 'naturressurser'])).toEqual(['naturressurser']);
    expect(matched('vei', ['veiledning', 'fylkesveier'])).toEqual(['fylkesveier']);
    expect(matched('EU', ['europeisk', 'eu', 'eus'])).toEqual(['eu', 'eus']);
  });
});

describe('spelling variants and inflections', () => {
  it('fylkesvei finds fylkesveger and fylkesveiene', () => {
    expect(matched('fylkesvei', ['fylkesveger', 'fylkesveiene', 'fylke'])).toEqual(['fylkesveger', 'fylkesveiene']);
  });
  it('ferje finds ferger; fram finds fremover', () => {
    expect(matched('ferje', ['ferger', 'fergen'])).toEqual(['ferger', 'fergen']);
    expect(queryForms('fram')).toContain('frem');
    expect(matched('framover', ['fremover'])).toEqual(['fremover']);
  });
  it('legemidler finds legemiddelliste', () => {
    expect(matched('legemidler', ['legemiddelliste', 'legemidlene'])).toEqual(['legemiddelliste', 'legemidlene']);
  });
  it('statsforvalteren finds statsforvalterne', () => {
    expect(matched('statsforvalteren', ['statsforvalterne'])).toEqual(['statsforvalterne']);
  });
  it('æøå may be typed as plain letters', () => {
    expect(matched('okonomi', ['økonomi', 'kommuneøkonomien'])).toEqual(['okonomi', 'kommuneokonomien']);
  });
});

describe('stopwords and phrases', () => {
  it('drops stopwords from the query unless nothing else is left', () => {
    expect(parseQuery('finansiering av e-helse').words).toEqual(['finansiering', 'e', 'helse']);
    expect(parseQuery('og i det').words).toEqual(['og', 'i', 'det']);
  });
  it('leaves stopwords out of the index terms', () => {
    expect(indexTerms('Det er viktig at kommunene får frie inntekter')).toEqual(['viktig', 'kommunene', 'far', 'frie', 'inntekter']);
  });
  it('parses "quoted", «guillemet» and “curly” phrases', () => {
    expect(parseQuery('"psykisk helse" «frie inntekter» “bo hjemme” eldre').phrases).toEqual([
      ['psykisk', 'helse'], ['frie', 'inntekter'], ['bo', 'hjemme'],
    ]);
  });
  it('a phrase needs its words in a row', () => {
    const set = (...w: string[]) => new Set(w);
    expect(hasPhrase('Satsing på psykisk helse i kommunene', [set('psykisk'), set('helse')])).toBe(true);
    expect(hasPhrase('Helse er psykisk krevende', [set('psykisk'), set('helse')])).toBe(false);
  });
});


describe('ranking', () => {
  const index = buildSearchIndex(located([
    'Kommunene trenger flere lærere.',
    'Lærerutdanningen må styrkes.',
    'Samarbeid mellom foreldre og skole.',
    'Psykisk helse er viktig, og helse generelt.',
    'Helse og psykisk uhelse.',
  ]));
  const ids = (q: string) => search(index, q).map((h) => h.located.sentence.id);
  it('ranks an inflected match above a compound and finds nothing for a false friend', () => {
    expect(ids('lærer')).toEqual(['1-1', '1-2']);
    expect(ids('eldre')).toEqual([]);
  });
  it('a quoted phrase keeps only sentences with the words in a row', () => {
    expect(ids('"psykisk helse"')).toEqual(['1-4']);
    expect(ids('psykisk helse')).toContain('1-5');
  });
  it('gives every hit a positive score, best first', () => {
    const hits = search(index, 'helse lærer');
    expect(hits.length).toBeGreaterThan(2);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expectAll(hits, (h) => h.score > 0);
  });
});
