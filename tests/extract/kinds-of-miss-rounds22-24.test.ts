// Issue 13, the false demands of rounds 22–24 (h114–h131), by kind: a `må` or a need that tells
// what the sector is made to do, another group's asks, and KS' stance whose content is an
// evaluation. Each row is a sentence written for this test, not taken from the held-out documents.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/extract/classify.js';

const kindOf = (text: string) => classify(text).kind;

describe('a må that describes what the sector is made to do is no demand', () => {
  it.each([
    // a result clause (`gjør at`)
    'Den lange saksbehandlingen gjør at kommunene må leie inn konsulenter.',
    // a share of a group as subject
    'Tilskuddet er borte, og mange kommuner må legge ned tilbudet.',
    'Når skolen stenger, må noen av foreldrene ta fri fra jobben.',
    // in practice
    'Brannvesenet er langt unna, og innbyggerne i praksis må klare seg selv den første timen.',
    // what happens without a measure
    'Uten oppdaterte flomkart må kommunene gjette seg fram i planleggingen.',
    // an indirect question
    'Det er stor forskjell på hva kommunene må betale for den samme tjenesten.',
    // an object clause without som
    'Rapporten blir bare enda et skjema kommunene må fylle ut.',
    // a dilemma, and waiting with an adverbial between
    'Kommunene må velge mellom å bygge nye skoler og å ruste opp de gamle.',
    'Kommunene må i gjennomsnitt vente to år på svar.',
  ])('%s', (text) => expect(classify(text).kinds).not.toContain('krav'));

  it.each([
    'Staten må dekke kostnadene fullt ut.',
    'Kommunene må få beholde gebyrinntektene.',
    'Mange kommuner er små, og staten må derfor gi dem veiledning.',
    'Uten at det følger penger med, kan ikke kommunene ta på seg oppgaven, og staten må kompensere dem.',
    'Kommunene må ikke vente på nasjonale løsninger.',
  ])('%s stays krav', (text) => expect(kindOf(text)).toBe('krav'));
});

describe('needs described as habitual are no demand', () => {
  it.each([
    'Elever med store behov trenger ofte to voksne i klasserommet.',
    'Eldre som bor alene, oftere trenger hjemmesykepleie.',
  ])('%s', (text) => expect(classify(text).kinds).not.toContain('krav'));
  it('a need stated stays krav', () => expect(kindOf('Kommunene trenger flere sykepleiere.')).toBe('krav'));
});

describe('another group asks, KS does not', () => {
  it.each([
    'Mange foreldre har i flere år bedt om lengre åpningstider.',
    'Flere kommuner ber om hjelp fra staten til å rydde opp.',
    'Kommunene får henvendelser fra innbyggere som ber om hjelp med skadedyr.',
  ])('%s', (text) => expect(classify(text).kinds).not.toContain('anbefaling'));
  it('KS asks', () => expect(kindOf('KS ber om at fristen utsettes.')).toBe('anbefaling'));
});

describe('KS mener at + an evaluation takes its kind from the evaluation', () => {
  it.each([
    'KS mener at bemanningskrisen er en av de største utfordringene sektoren har.',
    'Landstinget mener at sentraliseringen har gått for langt.',
    'KS mener at forebygging er et av de mest oversette tiltakene i helsesektoren.',
    'Hovedstyret mener at kommunene bærer for mye av risikoen.',
  ])('%s → bekymring', (text) => expect(kindOf(text)).toBe('bekymring'));
  it.each([
    'KS mener at kulturskolen er en viktig del av oppveksttilbudet i kommunene.',
    'KS mener at lærlingtilskuddet er et av de viktigste verktøyene fylkene har.',
  ])('%s → stotte', (text) => expect(kindOf(text)).toBe('stotte'));
  it('a stance with an ask stays a demand', () => expect(kindOf('KS mener at staten må ta en større del av risikoen.')).toBe('krav'));
});

describe('what a delay or a shortfall forces on the sector is critique', () => {
  it.each([
    'Den sene utbetalingen gjør at kommunene må ta opp dyre lån.',
    'Merkostnadene blir i dag ikke kompensert fullt ut.',
  ])('%s → bekymring', (text) => expect(kindOf(text)).toBe('bekymring'));
});

describe('a share of a group opening the clause reports, a time phrase does not', () => {
  it('KS har i flere år etterlyst … stays KS\' ask', () => expect(kindOf('KS har i flere år etterlyst en plan for vedlikehold.')).toBe('anbefaling'));
  it('…, og flere ønsker … reports', () => expect(classify('Folk blir eldre, og flere ønsker å bo sentralt.').kind).toBeNull());
  it('a skewed picture is critique', () => expect(kindOf('Tallene gir et skjevt bilde av utgiftene i små kommuner.')).toBe('bekymring'));
});

describe('lead-ins, provisions, plans and other bodies\' asks are no statement of KS', () => {
  it.each([
    // a lead-in pointing forward to its points
    'KS ber særlig om dette:',
    'For at tilbudet skal bli bedre, foreslår KS at:',
    // what a proposal provides
    'Etter forslaget må kommunen lage en ny plan hvert år.',
    'Små kommuner må etter forslaget slå sammen tjenestene sine innen tre år.',
    // nynorsk `ber` = carries, and someone asking KS
    'Etter reforma ber kommunane ein større del av utgiftene.',
    'Departementet har bedt KS om innspill innen fristen.',
    // another body's will and expectation, an indefinite body with a relative clause
    'Direktoratet vil at alle kommuner skal ha en egen plan.',
    'Et utvalg som har sett på saken, foreslo at fristen skal kortes ned.',
    // a deadline, a plan described, a scheme's purpose after `og`
    'Innspill skal være sendt innen 1. mars 2030.',
    'Mange av boligene skal ligge i sentrum.',
    'Kommunene får et tilskudd per elev, og tilskuddet skal blant annet dekke skyss.',
    'Forslaget følger opp en plan fra 2024 og skal gi klarere ansvar.',
  ])('%s', (text) => expect(classify(text).kind).toBeNull());

  it.each([
    'KS foreslår at fristen utsettes til 2030.',
    'Staten må etter KS\' syn dekke kostnadene.',
    'Ordningen fungerer godt og skal videreføres.',
    'Kommunene skal ha full frihet til å organisere tjenestene.',
  ])('%s stays a demand', (text) => expect(['krav', 'anbefaling']).toContain(classify(text).kind));
});
