// Issue 19, fifth round: more nynorsk spelling rules and nynorsk words of other stems
// (variants-nb.ts), and the words they must leave alone.
import { describe, expect, it } from 'vitest';
import { expandWordWhy, indexTerms, queryForms, ruleSpellings } from '../../src/nlp/search-analyzer.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const vocab = (...texts: string[]) => new Set(texts.flatMap((t) => indexTerms(t)));
const matched = (word: string, ...texts: string[]) => [...expandWordWhy(word, vocab(...texts)).keys()];

describe('nynorsk rules of the fifth round', () => {
  it('reads att- as gjen- at the start of a word, both ways', () => {
    expect(ruleSpellings('attvinning')).toContain('gjenvinning');
    expect(ruleSpellings('gjenbruk')).toContain('attbruk');
    expect(matched('attvinning', 'Materialgjenvinningen skal økes. Gjenvinning er viktig.')).toContain('gjenvinning');
  });
  it('reads gras/gress, verknad/virkning, handsame/behandle, jamstilling/likestilling', () => {
    expect(ruleSpellings('kunstgras')).toContain('kunstgress');
    expect(ruleSpellings('verknadene')).toContain('virkningene');
    expect(ruleSpellings('sakshandsaming')).toContain('saksbehandling');
    expect(ruleSpellings('jamstilling')).toContain('likestilling');
    expect(matched('kunstgras', 'Kunstgressbaner sprer mikroplast.')).toEqual(['kunstgressbaner']);
  });
  it('reads tal as tall at the end of a word only, and bru as bro as a word of its own', () => {
    expect(ruleSpellings('elevtal')).toContain('elevtall');
    expect(ruleSpellings('talet')).toContain('tallet');
    expect(ruleSpellings('bruene')).toContain('broene');
    expect(matched('folketal', 'Folketallet går ned.')).toEqual(['folketallet']);
  });
  it('finds nynorsk words of other stems: snøgg/hurtig, skilnad/forskjell', () => {
    expect(queryForms('snøggbåt')).toContain('hurtigbat');
    expect(queryForms('hurtigbåtar')).toContain('snoggbatar');
    expect(matched('skilnader', 'Forskjellene øker.')).toEqual(['forskjellene']);
  });
  it('leaves alone the words that only look like a rule', () => {
    // `att` inside a word, `tal` before more letters, `bru` before a consonant
    expect(ruleSpellings('skattetrekk')).toEqual([]);
    expect(ruleSpellings('statlig')).toEqual([]);
    expect(ruleSpellings('tale')).toEqual([]);
    expect(ruleSpellings('bruk')).toEqual([]);
    expect(ruleSpellings('brukere')).toEqual([]);
    expect(matched('bruk', 'Broen er stengt.')).toEqual([]);
    expect(matched('attest', 'Gjenest er ikke et ord, men gjennomføring er det.')).toEqual([]);
    expect(matched('kunstgras', 'Kunsten og kulturen får mer midler.')).toEqual([]);
  });
  it('ranks the other standard\'s sentence and says it matched as a variant', () => {
    const index = buildSearchIndex(located(['Kommunene må auke attvinninga av avfall.', 'Bussene går hver time.']));
    const hits = search(index, 'gjenvinning', { explain: true });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.why![0]).toMatchObject({ word: 'gjenvinning', via: 'variant' });
  });
});

describe('nynorsk rules of the sixth round', () => {
  it('reads vass- as vann- both ways as a first part (vannkraft finds vasskraft), vass alone only towards bokmål', () => {
    expect(ruleSpellings('vannkraft')).toContain('vasskraft');
    expect(ruleSpellings('vassforsyning')).toContain('vannforsyning');
    expect(matched('vannkraft', 'Vasskrafta er viktig for kommunane.')).toEqual(['vasskrafta']);
    expect(ruleSpellings('vann')).toEqual(['vatn']);
  });
  it('reads krevje as kreve, and the participle krevjande as krevende', () => {
    expect(queryForms('ressurskrevjande')).toContain('ressurskrevende');
    expect(matched('ressurskrevjande', 'Utgiftene til ressurskrevende tjenester øker.')).toEqual(['ressurskrevende']);
    expect(ruleSpellings('krevende')).toContain('krevjende');
  });
});

describe('a compound respelled by every correspondence at once', () => {
  // a first part with a nynorsk form (`løv`/`lauv`) and a loanword head (`scooter`/`skuter`)
  // make many partial spellings; the one with all the rules applied must be among the forms
  it('keeps the full respelling within the budget', () => {
    expect(queryForms('løvscooter')).toContain('lovskuter');
    expect(queryForms('grøtcontainer')).toContain('grotkonteiner');
  });
  it('finds the sentence that writes it so', () => {
    const hits = search(buildSearchIndex(located(['Vi kjøpte en ny løvskuter i fjor.', 'Løv og kvister ligger i parken.'])), 'løvscooter');
    expect(hits[0]?.located.sentence.text).toBe('Vi kjøpte en ny løvskuter i fjor.');
  });
});
