// Kinds of Norwegian sentences written for these tests: variations of the seed's constructions
// and new ones (passive, negated, conditional, descriptive må, reported voice, addressee modal).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/classify.js';
import type { Kind } from '../../src/model/types.js';

const TABLE: Array<[string, Kind | null, string]> = [
  // krav
  ['Tilskuddet må økes betydelig i neste statsbudsjett.', 'krav', 'modal må'],
  ['Finansieringen av reformen må sikres før den settes i verk.', 'krav', 's-passive må sikres'],
  ['Nye oppgaver må fullfinansieres.', 'krav', 's-passive må fullfinansieres'],
  ['Staten må ikke pålegge kommunene nye plikter uten kompensasjon.', 'krav', 'negated må stays krav'],
  ['Staten må ta et større ansvar for flomsikringen.', 'krav', 'the state as addressee of må'],
  ['Det er helt avgjørende at ordningen videreføres.', 'krav', 'det er avgjørende at'],
  ['Det er nødvendig å styrke legevakten i distriktene.', 'krav', 'nødvendig å'],
  ['En varig ordning for ressurskrevende tjenester er nødvendig.', 'krav', 'predicative nødvendig'],
  ['KS forventer at staten kompenserer kommunene fullt ut.', 'krav', 'forventer'],
  ['Et løft for skolebyggene forutsetter en ny rentekompensasjonsordning.', 'krav', 'forutsetter'],
  ['KS kan støtte et forsøk, forutsatt at kommunene selv får velge om de vil delta.', 'krav', 'conditional forutsatt at'],
  ['Kommunene kan ta på seg oppgaven under forutsetning av full finansiering.', 'krav', 'under forutsetning av'],
  ['Det er behov for en gjennomgang av tilskuddsordningene.', 'krav', 'det er behov for'],
  ['Dette er et viktig tiltak som må videreføres, ikke avvikles.', 'krav', 'relative må after a copula'],
  ['KS mener at dersom staten skal overta ansvaret, må kommunene få beholde midlene.', 'krav', 'må after a conditional clause'],
  // anbefaling
  ['Ordningen bør evalueres innen to år.', 'anbefaling', 'bør + s-passive'],
  ['Kommunene bør ikke pålegges nye rapporteringskrav.', 'anbefaling', 'negated bør stays anbefaling'],
  ['Regjeringen bør sette ned et utvalg som ser på finansieringen.', 'anbefaling', 'Regjeringen bør: a demand, not reported voice'],
  ['KS anbefaler at forsøket utvides til flere kommuner.', 'anbefaling', 'anbefaler'],
  ['KS vil oppfordre departementet til å forenkle regelverket.', 'anbefaling', 'oppfordre'],
  ['Det er viktig at fylkeskommunene får en tydelig rolle.', 'anbefaling', 'det er viktig at'],
  ['Nye tiltak kan med fordel prøves ut i noen kommuner først.', 'anbefaling', 'kan med fordel'],
  ['KS ser det som hensiktsmessig å samle tilskuddene i én ordning.', 'anbefaling', 'hensiktsmessig'],
  // onske
  ['KS ønsker at det utredes en ny modell for kompensasjon.', 'onske', 'KS ønsker at'],
  ['Det vil være ønskelig med et tettere samarbeid om piloten.', 'onske', 'ønskelig'],
  ['KS imøteser en ny runde med konsultasjoner.', 'onske', 'imøteser'],
  // bekymring
  ['KS støtter ikke forslaget om å flytte ansvaret til staten.', 'bekymring', 'negated støtter'],
  ['Det er betenkelig at lovforslaget gir departementet en slik hjemmel.', 'bekymring', 'betenkelig'],
  ['Forslaget bryter med prinsippet om rammestyring.', 'bekymring', 'bryter med'],
  ['Kompensasjonen er ikke tilstrekkelig til å dekke kostnadene.', 'bekymring', 'ikke tilstrekkelig'],
  ['Kommunene må i stadig større grad dekke disse utgiftene selv.', 'bekymring', 'descriptive må with a trend marker'],
  // stotte
  ['KS ønsker velkommen en gjennomgang av tilsynene.', 'stotte', 'ønsker velkommen'],
  ['KS ønsker forslaget velkomment.', 'stotte', 'ønsker X velkomment'],
  ['KS støtter forslaget om en ny boligsosial lov.', 'stotte', 'støtter'],
  ['KS ser det som positivt at regjeringen vil styrke Husbanken.', 'stotte', 'ser det som positivt (reported plan inside)'],
  ['Dette er positivt for kommunenes handlingsrom.', 'stotte', 'anaphoric dette er positivt'],
  // tilsagn
  ['KS vil bidra aktivt i arbeidet med den nye strategien.', 'tilsagn', 'KS vil bidra'],
  ['Kommunesektoren er forberedt på å ta et større ansvar for rehabilitering.', 'tilsagn', 'er forberedt på'],
  ['KS bidrar gjerne med erfaringer fra nettverkene.', 'tilsagn', 'bidrar gjerne'],
  // not statements
  ['Regjeringen vil innføre en ny ordning for grunnskolene.', null, 'reported: Regjeringen vil'],
  ['Regjeringen ønsker å styrke kommunenes rolle i klimaarbeidet.', null, 'reported: Regjeringen ønsker'],
  ['Det heter i plattformen at statlige innsigelser må bli færre.', null, 'reported: Det heter i plattformen at … må'],
  ['I regjeringsplattformen står det at kommunene skal sikres handlefrihet.', null, 'reported: I regjeringsplattformen'],
  ['Plattformen peker på behovet for nye finansieringsmodeller.', null, 'reported: Plattformen peker på'],
  ['KS merker seg at regjeringen ønsker å prøve ut frie midler.', null, 'noting a reported wish'],
  ['Oppgavene som må løses i dag er mange og sammensatte.', null, 'descriptive må in a relative clause'],
  ['Kommunene har ansvar for tjenester som skal innføres neste år.', null, 'future skal in a relative clause'],
  ['For at kommunene skal kunne planlegge, gis tilskuddet for tre år av gangen.', null, 'purpose clause skal'],
  ['Turisme er positivt for mange lokalsamfunn.', null, 'X er positivt for Y: a fact, not a welcome'],
  ['En slik rolle vil bidra til å styrke fylkeskommunen.', null, 'vil bidra without the sector as subject'],
  ['Dagens ordning ble innført i 2017 og omfatter alle kommuner.', null, 'background'],
  ['Det vil bli en kamp om arbeidskraften på lang sikt.', null, 'måte/lang: no cue inside other words'],
];

describe('classify: a table of Norwegian sentences', () => {
  for (const [text, kind, why] of TABLE) {
    it(`${why}: ${text}`, () => {
      expect(classify(text).kind).toBe(kind);
    });
  }
});

describe('classify: kinds and cues', () => {
  it('keeps secondary kinds in SPEC order after the primary', () => {
    const r = classify('KS ønsker forslaget velkomment, og vil bidra i arbeidet.');
    expect(r.kinds).toEqual(['stotte', 'tilsagn']);
    const r2 = classify('Bostøtten må forbedres, og det vil være ønskelig med flere piloter.');
    expect(r2.kind).toBe('krav');
    expect(r2.kinds).toEqual(['krav', 'onske']);
  });
  it('records the cue that decided the kind', () => {
    const r = classify('Søknadsprosessene må forenkles.');
    expect(r.cues[0]).toMatchObject({ kind: 'krav', cue: 'må', match: 'må' });
    expect(r.cues[0]!.weight).toBeGreaterThan(0);
  });
  it('ignores cues inside guillemets (quoted platform text)', () => {
    expect(classify('Plattformen sier at «kommunene må få mer frihet».').kind).toBeNull();
    expect(classify('Uttrykket «må sikres» går igjen i teksten.').kind).toBeNull();
  });
  it('lets KS resume its own voice after a reported frame', () => {
    expect(classify('Regjeringen vil styrke bostøtten, og KS mener at satsen må økes.').kind).toBe('krav');
  });
  it('uses a stance verb only when nothing else decides', () => {
    expect(classify('KS mener kommunene løser oppgaven godt.').kind).toBe('anbefaling');
    expect(classify('KS mener det bør satses mer på forebygging.').cues.map((c) => c.cue)).toEqual(['bør']);
  });
  it('does not crash on nynorsk or empty text', () => {
    expect(classify('').kind).toBeNull();
    expect(classify('Kommunane må få meir handlingsrom.').kind).toBe('krav');
  });
});
