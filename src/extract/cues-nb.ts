// How Norwegian (bokmål) policy prose signals a position: cue phrases → kind, with a weight, and
// the context rules that cancel a cue (reported voice, relative clauses, subordinate clauses).
// This is data: extract/classify.ts applies it. Patterns are written with `\b`, compiled by
// nbRegex so that `\b` knows æøå, case-insensitive. See ../../NORWEGIAN.md notes in the shared
// folder for the facts behind each group. Rules describe the language, never particular sentences.
import type { Kind } from '../model/types.js';
import { nbRegex } from '../nlp/norwegian.js';
import {
  BAD_NOUNS,
  CONCESSIVE_TURN,
  IN_PRACTICE,
  OPENING_TURN,
  BAD_PREDICATES,
  EVALUATIVE_COPULA,
  FAR_FROM_EXPECTED,
  GOOD_PREDICATES,
  GOOD_RELATIONS,
  GOOD_WHEN_NEGATED,
  JUDGE_ADVERBIAL,
  NOT_JUDGED_NOUNS,
  ONLY_A_SHARE,
  PREDICATE_NEGATION,
} from './evaluation-nb.js';

/** Who speaks for the municipal sector: the subject of an own-voice position. */
export const OWN_SUBJECT =
  "(?:KS|vi|me|kommunesektoren|kommunal sektor|kommunene|kommunane|fylkeskommunene|fylkeskommunane|sektoren|landstinget|hovedstyret|kommuner og fylkeskommuner|kommunenes)";

/**
 * State agencies known by a proper name rather than a word ending (`Bufdir anbefaler …`, `…, mens
 * IMDi ba om …`, `Nasjonal sikkerhetsmyndighet vurderer at …`): what they recommend, ask or
 * assess is reported, as for `direktoratet`. Also named as acting in actors-nb.ts (staten). Whole
 * words, outside REPORTING_BODY's `\\p{L}*` (tried at every letter, it would cost every sentence).
 */
const NAMED_AGENCY =
  '(?:bufdir|bufetat|husbanken|nav|imdi|udir|helfo|nkom|digdir|dfø|dsb|nsm|ssb|statsbygg|forskningsrådet|innovasjon\\s+norge|riksrevisjonen|statistisk\\s+sentralbyrå|nasjonal\\s+sikkerhetsmyndighet|kartverket|kystverket|enova|statens\\s+vegvesen)';

/**
 * Bodies and documents whose views a consultation response reports: `departementet`,
 * `Helse- og omsorgsdepartementet`, `utvalget`, `høringsnotatet`, `lovforslaget`,
 * `Totalberedskapsmeldingen`, `NOU-en`, `evalueringen`. Written as word endings so compounds count.
 */
export const REPORTING_BODY =
  `(?:\\p{L}*(?:departementet|departementene|direktoratet|direktoratene|utvalget|utvalga|meldingen|meldinga|rapporten|notatet|forslaget|proposisjonen|strategien|evalueringen|utredningen|ekspertgruppen|arbeidsgruppen|gruppen|kommisjonen|tilsynet|veilederen|flertall|flertallet|mindretall|mindretallet|kartleggingen|undersøkelsen|forbundet|foreningen|instituttet|ombudet|ombodet|statsforvalteren|statsforvaltaren|statsforvaltere|statsforvalterne|etaten)|${NAMED_AGENCY})`;

/**
 * The sector's own subjects, capitalised at the start of a sentence: KS, its bodies and the
 * municipalities it speaks for (OWN_SUBJECT's words), and subordinators that look like a
 * definite noun (`Siden …`). Never a reporting body.
 */
const KS_SIDE =
  '(?:KS|Kommune\\p{L}*|Kommuna\\p{L}*|Fylkeskommun\\p{L}*|Sektoren|Landstinget|Hovedstyret|Hovudstyret|Styret|Arbeidsutvalget|Organisasjonen|Siden)';

/** `Notatet sier (imidlertid) lite om …` is KS' critique of the document, not the document's view. */
const NOT_SAYS_LITTLE = '(?!\\s+(?:(?:imidlertid|likevel|også|derimot|dessverre)\\s+)?(?:svært\\s+|for\\s+|altfor\\s+)?(?:lite|ingenting)\\s+om\\b)';

/** `Kompensasjonen er beregnet …`: a passive participle, not a body reporting. */
const PASSIVE_AUXILIARY = '(?:er|var|blir|ble|vert|vart|være|blitt)';

/** Verbs that report a body's view (`… peker på at`, `… skriver at`, `… legger opp til`). */
const REPORTING_VERB =
  '(?:peker\\s+på|peker\\s+ut|viser\\s+at|viste\\s+at|foreslo|mente|anbefalte|pekte\\s+på|konkluderte|la\\s+(?:opp\\s+)?til\\s+grunn|legger\\s+til\\s+grunn|la\\s+opp\\s+til|anslår|anslo|beregnet|skriver|ber\\s+om|har\\s+bedt\\s+om|spør|inviterer|har\\s+invitert|foreslår|viser\\s+til|mener|slår\\s+fast|påpeker|understreker|legger\\s+opp\\s+til|varsler|sier|fastslår|konkluderer|anbefaler|tar\\s+til\\s+orde|begrunner|begrunnet\\s+med|ønsker|vil\\s+at|regner\\s+med|har\\s+foreslått|har\\s+varslet|går\\s+inn\\s+for|drøfter|vurderer|beskriver|(?:har|hadde)\\s+(?:[\\p{L}\\d]+\\s+){0,5}?(?:pekt\\s+på|påpekt|uttalt|uttrykt|skrevet|anbefalt|foreslått|tilrådd|tilrådt|bedt\\s+om|konkludert|understreket|advart|lagt\\s+til\\s+grunn|beregnet|anslått|gjennomgått|tatt\\s+til\\s+orde|signalisert|varslet)|signaliserer|tilrår|tilrådde|krever\\s+at|krevde\\s+at|ba\\s+(?:\\p{Ll}+\\s+)?om|(?:har|hadde)\\s+vurdert\\s+at)';

/**
 * Subjects whose wishes and plans are reported, not KS' own: a cue such as `ønsker` or `vil at`
 * right after one of these (allowing two adverbs, `regjeringen også ønsker`, or, when the body opens
 * the clause, a first verb phrase joined by `og`, `Departementet følger opp dette og foreslår`) is
 * reported voice (`KS går imot forslaget og ber om …` is not: KS is the subject). So is a share of a
 * group opening the clause (`Mange kommuner har lenge bedt om …`, `…, og flere ønsker …`): members
 * or people described, not the sector speaking (`i flere år` is a time, not a subject).
 */
export const REPORTED_SUBJECT = nbRegex(
  `\\b(?:regjeringen|regjeringsplattformen|plattformen|hurdalsplattformen|staten|stortinget|de|dem|den|statsforvalteren|man|partiene|ansatte|innbyggerne|brukerne|foreldrene|pasientene|elevene|familiene|eldre|folk|unge|ungdom|pårørende|${REPORTING_BODY})(?:\\s+\\p{L}+){0,2}\\s+$|^\\s*(?:(?:også|videre|samtidig|dessuten)\\s+)?(?:regjeringen|staten|stortinget|${REPORTING_BODY})(?:\\s+\\p{L}+){1,4}\\s+og\\s+$|^\\s*(?:(?:og|men)\\s+)?(?:stadig\\s+)?(?:mange|flere|fleire|noen|enkelte)(?:\\s+\\p{L}+){0,2}\\s+$`,
  'iu',
);

/**
 * A sentence that opens like this reports the government platform or states a fact about the
 * government (`Regjeringen vil …`, `Det heter i plattformen at …`, `I regjeringsplattformen …`).
 * Its cues do not count, except after KS resumes in its own voice (`…, og KS mener …`).
 * `Regjeringen må/bør …` is not reported: the government is the addressee of KS' demand.
 */
export const REPORTED_FRAMES: readonly RegExp[] = [
  nbRegex('^(?:(?:også|videre|samtidig|dessuten)\\s+)?(?:i|ifølge) (?:den )?(?:nye )?(?:regjerings|hurdals)?plattform(?:en|a)\\b', 'iu'),
  nbRegex('^det (?:heter|står|sies|fremgår|framgår|slås fast|skrives) (?:også )?i (?:den )?(?:nye )?(?:regjerings|hurdals)?plattform', 'iu'),
  // `Regjeringen skal legge fram …` is a plan (future), reported; only må/bør address the government
  // (alone or with another: `Regjeringen og Stortinget må …`)
  nbRegex('^(?:regjeringen|regjeringsplattformen|plattformen|hurdalsplattformen|den nye regjeringen)\\b(?!\\s+(?:og\\s+\\p{L}+\\s+)?(?:\\p{L}+\\s+)?(?:må|bør|burde)\\b)', 'iu'),
  // a body or document reports: `Departementet skriver …` (but `Notatet sier lite om …` is KS' critique), `Totalberedskapsmeldingen peker på at …`,
  // also with an adjective, a short name in brackets or a relative clause (`Det tekniske X-utvalget (TBU) har anbefalt …`, `Utvalget som la fram X, mente …`),
  // `Helse- og omsorgsdepartementet foreslår …`, `Utvalget for X anbefaler …`
  nbRegex(`^(?:(?:også|videre|samtidig|dessuten)\\s+)?(?:(?:den|det|de|dette|denne|et|en|nye|regjeringens|statens|\\p{L}+(?:ets|ens|tes))\\s+)*(?:\\p{L}+e\\s+)?(?:(?:\\p{L}+-,?\\s+){1,3}og\\s+)?${REPORTING_BODY}\\b(?:\\s+(?:for|om|til|i)(?:\\s+\\p{L}+){1,5}?)?(?:\\s*\\([^()]{1,30}\\))?(?:\\s*,?\\s+som\\s+[^,.;]{1,80},)?\\s+(?:\\p{L}+\\s+)?${REPORTING_VERB}\\b${NOT_SAYS_LITTLE}`, 'iu'),
  nbRegex('^den (?:varsler|vil|peker|sier|skriver|foreslår|ønsker|anbefaler|mener)\\b', 'iu'),
  // an indefinite body (`Et offentlig utvalg har foreslått …`) and the inverted government after a
  // frame (`I statsbudsjettet for 2028 foreslår regjeringen …`) report as well
  nbRegex('^(?:et|en|eit|ei)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:utvalg|utval|ekspertgruppe|arbeidsgruppe|kommisjon)(?:\\s+som\\s+[^,.;]{1,80},)?\\s+(?:har\\s+|hadde\\s+)?(?:(?:nylig|nettopp|også|tidligere|nyleg|tidlegare|òg)\\s+)?(?:foreslått|anbefalt|foreslår|anbefaler|foreslo|anbefalte|pekt\\s+på|peker\\s+på|føreslått|føreslår|føreslo|tilrådd|tilrår|tilrådde|peikt\\s+på|peikar\\s+på)\\b', 'iu'),
  // (`I høringsnotatet drøfter departementet om det bør …`: the body weighs it, KS has not spoken yet)
  nbRegex('^(?:i|gjennom|med)\\s+[^,.;]{0,60}?\\b(?:foreslår|anbefaler|varsler|vil|legger|drøfter|vurderer|skriver|ber|tilrår)\\s+(?:regjeringen|departementet|utvalget|stortinget|direktoratet)\\b', 'iu'),
  // parties and named organisations take positions of their own: `Flere partier har tatt til orde for …`,
  // `Norges X-forbund har beregnet at …`
  nbRegex('^(?:flere|noen|enkelte|mange|de\\s+fleste|alle|to|tre)\\s+(?:av\\s+)?(?:de\\s+)?(?:politiske\\s+)?(?:partier|partiene|organisasjoner|organisasjonene)\\s+(?:har\\s+|hadde\\s+)?(?:tatt\\s+til\\s+orde|tok\\s+til\\s+orde|foreslått|foreslår|foreslo|går\\s+inn\\s+for|gått\\s+inn\\s+for|ønsker|vil|mener)\\b', 'iu'),
  // any other body named by an acronym, a definite noun, a proper name or `Norges …` reports as
  // well, though no list above holds it (`NVE har selv anslått at …`, `NSM tilrår …`, `Norges
  // Svømmeforbund har beregnet at …`, `Riksantikvaren mener at …`, `Komiteen ba om …`, `Norges idrettsforbund
  // krever at …`, `Direktoratet for X og Y har vurdert at …`, `Et ekspertutvalg for X tilrådde …`);
  // the sector's own subjects (KS_SIDE) excepted. Case-sensitive: a name is capitalised.
  nbRegex(`^(?:(?:Også|Videre|Samtidig|Dessuten)\\s+)?(?:(?:Et|En|Ei)\\s+\\p{Ll}*(?:utvalg|gruppe|kommisjon|råd)|(?!${KS_SIDE}\\b)(?:Norges\\s+\\p{L}+|\\p{Lu}{2,}|\\p{Lu}\\p{Ll}*(?:forbund|forbundet|tilsynet|ombudet|senteret|direktoratet|rådet|instituttet)|\\p{Lu}\\p{Ll}+(?:en|et|a)))(?:\\s+(?:for|i|til|om)(?:\\s+(?!${PASSIVE_AUXILIARY}\\s)\\p{L}+){1,5}?)?\\s+(?:(?!${PASSIVE_AUXILIARY}\\s)\\p{Ll}+\\s+)?${REPORTING_VERB}\\b${NOT_SAYS_LITTLE}`, 'u'),
  // `Ifølge KS-lederen …` reports KS itself: that is KS' voice
  nbRegex("^ifølge\\b(?!\\s+KS(?:\\b|[-'’]))", 'iu'),
];

/** Where KS takes over again inside a reported sentence. */
export const OWN_VOICE_RESUMES = nbRegex(`\\b(?:KS|vi)\\b`, 'gu');

/** Quotations (of the platform, mostly): cues inside do not count. */
export const QUOTES = /«[^»]*»|“[^”]*”|"[^"]*"/gu;

/**
 * Who a press release quotes for KS: the leader (`KS-lederen`, `KS-leder Anne Nordheim`,
 * `styreleder i KS`), a pronoun or surname standing for the leader named before (`sier hun`,
 * `sier Nordheim`), KS' own officers (`KS' administrerende direktør`).
 */
const KS_SPEAKER = "(?:KS[-'’]\\p{L}*|KS\\b|hun\\b|han\\b|lederen\\b|styrelederen\\b|styreleder\\s+i\\s+KS\\b|styreleder\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+|(?:administrerende\\s+)?direktør\\s+i\\s+KS\\b|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*[.!]?\\s*$)";

/** The attribution after a quote: `«…», sier KS-lederen.`, `– …, understreker hun.` */
export const QUOTE_ATTRIBUTION = nbRegex(
  `[»”"]?\\s*,\\s*(?:sier|sa|understreker|understreket|mener|mente|påpeker|påpekte|fastslår|fastslo|legger\\s+til|la\\s+til|uttaler|uttalte|advarer|advarte|skriver|skrev|forklarer|forklarte|poengterer|poengterte)\\s+${KS_SPEAKER}`,
  'u',
);

/**
 * A KS speaker who introduces a quote (`KS' styreleder sa i høringen at «…»`, `Som styreleder i KS
 * sa på konferansen: «…»`, `KS pekte allerede i innspillet på at «…»`): the quote is KS' voice.
 */
export const KS_QUOTE_LEADIN = nbRegex(
  "^(?:som\\s+)?(?:KS['’]?\\s+(?:styreleder|leder|direktør|administrerende\\s+direktør)|KS-lederen|KS-leder(?:\\s+\\p{Lu}\\p{Ll}+){0,2}|styreleder(?:en)?\\s+i\\s+KS|KS|vi)\\s+(?:har\\s+)?(?:sa|sier|sagt|pekte|peker|pekt|understreket|understreker|påpekte|påpeker|påpekt|advarte|advarer|advart|uttalte|uttaler|uttalt|skrev|skriver|skrevet|minnet|minner)\\b[^«“\"]{0,120}?(?:\\bat|:)\\s*[«“\"]",
  'iu',
);

/**
 * How a document introduces a person who speaks for KS: `KS-leder Marte Lindvik`, `KS' styreleder
 * Tone Lie`, `styreleder i KS, fylkesordfører Marte Lie`, `Håkon Berge, styreleder i KS Agder`,
 * `administrerende direktør i KS, Lars Haugen`, and a byline at the end (`Tone Lie er styreleder i KS.`). The name is group 1 (or 2); after this the surname
 * alone (`Lindvik peker på at …`, `Nesheim peika på at …`) speaks in KS' voice. Case-sensitive:
 * a name is capitalised words.
 */
const KS_ROLE = '(?:styreleder|styreleiar|styrelederen|leder|leiar|lederen|leiaren|nestleder|nestleiar|(?:administrerende\\s+|administrerande\\s+)?direktør)';
const PERSON_NAME = '(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,3})';
export const KS_PERSON_INTRO = new RegExp(
  `\\bKS(?:-|['’]?\\s+)${KS_ROLE}\\s*,?\\s+(?:\\p{Ll}+\\s+)?${PERSON_NAME}|\\b${KS_ROLE}\\s+i\\s+KS(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*,\\s+(?:\\p{Ll}+\\s+)?${PERSON_NAME}|${PERSON_NAME}\\s*,\\s+(?:\\p{Ll}+\\s+og\\s+)?${KS_ROLE}\\s+i\\s+KS\\b|${PERSON_NAME}\\s+(?:er|var)\\s+${KS_ROLE}\\s+i\\s+KS\\b`,
  'gu',
);

/**
 * The first person singular (`Jeg mener …`, `Eg håpar …`): in a document that names a person
 * speaking for KS (KS_PERSON_INTRO: a byline, a `sier KS-leder …` frame), the `jeg` outside others'
 * quotes is that person writing or quoted, so KS' voice.
 */
export const FIRST_PERSON_SINGULAR = /(?<!\p{L})(?:[Jj]eg|[Ee]g)(?!\p{L})/gu;

/**
 * A lead-in that proposes or demands before its points (`KS foreslår derfor at …:`, `KS ber om
 * at:`, `Landstinget krever …:`): points without a cue of their own (`- kommunene får …`,
 * `a) Barn som … får rett til plass …`) take the lead-in's kind. Only on a sentence ending in a colon.
 */
export const LEAD_IN_ASKS: ReadonlyArray<{ kind: Kind; pattern: RegExp }> = [
  // (`… mener hovedstyret at følgende må ligge til grunn:`: what must hold is the points)
  { kind: 'krav', pattern: nbRegex('\\b(?:krever|krev|forventer|forventar|(?:følgende|følgjande)\\s+(?:må|skal))\\b', 'iu') },
  { kind: 'anbefaling', pattern: nbRegex('\\b(?:foreslår|føreslår|gjer\\s+framlegg\\s+om|anbefaler|tilrår|ber|oppfordrer|oppmodar|(?:følgende|følgjande)\\s+bør)\\b', 'iu') },
  { kind: 'onske', pattern: nbRegex('\\b(?:ønsker|ønskjer)\\b', 'iu') },
];

/** Speakers who are not KS, though the sentence quotes them: ministers, the government, agencies. */
export const NOT_KS_SPEAKER = nbRegex('\\b(?:statsråd\\p{L}*|\\p{L}*minister\\p{L}*|regjeringen|\\p{L}*departementet|\\p{L}*direktoratet|utvalgs\\p{L}*)\\b', 'iu');

/**
 * Words that open a subordinate clause. `skal` is normative only in a main clause: after these it
 * is plain future or purpose (`som skal innføres`, `for at kommunene skal kunne`, `dersom det skal`).
 */
export const SUBORDINATORS = nbRegex(
  '\\b(?:som|at|dersom|hvis|når|hvordan|hvor|der|fordi|ettersom|før|slik|mens|enn|hva|hvilke|hvorvidt|om\\s+det|(?:på|til|spørsmålet|spørsmål|vurdere|vurderer|vurderes|avklare|avklares|usikkert|uklart)\\s+om)\\b',
  'iu',
);

/**
 * Relative clause: `oppgavene som må løses i dag` describes, it does not demand. But a relative
 * clause on the predicate of a copula does demand: `X er et viktig virkemiddel som må styrkes`.
 */
// `som regel`, `som kjent`, `som følge av` are adverbials, not relative pronouns
export const RELATIVE = nbRegex('\\bsom\\b(?!\\s+(?:regel|kjent|oftest|følge)\\b)(?:\\s+\\p{L}+){0,6}\\s*$', 'iu');
/**
 * A segment ending in a relative clause that a comma closes (`KS vil at elever som flytter`, then
 * `, skal få …`): group 1 is the clause it interrupts, up to `som`, where a verb after the comma
 * belongs (a modal there is that clause's: in an at-clause it is subordinate, on a main clause's
 * subject it is a main verb).
 */
// (linear: the first letter found without backtracking, then the first `som`; the non-letters
// before it as `[^\p{L}]`, which nbRegex writes with the Latin letters, not `\P{L}`: V8 closes a
// Unicode property class of a case-insensitive pattern over case when it compiles it, at a cost)
export const RELATIVE_CLOSED = nbRegex(`^([^\\p{L}]*\\p{L}[\\s\\S]*?)\\s+som\\b(?!\\s+(?:regel|kjent|oftest|følge)\\b)`, 'iu');
// the relative must be on the predicate itself: after a preposition it is on that phrase's noun
// (`anslaget er for lavt for kommuner som må leie inn …`: those municipalities are described)
export const COPULA_BEFORE_RELATIVE = nbRegex('\\b(?:er|blir|være)\\b(?:(?!\\b(?:for|til|av|på|med|fra|frå|hos|ved|mot|under|etter)\\s)[^,;:])*\\bsom\\b(?:\\s+\\p{L}+){0,6}\\s*$', 'iu');
/**
 * A cleft that names the sector as the one who must (`… blir det kommunene som må fylle hullet`,
 * `er det ofte kommunen som må gi dem et tilbud`): a burden described, not a demand — unlike a
 * cleft on the state (`Det er staten som må ta regningen`).
 */
const CLEFT_ON_SECTOR = '\\b(?:det\\s+(?:er|blir|var)|(?:er|blir|var)\\s+det)\\s+(?:\\p{L}+\\s+)?(?:kommunene|kommunane|kommunen|kommuna|fylkeskommunene|fylkeskommunane|fylkeskommunen|vertskommunene|vertskommunane|vertskommunen)\\s+som\\s+(?:\\p{L}+\\s+)?må\\b';

/**
 * A lead-in that announces a number of points before a list (`Kort oppsummert ber KS om fire ting
 * i Stortingets behandling:`, `KS vil peke på følgende forhold:`): the points are the positions.
 * Also a list pointed to by `følgende` or a definite noun (`KS foreslår at følgende tas inn:`,
 * `… disse punktene:`), or by `dette` or a bare `at` (`KS foreslår særlig dette:`, `…, foreslår KS at:`;
 * none of h1–h131's annotators made such a line a statement). Not when the points are said to be needed (`KS mener at tre ting må på plass:` is a demand).
 */
export const LEAD_IN_COUNT = nbRegex(
  '\\b(?:(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|\\d+|følgende|følgjande|disse|desse)\\s+(?:\\p{L}+\\s+)?(?:ting|forhold|punkter|punkt|punktene|punkta|hovedpunkter|tiltak|tiltakene|tiltaka|endringer|endringar|endringene|områder|område|områdene|grep|innspill|innspillene|forslag|forslagene)|følgende|følgjande)\\b(?![^:]*\\b(?:må|bør|skal)\\b)[^.!?]*:\\s*$|\\b(?:dette|at)\\s*:\\s*$',
  'iu',
);

/**
 * The at-clause of a stance that agrees with or denies a claim (`KS er enig (med utvalget) i at
 * …`, `Vi kan ikke se at …`, `KS ser ikke at …`): the claim is what is judged, so its own cues
 * (`det er behov for`, `er viktige`, `de største hindrene`) do not set the kind; the stance does
 * (stotte, bekymring). On h1–h77 every such agreement was annotated stotte, every denial bekymring.
 */
export const JUDGED_CLAIM = nbRegex(
  '\\b(?:er|var|ble)\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+){0,2}?(?:enig|enige|samd|samde)\\s+(?:med\\s+(?:[\\p{L}-]+\\s+){1,4}?)?i\\s+at\\b|\\b(?:kan\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+se|ser\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje))\\s+at\\b',
  'iu',
);

/**
 * The same announcement ending in a full stop, when a verb of pointing out says that points follow
 * (`KS vil særlig peke på fire grep for å styrke X.`, `Fylkeskommunane vil særleg peike på desse
 * tre punkta.`): the points, not the announcement, are the positions.
 */
export const LEAD_IN_ANNOUNCED = nbRegex(
  '\\b(?:vil|skal|ønsker\\s+å)\\s+(?:\\p{L}+\\s+)?(?:peke\\s+på|peike\\s+på|trekke\\s+fram|trekke\\s+frem|løfte\\s+fram|løfte\\s+frem|framheve|fremheve|kommentere|ta\\s+opp)\\s+(?:de\\s+|disse\\s+|desse\\s+)?(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|\\d+|følgende|følgjande)\\s+(?:\\p{L}+\\s+)?(?:ting|forhold|punkter|punkt|punkta|punktene|hovedpunkter|tiltak|endringer|endringar|områder|område|grep|innspill|forslag)\\b(?:\\s+(?:i|ved|om|til)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+)?(?:\\s+(?:for\\s+å|som)\\b(?![^.]*\\b(?:må|bør|skal)\\b)[^.!?:]*)?\\s*[.:]\\s*$',
  'iu',
);

/** Clause boundaries for the context rules above. */
export const CLAUSE_BREAK = /[,;:–—()]/gu;

/**
 * A provision of law is described, not demanded: `Etter plan- og bygningsloven § 11-1 skal
 * kommunen …`, `I henhold til forskriften må …`. Cancels normative må/skal/kreves.
 */
export const LEGAL_FRAME = nbRegex(
  '(?:^(?:med|etter)\\s+(?:dagens|gjeldende)\\s+(?:regler|regelverk|ordning|praksis)\\b|^(?:etter|i\\s+henhold\\s+til|iht\\.?|ifølge|jf\\.?|jamfør)\\s+(?:gjeldende\\s+|dagens\\s+|den\\s+nye\\s+)?(?:\\p{L}+-\\s+og\\s+)?\\p{L}*(?:lov|loven|lova|forskrift|forskriften|regelverket)\\b|§\\s*\\d)',
  'iu',
);

/** Rules in force named anywhere in the sentence (`etter gjeldende regler`, `med dagens regelverk`): a skal under them describes. */
const SKAL_UNDER_RULES_IN_FORCE = nbRegex(
  '\\b(?:etter|med|ifølge|i\\s+henhold\\s+til|iht\\.?)\\s+(?:gjeldende|dagens|gjeldande)\\s+(?:regler|reglar|regelverk|rett|lov|lover|ordning|praksis)\\b',
  'iu',
);

/**
 * skal governing a figure or a dated target in its own clause (`skal 0,8 milliarder kroner gå til`,
 * `2,3 milliarder kroner skal fordeles`, `skal reduseres med 30 prosent innen 2030`, `skal være
 * oppfylt innen 2035`): an allocation, a goal or a schedule stated as fact, not KS' demand.
 */
const SKAL_AMOUNT_OR_DATE = nbRegex(
  '\\bskal\\s+[^,.;:]{0,60}?(?:\\d[\\d\\s,.–-]*\\s*(?:milliarder|milliardar|millioner|millionar|mrd\\.?|mill\\.?|kroner|prosent)\\b|\\b(?:innen|innan|fra(?:\\s+og\\s+med)?|frå|fram\\s+til|i\\s+løpet\\s+av)\\s+(?:utgangen\\s+av\\s+|\\d{1,2}\\.\\s+\\p{L}+\\s+)?\\d{4}\\b|\\b(?:innen|innan)\\s+(?:\\d+|to|tre|fire|fem|seks|sju|syv|åtte|ti)\\s+(?:år|måneder|månader)\\b)|\\d[\\d\\s,.–-]*\\s*(?:milliarder|milliardar|millioner|millionar|mrd\\.?|mill\\.?)\\s+(?:kroner\\s+)?skal\\b',
  'iu',
);

/** The state of things today: `I dag kreves det …`, `Kommunene må i dag …` describe, not demand. */
const TODAY = '(?:i\\s+dag|per\\s+i\\s+dag|pr\\.\\s+i\\s+dag|i\\s+dag\\s+allerede)';

/**
 * `må` right before `i dag`, or with only the inverted subject between (`Kommunene må i dag
 * dekke …`, `I dag må kommunene …`), states how things are. A verb between (`må løses i dag`)
 * keeps the demand: the deadline is part of it.
 */
const TODAY_AFTER_MA = `\\s+(?:(?:det|de|vi|den|disse|mange|alle|kommunene|kommunen|fylkeskommunene|innbyggerne)\\s+)?${TODAY}\\b`;

/**
 * `må` with an adverb of habit or consequence (`kommunene må ofte betale …`, `må dermed dekke
 * mellomlegget`, `når kommunene allerede må øve …`) tells what the sector is made to do today: a
 * complaint (bekymring, the cue `må ofte` below), not a demand. `derfor` is not among them: `Staten
 * må derfor …` draws KS' conclusion, a demand.
 */
const HABITUAL = '(?:ofte|oftest|stadig\\s+oftere|dermed|jevnlig|gang\\s+på\\s+gang)';
/** Before `må` also `allerede` (after it, `må allerede nå …` is urgency, a demand). */
const HABITUAL_BEFORE = '(?:ofte|oftest|allerede|dermed|jevnlig)';

/**
 * A good judgement whose at-/om-clause is what is judged (`Det er positivt at … skal`, `Det er
 * riktig at tjenestene skal gis nær barnet`): the modal inside is the welcomed content, so the
 * sentence is support, not a demand (annotated so on every such sentence of h1–h59).
 */
const EVALUATED_GOOD = '(?:positivt|positiv|bra|riktig|gledelig|gledeleg|fint|godt|klokt|fornuftig)';

/**
 * The object of a verb or preposition as a clause without `som` (`svarer ikke på det kommunene
 * faktisk trenger`, `i tråd med det vi må forvente`): it names a need or duty, it does not voice one.
 */
// also after a definite noun (`gir dem ikke den støtten de trenger`, `tilsette dei treng`): the
// need is the noun's description
const OBJECT_RELATIVE = '\\b(?:på|til|med|av|mot|om)\\s+det\\s+(?:som\\s+)?(?:kommunene|kommunane|fylkeskommunene|sektoren|vi|de|innbyggerne|barna|brukerne)\\s+(?:\\p{L}+\\s+)?$|\\b(?:den|det|de|dei|all|alt)\\s+\\p{L}+(?:en|et|a|ene|ane)\\s+(?:kommunene|kommunane|fylkeskommunene|sektoren|vi|me|de|dei|innbyggerne|barna|brukerne|pasientene|elevene)\\s+(?:\\p{L}+\\s+)?$';

/** The sector or its people as the subject of an object clause without `som` (MODAL_DESCRIBES). */
const SECTOR_AS_OBJECT_SUBJECT = '(?:kommunene|kommunane|fylkeskommunene|fylkeskommunane|sektoren|innbyggerne|lokalsamfunnene|lokalsamfunna)';

/**
 * Clauses a `må` can stand in without being KS' demand (the clause before the verb, back to the
 * last comma): purpose, result and reason clauses (`slik at ikke hver kommune må …`, `fordi
 * kommunene må …`, `ordningen har ført til at kommunene må betale …`), a clause of time wherever
 * it stands (`det er kortsiktig å kutte nå når kommunene må omstille seg`: the må describes the
 * situation), and the at-clause of a concern or criticism (`Det er uakseptabelt at små
 * kommuner må …`: what must happen is what is criticised, not asked for), or of a good judgement
 * (`Det er positivt at …`, EVALUATED_GOOD); also `om` after a judgement (`Det er uheldig om et
 * nasjonalt tall skal avgjøre …`) and a need named as an object (OBJECT_RELATIVE).
 */
export const NOT_DEMAND_CLAUSE = nbRegex(
  `\\b(?:slik\\s+at|så\\s+at|for\\s+at|fordi|ettersom|uten\\s+at|enn|under\\s+det|i\\s+nærheten\\s+av|(?:ført|fører|førte|føre|leder|ledet|medført|medfører|medførte)\\s+til\\s+at|(?:gjør|gjorde|gjort)\\s+at)\\b|\\bnår\\b|\\b(?:${'(?:betenkelig|uakseptabel|uakseptabelt|urimelig|urimeleg|uheldig|uheldigt|problematisk|påfallende|beklagelig|uholdbar|uholdbart|kritikkverdig|uforståelig|lite\\s+hensiktsmessig|bekymret\\s+for|bekymra\\s+for|bekymring\\s+for|kritisk\\s+til|kritiske\\s+til|skeptisk\\s+til|skeptiske\\s+til|paradoks|enig|enige|uenig|uenige|samd|usamd|positiv\\s+til|positive\\s+til|glad\\s+for|glade\\s+for|støtter|støttar|deler\\s+(?:\\p{L}+\\s+)?vurdering(?:en|a)?\\s+av|ikke\\s+(?:\\p{L}+\\s+)?(?:akseptabelt|rimelig|realistisk|forsvarlig|holdbart)|' + EVALUATED_GOOD + ')'})\\s+(?:\\p{L}+\\s+){0,2}?(?:at|om|når|dersom|hvis)\\b|${OBJECT_RELATIVE}`,
  'iu',
);

/**
 * Clauses where a `må` (or a `skal`) tells what the sector or its people are made to do, not what KS asks (the
 * clause before the verb): a share of them as subject (`mange kommuner må velge mellom …`, `noen
 * må slutte i jobben`: a demand addresses all of them), `i praksis` (`ansatte i praksis må klare
 * seg selv`), a clause opened by `uten` (`Uten gode kart må kommunene …`: what happens without a
 * measure), an indirect question (`forskjeller i hva kommunene må betale`) and an object clause
 * without `som` after a noun (`enda en plan kommunene må skrive`, `ulempene lokalsamfunnene må
 * bære`). Besides NOT_DEMAND_CLAUSE, which holds for every need and modal.
 */
const MODAL_DESCRIBES = `\\b(?:mange|noen|enkelte|de\\s+fleste)\\s+(?:\\p{L}+\\s+){0,2}$|\\bi\\s+praksis\\s+(?:\\p{L}+\\s+){0,2}$|^\\s*(?:uten|utan)\\s|\\b(?:hva|hvilke|hvilken|hvilket|hvor\\s+mye|hvor\\s+mange)\\s+(?:\\p{L}+\\s+){0,3}$|\\b(?:en|et|ei)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+\\s+${SECTOR_AS_OBJECT_SUBJECT}\\s+$|\\b\\p{L}{2,}(?:ene|ane)\\s+${SECTOR_AS_OBJECT_SUBJECT}\\s+$`;
const MODAL_NOT_DEMAND_CLAUSE = nbRegex(`${NOT_DEMAND_CLAUSE.source}|${MODAL_DESCRIBES}`, 'iu');

/** Stance verbs that give KS' judgement of what follows (`KS mener (at) …`, `Landstinget mener …`). */
const STANCE = '(?:mener|meiner|vurderer|understreker|fastholder|konstaterer|opplever)';

/** Stance verbs whose at-clause gives KS' position (`KS mener at …`, `vil understreke at …`). */
const STANCE_AT = '(?:mener|meiner|understreker|understreke|presiserer|presisere|påpeker|påpeke|fastholder|fastholde|legger\\s+vekt\\s+på|minner\\s+om|minne\\s+om)\\s+at\\b';

/**
 * Verbs after `KS vil` / `Vi vil` that give a position rather than an action of KS' own
 * (`KS vil understreke`, `vil be om`, `vil at`), or a prediction (`vi vil få`, `vil se`).
 */
const NOT_OWN_ACTION = '(?:at|understreke|understreker|påpeke|peke|presisere|minne|fremheve|framheve|anbefale|fraråde|frarå|tilrå|anmode|foreslå|be|advare|oppfordre|støtte|få|se|oppleve|risikere|måtte|kunne|være\\s+(?:\\p{L}+\\s+)?(?:enig|uenig|positiv|kritisk|skeptisk|bekymret|glad))\\b';
/**
 * Partners named before KS' own verb (`KS vil sammen med Fagforbundet og Utdanningsforbundet
 * lage …`, `Saman med DSB vil KS kartleggje …`, `KS vil gjennom Brusselkontoret samle …`): up to
 * eight words, `og` among them, so a list of partners does not hide the action after it (none of
 * them a verb that is no action of KS' own: `KS vil sammen med X understreke at …` is no offer).
 */
const WITH_PARTNERS = `(?:(?:sammen|saman|i\\s+samarbeid)\\s+med|gjennom)\\s+(?:(?!${NOT_OWN_ACTION})[\\p{L}\\d-]+\\s+){0,7}?(?!${NOT_OWN_ACTION})[\\p{L}\\d-]+`;

/** The purpose of a law, proposal or scheme, as it states it: `Loven skal sikre at …`, also after `, og` (`…, og tilskuddet skal dekke …`) and after
 * another predicate of the same subject (`Forslaget følger opp planen og skal gi …`). */
const LAW_PURPOSE = nbRegex(
  '(?:^|[,;]\\s+(?:og|men)\\s+)(?:den\\s+nye\\s+|dagens\\s+|det\\s+nye\\s+)?\\p{L}*(?:loven|lova|forskriften|forslaget|lovforslaget|bestemmelsen|reformen|strategien|meldingen|utkastet|ordningen|endringen|endringene|paragrafen|tilskuddet|proposisjonen|behandlingen|vedtaket|direktivet|direktiva|avtalen|avtala)(?:\\s+[^,.;]{1,100}?\\s+og)?\\s+skal\\s+(?:\\p{L}+\\s+){0,3}?(?:sikre|bidra|gi|ivareta|legge|styrke|sørge|fremme|bedre|redusere|øke|gjøre|medføre|innebære|erstatte|omfatte|gjelde|tydeliggjøre|forenkle|regulere|dekke|inneholde|ligge|finansiere|danne)\\b',
  'iu',
);

/**
 * What a proposal entails, described (`Forslaget innebærer endringer i forskriften, slik at
 * vannverk … skal ha …`, `Endringen betyr at kommunene må …`): its skal and må are the proposal's.
 */
const PROPOSAL_ENTAILS = nbRegex(
  '^(?:(?:det|den)\\s+nye\\s+)?\\p{L}*(?:forslaget|forslagene|endringen|endringene|utkastet|forskriften|loven|lova)\\s+(?:\\p{L}+\\s+)?(?:innebærer|betyr|medfører|går\\s+ut\\s+på)\\b',
  'iu',
);

/**
 * `skal` with a third party's plan, body or scheme as subject describes its task as given, not what
 * KS asks (`Regjeringens eldrereform skal gjøre det mulig …`, `Direktoratet skal gi veiledning`,
 * `Helsefellesskapene ble etablert i 2020 og skal sikre …`): the government's plans, an agency's
 * remit, an institution described by its founding. KS' demands of them use må/bør.
 */
const THIRD_PARTY_TASK = nbRegex(
  '^(?:regjeringens|statens|departementets|stortingets)\\s+(?:[\\p{L}-]+\\s+){0,4}?skal\\b|^(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:direktoratet|direktoratene|tilsynet|statsforvalteren|statsforvaltaren|etaten|fellesskapene|fellesskapa)\\s+skal\\b(?!\\s+(?:ikke|ikkje)\\b)|\\b(?:ble|blei|vart)\\s+(?:[\\p{L}\\d]+\\s+){1,5}?og\\s+skal\\b',
  'iu',
);

/** A proposal, plan or draft whose content is described (`etter forslaget`, `ifølge høringsnotatet`). */
const PROPOSAL = '(?:det\\s+nye\\s+|den\\s+nye\\s+)?\\p{L}*(?:forslaget|planen|utkastet|notatet|meldingen|avtalen|loven|lova|forskriften)\\b';

export interface CueDef {
  /** what the record shows as `cue` */
  cue: string;
  kind: Kind;
  weight: number;
  pattern: RegExp;
  /**
   * `own`: needs a sector subject (KS, vi, kommunene, …) in the words before it, and no reported
   * subject right before it. `notReported`: only the latter (`regjeringen ønsker` is reported).
   */
  voice?: 'own' | 'notReported';
  /** the cue does not count inside a relative clause (`som må løses`), except after a copula */
  notRelative?: boolean;
  /** the cue counts in a main clause only (normative `skal`) */
  mainClause?: boolean;
  /** the cue does not count when its clause (back to the last comma) matches this */
  notIn?: RegExp;
  /** the cue does not count when the whole sentence matches this (or any of these) */
  unless?: RegExp | readonly RegExp[];
  /** the cue counts inside the claim of an agreement or denial (JUDGED_CLAIM), where other cues do not */
  keptInClaim?: boolean;
  /** used only when no other cue is found: a stance verb whose content decides (`KS mener at …`) */
  fallback?: boolean;
  /**
   * a fallback that reads the evaluation in a stance's content (`KS mener at X gir bedre …` is
   * stotte, `… ikke lar seg videreføre` is bekymring): it replaces the plain stance fallback
   */
  evaluation?: boolean;
  note: string;
}

function cue(kind: Kind, weight: number, cueName: string, source: string, opts: Partial<CueDef> & { note: string }): CueDef {
  return { cue: cueName, kind, weight, pattern: nbRegex(source), ...opts };
}

const WORDS = (n: number) => `(?:\\p{L}+\\s+){0,${n}}`;
const alt = (words: readonly string[]) => `(?:${words.join('|')})`;
/** Up to n words between copula and predicate, none a negation. */
const NOT_NEGATED = (n: number) => `(?:(?!${PREDICATE_NEGATION}\\b)[\\p{L}-]+\\s+){0,${n}}?`;
/** Where a bare predicate ends: the clause ends, or its at-/å-clause or a coordinated word follows. */
const PREDICATE_END = '(?=\\s*(?:[.,;:!?»”)–—]|$)|\\s+(?:at|å|og|når|fordi|men|dersom|hvis|både|nok)\\b)';
/** An article, an optional adverb or coordinated adjective, then the judging adjective and its noun (`et nødvendig og riktig vedtak`). */
const ARTICLE_BEFORE = (words: readonly string[]) => `(?:en|et|ei|eit)\\s+(?:(?:svært|veldig|meget|helt|særdeles|ganske)\\s+)?(?:[\\p{L}-]+\\s+og\\s+)?${alt(words)}\\s+(?!${alt(NOT_JUDGED_NOUNS)}\\b)\\p{L}{3,}`;
const GOOD_PREDICATE = `(?:${ARTICLE_BEFORE(GOOD_PREDICATES)}|(?:(?:svært|veldig|meget|helt|særdeles|ganske)\\s+)?${alt(GOOD_PREDICATES)}${PREDICATE_END}|${alt(GOOD_RELATIONS)}\\b)`;
const GOOD_NEGATED = `(?:${alt(GOOD_WHEN_NEGATED)}${PREDICATE_END})`;
/** Denied, a good word also judges with a bare noun or a `for` after it (`er ikke god forvaltning.`, `er ikke forsvarlige for husholdninger`). */
const GOOD_DENIED_MORE = `${alt(GOOD_PREDICATES)}\\s+(?:for\\b|(?!${alt(NOT_JUDGED_NOUNS)}\\b)\\p{L}{4,}(?=\\s*(?:[.;!?]|$)))`;
const BAD_PREDICATE = `(?:${ARTICLE_BEFORE(BAD_PREDICATES)}|(?:(?:en|et|ei|eit)\\s+(?:[\\p{L}-]+\\s+)?)?${alt(BAD_NOUNS)}\\b|(?:(?:en|et|ei|eit)\\s+)?(?:(?:svært|veldig|meget|helt|særdeles|ganske|direkte)\\s+)?${alt(BAD_PREDICATES)}${PREDICATE_END})`;
const THIS_IS = nbRegex('^(?:og\\s+)?dette (?:er|vil være)\\b', 'iu');

/**
 * Negative evaluative adjectives of policy prose: a measure judged unclear, cumbersome,
 * unpredictable, unfair, skewed or out of date (`Modellen er uforutsigbar`, `anslaget er for
 * optimistisk`). Used after a copula, where they are KS' judgement, not a description.
 */
const NEGATIVE_EVALUATION = [
  'uklar', 'uklart', 'uklare', 'uoversiktlig', 'uoversiktlige', 'tungvint', 'tungvinte', 'byråkratisk', 'byråkratiske',
  'ressurskrevende', 'tidkrevende', 'ubalansert', 'ubalanserte', 'urettferdig', 'urettferdige', 'uforutsigbar', 'uforutsigbart',
  'uforutsigbare', 'overflødig', 'overflødige', 'uegnet', 'uegnede', 'lite\\s+egnet', 'lite\\s+egnede', 'ineffektiv', 'ineffektive',
  'inkonsekvent', 'inkonsekvente', 'motstridende', 'ulogisk', 'ulogiske', 'vilkårlig', 'vilkårlige', 'skjev', 'skjevt', 'skjeve',
  'unøyaktig', 'unøyaktige', 'uaktuell', 'uaktuelt', 'uaktuelle', 'dårlig', 'dårlige', 'uklok', 'uklokt', 'utdatert', 'utdaterte', 'foreldet', 'foreldede', 'rigid', 'rigide', 'stivbent',
  'lite\\s+tilfredsstillende', 'ikke\\s+tilfredsstillende', 'lite\\s+fleksibel', 'lite\\s+fleksibelt', 'lite\\s+fleksible', 'lite\\s+(?:rasjonell|rasjonelt|rasjonelle|effektiv|effektivt|effektive|treffsikker|treffsikkert|treffsikre|realistisk|realistiske|gjennomtenkt|gjennomtenkte|forutsigbar|forutsigbart|forutsigbare)', 'uheldig\\p{L}*', 'svakt\\s+begrunnet', 'kortsiktig', 'kortsiktige', 'fraværende', // an impersonal `det er vanskelig å …` reports a difficulty; a measure that is hard to meet is judged
  '(?<!\\bdet\\s+(?:\\p{L}+\\s+){0,2})krevende\\s+å', '(?<!\\bdet\\s+(?:\\p{L}+\\s+){0,2})vanskelig(?!\\s+å)', '(?<!\\bdet\\s+(?:\\p{L}+\\s+){0,2})vanskelige', 'svak', 'svake', `sårbare?(?!\\s+(?:gruppe|grupper|gruppa|gruppene|barn|unge|elever|pasienter|brukere|familier|innbyggere|mennesker|personer)\\b)`, // a vulnerable group is described, not a measure judged
  'for\\s+(?:optimistisk|optimistiske|vid|vidt|vide|generell|generelt|generelle|detaljert|detaljerte|ambisiøs|ambisiøst|ambisiøse|omfattende|tynt|tynn|sent|tidlig|dyr|dyrt|dyre|kostbar|kostbart|rigid|stram|smal|bred)',
].join('|');

/** The clause of an indirect question (`… og deretter hva KS mener bør skje`): it announces, it takes no position. */
// also `hvordan` and `hvor` (nynorsk `korleis`, `kvar` read as these): `en veileder om hvor X bør ligge`
const INDIRECT_QUESTION = nbRegex('\\b(?:hva|hvilke|hvilken|hvilket|hvordan|hvor)\\s+(?:\\p{L}+\\s+){0,3}$', 'iu');

/** The sector's own part against the state's (`for sin del`, `på sin side`, nynorsk `på si side`): what follows is a commitment. */
/** Sentence adverbs that may stand between a verb and its at-clause (`KS vil også at …`). */
const SENTENCE_ADVERB = '(?:også|òg|derfor|difor|gjerne|helst|særlig|primært|fortsatt|dessuten|samtidig|heller|først\\s+og\\s+fremst)';
/**
 * A regional KS body names its region after KS: `KS Agder`, `KS Møre og Romsdal`. Written with
 * `\\p{L}`, not `\\p{Lu}`: the cue patterns are case-insensitive, where `\\p{Lu}` matches any letter
 * anyway and V8 closes it over case at compile time (nbRegex rewrites only `\\p{L}` to cheap ranges).
 */
const KS_REGION = '(?:\\s+\\p{L}[\\p{L}-]+(?:\\s+og\\s+\\p{L}[\\p{L}-]+)?)?';
/** A sentence opening with KS (or a regional KS, `vi`, nynorsk `me`) as the subject of a positive `skal`: KS' own undertaking. */
const KS_OWN_SKAL = nbRegex(`^(?:KS${KS_REGION}|vi|me)\\s+skal\\b(?!\\s+(?:ikke|ikkje)\\b)`, 'iu');
const OWN_PART = '(?:for\\s+sin\\s+del|på\\s+sin\\s+side|på\\s+si\\s+side|for\\s+vår\\s+del|på\\s+vår\\s+side)';

export const CUES: readonly CueDef[] = [
  // ── krav: must happen, a precondition ────────────────────────────────────────────────────
  cue('krav', 1, 'må', `(?<!i\\s+stadig\\s+(?:større|økende)\\s+grad\\s+)(?<!\\b${HABITUAL_BEFORE}\\s+)(?<!${TODAY}\\s+)\\bmå\\b(?!\\s+(?:\\p{L}+\\s+)?i\\s+stadig)(?!\\s+(?:mange|noen|enkelte|de\\s+fleste)\\s)(?!\\s+(?:(?!ikke\\s|ikkje\\s)\\p{L}+\\s+){0,2}(?:vente|venta|leve\\s+med|tåle|finne\\s+seg\\s+i|reise\\s+langt|konkurrere\\s+med|velge\\s+mellom|velje\\s+mellom|i\\s+praksis)\\b)(?!${TODAY_AFTER_MA})(?!\\s+(?:\\p{L}+\\s+)?${HABITUAL}\\b)`, {
    notRelative: true,
    notIn: MODAL_NOT_DEMAND_CLAUSE,
    unless: [
      LEGAL_FRAME,
      PROPOSAL_ENTAILS,
      nbRegex(CLEFT_ON_SECTOR, 'iu'),
      // what rules already oblige: `kommunene må etter nye regler fra EU sørge for …`
      nbRegex('\\bmå\\s+(?:\\p{L}+\\s+)?(?:etter|ifølge|i\\s+henhold\\s+til)\\s+(?:\\p{L}+\\s+){0,3}?(?:regler|reglene|regelverket|\\p{L}*loven|lova|\\p{L}*forskriften|direktivet|kravene)\\b', 'iu'),
      // what a proposal provides: `Etter forslaget må valgstyret …`, `X må etter forslaget inngå …`
      nbRegex(`\\bmå\\s+(?:\\p{L}+\\s+)?(?:etter|ifølge)\\s+${PROPOSAL}|^(?:etter|ifølge)\\s+${PROPOSAL}\\s+må\\b`, 'iu'),
      // a trend complained of, not asked for: `kommunene må bære en stadig større del`, `stadig flere kommuner må …`
      nbRegex('\\bmå\\s+(?:\\p{L}+\\s+){0,4}?(?:en\\s+)?stadig\\s+(?:større|økende|flere|fleire|mer|meir)\\b|\\bstadig\\s+(?:flere|fleire)\\s+(?:\\p{L}+\\s+){1,2}?må\\b', 'iu'),
    ],
    note: 'modal må, also with s-passive (må sikres, må fullfinansieres) and negated (må ikke)',
  }),
  cue('krav', 1, 'skal', '\\bskal\\b(?!\\s+kunne\\b)', {
    mainClause: true,
    unless: [
      nbRegex('^skal\\b', 'iu'),
      nbRegex('^fra\\s+(?:og\\s+med\\s+)?(?:\\d{4}|\\d{1,2}\\.\\s+\\p{L}+)\\b[^,.;]{0,20}\\bskal\\b', 'iu'),
      LEGAL_FRAME,
      nbRegex(`(?:${TODAY}\\s+skal|skal\\s+(?:\\p{L}+\\s+)?${TODAY})\\b`, 'iu'),
      // what a proposal or plan provides: `X skal etter forslaget kunne …`, `Etter planen skal …`
      nbRegex(`\\bskal\\s+(?:\\p{L}+\\s+)?(?:etter|ifølge)\\s+${PROPOSAL}|^(?:etter|ifølge)\\s+${PROPOSAL}\\s+skal\\b`, 'iu'),
      // what a law or proposal is for: `Loven skal sikre …`, `Forslaget skal bidra til …` (a purpose, not KS' demand)
      LAW_PURPOSE,
      PROPOSAL_ENTAILS,
      // a decided amount: `Kommunene skal kompenseres med 1,9 milliarder kroner`
      nbRegex('\\bskal\\s+(?:\\p{L}+\\s+)?\\p{L}{3,}es\\s+(?:med|for)\\s+(?:om\\s+lag\\s+|ca\\.?\\s+|kr\\.?\\s+|rundt\\s+)?\\d', 'iu'),
      // a schedule: `NTP skal behandles i Stortinget til våren`, `Meldingen skal legges fram i mai`
      nbRegex('^(?:stortinget|regjeringen|departementet|komiteen)\\s+skal\\s+(?:\\p{L}+\\s+)?(?:behandle|sluttbehandle|legge\\s+fram|legge\\s+frem|vedta|ta\\s+stilling)\\b', 'iu'),
      nbRegex('\\bskal\\s+(?:\\p{L}+\\s+)?(?:behandles|sluttbehandles|legges\\s+fram|legges\\s+frem|presenteres|vedtas|sendes\\s+på\\s+høring)\\s+(?:i|av|på|til|innen|før|etter|neste|om|for\\s+(?:Stortinget|kommunestyret|fylkestinget|regjeringen))\\b', 'iu'),      // the rules in force, named anywhere: `X skal etter gjeldende regler være oppfylt innen 2035`,
      // `Etter gjeldende rett skal …`
      SKAL_UNDER_RULES_IN_FORCE,
      // an amount or a dated target governed by skal is an allocation or a plan, stated:
      // `Av veksten skal 0,8 milliarder kroner gå til …`, `… skal kuttes med 50 prosent innen 2030`
      SKAL_AMOUNT_OR_DATE,
      THIRD_PARTY_TASK,
      // KS as the subject of its own skal commits itself (`KS skal saman med X lage …`): tilsagn, the cue 'KS skal' below
      KS_OWN_SKAL,
    ],
    // `Det er uheldig om et nasjonalt tall skal avgjøre …`: the judged clause, not a demand; `Mange av
    // prosjektene skal ligge …`: a plan described (MODAL_DESCRIBES)
    notIn: MODAL_NOT_DEMAND_CLAUSE,
    note: 'normative skal in a main clause; not future/purpose in subordinate clauses, not the conditional "Skal målet nås, …"',
  }),
  cue('krav', 1, 'nødvendig', `\\b(?:er|være|blir|anses som)\\s+${WORDS(3)}(?:helt\\s+|absolutt\\s+)?(?:nødvendig|nødvendige|naudsynt|naudsynte|avgjørende|påkrevd|en nødvendighet)\\b`, {
    notRelative: true,
    // `regler for når samtykke er nødvendig`: the clause names a condition, KS does not require it
    notIn: nbRegex('\\b(?:når|hvordan|hvorvidt|hvilke|hvilken|hva)\\s+(?:\\p{L}+\\s+){0,4}$', 'iu'),
    note: 'predicative necessity: X er nødvendig / helt avgjørende',
  }),
  cue('krav', 1, 'nødvendig at/å', '\\b(?:nødvendig|naudsynt|avgjørende|påkrevd|maktpåliggende)(?:\\s+\\p{L}+)?\\s+(?:at|å|med)\\b', {
    notRelative: true,
    note: 'det er nødvendig å / helt avgjørende at / avgjørende med',
  }),
  cue('krav', 1, 'forutsetning', '\\b(?:forutsetning|forutsetningen|premiss|premisset|premissen)\\b', {
    notRelative: true,
    note: 'X er en forutsetning / premisset for … er at …',
  }),
  cue('krav', 1, 'forutsetter', '\\bforutsetter\\b', {
    notRelative: true,
    // what a proposal, plan or law assumes is described: `Planforslaget forutsetter at kommunene …`, `Barnevernloven forutsetter at …`;
    // so is what an estimate or an analysis assumes (`Anslaget forutsetter en lønnsvekst på …`)
    unless: nbRegex('^(?:\\[\\d+\\]\\s+)?(?:det\\s+nye\\s+|den\\s+nye\\s+)?\\p{L}*(?:forslaget|planen|utkastet|notatet|meldingen|proposisjonen|strategien|loven|lova|forskriften|regelverket|anslaget|anslagene|beregningen|beregningene|prognosen|framskrivingen|fremskrivingen|analysen|modellen)\\s+(?:\\p{L}+\\s+)?forutsetter\\b', 'iu'),
    note: 'X forutsetter Y',
  }),
  cue('krav', 1, 'forventer', '\\bforventer\\b', { voice: 'notReported', note: 'KS forventer at …' }),
  cue('krav', 1, 'legger til grunn', '\\blegger\\s+(?:\\p{L}+\\s+)?til\\s+grunn\\b', {
    voice: 'notReported',
    note: 'KS legger til grunn at …: an expectation',
  }),
  cue('krav', 1, 'kreves', '\\b(?:(?<!\\b(?:kan|kunne)\\s+)kreves|krever at|påkrevd|fordrer)\\b', {
    notRelative: true,
    notIn: NOT_DEMAND_CLAUSE,
    unless: [
      LEGAL_FRAME,
      nbRegex(`(?:${TODAY}\\s+kreves|kreves\\s+(?:det\\s+)?${TODAY})\\b`, 'iu'),
      // a law, rule or plan that requires: `Forskriften, som bygger på …, krever at …`, `EUs X-direktiv krever …` describes it
      nbRegex('^(?:den\\s+nye\\s+|dagens\\s+|\\p{L}+s\\s+(?:nye\\s+)?)?\\p{L}*(?:loven|lova|lov|forskriften|forskrift|direktivet|direktiv|forordningen|forordninga|forordning|regelverket|forslaget|planen|avtalen)\\b(?:\\s*,[^,.;]{1,80},)?\\s+(?:\\p{L}+\\s+)?krever\\b', 'iu'),
    ],
    note: 'kreves / krever at / fordrer; not what may be charged (kan kreves inn), not the rule of today (I dag kreves det …) or of a law',
  }),
  cue('krav', 1, 'KS krever', '\\b(?:krever|krev)\\b', { voice: 'own', note: 'KS krever (full kompensasjon): an own-voice demand; "X krever Y" alone is a fact' }),
  // An offer on a condition the state must meet (`Kommunene er villige til å bygge ut, dersom staten
  // gir et investeringstilskudd`, `En slik plikt kan KS bare gå med på dersom staten dekker …`): the
  // condition is the demand.
  cue('krav', 1, 'villig dersom staten', '\\b(?:villig|villige|rede|klar|klare|budd|budde|beredt|gå\\s+med\\s+på|akseptere|godta)\\b[^.;]*?\\b(?:dersom|hvis|viss|forutsatt\\s+at|på\\s+vilkår\\s+av\\s+at|så\\s+lenge)\\s+(?:staten|regjeringen|stortinget|de|dei|det)\\s+(?:\\p{L}+\\s+)?(?:dekker|gir|får|bidrar|stiller|finansierer|tar|kompenserer|følger|gjør)\\b', {
    voice: 'notReported',
    note: 'er villige til X, dersom staten dekker/gir …: an offer on a condition, which is the demand',
  }),
  cue('krav', 1, 'forutsatt', '(?<!\\b(?:enn|som|var|er|ble|blitt|vært|opprinnelig|tidligere|ikke|ikkje)\\s+)\\b(?:forutsatt|under forutsetning av|såfremt|på betingelse av|betinget av)\\b', {
    note: 'a precondition KS sets: forutsatt at, under forutsetning av, såfremt; not "høyere enn forutsatt" (assumed)',
  }),
  cue('krav', 1, 'bare dersom kommunene får', `\\bkan\\s+(?:bare|kun|først)\\s+(?:\\p{L}+\\s+){0,3}?(?:dersom|hvis|om|når)\\s+${OWN_SUBJECT}\\s+(?:\\p{L}+\\s+)?(?:får|blir|sikres|gis)\\b`, {
    note: 'X kan bare gjennomføres dersom kommunene får full kompensasjon: a precondition on what the sector gets is a krav',
  }),
  cue('krav', 1, 'virker bare dersom', '\\b(?:fungerer|virker|lykkes|nås|går)\\s+(?:\\p{L}+\\s+)?(?:bare|kun)\\s+(?:\\p{L}+\\s+){0,2}?(?:dersom|hvis|om)\\b|\\b(?:bare|kun)\\s+kan\\s+(?:\\p{L}+\\s+){0,3}?(?:dersom|hvis)\\b', {
    note: 'X fungerer bare dersom staten … / X bare kan lykkes dersom …: the one condition named is a precondition KS sets',
  }),
  cue('krav', 1, 'behov for', '\\b(?:det|der)\\s+er\\s+(?:\\p{L}+\\s+){0,2}behov\\s+for\\b', { note: 'det er (et sterkt) behov for: a need' }),
  cue('krav', 1, 'behov for å', '\\bbehov(?:et)?\\s+for\\s+(?:å|at)\\b', { notRelative: true, notIn: NOT_DEMAND_CLAUSE, note: 'behovet for å …: a need for action' }),
  cue('krav', 1, 'trengs', '(?<!\\b(?:ofte|oftere|oftest|gjerne)\\s+)\\b(?:trengs|trenger)\\b(?!\\s+(?:ofte|oftere|gjerne)\\b)', { notRelative: true, notIn: MODAL_NOT_DEMAND_CLAUSE, note: 'det trengs / X trenger: a need; not "lavere enn det kommunene trenger"' }),
  cue('krav', 1, 'kan kun sikres', '\\bkan\\s+(?:\\p{L}+\\s+)?(?:kun|bare|bare\\s+og\\s+alene)\\s+(?:\\p{L}+\\s+)?(?:sikres|nås|løses|oppnås|realiseres|lykkes)\\b', {
    note: 'X kan kun sikres gjennom Y: Y is a necessity',
  }),
  cue('krav', 1, 'har behov for', '\\bhar\\s+(?:\\p{L}+\\s+){0,2}?(?:behov|bruk)\\s+for\\b', {
    voice: 'own',
    notRelative: true,
    note: 'kommunene har (et stort) behov for: the sector states a need',
  }),
  cue('krav', 1, 'på tide', '\\bpå\\s+(?:høy\\s+|høg\\s+)?tide?\\s+(?:at|å)\\b', { note: 'det er på (høy) tid at/å: urgency' }),
  cue('krav', 1, 'det haster', '\\b(?:det\\s+haster|haster\\s+det)\\b', { note: 'det haster (med) å: urgency is a demand' }),
  cue('krav', 1, 'avhengig av', '\\ber\\s+(?:\\p{L}+\\s+)?avhengige?\\s+av\\b', {
    notRelative: true,
    voice: 'own',
    note: 'sektoren/kommunene er avhengig av: a precondition of the sector; "næringslivet er avhengig av" is a fact',
  }),
  cue('krav', 1, 'kan ikke + passiv', `\\bkan\\s+(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}{3,}es\\b(?!\\s+${TODAY}\\b)`, {
    notRelative: true,
    mainClause: true,
    unless: [LEGAL_FRAME, nbRegex(`${TODAY}\\s+kan\\b`, 'iu')],
    note: 'a prohibition: X kan ikke (lenger) baseres på / kan ikke settes så lavt at (not the state of today)',
  }),
  cue('krav', 1, 'mener at … ikke kan', `\\b${STANCE_AT}[^.;]*?\\b(?:ikke|ikkje)\\s+kan\\b`, {
    voice: 'own',
    note: 'KS mener / vil understreke at X ikke kan …: a limit KS sets',
  }),

  // ── anbefaling: should happen ───────────────────────────────────────────────────────────
  cue('anbefaling', 1, 'bør', '\\b(?:bør|burde)\\b', {
    // the ask ranks first even inside an agreed claim (`KS er enig i at X bør forenkles`): KS joins it
    keptInClaim: true,
    // an indirect question announces a position, it does not take one: `… og deretter hva KS mener bør skje`
    notIn: INDIRECT_QUESTION,
    note: 'modal bør, also passive (bør utredes) and negated (bør ikke); not in an indirect question (hva KS mener bør skje)',
  }),
  cue('anbefaling', 1, 'anbefaler', '(?<!(?:ikke|ikkje)\\s)\\b(?:anbefaler|anbefale|tilrår|tilrå|fraråder|fraråde|frarå|anmoder|anmode|tar\\s+til\\s+orde\\s+for)\\b', { voice: 'notReported', note: 'KS anbefaler / vil anbefale / fraråder' }),
  // `råde til` (nynorsk `rår til`, read as `råder`) advises: `KS råder departementet til å …`, `Vi rår til at …`;
  // not `det råder usikkerhet` (prevails) nor `rår over` (has power over)
  cue('anbefaling', 1, 'råder til', '(?<!\\bdet\\s)\\b(?:råder|råde|tilråder|tilråde)\\s+(?:\\p{L}+\\s+){0,2}?(?:til|fra)\\b', { voice: 'notReported', note: 'KS råder (departementet) til / rår til at: advice' }),
  cue('anbefaling', 1, 'oppfordrer', '\\b(?:oppfordrer|oppfordre|oppfordres)\\b', { voice: 'notReported', note: 'KS oppfordrer regjeringen til' }),
  cue('anbefaling', 1, 'foreslår', '\\b(?:foreslår|foreslå|foreslo)\\b|\\b(?:har|hadde)\\s+(?:\\p{L}+\\s+){0,2}?foreslått\\b', { voice: 'notReported', note: 'KS foreslår' }),
  cue('anbefaling', 1, 'ber om', '\\b(?:ber|bed)\\b(?!\\s+(?:(?:i\\s+dag|no|nå|fortsatt|framleis|allerede|allereie|selv|sjølv|hele|heile|denne|dette|disse|desse|den|det|de|dei|store|stor)\\s+){0,2}(?:risikoen|regningen|rekninga|kostnaden|kostnadene|kostnadane|utgiftene|utgiftane|byrden|byrda|belastningen|belastninga|ansvaret|tapet)\\b)(?!\\s+(?:\\p{L}+\\s+){0,3}?del(?:en)?\\s+av\\b)|\\b(?:vil|må)\\s+(?:\\p{L}+\\s+)?be\\s+(?:\\p{L}+\\s+){0,4}?om\\b|\\b(?:har|hadde)\\s+(?:\\p{L}+\\s+){0,6}?(?:bedt|bede)\\s+(?!KS\\b)(?:[\\p{L}-]+\\s+){0,4}?om\\b|\\bbad\\s+om\\b|\\bba\\s+(?:\\p{L}+\\s+){0,4}?(?:om|sørge|sikre)\\b|\\bba\\s+(?:regjeringen|staten|departementet|stortinget)\\b', { voice: 'notReported', notRelative: true, note: 'not `ber` as bears (kommunane ber i dag kostnadene, ber denne rekninga), not in a relative clause (innbyggere som ber om hjelp), not nynorsk ber = carries (ber ein større del av), not KS as the one asked (har bedt KS om innspill); KS ber (regjeringen/Kommunal- og distriktsdepartementet) om / ber X sikre / KS ba (på møtet) om; nynorsk bed' }),
  cue('anbefaling', 1, 'etterlyser', '\\b(?:etterlyser|etterlyse|etterlyst|etterlyste)\\b', { voice: 'notReported', note: 'KS etterlyser / har etterlyst: asks for what is missing' }),
  cue('anbefaling', 1, 'går inn for', '\\bgår\\s+inn\\s+for\\b', { voice: 'notReported', note: 'KS går inn for' }),
  cue('anbefaling', 1, 'kan med fordel', '\\bkan\\s+(?:\\p{L}+\\s+)?med\\s+fordel\\b', { note: 'X kan med fordel …: a soft should' }),
  cue('anbefaling', 1, 'hensiktsmessig', '(?<!(?:lite|ikke|ikkje|mindre)\\s)\\bhensiktsmessig\\b', {
    // `… der det er hensiktsmessig`, `når det anses hensiktsmessig`: a condition on something else, not a recommendation
    notIn: nbRegex('\\b(?:der|når|dersom|hvis|om|så\\s+langt)\\s+det\\s+(?:er|anses|vurderes|blir)\\s+(?:\\p{L}+\\s+)?$', 'iu'),
    note: 'det er hensiktsmessig / KS ser det som hensiktsmessig; not "der det er hensiktsmessig"',
  }),
  cue('anbefaling', 1, 'naturlig at', '\\bnaturlig\\s+(?:at|å)\\b', { note: 'det er naturlig at/å: a soft should' }),
  cue('anbefaling', 1, 'viktig at', '\\bviktig(?:e|ere|st)?\\s+(?:at|å|med)\\b', { unless: THIS_IS, note: 'det er viktig at/å/med' }),
  cue('anbefaling', 1, 'viktig for å', '\\b(?:viktig|viktige|vesentlig|avgjørende)\\s+for\\s+(?:å|at)\\b', {
    unless: THIS_IS,
    note: 'X er viktig/vesentlig for å …: the action named is recommended',
  }),
  cue('anbefaling', 1, 'vil være viktig', `\\b(?:er|være)\\s+(?:\\p{L}+\\s+){0,2}viktig(?:e)?(?=\\s*[.;]|\\s*$|\\s+for\\s+(?:kommunene|fylkeskommunene|kommunesektoren|sektoren)\\b)`, {
    unless: THIS_IS,
    note: 'X vil være viktig (for kommunene): predicative importance of a proposal',
  }),
  cue('anbefaling', 1, 'grunn til å', '\\b(?:det|der)\\s+er\\s+(?:\\p{L}+\\s+)?grunn\\s+til\\s+å\\b', { note: 'det er (god) grunn til å …: a soft should' }),
  cue('anbefaling', 1, 'vesentlig at', '\\bvesentlig\\s+(?:at|å)\\b', { note: 'det er vesentlig at' }),
  cue('anbefaling', 1, 'en fordel', '\\ben\\s+fordel\\s+(?:at|om|med|å)\\b', { note: 'det er en fordel at' }),
  cue('anbefaling', 1, 'vil være en god', `\\b(?:vil|kan|ville)\\s+(?:kunne\\s+)?være\\s+(?:en|et)\\s+(?:god|godt|riktig|fornuftig|klokt|naturlig)\\s+(?:start|tilnærming|grep|tiltak|virkemiddel|løsning|første\\s+steg)\\b`, {
    note: 'a hypothetical "would be a good start": recommending (an actual "er et godt eksempel" welcomes)',
  }),
  cue('anbefaling', 0.9, 'mener', '\\b(?:mener|meiner|understreker|understreke|vil\\s+(?:\\p{L}+\\s+)?peke\\s+på|peker\\s+på|fremhever|framhever)\\b', {
    voice: 'own',
    fallback: true,
    notIn: INDIRECT_QUESTION,
    note: 'KS mener / understreker / peker på: a position whose content decides; anbefaling when nothing else does; not in an indirect question (hva KS mener)',
  }),

  cue('bekymring', 0.9, 'mener at … ikke', `\\b${STANCE}(?:\\s+at)?\\s+[^.;]*?\\b(?:ikke|ikkje|neppe|verken|dårligere|svakere|verre|dyrere|vanskeligere|tyngre|(?:største|alvorligste)\\s+(?:utfordringene|utfordringane|problemene|problema|urettferdighetene)|(?:mest\\s+)?oversette|for\\s+mye)\\b`, {
    voice: 'own',
    fallback: true,
    evaluation: true,
    note: 'KS mener at X ikke lar seg videreføre / ikke er godt nok / vil gi et dårligere tilbud: a negative judgement',
  }),
  cue('stotte', 0.9, 'mener at … gir bedre', `\\b${STANCE}(?:\\s+at)?\\s+[^.;]*?\\b(?:gir|gi|vil\\s+gi|har\\s+gitt|ga)\\s+(?:\\p{L}+\\s+){0,2}?(?:god|godt|gode|bedre|økt|større|klarere|viktig|viktige|nyttig|nyttige|riktig|riktige|nødvendig|nødvendige)\\b|\\b${STANCE}(?:\\s+at)?\\s+[^.;]*?\\b(?:styrker|forbedrer|forenkler|lettere|bedre\\s+\\p{L}+|(?:en|et|ei)\\s+(?:svært\\s+|særlig\\s+)?viktig\\s+del\\s+av|(?:en|et|ei)\\s+av\\s+de\\s+(?:viktigste|viktigaste|beste)\\s+(?:verktøy\\p{L}*|tiltak\\p{L}*|virkemid\\p{L}*|ordning\\p{L}*)|(?:er|blir|vil\\s+være)\\s+(?:\\p{L}+\\s+)?(?:riktig|bra|fornuftig|klokt|godt|gode|positivt|treffsikkert)|(?:gjør|gjort|gjorde)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:mer\\s+(?:konkret|forpliktende|forutsigbar\\p{L}*|helhetlig|effektiv\\p{L}*|treffsikker\\p{L}*|målrettet)|enklere|lettere|tryggere|sterkere|bedre))\\b`, {
    voice: 'own',
    fallback: true,
    evaluation: true,
    note: 'KS mener at X gir et godt grunnlag / styrker / gjør det lettere / har gjort X mer konkret: a positive judgement',
  }),

  // A measure judged good in so many words, without a stance verb (`Ordningen fungerer godt og …`,
  // `Planen gir et nyttig kunnskapsgrunnlag`): support. In a main clause only (`tjenester som
  // fungerer godt` describes), not negated (`ikke fungerer etter hensikten` is critique), and not
  // in a reported body's voice.
  cue('stotte', 1, 'fungerer godt', '(?<!\\b(?:ikke|ikkje|neppe)\\s)\\b(?:fungerer|fungerte|virker)\\s+(?:(?!ikke\\b|ikkje\\b|neppe\\b)\\p{L}+\\s+)?(?:godt|bra|etter\\s+hensikten)\\b(?!\\s+på\\s+papiret)|\\b(?:gir|vil\\s+gi|har\\s+gitt)\\s+(?:et|ei|en)\\s+(?:svært\\s+)?(?:nyttig|nyttige|verdifull|verdifullt|godt|god|bedre|solid|solide)\\s+\\p{L}', {
    voice: 'notReported',
    notRelative: true,
    mainClause: true,
    note: 'ordningen fungerer godt / planen gir et nyttig grunnlag: a measure judged good',
  }),

  // ── onske: KS wants or hopes ────────────────────────────────────────────────────────────
  cue('onske', 1, 'ønsker', `\\b(?:ønsker|ønskjer|ynskjer)\\b(?!\\s+${WORDS(7)}velkomm)`, { voice: 'notReported', notRelative: true, note: 'KS ønsker (at/å); not "ønsker velkommen" (stotte), not "kommuner som ønsker"' }),
  cue('onske', 1, 'ønskelig', '\\b(?:ønskelig|et ønske om|ønsket om)\\b', { note: 'det er ønskelig / et ønske om' }),
  cue('onske', 1, 'vil at', `\\b${OWN_SUBJECT}\\s+(?:\\p{L}+\\s+)?vil\\s+(?:${SENTENCE_ADVERB}\\s+)?at\\b`, { note: 'KS vil (også / derfor) at …: a sentence adverb may stand between vil and at' }),
  cue('onske', 1, 'imøteser', '\\b(?:imøteser|ser\\s+(?:\\p{L}+\\s+)?(?:fram|frem)\\s+til|håper)\\b', { voice: 'notReported', note: 'imøteser / ser fram til / håper' }),
  cue('onske', 1, 'opptatt av', '\\ber\\s+(?:\\p{L}+\\s+)?opptatt\\s+av\\b', { voice: 'own', note: 'KS er (svært) opptatt av' }),

  // ── bekymring: concern, objection, critique ─────────────────────────────────────────────
  cue('bekymring', 1, 'betenkelig', '\\b(?:betenkelig|betenkelige|bekymret|bekymra|bekymring|bekymringsfull|bekymringsfullt|bekymringsfulle|urovekkende)\\b', { note: 'betenkelig / bekymret' }),
  cue('bekymring', 1, 'bryter med', '\\bbryter\\s+med\\b', { note: 'X bryter med prinsipper' }),
  cue('bekymring', 1, 'påfallende', '\\b(?:påfallende|uheldig|uheldige|uheldigt|urimelig|urimelige|urimeleg|problematisk|problematiske|kritiske?\\s+til|skeptiske?\\s+til|advarer|advare|uakseptabel|uakseptabelt|ikke\\s+akseptabelt)\\b', { note: 'påfallende / uheldig / urimelig / problematisk' }),
  cue('bekymring', 1, 'ikke tilstrekkelig', `\\bikke\\s+(?:\\p{L}+\\s+)?(?:tilstrekkelig|tilstrekkelige|i\\s+(?:stor|god|høy)\\s+nok\\s+grad|nok)\\b`, { note: 'ikke tilstrekkelig / ikke i stor nok grad' }),
  cue('bekymring', 1, 'står ikke i forhold til', '\\b(?:(?:står|sto|stod)\\s+ikke|ikke\\s+(?:\\p{L}+\\s+)?(?:står|stått|sto|stod))\\s+i\\s+(?:\\p{L}+\\s+)?forhold\\s+til\\b', { note: 'står ikke / har ikke stått i (rimelig) forhold til' }),
  cue('bekymring', 1, 'går imot', '\\b(?:går|gikk|gå)\\s+(?:\\p{L}+\\s+)?(?:imot|i\\s+mot)\\b|\\bmotsetter\\s+seg\\b|\\ber\\s+(?:\\p{L}+\\s+)?(?:imot|uenig|uenige|usamd)\\b', {
    voice: 'notReported',
    note: 'KS går imot / motsetter seg / er uenig i: an objection',
  }),
  cue('bekymring', 1, 'kan ikke se', '\\bkan\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+se\\b|\\bser\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:at|behov|behovet|grunn|noen\\s+grunn|hvordan)\\b', {
    voice: 'notReported',
    note: 'KS kan ikke se at … / ser ikke behovet for: disagreement',
  }),
  cue('bekymring', 1, 'savner', '\\b(?:savner|sakner|stiller\\s+(?:\\p{L}+\\s+)?spørsmål\\s+ved|beklager)\\b', {
    voice: 'notReported',
    note: 'KS savner en vurdering / stiller spørsmål ved / beklager: critique of what is missing',
  }),
  cue('bekymring', 1, 'støtter ikke', '\\b(?:støtter|støtte|støttar)\\s+(?:(?:heller|derfor|dermed|likevel|altså|difor|òg)\\s+)?(?:ikke|ikkje)\\b', { note: 'negated support (KS støtter ikke) is an objection' }),
  cue('bekymring', 1, 'påpeke', '\\b(?:påpeke|påpeker)\\b', { voice: 'notReported', note: 'KS vil påpeke (SPEC: bekymring)' }),
  cue('bekymring', 1, 'det er kommunene som må', CLEFT_ON_SECTOR, { note: 'a cleft naming the sector as the one who must: a burden described' }),
  cue('bekymring', 1, 'i stadig større grad må', '\\b(?:må\\s+(?:\\p{L}+\\s+)?i\\s+stadig|i\\s+stadig\\s+(?:større|økende)\\s+grad\\s+må)\\b', {
    note: 'descriptive må with a trend marker: a complaint',
  }),
  cue('bekymring', 1, 'må ofte', `\\b${HABITUAL_BEFORE}\\s+må\\b|\\bmå\\s+(?:\\p{L}+\\s+)?${HABITUAL}\\b`, {
    notRelative: true,
    // the state of today described (`I dag må kommunene ofte …`) is background, not yet a complaint
    unless: nbRegex(`^(?:${TODAY})\\b`, 'iu'),
    note: 'descriptive må with an adverb of habit or consequence (må ofte / må dermed / allerede må): what the sector is made to do, a complaint',
  }),
  cue('bekymring', 1, 'har ført til at … må', '\\b(?:har\\s+(?:\\p{L}+\\s+)?(?:ført|ledet)\\s+til|gjør|gjorde)\\s+at\\s+[^.;]*?\\bmå\\b', {
    notRelative: true,
    note: 'ordningen har ført til at kommunene må betale mer / ventetiden gjør at kommunene må låne: what a measure has forced on the sector, a complaint',
  }),
  cue('bekymring', 1, 'ikke enig', '\\b(?:er|ser|stiller\\s+seg)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:enig|enige|samd|positiv|positive|positivt|fornøyd|fornøyde|nøgd|nøgde|tilfreds)\\b', {
    voice: 'notReported',
    note: 'negated agreement or satisfaction (er ikke enig, ser ikke positivt på, er ikke fornøyd med) is an objection',
  }),
  cue('bekymring', 1, 'frykter', '\\b(?:frykter|frykte|er\\s+(?:\\p{L}+\\s+)?redde?\\s+for|tviler\\s+på|tvilende\\s+til|undrende\\s+til|uforstående\\s+til)\\b', {
    voice: 'notReported',
    note: 'KS frykter / er redd for / tviler på / stiller seg undrende til',
  }),
  cue('bekymring', 1, 'for lavt', '\\b(?:er|blir|ble|var|vil\\s+være|beregnet|satt|fastsatt|anslått)\\s+(?:\\p{L}+\\s+)?(?:altfor|for)\\s+(?:treg|trege|tregt|langsom|langsomt|langsomme|mye|kort|korte|lav|lavt|lave|liten|lite|små|stram|stramt|stramme|snever|snevert|svak|svakt|svake|dårlig|dårlige|omfattende|krevende|høy|høyt|høye)\\b', {
    mainClause: true,
    note: 'X er for kort / for lavt / altfor krevende: a complaint about a measure',
  }),
  cue('bekymring', 1, 'dekker ikke', '\\b(?:dekker|dekket|gjenspeiler|reflekterer|kompenserer|speiler|tar\\s+høyde\\s+for|står\\s+i\\s+stil\\s+med)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b', {
    mainClause: true,
    note: 'X dekker (likevel) ikke utgiftene / gjenspeiler ikke kostnadene: a measure falls short',
  }),
  cue('bekymring', 1, 'kan ikke alene', '\\bkan\\s+(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:alene|aleine|lenger|åleine)\\s+(?!\\p{L}{3,}es\\b)', {
    notRelative: true,
    mainClause: true,
    note: 'X kan ikke alene ta ansvaret / kan ikke lenger tilby / inverted: kan ikke kommunene alene bære: an objection or complaint',
  }),
  cue('bekymring', 1, 'ikke utredet', '\\b(?:er|blir|ble|har\\s+vært|har\\s+blitt)\\s+(?:\\p{L}+\\s+){0,2}?(?:ikke|ikkje)\\s+(?:godt\\s+nok\\s+|tilstrekkelig\\s+|fullt\\s+ut\\s+)?(?:fullfinansiert|finansiert|kompensert|utredet|utgreidd|konsekvensutredet|vurdert|belyst|begrunnet|ivaretatt|hensyntatt|fanget\\s+opp|fanga\\s+opp)\\b', {
    mainClause: true,
    note: 'X er (likevel) ikke fullfinansiert / utredet / ivaretatt / fanget opp: a shortcoming KS points out',
  }),
  cue('bekymring', 1, 'paradoks', '\\b(?:urealistisk|urealistiske|paradoks|paradoksalt|beklagelig|beklageleg|kritikkverdig|uholdbar|uholdbart|uforståelig|uforsvarlig|uforsvarleg|uansvarlig|uansvarlige)\\b', {
    note: 'et paradoks / beklagelig / uholdbart / uansvarlig: critique',
  }),
  cue('bekymring', 1, 'lite realistisk', '\\b(?:lite|ikke)\\s+(?:klokt|klok|kloke|representativ|representative|representativt|hensiktsmessig|hensiktsmessige|realistisk|realistiske|systematisk|systematiske|treffsikker|treffsikkert|treffsikre|bærekraftig|bærekraftige|rimelig|forutsigbar|forutsigbart|forutsigbare)\\b', { note: 'lite realistisk / lite systematisk' }),
  cue('bekymring', 1, 'svekker', '\\b(?:svekkes|svekker|svekke|svekket|svekka|undergraver|undergrave|uthuler|uthule|uthulet)\\b', {
    note: 'X svekker / har svekket / undergraver: a harm KS names',
  }),
  cue('bekymring', 0.8, 'manglende', '\\b(?:manglende|skyves\\s+over\\s+på|på\\s+bekostning\\s+av)\\b', {
    note: 'lacking, costs pushed onto the municipalities (weak alone)',
  }),
  // Critique said with an evaluative predicate and no signal word (issue 13): a measure that
  // falls short, harms, conflicts, costs too much or is worse than needed.
  cue('bekymring', 1, 'holder ikke mål', '\\bholder\\s+(?:\\p{L}+\\s+){0,5}?(?:ikke|ikkje)\\s+(?:lenger\\s+|lengre\\s+)?(?:mål|tritt|vann|stand)\\b', {
    note: 'X holder ikke (lenger) mål / holder ikke tritt med',
  }),
  cue('bekymring', 1, 'i strid med', '\\bi\\s+strid\\s+med\\b|\\bstrider\\s+mot\\b|\\bi\\s+konflikt\\s+med\\b', {
    unless: LEGAL_FRAME,
    note: 'X er i strid med / strider mot prinsippet',
  }),
  cue('bekymring', 1, 'rammer hardest', '\\b(?:vil|kan|kommer\\s+til\\s+å|vil\\s+kunne)\\s+(?:\\p{L}+\\s+)?ramme\\b|\\brammer\\s+(?:særlig|spesielt|især|ikke\\s+minst|først\\s+og\\s+fremst|hardt)\\b|\\brammer\\b[^.;]{0,60}?\\bhardest\\b|\\brammes\\s+(?:\\p{L}+\\s+)?(?:særlig|spesielt|hardest|hardt)\\b|\\brammer\\s+(?:til\\s+syvende\\s+og\\s+sist\\s+|i\\s+siste\\s+instans\\s+)?(?:innbyggerne|brukerne|pasientene|barna|elevene|de\\s+svakeste|de\\s+minste)\\b|\\bslår\\s+(?:\\p{L}+\\s+)?(?:hardt|skjevt|uheldig|negativt|urimelig)\\s+ut\\b', {
    note: 'X (vil) ramme(r) de minste kommunene hardest / rammer særlig / rammer (til syvende og sist) innbyggerne / slår hardt ut: a harm; not the noun rammer (budgets)',
  }),
  cue('bekymring', 1, 'passer dårlig', '\\b(?:passer|passar|fungerer|fungerar|treffer|treffar|virker|verkar|egner\\s+seg|eigner\\s+seg|eignar\\s+seg)\\s+(?:\\p{L}+\\s+)?(?:dårlig|dårleg|mot\\s+sin\\s+hensikt)\\b', {
    note: 'X passer / fungerer / egner seg dårlig for … / virker mot sin hensikt',
  }),
  cue('bekymring', 1, 'mangelfullt', '\\b(?:mangelfull|mangelfullt|mangelfulle|utilstrekkelig|utilstrekkelige|utilfredsstillende|unødvendig|unødvendige|unødig|unødige)\\b', {
    note: 'mangelfullt utredet / utilstrekkelig / unødvendig høy',
  }),
  cue('bekymring', 1, 'gir liten veiledning', '\\b(?:gir|gi|gitt|ga)\\s+(?:\\p{L}+\\s+)?(?:svært\\s+|altfor\\s+|for\\s+)?(?:skjevt|skeivt|misvisende|liten|lite|ingen|få|dårlig|dårlige|begrenset|uklar|uklare|mindre|færre|svakere|dårligere|negative)\\s+\\p{L}', {
    note: 'X gir liten veiledning / lite rom / ingen garanti',
  }),
  cue('bekymring', 1, 'altfor', '\\baltfor\\b|\\bi\\s+(?:altfor|for)\\s+(?:stor|liten|høy|lav)\\s+grad\\b|\\b(?:i|på|med|av)\\s+(?:altfor|for)\\s+(?:mange|mye|få|liten|lite)\\b|\\b(?:tar|tatt|tok|gir|koster|kostet|krever)\\s+(?:\\p{L}+\\s+)?for\\s+(?:lang|mye|lite|mange|stor)\\b', {
    mainClause: true,
    note: 'altfor lave / i for mange små ordninger / tar for lang tid',
  }),
  cue('bekymring', 1, 'enda en', '\\b(?:bli|blir|er|være|gir)\\s+(?:\\p{L}+\\s+){0,3}?enda\\s+(?:en|et|flere)\\b', {
    note: 'X vil bli enda en rapporteringsoppgave: one more burden',
  }),
  cue('bekymring', 1, 'alvorlig', '\\b(?:er|blir|vil\\s+være|være)\\s+(?:\\p{L}+\\s+)?(?:svært\\s+|meget\\s+|særdeles\\s+)?(?:alvorlig|alvorlige|dramatisk|dramatiske|kritisk)\\b(?!\\s+til\\b)', {
    notRelative: true,
    note: 'dette er svært alvorlig / dramatisk for …',
  }),
  cue('bekymring', 1, 'et problem', '\\b(?:er|blir|vil\\s+være|være)\\s+(?:\\p{L}+\\s+)?(?:et|en)\\s+(?:\\p{L}+\\s+)?(?:problem|svakhet|tilbakeskritt|hinder|hindring)\\b', {
    notRelative: true,
    note: 'det er et problem at / X er et tilbakeskritt',
  }),
  cue('bekymring', 1, 'binder opp', '\\b(?:binder|binde|bandt)\\s+opp\\b|\\blåser\\s+(?:\\p{L}+\\s+)?(?:fast|inne)\\b', {
    note: 'X binder opp ressurser / låser fast: a constraint KS objects to',
  }),
  cue('bekymring', 1, 'lavere enn behovet', '\\b(?:under|ikke\\s+i\\s+nærheten\\s+av)\\s+(?:det\\s+)?(?:\\p{L}+\\s+)?(?:som|det\\s+som)\\s+(?:kreves|trengs|er\\s+nødvendig|skal\\s+til)\\b|\\b(?:lavere|høyere|mindre|svakere|dårligere|dyrere|strammere|verre)\\s+enn\\s+[^.,;]{0,50}?\\b(?:trenger|behov|behovet|nødvendig|lagt\\s+til\\s+grunn|la\\s+til\\s+grunn|varslet|lovet|tapt|mistet)\\b|\\benn\\s+(?:det\\s+)?(?:\\p{L}+\\s+){1,3}?(?:gir\\s+rom\\s+for|dekker)\\s*[.;]', {
    note: 'langt lavere enn det kommunene trenger / høyere enn staten la til grunn / strammere enn lagt til grunn / lavere enn det kommunene har tapt / mer enn det tilskuddet gir rom for',
  }),
  cue('bekymring', 1, 'ingenting igjen', '\\b(?:ingenting|lite|svært\\s+lite|nesten\\s+ingenting|nærmest\\s+ingenting|ingen\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+)?igjen\\b', {
    note: 'det er nesten ingenting igjen til …',
  }),
  cue('bekymring', 1, 'kostnadsoverføring', '\\b\\p{L}*(?:kostnadsoverføring|kostnadsforskyvning|ansvarsforskyvning|kostnadsveltning)\\p{L}*|\\b(?:en\\s+ren|et\\s+rent|et\\s+reelt|en\\s+skjult)\\s+\\p{L}*(?:kutt|innsparing|nedskjæring|overføring)\\b', {
    note: 'en ren kostnadsoverføring / et skjult kutt',
  }),
  cue('bekymring', 1, 'dekker bare', '\\b(?:dekker|dekket|kompenserer|kompenserte|utgjør|løser|løste|omfatter)\\s+(?:\\p{L}+\\s+)?(?:bare|kun)\\s+(?:en\\s+)?(?:liten\\s+)?(?:del|deler|små|brøkdel|halvparten|\\d)', {
    note: 'kompensasjonen dekker bare en liten del',
  }),
  cue('bekymring', 1, 'vil kreve store ressurser', '\\b(?:vil|kan|kommer\\s+til\\s+å)\\s+(?:\\p{L}+\\s+)?(?:kreve|krevje|medføre|påføre|innebære|føre\\s+til|gi)\\s+(?:\\p{L}+\\s+)?(?:betydelige|store|økte|vesentlige|omfattende|høye|høyere|mye|mer|nye)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:ressurser|kostnader|utgifter|byråkrati|rapportering|administrasjon|merarbeid|arbeid)\\b', {
    note: 'X vil kreve betydelige ressurser / gi økte kostnader: a burden KS warns of',
  }),
  cue('bekymring', 1, 'svært krevende', '\\b(?:svært|meget|særdeles|ekstremt|stadig\\s+mer|urovekkende|uforsvarlig)\\s+(?:krevende|vanskelig|vanskelige|alvorlig|alvorlige|presset|pressede|anstrengt|stram|stramt|stramme|utfordrende|sårbar|sårbart|sårbare|svak|svakt|svake|lav|lavt|lave|usikker|usikkert|usikre|skjør|skjørt|skjøre)\\b|\\bbetaler\\s+prisen\\b|\\bpå\\s+(?:kommunenes|kommunesektorens|fylkeskommunenes|sektorens|innbyggernes)\\s+(?:regning|bekostning)\\b', {
    notRelative: true,
    note: 'en svært krevende situasjon / X betaler prisen / på kommunenes regning',
  }),
  cue('bekymring', 1, 'et for lavt', '\\b(?:et|en|de|med|på)\\s+(?:altfor|for)\\s+(?:lavt|lav|lave|høyt|høy|høye|kort|korte|stramt|stram|stramme|snevert|snever|svakt|svak|svake|dårlig|dårlige|smalt|smal)\\s+\\p{L}', {
    note: 'beregnet ut fra et for lavt kostnadsnivå: an attributive "too"',
  }),
  cue('bekymring', 1, 'i liten grad', '\\bi\\s+(?:svært\\s+|altfor\\s+|for\\s+)?(?:liten|begrenset)\\s+grad\\b', {
    notRelative: true,
    note: 'X er i liten grad tilpasset / har i liten grad fått del i: a shortfall',
  }),
  cue('bekymring', 1, 'vil ikke klare', '\\b(?:vil|kan|kommer)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:til\\s+å\\s+)?(?:klare|makte|greie|rekke)\\b', {
    note: 'vi vil ikke klare å gi …: an inability KS warns of',
  }),
  cue('bekymring', 1, 'uten at ressursene følger', '\\buten\\s+at\\s+(?:\\p{L}+\\s+){0,3}?(?:ressursene|midlene|finansieringen|pengene|kompensasjonen|rammene|bevilgningene)\\s+(?:\\p{L}+\\s+)?(?:fulgt|følger|følgjer|økt)\\b', {
    note: 'ansvar … uten at ressursene har fulgt med: an unfunded task',
  }),
  cue('bekymring', 1, 'ser med uro', '\\bser\\s+(?:\\p{L}+\\s+)?med\\s+(?:stor\\s+|økende\\s+)?(?:uro|bekymring|skepsis)\\b|\\b(?:gjør|gjøre)\\s+det\\s+(?:\\p{L}+\\s+)?(?:vanskelig|vanskeligere|umulig|krevende|tungvint)\\b|\\bstadig\\s+(?:vanskeligere|dårligere|svakere|verre|strammere|trangere|mer\\s+krevende)\\b|\\bgjør\\s+(?:\\p{L}+\\s+){1,2}?(?<!\\b(?:mindre|ikke|lite)\\s)(?:sårbar|sårbare|sårbart|avhengige|svakere|dårligere)\\b', {
    note: 'X ser med uro på / gjør det vanskelig for kommunene å …',
  }),
  // A consequence KS warns of, said with the evaluative adjective of a change for the worse:
  // `Når X, blir det vanskeligere for …`, `Med en slik utvikling blir det umulig å …`, `…, vil det
  // bli enda trangere for …` (the inverted `det` follows a fronted condition or cause); and a
  // measure that makes a thing harder, dearer or more exposed (`vil gjøre rekrutteringen enda
  // vanskeligere`, `gjør forvaltningen i små kommuner sårbar`), not `mindre sårbar`.
  cue('bekymring', 1, 'blir det vanskeligere', `\\b(?:blir|ble|vil)\\s+det\\s+(?:bli\\s+)?(?:(?:enda|stadig|mye|langt|svært)\\s+)?(?:vanskelig|vanskeligere|umulig|trangere|dyrere|tyngre|mindre\\s+igjen)\\b|\\b(?:gjør|gjøre|gjort|gjorde)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?<!\\b(?:mindre|ikke|lite)\\s)(?:(?:enda|stadig|mye|langt|svært|altfor|for)\\s+)?(?:vanskeligere|dyrere|dårligere|svakere|tyngre|sårbar|sårbare|sårbart)\\b|\\b(?:gjør|gjøre)\\s+det\\s+(?:altfor|for)\\s+(?:dyrt|vanskelig|krevende)\\b`, {
    notRelative: true,
    note: 'når X, blir det vanskeligere for … / vil gjøre X enda vanskeligere / gjør X sårbar: a change for the worse',
  }),
  // `rammer` as a verb (not the noun `rammer`, budget frames): after a demonstrative or a measure
  // as its subject (`Dette rammer kommuner som …`, `Kuttet rammer de minste kommunene`)
  cue('bekymring', 1, 'dette rammer', '\\b(?:dette|det|den|denne|disse|\\p{L}*(?:forslaget|endringen|endringa|kuttet|kutta|reduksjonen|ordningen|ordninga|modellen|kravet|normen|avgiften|avgifta))\\s+(?:(?:også|òg|særlig|først\\s+og\\s+fremst|dessverre)\\s+)?rammer\\s+(?!for\\b|til\\b|og\\b|som\\b)', {
    notRelative: true,
    note: 'dette rammer kommuner som … / kuttet rammer …: a harm named',
  }),
  cue('bekymring', 1, 'kan ikke fortsette', '\\bkan\\s+(?:ikke|ikkje)\\s+(?:lenger\\s+)?(?:fortsette|vedvare|gå\\s+videre)\\b|\\b(?:kommer|når)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+i\\s+mål\\b', {
    note: 'en slik utvikling kan ikke fortsette / vi kommer ikke i mål',
  }),
  cue('bekymring', 1, 'faller på kommunene', '\\b(?:falle|faller|falt|lempes|veltes|skyves|legges)\\s+(?:\\p{L}+\\s+){0,2}?(?:over\\s+)?på\\s+(?:kommunene|kommunesektoren|fylkeskommunene|sektoren|kommunane)\\b', {
    note: 'kostnadene vil i hovedsak falle på kommunene / veltes over på sektoren',
  }),
  cue('bekymring', 1, 'har ikke fulgt opp', '\\bhar\\s+(?:\\p{L}+\\s+){0,3}?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:fulgt\\s+opp|levert|innfridd|prioritert|holdt)\\b', {
    notRelative: true,
    note: 'staten har ikke fulgt opp målet / har ikke innfridd: a failure KS points out',
  }),
  cue('bekymring', 1, 'kan ikke forvente', '\\b(?:kan|bør)\\s+(?:ikke|ikkje)\\s+(?:forvente|kreve|pålegge|legge\\s+opp\\s+til)\\b', {
    note: 'staten kan ikke forvente at kommunene …: an objection to what another expects',
  }),
  cue('bekymring', 1, 'kan ikke støtte', '\\b(?:kan|vil|kunne)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:støtte|støtta|stø|gå\\s+inn\\s+for|anbefale|tilrå|akseptere|godta|slutte\\s+(?:oss|seg)\\s+til|stille\\s+(?:oss|seg)\\s+bak)\\b', {
    voice: 'notReported',
    note: 'KS kan ikke støtte / vil ikke anbefale / kan ikke akseptere: a rejection (issue 13); nynorsk also writes the verb stø',
  }),
  // Critique without a signal word, second pass (issue 13): the open classes behind the misses
  // on blind documents, written as word classes, not phrases — a negative evaluative predicate,
  // a verb of harm, a warned risk, a consequence for the worse, a failure to act, and doubt.
  cue('bekymring', 1, 'negativ vurdering', `\\b(?:er|blir|vil\\s+være|være|fremstår\\s+som|framstår\\s+som|virker)\\s+${JUDGE_ADVERBIAL}?${WORDS(2)}(?:${NEGATIVE_EVALUATION})\\b(?!\\s+(?:om|hvordan|hva|hvem|hvilke|hvilken|hvor|når)\\b)`, {
    notRelative: true,
    note: 'X er uklart / tungvint / uforutsigbart / skjevt / for optimistisk: a negative judgement as predicate',
  }),
  cue('bekymring', 1, 'skuffende', '\\b(?:skuffende|skuffet|skuffa|undervurdert|undervurderte|(?:dårlig|svakt|mangelfullt)\\s+begrunnet|kostnadsdrivende|uforholdsmessig|uforholdsmessige|misvisende|feilslått|feilslåtte|skjevfordeling\\p{L}*|underfinansier\\p{L}*|svik|tilbakesteg)\\b|\\b(?:feil|gal)\\s+(?:vei|veg|retning)\\b|\\bet\\s+(?:steg|skritt)\\s+(?:tilbake|i\\s+feil\\s+retning)\\b|\\b(?:ubeleilig|ubeleilige|verst\\s+tenkelige?)\\b|\\btar\\s+(?:\\p{L}+\\s+)?feil\\b', {
    note: 'skuffende / kostnadsdrivende / en skjevfordeling / feil vei å gå / kommer svært ubeleilig / på verst tenkelige tidspunkt / X tar feil: judgement words that need no predicate',
  }),
  cue('bekymring', 1, 'hemmer', `(?<!\\bå\\s)\\b(?:hemmer|hindrer|bremser|straffer|innskrenker|vanskeliggjør|kompliserer|forverrer|fratar|overstyrer|undergraver|griper\\s+inn\\s+i|undervurderer)\\b|\\b(?:vil|kan|vil\\s+kunne|kommer\\s+til\\s+å)\\s+(?:\\p{L}+\\s+)?(?:hemme|hindre|bremse|innskrenke|vanskeliggjøre|komplisere|forverre|frata|overstyre|gripe\\s+inn\\s+i)\\b|(?<!\\bå\\s)\\b(?:begrenser|reduserer|snevrer\\s+inn|(?:vil|kan)\\s+(?:\\p{L}+\\s+)?(?:begrense|redusere|snevre\\s+inn))\\s+${WORDS(2)}(?:handlingsrom\\p{L}*|mulighet\\p{L}*|frihet\\p{L}*|fleksibilitet\\p{L}*|selvstyre\\p{L}*|tilbudet|kvaliteten)\\b|\\bgår\\s+(?:\\p{L}+\\s+)?(?:ut\\s+over|utover)\\b|\\b(?:skaper|skape|skapt)\\s+(?:\\p{L}+\\s+)?(?:usikkerhet|uklarhet|merarbeid|ubalanse|uforutsigbarhet|forskjeller|byråkrati|unødvendig)`, {
    notRelative: true,
    mainClause: true,
    note: 'X hemmer / hindrer / straffer / innskrenker handlingsrommet / går ut over / skaper usikkerhet: a harm; not "for å hindre" (a purpose)',
  }),
  cue('bekymring', 1, 'fare for', '\\b(?:fare|risiko)\\s+for\\s+(?:at|å|feil|svikt|brudd|skade|skader|mangler)\\b|\\brisikerer\\b', {
    notRelative: true,
    note: 'det er fare for at / vi risikerer at: a warned risk',
  }),
  cue('bekymring', 1, 'fører til dårligere', `\\b(?:vil|kan|vil\\s+kunne|kommer\\s+til\\s+å)\\s+(?:\\p{L}+\\s+){0,2}?(?:føre\\s+til|medføre|resultere\\s+i|bety|gi)\\s+(?:at\\s+)?[^.;]{0,60}?\\b(?:dårligere|svakere|dyrere|nedleggelse|nedlegging|nedbemanning|kutt|større\\s+forskjeller|økte\\s+forskjeller|lengre\\s+ventetid|økt\\s+risiko|usikkerhet|mindre\\s+handlingsrom|(?:høyere|økte)\\s+(?:gebyrer|kostnader|utgifter|priser|avgifter|egenandeler))\\b`, {
    note: 'X vil føre til dårligere tilbud / kan bety nedleggelse: a consequence for the worse KS warns of',
  }),
  cue('bekymring', 1, 'fungerer ikke', '\\b(?:fungerer|fungerte|virker|virket|treffer|traff|strekker|rekker)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b(?!\\s+(?:bare|kun)\\b)|\\bgår\\s+(?:\\p{L}+\\s+)?(?:for\\s+kort|ikke\\s+langt\\s+nok)\\b|\\b(?:går|gått|gikk)\\s+(?:\\p{L}+\\s+){0,3}?(?:(?:altfor|for)\\s+langt(?!\\s+(?:unna|bort|ut|inn|fra|til|av\\s+gårde)\\b))\\b|\\b(?:har\\s+)?(?:gått|går|gikk)\\s+(?:\\p{L}+\\s+)?(?:altfor|for)\\s+(?:sakte|seint|sent|tregt|langsomt)\\b|\\bkommer\\s+(?:\\p{L}+\\s+)?(?:for|altfor)\\s+sent\\b', {
    mainClause: true,
    note: 'X fungerer ikke / strekker ikke til / går for kort / går for langt / har gått for sakte / kommer for sent: a measure that falls short or overreaches',
  }),
  cue('bekymring', 1, 'har ikke blitt justert', '\\bhar\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:blitt\\s+|vært\\s+)?(?:justert|prisjustert|oppjustert|oppdatert|økt|kompensert|fulgt\\s+med|involvert|lyttet|tatt\\s+hensyn|tatt\\s+ansvar)\\b|\\btar\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+){0,3}?ansvar\\p{L}*\\b|\\b(?:blir|sitter)\\s+(?:\\p{L}+\\s+)?(?:sittende\\s+|igjen\\s+)?med\\s+(?:hele\\s+)?regningen\\b', {
    notRelative: true,
    mainClause: true,
    note: 'X har ikke blitt justert / staten tar ikke ansvar / kommunene blir sittende med regningen: a failure KS points out',
  }),
  cue('bekymring', 1, 'tror ikke', '\\b(?:tror|trur)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b|\\ber\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+overbeviste?\\b|\\bhar\\s+(?:\\p{L}+\\s+)?liten\\s+tro\\s+på\\b|\\b(?:reagerer|reagerte)\\s+(?:\\p{L}+\\s+)?(?:på|mot|kraftig|sterkt)\\b|\\ber\\s+(?:\\p{L}+\\s+)?(?:overrasket|overraska|forundret)\\s+over\\b|\\bvanskelig\\s+å\\s+(?:se|forstå|skjønne)\\b', {
    voice: 'notReported',
    note: 'KS tror ikke / er ikke overbevist / reagerer på / det er vanskelig å se: doubt or objection',
  }),
  cue('bekymring', 1, 'avviser', '\\b(?:advarte|advart)\\s+(?:\\p{L}+\\s+)?mot\\b|(?<!\\b(?:ble|blir|er|vart|blitt|vert)\\s+)\\b(?:avviser|avvise|avvist)\\b', {
    voice: 'notReported',
    note: 'KS avviser forslaget / KS-lederen advarte mot: a rejection or a warning (not the passive: søknaden ble avvist)',
  }),
  cue('bekymring', 0.9, 'har pekt på', `\\bhar\\s+${WORDS(4)}(?:pekt\\s+på|påpekt|advart|understreket)\\b`, {
    voice: 'own',
    fallback: true,
    note: 'KS har lenge pekt på / advart mot: a concern KS has raised before; its content decides when it has a cue',
  }),
  cue('bekymring', 1, 'et kutt', `\\b(?:er|blir|innebærer|betyr|vil\\s+være)\\s+${WORDS(3)}(?:et|en)\\s+(?:\\p{L}+\\s+)?(?:kutt|innsparing|nedskjæring|svekkelse|tilbakeskritt|trussel)\\b|\\b(?:største|alvorligste)\\s+(?:trusselen|truslene|hindringen|hindringene|hinderet|hindrene|problemet|problemene|bremsen|flaskehalsen)\\b|\\b(?:må|måtte|tvinges\\s+til\\s+å)\\s+(?:\\p{L}+\\s+)?(?:kutte|legge\\s+ned|nedbemanne|skjære\\s+ned|si\\s+opp)\\b|\\bnegativ[et]?\\s+(?:konsekvens\\p{L}*|virkning\\p{L}*|effekt\\p{L}*|utvikling\\p{L}*|handlingsrom)\\b`, {
    notRelative: true,
    note: 'X er i realiteten et kutt / den største trusselen / kommunene må kutte / negative konsekvenser: harm named',
  }),
  cue('bekymring', 1, 'merker mest', '\\b(?:merker|kjenner|føler|merke|kjenne)\\s+(?:\\p{L}+\\s+){0,3}?(?:mest|hardest|sterkest)\\b|\\bgrensen\\s+(?:\\p{L}+\\s+)?(?:er\\s+)?(?:nådd|nådd\\s+for)\\b|\\breiser\\s+(?:\\p{L}+\\s+){0,2}?(?:spørsmål|problemer|utfordringer|tvil)\\b', {
    note: 'de minste kommunene merker dette mest / grensen er nådd / reiser vanskelige spørsmål',
  }),
  cue('bekymring', 1, 'uten å vurdere', '\\buten\\s+å\\s+(?:\\p{L}+\\s+)?(?:vurdere|ta\\s+hensyn|kompensere|involvere|konsultere|høre|utrede|finansiere|sikre)\\b|\\bsom\\s+(?:\\p{L}+\\s+){0,3}?(?:ikke|ikkje)\\s+(?:tar\\s+høyde\\s+for|dekker|er\\s+finansiert|er\\s+kompensert|følges\\s+av)\\b', {
    note: 'X innføres uten å vurdere kostnadene / oppgaver som budsjettet ikke tar høyde for / a shortfall described',
  }),
  cue('bekymring', 1, 'tar tid fra', '\\btar\\s+(?:\\p{L}+\\s+){0,2}?(?:tid|penger|ressurser|midler|kapasitet)(?:\\s+og\\s+(?:tid|penger|ressurser|midler|kapasitet))?\\s+fra\\b|\\btar\\s+fra\\s+(?:kommunene|fylkeskommunene|sektoren|kommunane|skolene|barnehagene)\\b', {
    note: 'X tar tid og penger fra tjenestene / tar fra kommunene muligheten: a cost KS names',
  }),
  cue('bekymring', 1, 'samtidig som behovet øker', '\\bsamtidig\\s+som\\s+(?:\\p{L}+\\s+){0,6}?(?:behovet|behova|etterspørselen|kostnadene|utgiftene|presset)\\s+(?:[\\p{L}-]+\\s+){0,5}?(?:øker|aukar|vokser|veks|stiger)\\b', {
    note: 'X går ned samtidig som behovet øker: a gap opening, the complaint of a shortfall',
  }),
  cue('bekymring', 1, 'kommunene vil måtte', '\\bvil\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:kommunene|kommuner|kommunane|kommunar|fylkeskommunene)\\s+(?:\\p{L}+\\s+)?måtte\\b|\\b\\p{L}*(?:kommunene|kommuner|kommunane|kommunar|fylkeskommunene)\\s+vil\\s+(?:\\p{L}+\\s+)?måtte\\b', {
    note: 'mange kommuner vil måtte etablere / kommunene vil måtte kutte: a burden forced on the sector, warned of',
  }),
  cue('krav', 1, 'er og skal være', '\\ber\\s+og\\s+skal\\s+(?:være|vere|bli|forbli)\\b', {
    note: 'X er og skal være et lokalt ansvar: a position stated as a definition (normative skal, also after spørsmålet om)',
  }),
  cue('stotte', 1, 'gledelig', '\\b(?:gledelig|gledeleg|godt\\s+begrunnet|godt\\s+begrunna|velbegrunnet|velbegrunna)\\b', {
    notRelative: true,
    note: 'det er gledelig / forslaget er godt begrunnet: a positive judgement',
  }),
  cue('bekymring', 1, 'har ikke ressurser', '\\b(?:har|hadde)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:ressurser|kapasitet|kompetanse|midler|økonomi|mulighet|råd)\\s+(?:\\p{L}+\\s+)?til\\b|\\bmangler\\s+(?:både\\s+|helt\\s+|fortsatt\\s+)?(?:penger|midler|finansiering|konkrete|tydelige|en\\s+plan|virkemidler|ressurser|forankring|kompetanse|kapasitet)\\b|\\b(?:er|blir)\\s+(?:\\p{L}+\\s+){0,2}?i\\s+tvil\\b|\\bholder\\s+(?:ikke|ikkje)\\s*(?=[.,;!»]|$)|\\b(?:ikke|ikkje)\\s+har\\s+(?:\\p{L}+\\s+)?(?:ressurser|kapasitet|kompetanse|midler|økonomi)\\b|\\bløser\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b|\\blangt\\s+fra\\s+(?:tilstrekkelig|tilstrekkelige|nok|godt\\s+nok)\\b|\\b(?:er|blir|ble)\\s+(?:\\p{L}+\\s+){0,2}?(?:nesten\\s+ikke|ikke|lite|knapt|i\\s+liten\\s+grad)\\s+(?:omtalt|drøftet|drøfta|dokumentert|utredet|belyst|vurdert|kommentert)\\b|\\bsom\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+er\\s+(?:dokumentert|utredet|belyst|vurdert)\\b|\\b(?:forfaller|forvitrer|smuldrer\\s+opp)\\b|\\bslagside\\b', {
    note: 'kommunene har ikke ressurser til / løser ikke problemet / er lite drøftet / langt fra tilstrekkelig / forfaller: a shortfall KS names',
  }),
  cue('stotte', 1, 'har vist gode resultater', '\\b(?:har|hadde)\\s+(?:\\p{L}+\\s+)?(?:vist|gitt|ført\\s+til)\\s+(?:\\p{L}+\\s+)?(?:gode|god|positive|svært\\s+gode|klare)\\s+(?:resultater|effekter|erfaringer|virkninger)\\b|\\bhar\\s+(?:\\p{L}+\\s+)?(?:fungert|virket)\\s+(?:\\p{L}+\\s+)?(?:godt|bra|etter\\s+hensikten)\\b', {
    note: 'ordningen har vist gode resultater / har fungert godt: a measure valued',
  }),
  cue('stotte', 1, 'ordningen har gitt', '^\\s*(?:\\d+[.)]\\s+)?(?:(?:denne|dette|den|det)\\s+)?\\p{L}*(?:ordningen|ordninga|modellen|programmet|satsingen|satsinga|tilskuddet|tilskotet|reformen|prosjektet|forsøket|lånet)\\s+har\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?(?:gitt|gjeve|tjent|tent|hjulpet|hjelpt|løftet|bidratt\\s+til|sikret|sikra)\\b', {
    unless: nbRegex('\\b(?:\\p{L}*kostnad\\p{L}*|\\p{L}*utgift\\p{L}*|merarbeid|byråkrati|problem\\p{L}*|usikkerhet|uro|press|dårlig\\p{L}*|mindre|færre|svakere|ulemper|skjevheter)\\b', 'iu'),
    note: 'Ordningen har gitt … / Modellen har tjent distriktene godt / Startlånet har hjulpet …: a scheme praised for its results (not for its costs)',
  }),
  cue('stotte', 1, 'har vist seg å være god', '\\bhar\\s+(?:\\p{L}+\\s+)?(?:vist|synt)\\s+seg\\s+(?:å\\s+være\\s+)?(?:(?:et|en|svært|meget|særlig)\\s+)?(?:god|godt|gode|effektiv|effektivt|effektive|nyttig|nyttige|verdifull|verdifullt|vellykket|treffsikker)\\b', {
    notRelative: true,
    note: 'X har vist seg å være en effektiv måte / et godt verktøy: a measure valued',
  }),
  cue('bekymring', 1, 'splitter ansvaret', '\\b(?:splitte|splitter|splittes|splittet|splitta|fragmentere|fragmenterer|fragmenteres|fragmentert|fragmenterte|pulverisere|pulveriserer|pulveriseres|pulverisert)\\b', {
    note: 'vil splitte ansvaret / fragmenterer tjenestene / pulveriserer ansvaret: a harm to how the sector is organised',
  }),
  cue('bekymring', 1, 'overfladisk', '\\b(?:overfladisk|overfladiske|overflatisk|overflatiske|ufullstendig|ufullstendige)\\b', {
    notRelative: true,
    note: 'vurderingen er svært overfladisk / utredningen er ufullstendig: work judged thin',
  }),
  cue('stotte', 1, 'erfaringene er gode', '\\berfaringene\\s+(?:\\p{L}+\\s+){0,4}?(?:er|har\\s+vært|var)\\s+(?:svært\\s+|gjennomgående\\s+|meget\\s+|så\\s+langt\\s+)?(?:gode|positive)\\b', {
    note: 'erfaringene (med X) er gode: a measure valued',
  }),
  cue('anbefaling', 1, 'nås best', '\\b(?:nås|løses|sikres|ivaretas|oppnås|ivaretas)\\s+best\\s+(?:\\p{L}+\\s+)?(?:gjennom|ved|med|når|om|dersom)\\b', {
    note: 'målet nås best gjennom Y: Y is recommended',
  }),
  cue('anbefaling', 1, 'har tatt til orde for', '\\b(?:har|hadde)\\s+(?:\\p{L}+\\s+){0,3}?tatt\\s+til\\s+orde\\s+for\\b', {
    voice: 'notReported',
    note: 'KS har lenge tatt til orde for: advocacy in the perfect',
  }),

  // ── stotte: KS welcomes or supports ─────────────────────────────────────────────────────
  cue('stotte', 1, 'ønsker velkommen', `\\b(?:ønske[rs]|hilse[rs]?)\\s+${WORDS(7)}velkomm\\p{L}*`, { note: 'KS ønsker X velkommen' }),
  cue('stotte', 1, 'støtter', '\\b(?:støtter|støttar|stør|støttes|(?:har|hadde)\\s+(?:\\p{L}+\\s+){0,2}?støttet|slutter\\s+seg\\s+til|stiller\\s+seg\\s+(?:\\p{L}+\\s+)?bak)\\b(?!\\s+(?:(?:heller|derfor|dermed|likevel|altså|difor|òg)\\s+)?(?:ikke|ikkje|opp)\\b)', { voice: 'own', note: 'KS støtter / slutter seg til / stiller seg bak; not "støtter ikke" (bekymring), not "støtter opp under"' }),
  cue('stotte', 1, 'positivt', `\\b(?:(?:dette|det)\\s+er\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?positivt|ser\\s+(?:det\\s+)?som\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?positivt|ser\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?positivt\\s+på|er\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+){0,2}positiv[e]?\\s+til|stiller\\s+seg\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?positiv)`, {
    note: 'dette er positivt / ser det som positivt / er positiv til (not "X er positivt for Y", a fact)',
  }),
  cue('stotte', 1, 'er enig', '\\ber\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?(?:enig|enige|samd|glad|glade|tilfreds|fornøyd|fornøyde)\\s+(?:i|med|for|at|i\\s+at)\\b|\\ber\\s+(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+)?(?:enig|enige)(?=\\s*[.;]|\\s*$)', {
    voice: 'own',
    note: 'KS er enig i / er glad for / er tilfreds med (not "uenig": a separate word)',
  }),
  cue('stotte', 1, 'tilslutning', '\\b(?:gir|gi)\\s+(?:sin\\s+|sin\\s+fulle\\s+)?tilslutning\\b|\\b(?:berømmer|roser|anerkjenner|honnør\\s+til)\\b', {
    voice: 'own',
    note: 'KS gir sin tilslutning til / berømmer / anerkjenner: approval',
  }),
  cue('stotte', 1, 'deler målet', '\\bdeler\\s+(?!(?:ikke|ikkje)\\b)(?:(?!ikke\\b|ikkje\\b)\\p{L}+\\s+){0,2}?(?:mål|målet|målene|målsettingen|syn|synet|vurdering|vurderingen|vurderingene|oppfatning|oppfatningen|ambisjon|ambisjonen|ambisjonene|intensjon|intensjonen)\\b', {
    voice: 'own',
    note: 'KS deler målet / regjeringens vurdering: agreement',
  }),
  cue('stotte', 1, 'et godt eksempel', '\\b(?:er|var|vil\\s+være|har\\s+vært)\\s+(?:et|en)\\s+(?:godt|god|viktig|riktig|nyttig|effektivt|effektiv)\\s+(?:eksempel|grep|skritt|oppfølging|virkemiddel|verktøy|tiltak|bidrag|forslag|initiativ)\\b', { note: 'X er et godt eksempel / vil være et viktig grep' }),
  cue('stotte', 1, 'et godt eksempel er', '^(?:(?:et|eit)\\s+(?:\\p{L}+\\s+)?(?:godt|nyttig)\\s+eksempel|gode\\s+eksempler|gode\\s+døme)\\s+(?:er|på\\s+dette\\s+er)\\b', { note: 'the same judgement with the example last: Et godt eksempel er X' }),
  cue('stotte', 1, 'forslaget styrker', '^(?:(?:samtidig|dessuten|også)\\s+)?(?:(?:dette\\s+|det\\s+nye\\s+|den\\s+nye\\s+)?(?:forslaget|forslagene|endringen|endringene|tiltaket|tiltakene|strategien|satsingen|ordningen|reformen|grepet|initiativet|modellen|utredningen)|dette)\\s+(?:\\p{L}+\\s+){0,2}?(?:styrker|forbedrer|forenkler|tydeliggjør|(?:vil\\s+)?gjøre\\s+det\\s+(?:mer\\s+attraktivt|enklere|lettere|tryggere)|gi(?:r)?\\s+(?:\\p{L}+\\s+)?(?:bedre|økt|klarere|større|gode|god|godt)|bidrar\\s+til\\s+(?:bedre|økt|mer|å\\s+styrke|å\\s+forenkle))\\b', {
    note: 'a proposal judged good in a response: Forslaget styrker / gir bedre oversikt (issue 13)',
  }),
  cue('stotte', 1, 'god oppfølging', '\\b(?:kan|vil)\\s+være\\s+en\\s+god\\s+oppfølging\\b', { note: 'the platform item "kan være en god oppfølging"' }),
  cue('stotte', 1, 'dette er viktig', '^(?:og\\s+)?dette\\s+(?:er|vil\\s+være)\\s+(?:\\p{L}+\\s+){0,2}(?:viktig|riktig|bra|positivt|nødvendig)\\b', {
    note: 'anaphoric "Dette er viktig/riktig": endorses what was just quoted',
  }),
  cue('stotte', 1, 'steg i riktig retning', '\\b(?:steg|skritt)\\s+i\\s+(?:riktig|rett)\\s+retning\\b|\\b(?:er|blir|vil\\s+være|gir)\\s+(?:et|en)\\s+(?:\\p{L}+\\s+)?(?:løft|gjennombrudd|godt\\s+utgangspunkt|godt\\s+grunnlag)\\b|\\b(?:er|vil\\s+være)\\s+(?:\\p{L}+,?\\s+(?:men\\s+)?)?(?:riktig|fornuftig|klokt|treffende)(?=\\s*[.;]|\\s*$)', {
    notRelative: true,
    note: 'et steg i riktig retning / et løft for / målet er ambisiøst, men riktig: a positive judgement',
  }),

  // Round 8 (issue 13, h30–h35): more open classes of judgement without a signal word.
  cue('bekymring', 1, 'feil virkemiddel', '\\b(?:feil|gal|galt)\\s+(?:virkemiddel|virkemidler|verktøy|løsning|løsninger|medisin|adresse|sted|tidspunkt)\\b', {
    note: 'X er feil virkemiddel / regningen er sendt til feil adresse: a measure judged wrong',
  }),
  cue('bekymring', 1, 'hjelper lite', '\\b(?:hjelper|nytter|hjelper\\s+det|nytter\\s+det)\\s+(?:\\p{L}+\\s+)?(?:lite|ikke|ikkje|ingenting)\\b(?!\\s+(?:bare|kun)\\b)', {
    mainClause: true,
    note: 'et pålegg hjelper lite når …: a measure that does not help',
  }),
  cue('bekymring', 1, 'står ikke i forhold til', '\\bstår\\s+(?:\\p{L}+\\s+){0,3}?(?:ikke|ikkje)\\s+i\\s+(?:\\p{L}+\\s+)?forhold\\s+til\\b|\\b(?:er|blir|ble)\\s+(?:\\p{L}+\\s+){0,2}?spist\\s+opp\\b|\\bkoster\\s+(?:altfor|for)\\s+(?:mye|mykje)\\b|\\b(?:det|dette)\\s+holder\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b(?!\\s+(?:\\p{L}+\\s+)?(?:mål|tritt|vann|stand)\\b)', {
    note: 'arbeidet står ikke i forhold til beløpet / handlingsrommet er spist opp / koster for mye / det holder ikke når …: cost out of proportion',
  }),
  cue('bekymring', 1, 'kan ikke bære alene', '\\b(?:kan\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)|(?:ikke|ikkje)\\s+kan)\\s+(?:\\p{L}+\\s+)?(?:bære|løfte|dekke|finansiere|håndtere|ta)\\s+(?:\\p{L}+\\s+){0,2}?(?:alene|aleine|uten)\\b', {
    note: 'kostnader kommunene ikke kan bære alene / kan ikke løfte dette alene: a burden beyond the sector',
  }),
  cue('bekymring', 1, 'ikke rustet til', '\\b(?:er|blir)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:rustet|rusta|dimensjonert|dimensjonerte|satt\\s+i\\s+stand|i\\s+stand)\\s+til\\b', {
    voice: 'own',
    note: 'kommunene er ikke rustet / dimensjonert til å: the sector unprepared for a task laid on it',
  }),
  cue('bekymring', 1, 'ikke kan akseptere', '\\b(?:ikke|ikkje)\\s+kan\\s+(?:akseptere|godta|leve\\s+med|støtte)\\b', {
    voice: 'own',
    note: 'en utvikling vi ikke kan akseptere: a rejection in a relative clause (the main-clause order is "kan ikke støtte")',
  }),
  cue('bekymring', 1, 'legger for lite vekt på', '\\blegger\\s+(?:\\p{L}+\\s+)?(?:altfor|for)\\s+(?:lite|liten|stor|mye)\\s+vekt\\s+på\\b|\\btar\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:hensyn|høyde)\\s+(?:til|for)\\b|\\bi\\s+seg\\s+selv\\s+(?:ikke|ikkje)\\b', {
    note: 'X legger for lite vekt på / tar ikke hensyn til / gir i seg selv ikke: a judgement on a proposal',
  }),
  cue('bekymring', 1, 'uten at det er avklart', '\\buten\\s+at\\s+(?:\\p{L}+\\s+){0,3}?(?:er|blir|har\\s+blitt|har\\s+vært)\\s+(?:\\p{L}+\\s+)?(?:kompensert|finansiert|fullfinansiert|avklart|utredet|vurdert|involvert)\\b', {
    note: 'uten at kommunene er kompensert / uten at det er avklart hvem …: what is missing',
  }),
  cue('bekymring', 1, 'mer rapportering', '\\b(?:mer|mye|økt|økte|ny|nye)\\s+(?:rapportering|byråkrati|detaljstyring|kontroll|administrasjon|belastning)\\b(?!\\s+(?:av|med)\\s+(?:staten|statlige))|\\b(?:øke|øker|økes)\\s+(?:\\p{L}+\\s+)?(?:belastningen|byråkratiet|rapporteringen|detaljstyringen|omfanget\\s+av\\s+(?:\\p{L}+\\s+)?(?:detaljstyring|rapportering|kontroll))\\b|\\b(?:mindre|lite|liten|redusert|svekket)\\s+(?:lokal\\s+|lokalt\\s+|kommunal\\s+|kommunalt\\s+)?(?:handlefrihet|handlingsrom|forutsigbarhet|fleksibilitet|tillit|selvstyre)\\b|\\b(?:mindre|færre)\\s+(?:midler|penger|ressurser)\\s+igjen\\b', {
    notRelative: true,
    note: 'gir mer rapportering og mindre handlefrihet / vil øke belastningen: a burden on the sector named',
  }),
  cue('bekymring', 1, 'flytter kostnader', '\\b(?:flytter|flytte|flyttes|velter|velte|skyver|skyve)\\s+(?:\\p{L}+\\s+){0,2}?(?:kostnader|kostnadene|utgifter|utgiftene|penger|midler|regningen|ansvaret|makt|makten|myndighet|myndigheten|beslutningsmyndighet|avgjørelsen|avgjørelser)\\s+fra\\b', {
    note: 'X flytter kostnader fra helseforetakene til kommunene / vil flytte makt fra kommunestyrene: a cost or power shifted',
  }),
  cue('bekymring', 1, 'mangel på', '\\bmangel\\s+på\\b|\\bmangelen\\s+på\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:fører|førte|gjør|gir|betyr|rammer|går)\\b|^(?:manglende)\\b|\\b(?:kommuner|kommunene|fylkeskommuner|fylkeskommunene|sektoren|tjenestene)\\s+(?:\\p{L}+\\s+)?sliter\\s+(?:\\p{L}+\\s+)?med\\b|\\b(?:\\p{L}*tilskudd\\p{L}*|\\p{L}*kompensasjon\\p{L}*|rammen|rammene|satsen|satsene|\\p{L}*bevilgning\\p{L}*|\\p{L}*midlene|overføringene)\\s+(?:[\\p{L}-]+\\s+){0,4}?har\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+fulgt\\s+(?:\\p{L}+-\\s+og\\s+)?(?:\\p{L}+\\s+)?(?:\\p{L}*veksten|utviklingen)\\b|\\b(?:fortrenger|fortrengjer)\\b|\\bblander\\s+sammen\\b|\\b(?:sier|drøfter|omtaler)\\s+(?:\\p{L}+\\s+)?(?:lite|ingenting)\\s+om\\b|\\b(?:inneholder|har)\\s+(?:\\p{L}+\\s+)?ingen\\s+(?:beregning|vurdering|analyse|drøfting|anslag|omtale)\\p{L}*', {
    notRelative: true,
    note: 'mangel på fagfolk / kommunene sliter med / har ikke fulgt prisveksten / fortrenger annet vedlikehold / blander sammen roller / notatet sier lite om: a shortfall KS names',
  }),
  cue('bekymring', 1, 'et X-problem når', '\\bdet\\s+(?:er|blir|vil\\s+være)\\s+(?:\\p{L}+\\s+)?(?:et|en)\\s+(?:\\p{L}+\\s+)?\\p{L}*(?:problem|paradoks)\\s+(?:når|at|dersom|hvis|om)\\b', {
    notRelative: true,
    note: 'det er et beredskapsproblem når …: a situation judged a problem (not "X er et økende problem", a fact)',
  }),
  cue('bekymring', 1, 'uten X blir det ikke mulig', '^uten\\s+[^,.;]{3,80}?\\b(?:blir|er|kan|vil)\\s+(?:\\p{L}+\\s+){0,2}?(?:ikke|ikkje|umulig)\\b', {
    note: 'Uten flere lærere blir det ikke mulig å nå målet: a warning of what fails without it',
  }),
  cue('krav', 1, 'kan ikke nås uten', '\\bkan\\s+(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:nås|løses|sikres|gjennomføres|realiseres|lykkes|innfris)\\s+uten\\b', {
    note: 'målet kan ikke nås uten kommunene: a precondition',
  }),
  cue('krav', 1, 'er det behov for', '\\b(?:er|blir)\\s+det\\s+(?:\\p{L}+\\s+){0,2}behov\\s+for\\b', {
    mainClause: true,
    unless: nbRegex('\\?\\s*$', 'u'),
    note: 'Videre er det behov for …: the inverted "det er behov for"',
  }),
  cue('onske', 1, 'nyttig om', '\\b(?:er|være|vært)\\s+(?:\\p{L}+\\s+)?(?:nyttig|fint|bra|godt|ønskelig)\\s+(?:om|dersom|hvis)\\b', {
    note: 'det vil være nyttig om staten …: a wish in the conditional',
  }),
  cue('stotte', 1, 'setter pris på', '\\bsetter\\s+(?:\\p{L}+\\s+)?(?:stor\\s+)?pris\\s+på\\b|\\ber\\s+(?:KS|vi|kommunene|sektoren)\\s+(?:\\p{L}+\\s+)?(?:glad|glade|fornøyd|fornøyde|tilfreds|enig|enige)\\b|\\bhar\\s+(?:\\p{L}+\\s+)?ingen\\s+(?:innvendinger|motforestillinger)\\b|\\bkjenner\\s+(?:\\p{L}+\\s+)?(?:oss|seg)\\s+(?:\\p{L}+\\s+)?igjen\\b', {
    voice: 'notReported',
    note: 'KS setter pris på / Det er KS glad for / har ingen innvendinger mot / kjenner oss igjen i: approval',
  }),
  cue('stotte', 1, 'er i utgangspunktet positivt', '\\b(?:er|var)\\s+(?:i\\s+utgangspunktet|i\\s+hovedsak|grunnleggende|i\\s+seg\\s+selv)\\s+(?:positivt|positiv|positive|bra|riktig|godt|fornuftig)\\b|\\b(?:(?:vil|kan)\\s+(?:gi|gjøre)|gjør)\\s+(?:det\\s+)?(?:\\p{L}+\\s+)?(?:enklere|lettere|verdifull|verdifulle|nyttig|nyttige)\\b', {
    notRelative: true,
    mainClause: true,
    note: 'kravet er i utgangspunktet positivt / (vil) gjør(e) det enklere / vil gi verdifull kunnskap: a positive judgement',
  }),

  // Round 11 (issue 13, h42–h47): further classes of critique and support without a signal
  // word — a view not shared, a claim denied, a loss, a delay, a shortfall set against a cost.
  cue('bekymring', 1, 'deler ikke', '\\bdeler\\s+(?:(?:KS|vi|landstinget|hovedstyret)\\s+)?(?:ikke|ikkje)\\b(?!\\s+(?:bare|berre|kun|ut|opp|seg)\\b)', {
    note: 'KS deler ikke den vurderingen / Den vurderingen deler ikke KS: a view rejected',
  }),
  cue('bekymring', 1, 'det stemmer ikke', '^(?:men\\s+)?(?:det|dette)\\s+(?:stemmer|medfører|er)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:riktig\\b|korrekt\\b|rett\\b)|^(?:men\\s+)?(?:det|dette)\\s+stemmer\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b|^(?:men\\s+)?(?:det|dette)\\s+(?:er|var|blir)\\s+(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:fullfinansiering|full\\s+kompensasjon|meningen|realistisk|godt\\s+nok|bra\\s+nok|veien\\s+å\\s+gå)\\b|^tvert\\s*(?:om|imot)\\b', {
    note: 'Det stemmer ikke. / Det er ikke fullfinansiering. / Det var ikke meningen. / Tvert om …: a claim denied',
  }),
  cue('bekymring', 1, 'mister muligheten', '\\b(?:mister|miste|mistar|taper|tape)\\s+(?:\\p{L}+\\s+){0,2}?(?:muligheten|mulighet|muligheter|betydning|betydningen|handlingsrommet|handlingsrom|kontrollen|styringen|innflytelse|innflytelsen|legitimitet|legitimiteten|verdien)\\b', {
    notRelative: true,
    note: 'kommunene mister muligheten til å … / lokalvalget mister sin betydning: a loss',
  }),
  cue('bekymring', 1, 'vil forsinke', '\\b(?:vil|kan|vil\\s+kunne|kommer\\s+til\\s+å)\\s+(?:\\p{L}+\\s+)?(?:forsinke|forlenge|fordyre|byråkratisere)\\b|\\b(?:forsinker|fordyrer|byråkratiserer)\\b|\\b(?:lider|lir)\\s+(?:\\p{L}+\\s+)?(?:av|under)\\b|\\b(?:mye|mer|meir|økt)\\s+papirarbeid\\b', {
    notRelative: true,
    mainClause: true,
    note: 'X vil dessuten forsinke planarbeidet / arbeidet lider av … / gir mye papirarbeid: a harm',
  }),
  cue('bekymring', 1, 'i realiteten redusert', '\\b(?:reell|reelt|reelle)\\s+(?:nedgang|kutt|reduksjon|svekkelse|nedskjæring)\\b|\\breelt\\s+(?:lavere|lågare|mindre|svakere)\\b|\\bi\\s+realiteten\\s+(?:\\p{L}+\\s+){0,2}?(?:redusert|reduseres|kuttet|kutta|svekket|svekka)\\b|\\bstår\\s+(?:\\p{L}+\\s+)?overfor\\s+(?:store\\s+)?(?:kutt|nedskjæringer|nedleggelser)\\b', {
    note: 'en reell nedgang / blir reelt lavere / blir i realiteten redusert / står overfor kutt: a cut named',
  }),
  cue('bekymring', 1, 'mangler det millioner', '\\bmangler\\s+det\\s+(?:minst\\s+|om\\s+lag\\s+|over\\s+|rundt\\s+|nesten\\s+|ca\\.?\\s+)?\\d|\\bhar\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+fått\\s+(?:\\p{L}+\\s+)?(?:midler|kompensasjon|dekning|penger|finansiering)\\b|\\bhar\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+fått\\s+(?:dekket|dekt|kompensert|finansiert|refundert)\\b|\\bsitte\\s+igjen\\s+med\\s+(?:\\p{L}+\\s+){0,4}?(?:regningen|kostnadene|utgiftene|risikoen)\\b|\\b(?:bærer|ber)\\s+(?:\\p{L}+\\s+)?(?:risikoen|regningen|kostnadene)\\b', {
    note: 'det mangler minst 400 millioner / kommunene har ikke fått midler som svarer til / har ikke fått dekket merutgiftene / vil sitte igjen med regningen: money missing',
  }),
  cue('bekymring', 1, 'bare fått', '\\bmens\\s+(?:\\p{L}+\\s+){0,3}?(?:bare|kun)\\s+(?:har\\s+|hadde\\s+)?(?:fått|får|fikk|mottatt|mottar)\\b', {
    note: 'kostnadene er X, mens kommunene bare har fått Y: a shortfall set against a cost',
  }),
  cue('bekymring', 1, 'vil ta over N år', '\\b(?:vil|kommer)\\s+(?:det\\s+)?(?:\\p{L}+\\s+)?ta\\s+(?:over|mer\\s+enn|minst|nesten|flere|mange)\\s+(?:\\d+\\s+)?(?:år|tiår)\\b', {
    note: 'med dagens bevilgninger vil det ta over 40 år å …: a pace judged too slow',
  }),
  cue('bekymring', 1, 'de mest alvorlige', '\\b(?:de|dei)\\s+(?:aller\\s+)?mest\\s+(?:alvorlige|problematiske|urimelige|uheldige|krevende|inngripende)\\b|\\bholder\\s+(?:ikke|ikkje)(?:\\s+lenger)?(?=\\s*[.;,]|\\s+(?:når|fordi|så\\s+lenge|dersom|hvis)\\b)', {
    note: 'et av de mest alvorlige forslagene / ordningen holder ikke når …: critique',
  }),
  cue('stotte', 1, 'det er bra at', '^(?:(?:og|men|samtidig)\\s+)?(?:det|dette)\\s+er\\s+(?:\\p{L}+\\s+)?(?:bra|fint|godt|flott)\\s+at\\b|\\bstår\\s+(?:KS|vi|landstinget|hovedstyret)\\s+(?:\\p{L}+\\s+)?bak\\b', {
    note: 'Det er bra at regjeringen … / Det målet står KS fortsatt bak: approval',
  }),
  cue('tilsagn', 1, 'kommunene vil tilby', '\\b(?:kommunene|kommunane|fylkeskommunene|fylkeskommunane|kommunesektoren|sektoren)\\s+(?:(?:[\\p{L}-]+\\s+){1,6}?og\\s+)?vil\\s+(?:(?:som\\s+\\p{L}+|fortsatt|også|gjerne|selv)\\s+)?(?:tilby|fortsette|ta\\s+imot|stille\\s+opp|(?:gjøre|ta)\\s+sin\\s+del|(?:være|vere)\\s+med)\\b|\\b(?:kommunene|fylkeskommunene|kommunesektoren|sektoren)\\s+vil\\s+i\\s+samarbeid\\s+med\\b|\\b(?:KS|landstinget|hovedstyret)\\s+står\\s+(?:\\p{L}+\\s+)?fast\\s+(?:på|ved)\\b', {
    note: 'kommunene vil som arbeidsgivere tilby / vil fortsette (å ta imot) / tar ansvaret på alvor og vil fortsette / vil ta sin del / vil i samarbeid med X utvikle / Landstinget står fast på avtalen: the sector commits',
  }),

  // Round 12 (issue 13, recall): judgement by polarity × negation over an evaluative lexicon
  // (evaluation-nb.ts) in predicate position: a good word affirmed is stotte, a good word denied
  // or a bad word affirmed is bekymring. A word class, not phrases: the words are data.
  cue('stotte', 1, 'god vurdering', `\\b${EVALUATIVE_COPULA}(?<!\\b${PREDICATE_NEGATION}\\s+${EVALUATIVE_COPULA})\\s+${NOT_NEGATED(3)}${GOOD_PREDICATE}`, {
    notRelative: true,
    mainClause: true,
    note: 'Dette er en god utvikling / Det var et riktig vedtak / Fristen er rimelig / er i tråd med: a good word as predicate',
  }),
  cue('bekymring', 1, 'god vurdering benektet', `(?:\\b${EVALUATIVE_COPULA}\\s+${WORDS(3)}?${PREDICATE_NEGATION}|\\b${PREDICATE_NEGATION}\\s+${EVALUATIVE_COPULA})\\s+${WORDS(2)}?(?:${GOOD_PREDICATE}|${GOOD_NEGATED}|${GOOD_DENIED_MORE})`, {
    notRelative: true,
    mainClause: true,
    note: 'Dette er ikke holdbart / er likevel ikke veien å gå / er ikke i tråd med / er ikke løsningen / er ikke god forvaltning, or in a clause\'s order (`… mener det ikke er realistisk`): a good word denied',
  }),
  cue('bekymring', 1, 'dårlig vurdering', `\\b${EVALUATIVE_COPULA}(?<!\\b${PREDICATE_NEGATION}\\s+${EVALUATIVE_COPULA})\\s+${JUDGE_ADVERBIAL}?${NOT_NEGATED(3)}${BAD_PREDICATE}`, {
    notRelative: true,
    mainClause: true,
    note: 'Dette er et feilgrep / Det var et dårlig vedtak / Fristen er urealistisk / Det er for sent: a bad word as predicate',
  }),
  cue('bekymring', 1, 'dekker bare en del', ONLY_A_SHARE, {
    notRelative: true,
    note: 'tilskuddet dekker bare om lag halvparten av kostnadene: a shortfall named',
  }),
  cue('bekymring', 1, 'langt under det', FAR_FROM_EXPECTED, {
    note: 'ligger langt under det kommunene faktisk betaler / økt langt mer enn forutsatt: a figure judged wrong',
  }),

  // Round 13 (issue 13, h48–h59): critique said as a mismatch, a misjudged estimate, a harm
  // predicted, a lack, a trend borne, an objection in inverted order; commitments as offers.
  cue('bekymring', 1, 'henger ikke sammen', '\\bhenger\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?sammen\\b|\\b(?:ikke|ikkje)\\s+henger\\s+sammen\\b', {
    note: 'målene henger ikke sammen med pengene / tallene henger ikke sammen med det kommunene har beregnet: a mismatch',
  }),
  cue('bekymring', 1, 'undervurderer', '\\b(?:undervurderer|undervurdere|undervurdert|overvurderer|overvurdere|overvurdert|bagatelliserer|bagatellisere|underslår)\\b', {
    notRelative: true,
    note: 'forslaget undervurderer kostnadene: an estimate judged wrong',
  }),
  cue('bekymring', 1, 'vil gå ut over', '\\b(?:vil|kan|kommer\\s+til\\s+å|vil\\s+kunne)\\s+[^.;]{0,120}?\\b(?:gå\\s+ut\\s+over|på\\s+bekostning\\s+av)\\b|\\bgår\\s+(?:\\p{L}+\\s+)?ut\\s+over\\b', {
    notRelative: true,
    note: 'X vil gå ut over andre tilbud / vil føre til … på bekostning av skole og omsorg: a harm predicted',
  }),
  cue('bekymring', 1, 'mangler en plan', '\\b(?:mangler|manglar)\\s+(?:(?:likevel|fortsatt|framleis|fremdeles|helt|dessverre|imidlertid)\\s+)?(?:(?:en|et|ei|eit|noen|nokon)\\s+)?(?:\\p{L}+\\s+)?(?:plan|planer|vurdering|vurderinger|analyse|analyser|beregning|beregninger|finansiering|finansieringsplan|begrunnelse|konsekvensvurdering|konsekvensutredning|helhet|svar)\\b', {
    notRelative: true,
    note: 'reformen mangler likevel en plan for / forslaget mangler en vurdering av: what a proposal lacks',
  }),
  cue('bekymring', 1, 'går KS imot', '\\bgår\\s+(?:KS|vi|landstinget|hovedstyret)\\s+(?:\\p{L}+\\s+)?(?:imot|i\\s+mot)\\b', {
    note: 'Dette forslaget går KS sterkt imot: the objection with the object first',
  }),
  cue('bekymring', 1, 'forstår ikke', '\\b(?:forstår|skjønner)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\b', {
    voice: 'own',
    note: 'Vi forstår ikke hvordan kuttet kan forenes med …: disbelief as critique',
  }),
  cue('bekymring', 1, 'ikke noe handlingsrom', '\\b(?:ikke|ikkje)\\s+(?:noe|noko|noen)\\s+(?:\\p{L}+\\s+)?(?:handlingsrom|handlefrihet)\\b|\\bingen\\s+(?:\\p{L}+\\s+)?(?:handlingsrom|handlefrihet)\\b', {
    note: 'er det i praksis ikke noe handlingsrom igjen: room gone',
  }),
  cue('bekymring', 1, 'må en stadig større del', '\\bmå\\s+(?:\\p{L}+\\s+){0,4}?(?:en\\s+)?stadig\\s+(?:større|økende|flere|fleire|mer|meir)\\b|\\bstadig\\s+(?:flere|fleire)\\s+(?:\\p{L}+\\s+){1,2}?må\\b', {
    note: 'kommunene må derfor dekke en stadig større del selv: a trend borne, a complaint (NORWEGIAN.md; the må is not a demand)',
  }),
  cue('bekymring', 1, 'gir ikke bedre', '\\b(?:gir|gjev|gjer|gjør)\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:\\p{L}+\\s+)?(?:bedre|betre)\\s+\\p{L}|\\btar\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+med\\s+(?:\\p{L}+\\s+)?(?:kostnader|kostnadene|utgifter|utgiftene|\\p{L}*kostnader)\\b', {
    mainClause: true,
    note: 'en norm som ikke kan oppfylles, gir ikke bedre barnehager / beregningen tar ikke med kostnader til: a measure that fails or an estimate that leaves out',
  }),
  cue('tilsagn', 1, 'KS tilbyr å', '\\b(?:KS|vi|kommunene|kommunesektoren|fylkeskommunene|landstinget)\\s+(?:\\p{L}+\\s+)?(?:tilbyr|tilbyd)\\s+(?:seg\\s+)?(?:å|til\\s+å)\\b', {
    note: 'KS tilbyr å lede arbeidet: an offer',
  }),

  // Round 14 (issue 13, h60–h77): the concessive turn (evaluation-nb.ts), critique said by
  // contrast with what was granted before; read only where no other cue decides.
  cue('bekymring', 1, 'likevel', `^\\s*(?:[–—-]\\s+)?${OPENING_TURN}\\b|\\b${alt(CONCESSIVE_TURN)}\\b`, {
    fallback: true,
    mainClause: true,
    // `…, men gjør det likevel`: the sector's own practice described, no turn against a proposal
    notIn: nbRegex('\\bmen\\b', 'iu'),
    unless: [
      LEGAL_FRAME,
      nbRegex('\\?\\s*$', 'u'),
      // what a rule provides or a document plans: `Forordninga opnar likevel for …`, `I proposisjonen legges det imidlertid opp til …`
      nbRegex('^\\s*(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:forordningen|forordninga|forordning|loven|lova|forskriften|forskrifta|regelverket|direktivet)\\b|^\\s*i\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:proposisjonen|meldingen|meldinga|budsjettet|forslaget|notatet|planen|avtalen)\\b', 'iu'),
      // another body's view, its subject after the verb: `… varslet den imidlertid at …`
      nbRegex('\\b(?:varslet|varsler|foreslår|foreslo|skriver|skrev|mener|mente|anbefaler|anbefalte)\\s+(?:den|de|regjeringen|departementet|direktoratet|utvalget)\\s+(?:\\p{L}+\\s+)?(?:imidlertid|likevel|derimot)\\b', 'iu'),
    ],
    note: 'Forslaget innfrir likevel bare delvis målet / Men kompensasjonen har ikke fulgt … / vil derimot gi …: the turn after a point granted',
  }),

  // … and word classes of critique read on h60–h77's misses, none of them a sentence of those
  // documents: not fitted to its task, denied certainty, overreach, excess with its consequence,
  // a burden forced, and the warning of what happens without a measure.
  cue('bekymring', 1, 'ikke tilpasset', '\\b(?:ikke|ikkje)\\s+(?:(?:er|blir)\\s+)?(?:godt\\s+nok\\s+|tilstrekkelig\\s+)?(?:tilpasset|tilpassa|dimensjonert)\\b', {
    notIn: nbRegex('\\b(?:dersom|hvis|om|når)\\b', 'iu'),
    note: 'kravene er i dag ikke tilpasset små kommuner / fordi regelverket ikke er tilpasset: a measure not fitted to those it governs',
  }),
  cue('bekymring', 1, 'det er ikke gitt at', '\\bdet\\s+er\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+(?:gitt|sikkert|opplagt|selvsagt|sjølvsagt|åpenbart)\\s+at\\b', {
    note: 'Det er ikke gitt at flere krav er veien dit: certainty denied, doubt as critique',
  }),
  cue('bekymring', 1, 'går lenger enn', '\\bgår\\s+(?:\\p{L}+\\s+)?lenger\\s+enn\\b', {
    mainClause: true,
    note: 'de nasjonale kravene går lenger enn direktivet: overreach',
  }),
  cue('bekymring', 1, 'så detaljert at', '(?<=\\b(?:er|blir|ble|var)\\s+(?:blitt\\s+)?(?:\\p{L}+\\s+)?)så\\s+(?!(?:god|godt|gode|bra|vellykket|viktig|viktige)\\b)\\p{L}+\\s+at\\b', {
    fallback: true,
    note: 'regelverket er blitt så detaljert at … / mangelen er så stor at …: excess and what it leads to',
  }),
  cue('bekymring', 1, 'vil ikke kunne', '\\bvil\\s+(?:\\p{L}+\\s+)?(?:ikke|ikkje)\\s+kunne\\s+(?!\\p{L}+es\\b)\\p{L}+|\\b(?:klarer|greier|makter|rekker)\\s+(?:\\p{L}+\\s+){0,3}?(?:ikke|ikkje)\\s+å\\b', {
    note: 'mange barnehager vil ikke kunne oppfylle kravet / mange kommuner klarer ikke å sette av midler: an inability KS warns of',
  }),
  cue('bekymring', 1, 'vil tvinge', '\\b(?:vil|kan|kommer\\s+til\\s+å)\\s+(?:\\p{L}+\\s+)?tvinge\\b|\\btvinger\\s+(?:\\p{L}+\\s+)?(?:kommunene|kommunane|fylkeskommunene|mange|små)\\b', {
    notRelative: true,
    note: 'et slikt krav vil tvinge lærere bort fra fag / tvinger kommunene til: a burden forced',
  }),
  cue('bekymring', 1, 'uten X', '^\\s*(?:[–—-]\\s+)?(?:men\\s+)?(?:uten|utan)\\s+\\p{L}', {
    fallback: true,
    note: 'Uten en egen tilskuddsordning vil etterslepet fortsette å vokse: what happens without a measure, a warning',
  }),

  cue('bekymring', 1, 'i praksis', `\\b${alt(IN_PRACTICE)}\\b`, {
    fallback: true,
    notIn: nbRegex('\\b(?:dersom|hvis|om)\\b', 'iu'),
    unless: [LEGAL_FRAME, nbRegex('\\?\\s*$', 'u')],
    note: 'endringen vil i praksis stoppe flere prosjekter / betyr at kommunene i praksis betaler: what a measure amounts to (IN_PRACTICE)',
  }),
  cue('bekymring', 1, 'kan KS ikke støtte', `\\b(?:kan|vil|kunne)\\s+(?:${OWN_SUBJECT}${KS_REGION}\\s+(?:ikke|ikkje)|(?:ikke|ikkje)\\s+${OWN_SUBJECT}${KS_REGION})\\s+(?:støtte|gå\\s+inn\\s+for|anbefale|tilrå|akseptere|godta)\\b`, {
    note: 'Dette forslaget kan KS (Vestland) ikke støtte / Det kan ikke Landstinget godta: the rejection with the object first, its subject after the modal',
  }),

  // ── tilsagn: KS or the sector commits or offers ─────────────────────────────────────────
  cue('tilsagn', 1, 'vil bidra', `\\b(?:vil|kan|skal|ønsker\\s+å|er\\s+(?:\\p{L}+\\s+)?(?:forberedt|innstilt)\\s+på\\s+å)\\s+(?:og\\s+vil\\s+)?(?:[\\p{L}\\d-]+\\s+){0,9}?(?:bidra|bidrar|samarbeide|delta|medvirke|stille\\s+opp|jobbe\\s+for|arbeide\\s+for|gjøre\\s+mer|ta\\s+(?:en|et)\\s+(?:\\p{L}+\\s+)?(?:ansvar|rolle))\\b`, {
    voice: 'own',
    note: 'KS vil bidra / vil samarbeide / er forberedt på å / kan og vil gjøre mer',
  }),
  cue('tilsagn', 1, 'vil fortsette', `\\b(?:KS${KS_REGION}|vi)\\s+(?:\\p{L}+\\s+)?vil\\s+(?:\\p{L}+\\s+)?(?:fortsette|videreføre|føre\\s+vi(?:de|da)re|følge\\s+opp|jobbe\\s+videre|arbeide\\s+videre|ta\\s+initiativ|invitere)\\b`, {
    note: 'KS vil fortsette / følge opp / ta initiativ til: a commitment by KS itself',
  }),
  cue('tilsagn', 1, 'KS skal', `^(?:KS${KS_REGION}|vi|me)\\s+skal\\b(?!\\s+(?:ikke|ikkje)\\b)`, {
    note: 'KS skal (saman med X) lage / KS skal være en tydelig arbeidsgiverpart: KS as the subject of its own skal undertakes, not a demand',
  }),
  cue('tilsagn', 1, 'KS vil + handling', `\\b(?:KS${KS_REGION}|vi)\\s+vil\\s+(?:${WITH_PARTNERS}\\s+)?(?!(?:(?:også|derfor|innledningsvis|gjerne|samtidig|likevel|videre|sterkt)\\s+)?${NOT_OWN_ACTION})(?:(?!at\\b|og\\b)[\\p{L}\\d-]+\\s+){0,5}?(?!(?!se\\s+på\\b)${NOT_OWN_ACTION})(?:\\p{L}+e|\\p{L}*tilby|ta|gå|gi|stå|slå|nå)\\b|^(?:\\d+\\.\\s+)?${WITH_PARTNERS}\\s+vil\\s+(?:KS${KS_REGION}|vi|me)\\s+(?!${NOT_OWN_ACTION})\\p{L}+e\\b`, {
    fallback: true,
    // infinitives end in -e, or are one syllable (ta, gå, gi, stå): `KS vil ta saken opp i …`; a regional KS too (`KS Agder vil i vår invitere …`);
    // a stance verb after the words between is no action (`KS vil sammen med X understreke at …`), but `se på` is
    note: 'KS (Agder) vil (sammen med X og Y) følge opp / videreutvikle / ta opp, or Sammen med X vil KS lage: an action KS itself takes, when nothing else decides',
  }),
  cue('tilsagn', 1, 'kommunene vil for sin del', `\\b${OWN_SUBJECT}\\s+(?:og\\s+\\p{L}+\\s+)?vil\\s+(?:for\\s+sin\\s+del|på\\s+sin\\s+side|selv|sjøl|for\\s+vår\\s+del|på\\s+vår\\s+side)\\s+(?!${NOT_OWN_ACTION})\\p{L}+`, {
    note: 'Kommunene vil for sin del styrke / vil selv ta inn flere lærlinger: the sector commits to its own part',
  }),
  cue('tilsagn', 1, 'kommunene er på sin side forberedt', `\\b${OWN_SUBJECT}\\s+(?:\\p{L}+\\s+)?(?:(?:vil\\s+${OWN_PART}|${OWN_PART}\\s+vil)\\s+(?!${NOT_OWN_ACTION})\\p{L}+|(?:er\\s+)?${OWN_PART}\\s+(?:er\\s+)?(?:\\p{L}+\\s+)?(?:forberedt|innstilt|klare?|villige?)\\s+(?:på|til)\\b)`, {
    note: 'Kommunene er på sin side forberedt på å … / Fylkeskommunane vil på si side prioritere … / kommunene på sin side vil …: the sector\'s own part (OWN_PART) in any order',
  }),
  cue('tilsagn', 1, 'til disposisjon', '\\b(?:står|stiller|stå|stille)\\s+(?:seg\\s+)?(?:gjerne\\s+)?til\\s+(?:disposisjon|rådighet)\\b', {
    voice: 'own',
    note: 'KS står gjerne til disposisjon: an offer',
  }),
  cue('tilsagn', 1, 'bidrar gjerne', '\\b(?:bidrar|deltar|stiller|tar|påtar\\s+(?:seg|oss))\\s+gjerne\\b', { voice: 'own', note: 'KS bidrar gjerne' }),
  // What the sector puts at the state's disposal (`Vi stiller utkastet til rådighet for
  // direktoratet`), and `stiller gjerne opp` said by any sector body (`Brannvesenene stiller gjerne
  // opp i utprøvingen`): an offer. Not in a body's voice nor in a relative clause (also not a
  // cleft's: `det er disse kommunene som stiller areal til rådighet` describes).
  cue('tilsagn', 1, 'til disposisjon', '(?<!\\bsom\\s)\\b(?:stiller|står)\\s+(?:[\\p{L}-]+\\s+){0,6}?til\\s+(?:rådighet|disposisjon)\\b|\\bstiller\\s+gjerne\\s+(?:opp|med)\\b', {
    voice: 'notReported',
    notRelative: true,
    note: 'stiller X til rådighet / står til disposisjon / stiller gjerne opp: an offer',
  }),
  cue('tilsagn', 1, 'KS gjør gjerne', `\\b(?:KS${KS_REGION}|vi|me|landstinget|hovedstyret)\\s+(?!(?:ser|ønsker|ønskjer|håper|vil|ville|skulle|kunne|hadde|har)\\s)(?:er|gir|\\p{L}{2,}(?:er|ar|yr)|tar|går|står|får|gjør)\\s+gjerne\\b`, {
    note: 'KS deler gjerne / er gjerne med på: any present verb with gjerne after KS itself is an offer (not "ser gjerne at", a wish; not the sector, where gjerne means "often")',
  }),
  cue('tilsagn', 1, 'er forberedt på', '\\ber\\s+(?:\\p{L}+\\s+)?(?:forberedt|innstilt|beredt)\\s+på\\b', { voice: 'own', note: 'sektoren er forberedt/innstilt på' }),
  cue('tilsagn', 1, 'er klare til', '\\ber\\s+(?:\\p{L}+\\s+)?(?:klar|klare|villig|villige|rede|beredt)\\s+til\\s+å\\b', { voice: 'own', note: 'kommunene er klare / villige til å: an offer' }),
  cue('tilsagn', 1, 'vil støtte kommunene', '\\b(?:KS|vi)\\s+(?:\\p{L}+\\s+)?vil\\s+(?:\\p{L}+\\s+)?(?:støtte|hjelpe|bistå|veilede|følge)\\s+(?:opp\\s+)?(?:kommunene|kommuner|fylkeskommunene|fylkeskommuner|sektoren|medlemmene|kommunane|fylkeskommunane)\\b', {
    note: 'KS vil støtte / bistå kommunene: help KS offers (not support of a proposal)',
  }),
  cue('tilsagn', 1, 'vilje til', '\\bvilje\\s+(?:og\\s+evne\\s+)?til\\b', { voice: 'own', note: 'kommunesektoren har vilje (og evne) til' }),
  cue('tilsagn', 1, 'ønsker KS å bidra', `\\b(?:ønsker|vil)\\s+(?:KS|vi)\\s+(?:å\\s+)?(?:bidra|delta|samarbeide)\\b`, { note: 'inverted: dette arbeidet ønsker KS å bidra til' }),
];
