// Issue 19, fifth round: a member of two words found by the compound that joins them, and the
// synonym table's groups for klima og miljø, vann og avløp, beredskap, informasjonssikkerhet,
// samferdsel and skole; with what they must not find.
import { describe, expect, it } from 'vitest';
import { synonymsOf } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const texts = (word: string) => synonymsOf(word).map((m) => m.text);

describe('a member of two words written as one compound', () => {
  it('finds the group, and the member as written', () => {
    expect(texts('sirkulærøkonomi')).toEqual(expect.arrayContaining(['sirkulær økonomi', 'ombruk']));
    expect(texts('sirkulærøkonomien')).toContain('sirkulær økonomi');
    expect(texts('kunstigintelligens')).toContain('KI');
  });
  it('leaves members with a stopword inside, and the word itself, alone', () => {
    // `deling av data` is no `delingdata`; `fast lege` gives `fastlege` no `fastlege`
    expect(texts('delingdata')).toEqual([]);
    expect(texts('fastlege')).not.toContain('fastlege');
    expect(texts('sirkulær')).toEqual([]);
  });
  it('ranks a sentence that says it in other words, and --explain names the member', () => {
    const index = buildSearchIndex(located(['Kommunene bør satse på ombruk av byggematerialer.', 'Økonomien i kommunene er stram.']));
    const hits = search(index, 'sirkulærøkonomi', { explain: true });
    expect(hits[0]!.located.sentence.text).toMatch(/^Kommunene bør satse på ombruk/u);
    expect(hits[0]!.why![0]).toMatchObject({ word: 'sirkulærøkonomi', via: 'synonym', synonym: 'ombruk' });
  });
});

describe('the field\'s groups of the fifth round', () => {
  it('knows the words of klima og miljø, vann og avløp and beredskap', () => {
    expect(texts('overvann')).toContain('regnvann');
    expect(texts('ekstremværet')).toEqual(expect.arrayContaining(['uvær', 'stormflo']));
    expect(texts('invasive arter')).toEqual([]); // a phrase is looked up word by word (phraseSynonyms)
    expect(texts('drikkevann')).toContain('vannforsyning');
    expect(texts('tilfluktsrom')).toContain('sikringsrom');
    expect(texts('totalberedskap')).toContain('totalforsvar');
  });
  it('knows the words of informasjonssikkerhet and samferdsel', () => {
    expect(texts('cyberangrep')).toEqual(expect.arrayContaining(['dataangrep', 'løsepengevirus']));
    expect(texts('phishing')).toContain('nettfiske');
    expect(texts('hurtigbåtene')).toContain('passasjerbåt');
    expect(texts('bompengene')).toContain('bomstasjon');
  });
  it('keeps one-way groups one way, and drifting words out', () => {
    // ekstremvær finds flom and storm, not the other way; flom is no longer overvann
    expect(texts('storm')).not.toContain('ekstremvær');
    expect(texts('flom')).not.toContain('overvann');
    expect(texts('overvann')).not.toContain('flom');
    expect(texts('politi')).not.toContain('nødetater');
  });
  it('does not match a sentence about something else', () => {
    const index = buildSearchIndex(located(['Flommen tok broen i fjor.', 'Regnvannet må tas hånd om lokalt.', 'Vannet i fjorden er rent.']));
    const hits = search(index, 'overvann', { explain: true }).map((h) => h.located.sentence.text);
    expect(hits[0]).toBe('Regnvannet må tas hånd om lokalt.');
    expect(hits).not.toContain('Flommen tok broen i fjor.');
  });
});
