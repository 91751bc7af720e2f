// Issue 13, statement recall by structure: what a list after a lead-in and a KS leader's first
// person mean. Each row is a sentence written for this test, not taken from the held-out documents.
import { describe, expect, it } from 'vitest';
import { classify, ksSpeakers } from '../../src/extract/classify.js';
import { fallbackGate } from '../../src/extract/fallback.js';
import { analyzeSentences } from '../../src/extract/index.js';
import { readPoints } from '../../src/extract/points.js';
import type { Section, Sentence } from '../../src/model/types.js';

describe('a KS leader writing in the first person speaks for KS', () => {
  const document = [
    'Kari Fjellstad, styreleder i KS',
    'Mange små kommuner sliter med å rekruttere sykepleiere.',
  ];
  const speakers = ksSpeakers(document);
  it.each([
    ['Jeg mener at staten bør ta en større del av regningen for ressurskrevende tjenester.', 'anbefaling'],
    ['Jeg håper at flere kommuner vil ta i bruk ordningen.', 'onske'],
    ['Jeg er glad for at regjeringen endelig har lyttet til kommunene.', 'stotte'],
  ])('%s', (text, kind) => expect(classify(text, speakers).kind).toBe(kind));

  it('without a KS speaker in the document, the first person is no one in particular', () => {
    expect(classify('Jeg mener at staten bør ta en større del av regningen.', []).cues.map((c) => c.cue)).not.toContain('mener at');
  });
});

const section: Section = { id: '1', level: 1, title: 'Innspill', parent: null, page: null, line: 1 };
const sentencesOf = (rows: Array<[number, string]>): Sentence[] =>
  rows.map(([line, text], i) => ({ id: `1-${i + 1}`, sectionId: '1', ordinal: i + 1, page: null, lines: [line, line], text }));
const kinds = (rows: Array<[number, string]>) => analyzeSentences(sentencesOf(rows), [section], { fallback: null, areaModel: null }).map((s) => s.kind);

describe('the points after a lead-in that proposes take its kind', () => {
  it('points without a cue of their own become what the lead-in asks; a cue of their own wins', () => {
    expect(
      kinds([
        [3, 'KS foreslår derfor at ordningen legges om slik:'],
        [5, 'a) Skoler med under 50 elever får et fast grunntilskudd.'],
        [6, 'b) Fylkeskommunen må dekke skyssen for alle elever.'],
        [7, 'c) Tilskuddet prisjusteres hvert år.'],
      ]),
    ).toEqual([null, 'anbefaling', 'krav', 'anbefaling']);
  });

  it('a demanding lead-in gives krav', () => {
    expect(kinds([[3, 'Landstinget krever at staten:'], [5, 'dekker alle utgiftene til tolking.']])).toEqual([null, 'krav']);
  });

  it('the points end where the lines stop following each other, or at a lead-in that asks nothing', () => {
    expect(
      kinds([
        [3, 'KS ber om at:'],
        [5, 'kommunene får beholde gevinsten av effektiviseringen.'],
        [9, 'Tallene for 2024 kommer i juni.'],
        [11, 'Utvalget har sett på dette:'],
        [13, 'kommunene får beholde gevinsten av effektiviseringen.'],
      ]),
    ).toEqual([null, 'anbefaling', null, null, null]);
  });
});

describe('a scheme praised for its results is stotte', () => {
  it.each([
    'Tilskuddsordningen har gitt mange små kommuner råd til å ansette en egen miljøveileder.',
    'Denne modellen har tjent fjellkommunene godt i mange år.',
    '4. Boliglånet har hjulpet hundrevis av unge familier til å bli boende i bygda.',
  ])('%s', (text) => expect(classify(text).kind).toBe('stotte'));

  it.each([
    'Ordningen har gitt kommunene store merkostnader.',
    'Reformen har ikke gitt de resultatene regjeringen lovet.',
  ])('not for its costs or failures: %s', (text) => expect(classify(text).kind).not.toBe('stotte'));
});

describe('readPoints', () => {
  it('a lead-in is one only when a point follows it; the first point may stand after an empty line, later ones may not', () => {
    const read = readPoints(sentencesOf([
      [1, 'KS foreslår at:'],
      [3, 'a) første punkt'],
      [4, 'b) andre punkt'],
      [6, 'Dette står etter en tom linje.'],
      [8, 'KS ber om dette:'],
    ]));
    expect(read.map((r) => r.leadIn)).toEqual([true, false, false, false, false]);
    expect(read.map((r) => r.ask?.kind ?? null)).toEqual([null, 'anbefaling', 'anbefaling', null, null]);
    expect(read[1]!.ask!.match).toBe('foreslår');
  });

  it('the first point may stand after a blank of two empty lines (plain text from a PDF), not three', () => {
    expect(readPoints(sentencesOf([[1, 'Hovedstyret krever at:'], [4, '- staten tar regningen.']])).map((r) => r.ask?.kind ?? null)).toEqual([null, 'krav']);
    expect(readPoints(sentencesOf([[1, 'Hovedstyret krever at:'], [5, '- staten tar regningen.']])).map((r) => r.ask?.kind ?? null)).toEqual([null, null]);
  });

  it('a lower-case point after a lead-in ending in `at:` finishes its clause (governs); a capitalised one is a sentence of its own', () => {
    const read = readPoints(sentencesOf([[1, 'Landstinget krev at:'], [3, '- staten tek ansvaret for kartlegginga.'], [4, '- Staten bør òg betale.']]));
    expect(read.map((r) => r.ask?.governs ?? null)).toEqual([null, true, false]);
    expect(readPoints(sentencesOf([[1, 'KS foreslår følgende:'], [3, '- kortere frister.']]))[1]!.ask!.governs).toBe(false);
  });
});

describe('a point that finishes a demanding lead-in\'s at-clause is a demand, whatever its own words', () => {
  it('its own negation or description does not make it critique or nothing; a capitalised point keeps its own cue', () => {
    expect(
      kinds([
        [1, 'Landstinget krev at:'],
        [3, '- arealplanane blir vurderte lokalt, ikkje etter ein nasjonal regel med sanksjonar.'],
        [4, '- statsforvaltaren ikkje fremjar motsegn mot slike planar.'],
        [5, '- Staten bør òg sjå på dette.'],
      ]),
    ).toEqual([null, 'krav', 'krav', 'anbefaling']);
  });
});

describe('what KS undertakes with partners named before its verb is an offer (tilsagn)', () => {
  it.each([
    ['KS vil sammen med Fagforbundet og Sykepleierforbundet utvikle et kurs for nye ledere i hjemmetjenesten.', 'tilsagn'],
    ['Saman med fagforeiningane vil KS lage eit nytt opplegg for turnusplanlegging.', 'tilsagn'],
    ['KS vil gjennom Europakontoret og nettverket i Brussel samle erfaringar frå andre land.', 'tilsagn'],
    ['Fylkeskommunane vil gjerne vere med og prøve ut nye billettløysingar.', 'tilsagn'],
    ['Kommunene vil gjerne være med og teste ut nye måter å organisere vaktene på.', 'tilsagn'],
  ])('%s', (text, kind) => expect(classify(text, []).kind).toBe(kind));

  it('a partner does not make a stance an offer', () => {
    expect(classify('KS vil sammen med regjeringen understreke at dette haster.', []).kind).not.toBe('tilsagn');
  });
});

describe('support negated with an adverb between is an objection', () => {
  it.each([
    ['KS støtter heller ikke forslaget om å flytte ansvaret til staten.', 'bekymring'],
    ['KS støttar difor ikkje framlegget om å samle vaktene.', 'bekymring'],
    ['KS støtter derfor ikke at fristen kortes ned.', 'bekymring'],
  ])('%s', (text, kind) => expect(classify(text, []).kind).toBe(kind));
});

describe('a cleft naming the sector as the one who must describes a burden; on the state it demands', () => {
  it.each([
    ['Når sykehusene skriver ut pasientene tidlig, blir det kommunene som må ta imot dem uten varsel.', 'bekymring'],
    ['Om natta er det ofte kommunen som må stille med folk, uten at det blir kompensert.', 'bekymring'],
    ['Det er staten som må ta regningen for den nye ordningen.', 'krav'],
    ['Barnehagen er et viktig tilbud som må styrkes.', 'krav'],
  ])('%s', (text, kind) => expect(classify(text, []).kind).toBe(kind));
});

describe('nynorsk `ber` with a burden as its object bears it; it does not ask', () => {
  it.each([
    ['Det er urimeleg at kommunane ber denne rekninga åleine.', 'bekymring'],
    ['KS ber departementet om å dekkje kostnadene.', 'anbefaling'],
    ['KS ber om at kostnadene blir rekna ut på nytt.', 'anbefaling'],
  ])('%s', (text, kind) => expect(classify(text, []).kind).toBe(kind));
  it('a fact about who bears a cost asks for nothing', () => {
    expect(classify('Kommunane ber i dag kostnadene ved ordninga.', []).kind).not.toBe('anbefaling');
  });
});

describe('a good word denied in a clause\'s word order (negation before the copula) is an objection', () => {
  it.each([
    ['Vi mener det ikke er realistisk å få alt på plass til høsten.', 'bekymring'],
    ['KS mener at fristen ikke er rimelig.', 'bekymring'],
    ['KS mener at fristen er rimelig.', 'stotte'],
  ])('%s', (text, kind) => expect(classify(text, []).kind).toBe(kind));
});

// A response that quotes the proposal before answering it (Markdown `> …`): the quote speaks in
// the proposal's voice throughout, which its first sentence names.
describe('a block quote speaks in the voice its first sentence names', () => {
  const quoted = (rows: Array<[string, number | undefined]>) =>
    analyzeSentences(
      rows.map(([text, quote], i) => ({ id: `1-${i + 1}`, sectionId: '1', ordinal: i + 1, page: null, lines: [i + 1, i + 1], text, ...(quote === undefined ? {} : { quote }) })),
      [section],
      { fallback: null, areaModel: null },
    ).map((s) => s.kind);

  it("the proposal's `skal` and `må` are not KS' demands; KS' answer after the quote is", () => {
    expect(
      quoted([
        ['Departementet foreslår at fristen for å klage forlenges fra tre til seks uker.', 2],
        ['Kommunene skal i tillegg rapportere alle klager til statsforvalteren hvert kvartal.', 2],
        ['Etter forslaget må hver kommune ha en egen klagenemnd.', 4],
        ['Nemnda skal ha minst tre medlemmer.', 4],
        ['Staten må dekke kostnadene ved en egen klagenemnd.', undefined],
      ]),
    ).toEqual([null, null, null, null, 'krav']);
  });

  it("a pull quote in KS' voice stays KS'", () => {
    expect(
      quoted([
        ['– Staten må ta hele regningen for reformen, sier styrelederen i KS.', 3],
        ['Kommunene må få beholde inntektene fra konsesjonskraften.', 5],
      ]),
    ).toEqual(['krav', 'krav']);
  });

  it('the same sentences outside a quote are demands', () => {
    expect(quoted([['Kommunene skal i tillegg rapportere alle klager til statsforvalteren hvert kvartal.', undefined]])).toEqual(['krav']);
  });
});

describe("a body's report keeps its voice through a dated phrase and in nynorsk", () => {
  it.each([
    'Helsedirektoratet har i en rapport fra 2041 anbefalt at kommunene bør kartlegge alle sykehjem.',
    'Utdanningsdirektoratet har i brev av 3. mai 2041 foreslått at skolene skal rapportere hvert år.',
    'Eit ekspertutval som departementet sette ned i 2041, tilrådde at tilskotet bør leggjast om.',
    'Eit offentleg utval har føreslått at fylkeskommunane skal overta ansvaret.',
  ])('%s', (text) => expect(classify(text).kind).toBeNull());

  it('KS answering in the same words is a position', () => {
    expect(classify('KS har i en rapport fra 2041 anbefalt at kommunene bør kartlegge alle sykehjem.').kind).toBe('anbefaling');
  });
});

describe("`Etter KS' syn …` names KS as the source, as `Ifølge KS` does", () => {
  it.each([
    "Etter KS' syn er rådgivning et bedre verktøy enn bøter.",
    "Etter KS sitt syn bryt forslaget med det kommunale sjølvstyret.",
    "Etter KS' vurdering kommer ordningen for sent.",
  ])('%s: the learned fallback reads it as KS speaking', (text) => expect(fallbackGate(text)).toBe('speech'));

  it("another's view is not KS'", () => {
    expect(fallbackGate("Etter departementets syn er rådgivning et bedre verktøy enn bøter.")).not.toBe('speech');
  });
});

describe('a lead-in that says the following must hold announces its points', () => {
  it('`… at følgende må ligge til grunn:` is no demand of its own; its points keep their cues', () => {
    expect(
      kinds([
        [3, '2. Hvis staten vil innføre en godkjenningsordning, mener styret at følgende må være på plass:'],
        [4, 'a) Ordningen skal gjelde alle leverandører.'],
        [5, 'b) Kommunene bør slippe ny rapportering.'],
      ]),
    ).toEqual([null, 'krav', 'anbefaling']);
  });
});

describe('what a decision, a directive or an agreement is for is its purpose, not a demand', () => {
  it.each([
    'Vedtaket skal danne grunnlaget for styrets videre arbeid med saken.',
    'Direktivet skal sikre at alle arbeidstakere får vite hvordan lønnen fastsettes.',
    'Avtalen skal bidra til at flere lærlinger får læreplass.',
  ])('%s', (text) => expect(classify(text).kind).toBeNull());

  it('the sector as subject of the same skal still asks', () => {
    expect(classify('Kommunene skal sikre at alle arbeidstakere får vite hvordan lønnen fastsettes.').kind).toBe('krav');
  });
});
