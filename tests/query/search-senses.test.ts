// Issue 19: a query word searched as its spelling variants (bokmål/nynorsk), its synonyms
// (src/nlp/synonyms-nb.ts) and the parts of a compound, each weighted below the word itself,
// and `explain` saying which of them matched.
import { describe, expect, it } from 'vitest';
import { expandWord, indexTerms, planQuery, queryForms, splitCompound, synonymsOf } from '../../src/nlp/search-analyzer.js';
import { SYNONYMS_NB } from '../../src/nlp/synonyms-nb.js';
import { buildSearchIndex, search } from '../../src/query/search.js';
import { located } from '../helpers/located.js';

const vocab = (...texts: string[]) => new Set(texts.flatMap((t) => indexTerms(t)));
const matched = (word: string, ...texts: string[]) => [...expandWord(word, vocab(...texts)).keys()];

describe('bokmål and nynorsk forms', () => {
  it('widens a word to its nynorsk or bokmål form', () => {
    expect(queryForms('sjukeheim')).toContain('sykehjem');
    expect(queryForms('sykehjem')).toContain('sjukeheim');
    expect(queryForms('kirke')).toContain('kyrkje');
    expect(queryForms('skole')).toContain('skule');
  });
  it('finds the other form in the text, inflected', () => {
    expect(matched('kirke', 'kyrkjene kyrkjer kirkegården')).toEqual(['kyrkjene', 'kyrkjer', 'kirkegarden']);
    expect(matched('sykehjem', 'sjukeheimane sjukeheimar')).toEqual(['sjukeheimane', 'sjukeheimar']);
    expect(matched('investeringstilskudd', 'investeringstilskotet')).toEqual(['investeringstilskotet']);
    expect(matched('sykepleiere', 'sjukepleiarar')).toEqual(['sjukepleiarar']);
    expect(matched('vedlikehold', 'vedlikehaldsetterslep')).toEqual(['vedlikehaldsetterslep']);
  });
  it('finds inflected nynorsk forms by rule: plural definite, a stem\'s dropped e, passive, participle', () => {
    expect(matched('planane', 'planene planen')).toEqual(['planene', 'planen']);
    expect(matched('skulane', 'skolene skolen')).toEqual(['skolene', 'skolen']);
    expect(matched('skolene', 'skulane')).toEqual(['skulane']);
    expect(matched('styrkjast', 'styrkes')).toEqual(['styrkes']);
    expect(matched('vidareførast', 'videreføres')).toEqual(['viderefores']);
    expect(matched('utfordrande', 'utfordrende')).toEqual(['utfordrende']);
    // bokmål too: a plural definite finds the singular, but `lærer` is no plural of `lær`
    expect(matched('planene', 'planen')).toEqual(['planen']);
    expect(matched('lærer', 'lærestoff')).toEqual([]);
  });
  it('does not make one real word of another', () => {
    expect(matched('skole', 'skulle')).toEqual([]);
    expect(matched('barn', 'bornholm')).toEqual([]);
  });
});

describe('the synonym table', () => {
  it('parses: every group has two members or more, none empty, none twice', () => {
    for (const line of SYNONYMS_NB) {
      const members = line.split(/,|=>/u).map((m) => m.trim());
      expect(members.length, line).toBeGreaterThanOrEqual(2);
      expect(members.every((m) => m.length > 0), line).toBe(true);
      expect(new Set(members).size, line).toBe(members.length);
    }
  });
  it('finds a group from any member, inflected, and not the word itself', () => {
    const of = (w: string) => synonymsOf(w).map((m) => m.text);
    expect(of('datadeling')).toContain('deling av data');
    expect(of('arbeidsledigheten')).toContain('utenforskap');
    expect(of('ladestasjonene')).toContain('ladeinfrastruktur');
    expect(of('datadeling')).not.toContain('datadeling');
  });
  it('knows the field\'s common vocabulary: abbreviations, catchwords and their plain words', () => {
    const of = (w: string) => synonymsOf(w).map((m) => m.text);
    expect(of('tariffoppgjøret')).toContain('lønnsoppgjør');
    expect(of('GDPR')).toContain('personvern');
    expect(of('NTP')).toContain('Nasjonal transportplan');
    expect(of('eldrebølgen')).toContain('over 80 år');
    expect(of('underskuddet')).toEqual(expect.arrayContaining(['ROBEK', 'netto driftsresultat']));
    // one-way: the measure does not mean a deficit
    expect(of('driftsresultat')).not.toContain('underskudd');
  });
  it('a one-way rule (a => b) finds b from a, never a from b', () => {
    expect(synonymsOf('helsepersonell').map((m) => m.text)).toContain('sykepleier');
    expect(synonymsOf('sykepleier').map((m) => m.text)).not.toContain('helsepersonell');
  });
  it('a member of several words keeps the words that are not stopwords', () => {
    expect(synonymsOf('datadeling').find((m) => m.text === 'deling av data')?.words).toEqual(['deling', 'data']);
  });
});

describe('query compounds', () => {
  it('splits at a linking s though only the word\'s own inflections start with the first part', () => {
    expect(splitCompound('bemanningsnorm', vocab('Bemanningsnormen og normer.'))).toEqual(['bemanning', 'norm']);
    // and the own inflections do not use up the splits before the real boundary
    const [first, rest] = splitCompound('konsultasjonsordning', vocab('konsultasjonsordningen konsultasjonsmøtene ordning')) ?? [];
    expect(first).toMatch(/^konsultasjons?$/u);
    expect(rest).toBe('ordning');
  });
  it('splits where both parts are words of the vocabulary', () => {
    expect(splitCompound('barnehagebemanning', vocab('Bemanningen i barnehagene.'))).toEqual(['barnehage', 'bemanning']);
    expect(splitCompound('veivedlikehold', vocab('Vedlikehold av fylkesveiene og veier.'))).toEqual(['vei', 'vedlikehold']);
  });
  it('takes a linking s off the first part, and prefers parts that stand as words', () => {
    // `floms|ikring` would do: `flomsonekart` starts with `floms`, `skredsikring` ends with `ikring`
    expect(splitCompound('flomsikring', vocab('flom, flomsonekart, sikring og skredsikring'))).toEqual(['flom', 'sikring']);
    expect(splitCompound('heltidsstillinger', vocab('heltid og hele stillinger'))).toEqual(['heltid', 'stillinger']);
  });
  it('reads a first part before a linking s as the word it is without it, though compounds start with it', () => {
    // `trolls` starts `trollsrommet` and `trollsnøkkel`, but `troll` is a word: its forms hold `troller`
    const v = vocab('Trollsrommet og trollsnøkkelen.', 'Troller kan kreve et trollbeløp.', 'Beløpet er lavt.');
    expect(splitCompound('trollsbeløp', v)).toEqual(['troll', 'belop']);
    const hits = search(buildSearchIndex(located(['Trollsrommet er stort.', 'For troller kan kommunen kreve et beløp.', 'Trollsnøkkelen ligger her.'])), 'trollsbeløp');
    expect(hits[0]?.located.sentence.text).toBe('For troller kan kommunen kreve et beløp.');
  });
  it('does not cut a first part one letter past its stem at an a, but keeps a stem that ends in a', () => {
    // `trolla` reads as `trollen` to the stemmer and starts only `trollavgift`: no part
    const v = vocab('Trollen sov.', 'Trollavgift, trollklubber, trolleiere og trollhytter.', 'Et tak over oss.');
    expect(splitCompound('trollangrep', v)).toBeNull();
    // `klyma` starts every `klym` word: a stem, as `klima` is
    expect(splitCompound('klymautslipp', vocab('Klymavennlig og klymarisiko.', 'Utslipp øker.'))).toEqual(['klyma', 'utslipp']);
  });
  it('leaves short words and words with no known part whole', () => {
    expect(splitCompound('skole', vocab('sko og le'))).toBeNull();
    expect(splitCompound('barnehagebemanning', vocab('Noe helt annet.'))).toBeNull();
  });
  it('searches a word a page of sentences hold as itself alone', () => {
    const v = vocab('Deling av data mellom kommuner.', 'Datadelingen øker.');
    const plan = (n: number) => planQuery(['datadeling'], v, { sentencesWith: () => n })[0]!.senses.map((s) => s.kind);
    expect(plan(9)).toEqual(['word', 'synonym', 'parts']);
    expect(plan(10)).toEqual(['word']);
  });
  it('plans the word, its synonyms and its parts; literal plans the word only', () => {
    const v = vocab('Deling av data mellom kommuner.', 'Datadelingen øker.');
    const kinds = planQuery(['datadeling'], v)[0]!.senses.map((s) => s.kind);
    expect(kinds).toEqual(['word', 'synonym', 'parts']);
    expect(planQuery(['datadeling'], v, { literal: true })[0]!.senses.map((s) => s.kind)).toEqual(['word']);
  });
});


describe('ranking by sense', () => {
  const index = buildSearchIndex(located([
    'Bemanningen i barnehagene er styrket.', // 1: both parts
    'Barnehagebemanningen må økes.', // 2: the word itself
    'Mange barnehager mangler plass.', // 3: one part
    'Deling av data mellom sykehus og kommuner er tungvint.', // 4: a synonym
    'Datadelingen må bli enklere.', // 5: the word itself
    'Mange av dei eldste kyrkjene er freda.', // 6: nynorsk
    'Fleire sjukeheimar må byggjast om.', // 7: nynorsk
    'Dataene lagres i skyen.', // 8: one word of the synonym only
  ]));
  const ids = (q: string) => search(index, q).map((h) => h.located.sentence.id);

  it('the word above both its parts, both parts above one', () => {
    expect(ids('barnehagebemanning')).toEqual(['1-2', '1-1', '1-3']);
  });
  it('the word above its synonym; a synonym of several words needs them all', () => {
    expect(ids('datadeling')).toEqual(['1-5', '1-4', '1-8']);
    const why = search(index, 'datadeling', { explain: true }).find((h) => h.located.sentence.id === '1-4')!.why!;
    expect(why[0]!.word).toBe('datadeling');
    expect(['synonym', 'parts']).toContain(why[0]!.via);
  });
  it('explains which word, variant, part or synonym matched, as the sentence writes it', () => {
    const reasons = (q: string) => search(index, q, { explain: true }).map((h) => [h.located.sentence.id, h.why]);
    expect(reasons('kirke')).toEqual([['1-6', [{ word: 'kirke', via: 'variant', terms: ['kyrkjene'] }]]]);
    expect(reasons('sykehjem')[0]).toEqual(['1-7', [{ word: 'sykehjem', via: 'variant', terms: ['sjukeheimar'] }]]);
    expect(reasons('barnehagebemanning')[1]).toEqual(['1-1', [{ word: 'barnehagebemanning', via: 'parts', parts: ['barnehage', 'bemanning'], terms: ['barnehagene', 'Bemanningen'] }]]);
    expect(reasons('barnehagebemanning')[0]![1]).toEqual([{ word: 'barnehagebemanning', via: 'inflection', terms: ['Barnehagebemanningen'] }]);
    const synonym = reasons('datadeling').find(([id]) => id === '1-8')!;
    // (its section, here all the sentences, holds the other part: it says so)
    expect(synonym[1]).toEqual([{ word: 'datadeling', via: 'parts', parts: ['data', 'deling'], terms: ['Dataene'], section: ['deling'] }]);
  });
  it('without explain, hits carry no reasons', () => {
    expect(search(index, 'kirke')[0]!.why).toBeUndefined();
  });
});
