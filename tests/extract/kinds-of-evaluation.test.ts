// Issue 13, session 12: kinds of language rather than single misses. A consequence for the worse
// (`blir det vanskeligere`, `gjør X sårbar`), `rammer` and `straffer` as verbs that judge, the
// evaluative lexicon in nynorsk, and a KS speaker named by surname after the document introduced
// them. Each row is a sentence written for this test, not taken from the held-out documents.
import { describe, expect, it } from 'vitest';
import { classify, ksSpeakers } from '../../src/extract/classify.js';

const kindOf = (text: string, speakers: string[] = []) => classify(text, speakers).kind;
const cuesOf = (text: string, speakers: string[] = []) => classify(text, speakers).cues.map((c) => c.cue);

describe('a change for the worse is bekymring', () => {
  it.each([
    'Når bompengene øker og rutene kuttes, blir det vanskeligere for pendlerne å velge bussen.',
    'Med et slikt tilskudd blir det umulig å holde skolebyggene ved like.',
    'Dersom fristen forkortes, vil det bli enda trangere for de minste kommunene.',
    'Når lånekostnadene stiger, blir det mindre igjen til barnehagene.',
    'En ny godkjenningsordning vil gjøre planarbeidet i kommunene enda tyngre.',
    'Kravet gjør vannforsyningen i små kommuner sårbar.',
    'Ei slik oppdeling vil gjere rekrutteringa av legar endå vanskelegare.',
    'Dagens regelverk gjer det for dyrt å drive eit lokalt bibliotek.',
  ])('%s', (text) => expect(kindOf(text)).toBe('bekymring'));

  it.each([
    // less exposed is better, not worse; a plain description of a hard task says nothing of a measure
    'Det nye nettet gjør kommunene mindre sårbare for strømbrudd.',
    'Departementet begrunner forslaget med at dagens krav gjør byggene dyrere.',
    'Departementet grunngjev forslaget med at krava gjer bustadene dyrare.',
  ])('%s', (text) => expect(kindOf(text)).not.toBe('bekymring'));

  it('show names the cue', () => {
    expect(cuesOf('Når fergene innstilles, blir det vanskeligere å drive næring på øyene.')).toContain('blir det vanskeligere');
  });
});

describe('rammer and straffer as verbs that judge', () => {
  it.each([
    'Dette rammer kommuner som allerede har høye gebyrer.',
    'Kuttet rammer de minste skolene i distriktene.',
    'Dagens ordning straffer kommuner som har vedlikeholdt byggene sine.',
    'Modellen straffar fylke som har bygd ut kollektivtilbodet.',
  ])('%s', (text) => expect(kindOf(text)).toBe('bekymring'));

  it.each([
    // the noun `rammer` (budget frames) judges nothing
    'Tiltaket skal gjennomføres innenfor dagens rammer.',
    'Det gir kommunene rammer for planleggingen.',
  ])('%s', (text) => expect(kindOf(text)).not.toBe('bekymring'));

  it('show names the cue', () => {
    expect(cuesOf('Denne avgiften rammer særlig husholdninger med lav inntekt.')).toContain('dette rammer');
  });
});

describe('the evaluative lexicon reads the same in nynorsk', () => {
  it.each([
    'Det er ikkje haldbart at kommunane sjølve skal betale for vegane.',
    'Det var uansvarleg å leggje ned kontoret utan å greie ut følgjene.',
    'Ordninga er uhaldbar for dei minste kommunane.',
  ])('%s', (text) => expect(kindOf(text)).toBe('bekymring'));

  it('hovudstyret speaks for KS', () => {
    expect(kindOf('Hovudstyret er glad for at kommunane får meir ansvar for vegane.')).toBe('stotte');
  });
});

describe('a KS speaker named by surname', () => {
  const document = [
    '– Vi trenger flere fagfolk, sier KS-leder Kari Nordvik.',
    'Ola Bjørkli, styreleder i KS Innlandet, var også til stede.',
    'Det sa styreleder i KS, ordfører Per Sandmo, på møtet.',
    'Statsråd Eva Dahl svarte at saken vurderes.',
  ];

  it('the document introduces them as KS', () => {
    expect(ksSpeakers(document).sort()).toEqual(['Bjørkli', 'Nordvik', 'Sandmo']);
  });

  it.each([
    ['Nordvik peker på at ventetiden i psykisk helsevern er altfor lang, og at mange faller utenfor.', 'bekymring'],
    ['Bjørkli vil at fylkeskommunene skal få større frihet til å lage anbudene selv.', 'onske'],
  ])('%s', (text, kind) => expect(kindOf(text, ksSpeakers(document))).toBe(kind));

  it('a surname the document did not introduce as KS stays another voice', () => {
    expect(kindOf('Dahl peker på at ventetiden er altfor lang, og at mange faller utenfor.', ksSpeakers(document))).toBeNull();
  });
});

describe('a measure judged good in so many words is stotte', () => {
  it.each([
    'Tilskuddsordningen fungerer godt og bør videreføres i dagens form.',
    'Ordninga fungerer godt for dei fleste kommunane.',
    'Kartleggingsverktøyet gir et nyttig grunnlag for arbeidet med beredskapsplaner.',
  ])('%s', (text) => expect(kindOf(text)).not.toBeNull());

  it('the support is named by its cue', () => {
    expect(kindOf('Modellen gir et godt bilde av kostnadene i kommunene.')).toBe('stotte');
    expect(cuesOf('Modellen gir et godt bilde av kostnadene i kommunene.')).toContain('fungerer godt');
  });

  it.each([
    // described, not judged: a relative clause, a body's view
    'Flere fylker har ordninger som fungerer godt.',
    'Direktoratet mener ordningen fungerer godt.',
  ])('%s', (text) => expect(kindOf(text)).not.toBe('stotte'));
});

describe("a stance's content decides its kind", () => {
  it.each([
    ['KS mener at reformen har gjort samarbeidet mellom kommunene enklere.', 'stotte'],
    ['Landstinget mener at planen har gjort arbeidet mer forpliktende.', 'stotte'],
    ['KS understreker at et dårligere rutetilbud vil få flere til å kjøre bil.', 'bekymring'],
  ])('%s', (text, kind) => expect(kindOf(text)).toBe(kind));

  it('a need named by a clause without som after a definite noun is no demand', () => {
    // `den hjelpen de trenger` describes the help; the critique is the negation
    expect(kindOf('Hovedstyret mener at staten i dag ikke gir familiene den hjelpen de trenger.')).toBe('bekymring');
  });
});

describe('an offer on a condition the state must meet is krav', () => {
  it.each([
    'Kommunene er villige til å drive tilbudet videre, dersom staten dekker merkostnadene.',
    'Et slikt ansvar kan KS bare gå med på dersom staten finansierer det fullt ut.',
    'Fylkeskommunane er budde på å overta vegane, men berre dersom dei får midlar til vedlikehald.',
  ])('%s', (text) => expect(kindOf(text)).toBe('krav'));

  it("the state's willingness is reported, not KS' condition", () => {
    expect(kindOf('Staten er villig til å dekke halvparten dersom kommunene gir resten.')).toBeNull();
  });

  it('show names the cue', () => {
    expect(cuesOf('Kommunene er villige til å drive tilbudet videre, dersom staten dekker merkostnadene.')).toContain('villig dersom staten');
  });
});

describe('what the sector puts at the state’s disposal is tilsagn', () => {
  it.each([
    'Vi stiller kartleggingen vår til rådighet for departementet.',
    'Barnevernstjenestene stiller gjerne opp i arbeidet med de nye retningslinjene.',
  ])('%s', (text) => expect(kindOf(text)).toBe('tilsagn'));

  it.each([
    // a body's task and a cleft's description
    'Direktoratet skal lage en veileder og stille et verktøy til disposisjon.',
    'Det er vertskommunene som stiller arealer til rådighet for næringen.',
  ])('%s', (text) => expect(kindOf(text)).not.toBe('tilsagn'));
});

describe('a negated good function is no support', () => {
  it.each([
    'KS mener at tilskuddet ikke fungerer etter hensikten.',
    'Modellen fungerer ikke godt for kommuner med spredt bosetting.',
  ])('%s', (text) => expect(kindOf(text)).toBe('bekymring'));
});
