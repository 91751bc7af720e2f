// An evaluative lexicon (issue 13, recall): words and phrases that judge when they stand as the
// predicate of a copula (`Dette er et feilgrep.`, `Fristen er urealistisk.`, `Det var et riktig
// vedtak.`), each with its polarity. The kind comes from polarity × negation: a good word is
// `stotte`, a good word negated (`er ikke holdbart`, `er likevel ikke veien å gå`, `er ikke i tråd
// med`) and a bad word are `bekymring`. A bad word negated (`er ikke urimelig`) says little and
// gives nothing. This is data, reviewed as such: cues-nb.ts builds its cues from these lists.
// Bokmål (nynorsk is read as bokmål before matching), with the common nynorsk forms as well.

/** Good as a predicate: sound, right, workable, sufficient, in line with. */
export const GOOD_PREDICATES: readonly string[] = [
  'god', 'godt', 'gode', 'bra', 'riktig', 'riktige', 'rett(?!\\s+og\\s+slett)', 'fornuftig', 'fornuftige', 'klok', 'klokt', 'kloke',
  'vellykket', 'vellykkede', 'vellykka', 'treffende', 'treffsikker', 'treffsikkert', 'treffsikre', 'grundig', 'grundige',
  'rimelig', 'rimelige', 'rimeleg', 'rimelege', 'holdbar', 'holdbart', 'holdbare', 'realistisk', 'realistiske',
  'forsvarlig', 'forsvarlige', 'forsvarleg', 'tilstrekkelig', 'tilstrekkelige', 'tilstrekkeleg', 'hensiktsmessig',
  'hensiktsmessige', 'akseptabel', 'akseptabelt', 'akseptable', 'positiv', 'positivt', 'positive', 'gledelig', 'gledelige',
  'gledeleg', 'ønskelig', 'ønskelige', 'tilfredsstillende', 'godt\\s+nok', 'gode\\s+nok', 'god\\s+nok',
  'veien\\s+å\\s+gå', 'vegen\\s+å\\s+gå', 'på\\s+rett\\s+spor',
];

/** Good only as what is denied: `er ikke løsningen`, `er ikke bærekraftig`, `er ikke mulig å gjennomføre` (affirmed, they mostly describe). */
export const GOOD_WHEN_NEGATED: readonly string[] = ['løsningen', 'løysinga', 'svaret', 'bærekraftig', 'bærekraftige', 'gjennomførbart', 'gjennomførbar', 'mulig', 'mogleg'];

/** Good phrases that take an object, so no clause end follows them: `er (ikke) i tråd med`. */
export const GOOD_RELATIONS: readonly string[] = ['i\\s+tråd\\s+med', 'i\\s+samsvar\\s+med'];

/** Bad as a predicate: wrong, unsound, unrealistic, unfair, too late, too little. */
export const BAD_PREDICATES: readonly string[] = [
  'feil', 'galt', 'uholdbar', 'uholdbart', 'uholdbare',
  'urealistisk', 'urealistiske', 'urimelig', 'urimelige', 'urimeleg', 'problematisk', 'problematiske', 'bekymringsfull',
  'bekymringsfullt', 'bekymringsfulle', 'beklagelig', 'beklageleg', 'uakseptabel', 'uakseptabelt', 'uakseptable',
  'uforsvarlig', 'uforsvarlige', 'kritikkverdig', 'kritikkverdige', 'mangelfull', 'mangelfullt', 'mangelfulle',
  'utilstrekkelig', 'utilstrekkelige', 'dårlig', 'dårlige', 'dårleg', 'dårlege', 'uklokt', 'uklok', 'uheldig', 'uheldige',
  'for\\s+(?:sent|seint|kort|lav|lavt|lave|låg|lågt|høy|høyt|høye|lite|liten|få|mange|stor|stort|store|små|dårlig|svak|svakt|snever|snevert|rask|raskt)',
];

/** Bad nouns that judge wherever they stand as predicate (`Dette er et feilgrep i en tid der …`). */
export const BAD_NOUNS: readonly string[] = ['feilgrep', 'feilgrepet', 'tilbakeskritt', 'tilbakeslag', 'tankekors', 'paradoks', 'skuffelse', 'hemsko', 'bjørnetjeneste'];

/**
 * After a good word with an article (`en god utvikling`) a noun follows; these nouns make an
 * idiom or a quantity rather than a judgement (`en god del`, `et godt stykke`, `god grunn`).
 */
export const NOT_JUDGED_NOUNS: readonly string[] = ['del', 'stykke', 'grunn', 'stund', 'tid', 'måte', 'mulighet', 'anledning'];

/** Negation between the copula and the predicate: it turns a good word into critique. */
export const PREDICATE_NEGATION = '(?:ikke|ikkje|neppe|aldri|langt\\s+fra)';

/** The copula a judgement stands on: `er`, `var`, `blir`, `vil være`, `har vært`, `fremstår som`. */
export const EVALUATIVE_COPULA =
  '(?:er|var|blir|ble|vil\\s+være|ville\\s+være|kan\\s+være|har\\s+vært|hadde\\s+vært|synes|virker|fremstår\\s+som|framstår\\s+som)';

/**
 * Share of a cost or a need that is covered, compensated or given `only` (`dekker bare om lag
 * halvparten av`, `kompenserer kun deler av`): a shortfall named, so critique.
 */
export const ONLY_A_SHARE =
  '\\b(?:dekker|dekkjer|dekke|dekkes|kompenserer|kompenseres|finansierer|finansieres|refunderer|refunderes|utgjør|tilsvarer|svarer\\s+til|gir|gjev|gis)\\s+(?:\\p{L}+\\s+){0,3}?(?:bare|kun|berre)\\s+(?:om\\s+lag\\s+|rundt\\s+|omtrent\\s+|vel\\s+|drøyt\\s+|i\\s+underkant\\s+av\\s+|knapt\\s+)?(?:halvparten|deler|en\\s+brøkdel|en\\s+tredjedel|en\\s+fjerdedel|en\\s+mindre\\s+del|en\\s+liten\\s+del|\\d+(?:,\\d+)?\\s+prosent)\\s+av\\b';

/**
 * A figure set far under or over what the sector finds (`ligger langt under det kommunene faktisk
 * må betale`): an estimate judged wrong. Not `langt høyere enn forutsatt`, which reports a cost
 * overrun as a fact.
 */
export const FAR_FROM_EXPECTED =
  '\\b(?:langt|mye|betydelig|vesentlig|klart|godt)\\s+(?:under|over|lavere\\s+enn|høyere\\s+enn|mer\\s+enn|mindre\\s+enn)\\s+det\\s+(?:som\\s+)?(?:kommunene|kommunane|fylkeskommunene|fylkeskommunane|sektoren|vi|KS)\\b';

/**
 * A concessive or adversative turn in a main clause (`Forslaget innfrir likevel bare delvis dette
 * målet`, `Men kompensasjonen har ikke fulgt kostnadene`, `Kravet vil derimot gi mer skjemavelde`):
 * in a response that has just granted a point, the turn is where KS' objection is said, often
 * without any evaluative word. Read only where no cue decides (cues-nb.ts: a fallback), never in
 * another body's voice or a provision of law. On h1–h77 the words below, in a sentence without a
 * cue, were annotated a statement (bekymring) about two times in three.
 */
export const CONCESSIVE_TURN: readonly string[] = [
  'likevel', 'imidlertid', 'derimot',
  // only part of what was promised or needed
  '(?:bare|kun)\\s+delvis',
  // neither … nor: both things denied
  'verken\\s+[^.;]{1,60}?\\beller',
];

/** The turn that opens a sentence: `Men …` (a `men` inside a sentence joins two clauses and turns nothing). */
export const OPENING_TURN = '(?:men)';

/** Whose judgement, between copula and predicate: `Anslaget er etter KS' vurdering for optimistisk`. */
export const JUDGE_ADVERBIAL = "(?:etter\\s+(?:KS['’]?|vår|vårt|mi|min|landstingets|hovedstyrets)\\s+(?:vurdering|syn|meining|mening|oppfatning)\\s+)";

/**
 * What a measure amounts to in practice (`vil i praksis stoppe flere prosjekter`, `betyr at
 * kommunene i realiteten betaler`): the phrase sets what is said against what will happen, and in
 * a response it introduces a consequence KS warns of. On h1–h77, in a sentence without a cue, four
 * of five were annotated bekymring (the fifth joined to another sentence by the segmenter).
 */
export const IN_PRACTICE: readonly string[] = ['i\\s+praksis', 'i\\s+realiteten', 'reelt\\s+sett', 'i\\s+røynda'];
