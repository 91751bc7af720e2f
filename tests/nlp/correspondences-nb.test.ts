// Issue 19: the regular correspondences of bokmål and nynorsk (variants-nb.ts CORRESPONDENCE_RULES,
// LOANWORD_RULES), each rule on made-up words so that the rule, not a word list, is what passes.
import { describe, expect, it } from 'vitest';
import { CORRESPONDENCE_WEIGHT, correspondenceSpellings, expandWordWhy, formOrigins, queryForms } from '../../src/nlp/search-analyzer.js';

const forms = (w: string) => correspondenceSpellings(w);

describe('regular bokmål/nynorsk correspondences', () => {
  it('swaps the feminine definite -a and -en after a consonant', () => {
    expect(forms('blimpelova')).toContain('blimpeloven');
    expect(forms('blimpeloven')).toContain('blimpelova');
    expect(forms('lova')).toEqual([]); // too short a stem
  });

  it('swaps a weak verb\'s participle -a and -et, from the word as typed only', () => {
    expect(forms('lopa')).toEqual([]); // too short a stem
    expect(forms('tilblimpa')).toContain('tilblimpet');
    expect(forms('tilblimpet')).toContain('tilblimpa');
    expect(forms('plimrassen')).not.toContain('plimrasset'); // not -en → -a → -et
    expect(forms('plimrasset')).not.toContain('plimrassen');
  });

  it('combines an inflection rule with a stem rule after it', () => {
    expect(forms('plimutgreiinga')).toContain('plimutredningen');
  });

  it('respells a folded word (a compound\'s part) by the rules written with æøå', () => {
    expect(forms('plimloyve')).toContain('plimtillatelse');
    expect(forms('loyvet')).not.toContain('lova'); // `løyve` is not `løve`, folded `love`
  });

  it('doubles the m of -dom plurals in bokmål', () => {
    expect(forms('fjasdomar')).toContain('fjasdommer');
    expect(forms('fjasdommene')).toContain('fjasdomane');
  });

  it('makes nynorsk -ing of bokmål -else, not of helse; -taking both ways', () => {
    expect(forms('fnurdelse')).toContain('fnurding');
    expect(forms('fnurdelser')).toContain('fnurdingar');
    expect(forms('fnurdelsen')).toContain('fnurdinga');
    expect(forms('fnurding')).not.toContain('fnurdelse');
    expect(forms('grumsehelse')).toEqual([]);
    expect(forms('blotaking')).toContain('blotakelse');
    expect(forms('blotakelse')).toContain('blotaking');
  });

  it('swaps bokmål -ning and nynorsk -ing after a vowel and a consonant', () => {
    expect(forms('utsnivning')).toContain('utsniving');
    expect(forms('utsniving')).toContain('utsnivning');
    expect(forms('snagging')).toEqual([]); // no vowel before the consonant
  });

  it('swaps -leg/-lig inside words and in comparatives', () => {
    expect(forms('trøsklegheit')).toContain('trosklighet');
    expect(forms('trøsklegare')).toContain('trosklige'.replace('e', 'ere'));
    expect(forms('trøskligst')).toContain('trosklegast');
  });

  it('swaps hald/hold, kvar/hver, and makes kv of a bokmål hv at the start', () => {
    expect(forms('plimhald')).toContain('plimhold');
    expect(forms('plimholdet')).toContain('plimhaldet');
    expect(forms('kvardagsplim')).toContain('hverdagsplim');
    expect(forms('hvimse')).toContain('kvimse');
    expect(forms('kvimse')).not.toContain('hvimse');
  });

  it('swaps ei/e in the common stems', () => {
    expect(forms('breibandsplim')).toContain('bredbandsplim');
    expect(forms('teiknplim')).toContain('tegnplim');
    expect(forms('plimledning')).toContain('plimleidning');
    expect(forms('meningsplim')).toContain('meiningsplim');
    expect(forms('åpenhet')).not.toContain('apeining'); // `enhet` inside a word is not eining
  });

  it('swaps bustad with bolig and bosted, stad/sted, val/valg', () => {
    expect(forms('plimbustader')).toEqual(expect.arrayContaining(['plimboliger', 'plimbosteder']));
    expect(forms('arbeidsstader')).toContain('arbeidssteder');
    expect(forms('plimval')).toContain('plimvalg');
    expect(forms('valgplim')).not.toContain('valplim'); // `p` does not follow val
    expect(forms('barn')).toEqual([]); // `born` would start `Bornholm`
    expect(forms('stadig')).toEqual([]);
  });

  it('swaps the administrative words of other stems', () => {
    expect(forms('plimløyve')).toContain('plimtillatelse');
    expect(forms('plimtillatelse')).toContain('plimloyve');
    expect(forms('plimløyve')).not.toContain('plimlove'); // NYNORSK_RULES do not respell it after
    expect(forms('plimstyresmakt')).toContain('plimmyndighet');
  });

  it('writes loanwords in Norwegian letters', () => {
    expect(forms('scooterplim')).toContain('skuterplim');
    expect(forms('plimtaxi')).toContain('plimtaksi');
    expect(forms('plimtaksi')).toContain('plimtaxi');
    expect(forms('cafeplim')).toContain('kafeplim');
    expect(forms('ca')).toEqual([]);
  });

  it('adds the forms as variants, weighed below the word, after its own forms', () => {
    const origins = formOrigins('blimpelova');
    expect(origins.get('blimpeloven')).toBe('variant');
    expect([...origins.keys()][0]).toBe('blimpelova');
    const why = expandWordWhy('blimpelova', new Set(['blimpelova', 'blimpeloven']));
    expect(why.get('blimpelova')!.weight).toBe(1);
    expect(why.get('blimpeloven')).toMatchObject({ via: 'variant', form: 'blimpeloven', weight: CORRESPONDENCE_WEIGHT });
    // the word's own forms come first and are kept whole
    expect(queryForms('blimpelova').indexOf('blimpeloven')).toBeGreaterThan(queryForms('blimpelova').indexOf('blimpelova'));
  });
});

describe('sound correspondences of nynorsk and bokmål (SOUND_RULES)', () => {
  it('swaps y/u before -kke inside a word only', () => {
    expect(forms('plimulukke')).toContain('plimulykke');
    expect(forms('plimulykker')).toContain('plimulukker');
    expect(forms('lukke')).not.toContain('lykke'); // at the start: `lukke` is not `lykke`
    expect(forms('plimsykkel')).not.toContain('plimsukkel');
  });

  it('swaps ei/e before dd, dt, dn and the participles -dd/-dt, combined', () => {
    expect(forms('skreidd')).toContain('skredt');
    expect(forms('skredt')).toContain('skreidd');
    expect(forms('skreiddbygd')).toContain('skredtbygd');
    expect(forms('fleidning')).toContain('fledning');
    expect(forms('kjede')).not.toContain('kjeide'); // a lone d keeps its e
  });

  it('swaps -rd/-rt after y and ø, not after o', () => {
    expect(forms('plimstyrd')).toContain('plimstyrt');
    expect(forms('plimkjørt')).toContain('plimkjord');
    expect(forms('plimbord')).not.toContain('plimbort');
  });

  it('makes bokmål -tting/-dding of nynorsk -tnad/-dnad, and back; not of -knad', () => {
    expect(forms('plimsetnad')).toContain('plimsetting');
    expect(forms('plimsetting')).toContain('plimsetnad');
    expect(forms('plimsøknad').filter((f) => f.endsWith('ing'))).toEqual([]);
  });

  it('swaps bu-/bo- before the verb, jamn/jevn, innan/innen', () => {
    expect(forms('plimsbusetnad')).toContain('plimsbosetting');
    expect(forms('plimbusetnad')).not.toContain('plimbosetting'); // not after any letter
    expect(forms('heimebuande')).toContain('heimeboande');
    expect(forms('buss')).toEqual([]);
    expect(forms('bufjasskap')).toContain('bofjasskap');
    expect(forms('bofjasskap')).toContain('bufjasskap');
    expect(forms('bud')).not.toContain('bod'); // too short to tell
    expect(forms('utjamnplim')).toContain('utjevnplim');
    expect(forms('innanplim')).toContain('innenplim');
    expect(forms('plimminnan')).not.toContain('plimminnen');
  });

  it('makes nynorsk ei of a bokmål e before l, n, r and a vowel, not before g', () => {
    expect(forms('plimflere')).toContain('plimfleire');
    expect(forms('smener')).toContain('smeiner');
    expect(forms('plege')).not.toContain('pleige');
  });
});
