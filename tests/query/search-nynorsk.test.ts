// Issue 19, fourth round: nynorsk spellings by rule (variants-nb.ts NYNORSK_RULES), so words no
// pair lists are found across the two standards, and the words the rules must leave alone.
import { describe, expect, it } from 'vitest';
import { expandWordWhy, indexTerms, queryForms, ruleSpellings } from '../../src/nlp/search-analyzer.js';

const vocab = (...texts: string[]) => new Set(texts.flatMap((t) => indexTerms(t)));

describe('nynorsk spelling rules', () => {
  it('makes bokmål of nynorsk diphthongs, -bod, -brot, -skot, løn and oppgjer', () => {
    expect(ruleSpellings('straumbrot')).toContain('strombrudd');
    expect(ruleSpellings('personvernombod')).toContain('personvernombud');
    expect(ruleSpellings('lønsoppgjeret')).toContain('lonnsoppgjoret');
    expect(ruleSpellings('underskot')).toContain('underskudd');
    expect(ruleSpellings('heiltid')).toContain('heltid');
    expect(ruleSpellings('fleire')).toContain('flere');
    expect(ruleSpellings('høyring')).toContain('horing');
    expect(ruleSpellings('mobildekking')).toContain('mobildekning');
    expect(ruleSpellings('namnet')).toContain('navnet');
    expect(ruleSpellings('byggjeprosjekt')).toContain('byggeprosjekt');
    expect(ruleSpellings('moglegheitene')).toContain('mogleghetene');
    expect(ruleSpellings('nullutslepp')).toContain('nullutslipp');
    expect(ruleSpellings('utbetring')).toContain('utbedring');
    expect(ruleSpellings('køyretøy')).toContain('kjoretoy');
    expect(ruleSpellings('lønsemd')).toContain('lonnsomhet');
    expect(ruleSpellings('ungdomen')).toContain('ungdommen');
    expect(ruleSpellings('vassforsyning')).toContain('vannforsyning');
    expect(ruleSpellings('løysinga')).toContain('losninga');
  });
  it('makes nynorsk of bokmål where the rule goes both ways', () => {
    expect(ruleSpellings('strømbrudd')).toContain('straumbrot');
    expect(ruleSpellings('lønnsoppgjøret')).toContain('lonsoppgjeret');
    expect(ruleSpellings('tilbud')).toContain('tilbod');
    expect(ruleSpellings('følge')).toContain('folgje');
  });
  it('leaves alone what only looks like a rule', () => {
    // `ø` and `o` are told apart: bokmål `o` is never a nynorsk `au`
    expect(ruleSpellings('skole')).toEqual([]);
    expect(ruleSpellings('fastlege')).toEqual([]);
    expect(ruleSpellings('barnehagebemanning')).toEqual([]);
    // `øy` and `ei` only towards bokmål: a bokmål `ø` or `e` gets no `øy` or `ei`
    expect(ruleSpellings('høring')).not.toContain('hoyring');
    expect(ruleSpellings('heltid')).not.toContain('heiltid');
    // `ei` after a vowel, or before a letter that keeps it (`arbeid`), stays
    expect(ruleSpellings('arbeid')).toEqual([]);
    // `lønnsom` keeps its `nn` in the rule `løn`/`lønn` only one way: no `lønnn`
    expect(ruleSpellings('lønn').some((f) => f.includes('nnn'))).toBe(false);
    // `bode` (a booth's plural) is not `bude`; `anskot` is no `skudd`
    expect(ruleSpellings('boder')).toEqual([]);
    // `vann` alone is not made `vass` (nynorsk writes `vatn`); as a first part it is (`vassforsyning`)
    expect(ruleSpellings('vann')).not.toContain('vass');
  });
  it('finds bokmål text for a nynorsk query and says it is a variant', () => {
    const v = vocab('Stormen førte til strømbrudd i flere døgn. Hver kommune skal ha et personvernombud. Lønnsoppgjøret ble avsluttet.');
    expect(expandWordWhy('straumbrot', v).get('strombrudd')).toMatchObject({ via: 'variant' });
    expect(expandWordWhy('personvernombod', v).get('personvernombud')).toMatchObject({ via: 'variant' });
    expect(expandWordWhy('lønsoppgjeret', v).get('lonnsoppgjoret')).toMatchObject({ via: 'variant' });
    expect(queryForms('strømbrudd')).toContain('straumbrot');
  });
});
