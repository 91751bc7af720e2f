// Compound-aware matching and the natural wrappers.
import { describe, expect, it } from 'vitest';
import { compileVocabulary, termMatches } from '../../src/nlp/compound.js';
import { closest } from '../../src/nlp/distance.js';
import { asciiFold, isStopword, nbRegex, stem, tokenize } from '../../src/nlp/norwegian.js';

describe('termMatches', () => {
  it.each([
    ['barnehager', 'barnehage'],
    ['barnehagene', 'barnehage'],
    ['helsa', 'helse'],
    ['fastlegeordningen', 'fastlege'],
    ['fastlegen', 'lege'],
    ['primærhelsetjenesten', 'helse'],
    ['kommunehelsetjenesten', 'helse'],
    ['helseløsningene', 'helse'],
    ['barnehagelærere', 'lærer'],
    ['barnehagelærere', 'barnehage'],
    ['barnevernsreformen', 'barnevern'],
    ['fylkesveger', 'veg'],
    ['boligpolitikk', 'bolig'],
    ['grunnskolene', 'skole'],
  ])('%s contains %s', (word, term) => {
    expect(termMatches(word, term)).toBe(true);
  });
  it.each([
    ['naturlig', 'natur'],
    ['lærerik', 'lærer'],
    ['legger', 'lege'],
  ])('%s does not contain %s', (word, term) => {
    expect(termMatches(word, term)).toBe(false);
  });
  it('respects positions: start-only terms do not match as a head', () => {
    expect(termMatches('miljøtiltak', 'miljø', 'start')).toBe(true);
    expect(termMatches('læringsmiljø', 'miljø', 'start')).toBe(false);
    expect(termMatches('forsøksordning', 'forsøk', 'word')).toBe(false);
  });
});

describe('compileVocabulary', () => {
  const m = compileVocabulary(
    [
      { key: 'eldre', term: 'eldre', position: 'start' },
      { key: 'arbeid', term: 'arbeidsliv' },
      { key: 'intl', term: 'EU', caseSensitive: true },
      { key: 'okonomi', term: 'frie inntekter' },
      { key: 'helse', term: 'helse' },
    ],
    { eldre: ['foreldre'] },
  );
  const keys = (t: string) => m.matchText(t).map((x) => x.key);
  it('finds words, compounds, phrases and acronyms with offsets', () => {
    const r = m.matchText('Frie inntektene og e-helseløsningene i EU.');
    expect(r.map((x) => x.key)).toEqual(['okonomi', 'helse', 'intl']);
    expect(r[0]!.word).toBe('Frie inntektene');
    expect(r[2]!.start).toBe('Frie inntektene og e-helseløsningene i '.length);
  });
  it('refuses false friends and lower-case acronyms', () => {
    expect(keys('foreldre og barn')).toEqual([]);
    expect(keys('eldreomsorgen')).toEqual(['eldre']);
    expect(keys('reuse av europeiske data')).toEqual([]);
  });
  it('does not count samarbeid as arbeidsliv', () => {
    expect(keys('samarbeidet i arbeidslivet')).toEqual(['arbeid']);
  });
});

describe('natural wrappers', () => {
  it('stems, tokenizes with Norwegian letters, knows stopwords', () => {
    expect(stem('barnehagene')).toBe(stem('barnehage'));
    expect(tokenize('Økt støtte til e-helse, EU/EØS-saker.')).toEqual(['Økt', 'støtte', 'til', 'e', 'helse', 'EU', 'EØS', 'saker']);
    expect(isStopword('og')).toBe(true);
    expect(isStopword('barnehage')).toBe(false);
    expect(asciiFold('Økonomi og næring på Ås')).toBe('okonomi og naering pa as');
  });
  it('suggests the closest names', () => {
    expect(closest(['okonomi', 'helse', 'eldre', 'bolig'], 'heelse', 1)).toEqual(['helse']);
    expect(closest(['okonomi', 'helse', 'eldre', 'bolig'], 'Økonomi', 1)).toEqual(['okonomi']);
  });
  it('nbRegex boundaries know æøå', () => {
    expect('på en måte'.match(nbRegex('\\bmå\\b'))).toBeNull();
    expect('vi må gå'.match(nbRegex('\\bmå\\b'))?.[0]).toBe('må');
    expect(nbRegex('\\bsom\\b(?:\\s+\\p{L}+){0,2}\\s*$', 'iu').test('oppgavene som ')).toBe(true);
  });
  it('nbRegex boundaries know the letters of Sami and of European names (Latin-1, Extended-A), in either case', () => {
    // a cue word inside a longer word is not the cue word
    for (const word of ['måŋ', 'ŊMÅ', 'måš', 'Žmå', 'måł', 'ĐMÅ', 'måő', 'ÿmå']) expect(nbRegex('\\bmå\\b').test(word), word).toBe(false);
    expect(nbRegex('\\bKS\\b').test('KS’ (Sámediggi/Čoahkkin) syn')).toBe(true);
    expect('Šárka, Łódź og Øyvind'.match(nbRegex('\\p{L}+'))).toEqual(['Šárka', 'Łódź', 'og', 'Øyvind']);
  });
});
