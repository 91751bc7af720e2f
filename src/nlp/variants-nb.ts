// Spelling variants a search query is widened to (nlp/search-analyzer.ts `queryForms`): bokmål
// side forms, and the common nynorsk forms of words KS' documents use, each pair tried in both
// directions. A pair only adds forms to try against the index's vocabulary; a form no document
// has costs nothing, so the pairs may be generous, but they must not turn one word into another
// real word (`syk`/`sjuk` is fine; `bo`/`bu` would make `bod` from `bud`).
//
// Written as people write them (æøå); search-analyzer folds them to search form. Sources: the
// Norwegian Language Council's bokmål/nynorsk word lists (ordbokene.no) for the pairs below.

/** Pairs replaced anywhere in a word (`sjukeheim` ↔ `sykehjem` takes `sjuk`/`syk` and `heim`/`hjem`). */
/** Bokmål side forms (the table before issue 19); compare's alignment (query/align.ts) uses these alone. */
export const BOKMAL_SIDE_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['vei', 'veg'],
  ['ferje', 'ferge'],
  ['frem', 'fram'],
  ['høyhastighets', 'høyhastighet'],
];

export const VARIANTS_ANYWHERE: ReadonlyArray<readonly [string, string]> = [
  ...BOKMAL_SIDE_FORMS,
  // nynorsk ↔ bokmål stems
  ['skule', 'skole'],
  ['sjuk', 'syk'],
  ['heime', 'hjemme'],
  ['heim', 'hjem'],
  ['kyrkj', 'kirk'],
  ['tilskot', 'tilskudd'],
  ['tenest', 'tjenest'],
  ['busetj', 'bosett'],
  ['høg', 'høy'],
  ['vidare', 'videre'],
  ['gåande', 'gående'],
  ['fleir', 'fler'],
  ['vedlikehald', 'vedlikehold'],
  ['haldning', 'holdning'],
  ['løyse', 'løshet'],
  ['sjølv', 'selv'],
  ['vaksn', 'voksn'],
  ['høyring', 'høring'],
  ['saman', 'sammen'],
  ['rekneskap', 'regnskap'],
  ['verksemd', 'virksomhet'],
  ['eigedom', 'eiendom'],
  ['eigar', 'eier'],
  ['eigen', 'egen'],
  ['innbyggjar', 'innbygger'],
  ['gjevar', 'giver'],
  ['utval', 'utvalg'],
  ['moglegheit', 'mulighet'],
  ['mogleg', 'mulig'],
  ['tryggleik', 'trygghet'],
  // nynorsk tryggleik is bokmål sikkerhet as well (`IKT-tryggleik`, `digital tryggleik`)
  ['tryggleik', 'sikkerhet'],
  ['avgjerd', 'avgjørelse'],
  ['flykting', 'flyktning'],
  ['fråvær', 'fravær'],
  ['lækjar', 'lege'],
  // nynorsk agent nouns in -ar also inside compounds (`lærarnorm`, `sjukepleiarutdanning`);
  // the end-of-word pairs below cover them standing alone
  ['lærar', 'lærer'],
  ['pleiar', 'pleier'],
  ['arbeidar', 'arbeider'],
  ['leiar', 'leder'],
  ['einsemd', 'ensomhet'],
  ['einsam', 'ensom'],
  ['utleige', 'utleie'],
  ['foreining', 'forening'],
  ['spele', 'spille'],
  ['tenar', 'tjener'],
  // nynorsk words of other stems, inside compounds too (`snøggbåtrute`/`hurtigbåtrute`)
  ['snøgg', 'hurtig'],
  ['røyst', 'stemm'],
  ['åtak', 'angrep'],
  ['gjeving', 'givning'],
  ['spreiing', 'spredning'],
  ['skilnad', 'forskjell'],
];

/** Pairs replaced at the start of a word only (short, so anywhere would hit unrelated words). */
export const VARIANTS_START: ReadonlyArray<readonly [string, string]> = [
  ['auk', 'øk'],
  ['open', 'åpen'],
  ['heil', 'hel'],
];

/** Endings swapped at the end of a word: nynorsk `-ar` agent nouns and plurals, `-leg`, `-heit`. */
export const VARIANTS_END: ReadonlyArray<readonly [string, string]> = [
  ['arar', 'ere'],
  ['arane', 'erne'],
  ['ar', 'er'],
  ['leg', 'lig'],
  ['lege', 'lige'],
  ['heit', 'het'],
  ['inga', 'ingen'],
  // -kje/-gje infinitives and nouns (`byggje`, `leggje`, `dekkje`): at the end only, as `ge`
  // and `ke` inside words (`barnehage`, `sykehjem`) would each double a query's forms
  ['kje', 'ke'],
  ['gje', 'ge'],
  ['kjer', 'ker'],
  ['gjer', 'ger'],
  // nynorsk present participles and s-passives (`krevjande`, `styrkjast`, `vidareførast`)
  ['ande', 'ende'],
  ['kjast', 'kes'],
  ['gjast', 'ges'],
  ['ast', 'es'],
];

/**
 * Nouns of action and the verbs they name (`kompensasjon` ↔ `kompensere`, `finansiering` ↔
 * `finansiere`): a query for one finds sentences that say the other ("kommunene må kompenseres"
 * for `kompensasjon`), weighted below the word itself. Endings, swapped at the end of a word.
 */
export const NOUN_VERB_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['asjon', 'ere'],
  ['ering', 'ere'],
];

/**
 * Nouns in -ing/-ning and the verbs they name, from noun to verb only (`avlastning` →
 * `avlaste`, `bemanning` → `bemanne`, `utbygging` → `utbygge`): the other way every verb (and
 * every noun in -e: `skole`) would get two nouns to try.
 */
export const NOUN_TO_VERB_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ning', 'e'],
  ['ing', 'e'],
];

/**
 * Rules of nynorsk spelling against bokmål (issue 19): where the two write the same word with
 * regularly different letters, a query word is also tried in the other spelling, so pairs need
 * not be listed word by word (`straumbrot` → `strømbrudd`, `lønsoppgjeret` → `lønnsoppgjøret`,
 * `personvernombod` → `personvernombud`; `strømbrudd` → `straumbrot`). Applied to the word as
 * typed, lower-case with its æøå (folded, `ø` and `o` are one letter), each rule to every
 * occurrence that stands in its context. `nn` is the nynorsk side, `nb` the bokmål side; a rule
 * with `oneWay` only makes bokmål of nynorsk, as its other direction would rewrite too many
 * bokmål words. `before`/`after` are regular-expression classes or alternatives the letters
 * before and after must match. Sources: the Language Council's rules for the two standards
 * (diphthongs, -bod/-bud, kj/gj before e, -ing after k).
 */
export interface SpellingRule {
  nn: string;
  nb: string;
  before?: string;
  after?: string;
  oneWay?: boolean;
}

const C = '[bcdfghjklmnpqrstvwxz]';

export const NYNORSK_RULES: readonly SpellingRule[] = [
  // diphthongs: `straum`/`strøm`, `laus`/`løs`, `draum`/`drøm`, `haust`/`høst`, `raud`/`rød`
  { nn: 'au', nb: 'ø', before: C, after: C },
  // `høyring`/`høring`, `løysing`/`løsning`, `køyre`/`kjøre`: only towards bokmål (`øy` is bokmål too)
  { nn: 'øy', nb: 'ø', before: C, after: `${C}+[aeiouyæøå]`, oneWay: true },
  // `heil`/`hel`, `meir`/`mer`, `fleire`/`flere`, `eigen`/`egen`, `heile`/`hele`: towards bokmål
  { nn: 'ei', nb: 'e', before: `^|${C}`, after: '[lmnrgst]', oneWay: true },
  // -bod/-bud, -brot/-brudd, -skot/-skudd: `ombod`, `tilbod`, `forbod`, `straumbrot`, `underskot`
  { nn: 'bod', nb: 'bud', after: '$|[^e]' },
  { nn: 'brot', nb: 'brudd' },
  { nn: 'skot', nb: 'skudd', before: '[^a]' },
  // `løn`/`lønn` (`lønsoppgjer`, `lønsvekst`), `oppgjer`/`oppgjør`, `gjere`/`gjøre`
  { nn: 'løn', nb: 'lønn', after: '$|[^n]' },
  { nn: 'gjer', nb: 'gjør', after: '$|[^n]' },
  // `namn`/`navn`, `hamn`/`havn`
  { nn: 'amn', nb: 'avn' },
  // kj/gj before e after a consonant, anywhere (`kyrkjebygg`, `byggjeprosjekt`, `følgje`)
  { nn: 'kje', nb: 'ke', before: C },
  { nn: 'gje', nb: 'ge', before: C },
  // `dekking`/`dekning` (`mobildekking`), `rekning`/`regning`, `rekne`/`regne`
  { nn: 'kking', nb: 'kning' },
  { nn: 'rekn', nb: 'regn' },
  // -heit/-het inside a word too (`moglegheitene`, `tryggheit`), after three letters
  { nn: 'heit', nb: 'het', before: '...' },
  // `utslepp`/`utslipp`, `sleppe`/`slippe`; `betre`/`bedre`, `utbetring`/`utbedring`
  { nn: 'slepp', nb: 'slipp' },
  { nn: 'betr', nb: 'bedr' },
  // `køyretøy`/`kjøretøy`, `køyre`/`kjøre`
  { nn: 'køyr', nb: 'kjør' },
  // -semd/-somhet: `verksemd`, `einsemd`, `lønsemd`
  { nn: 'semd', nb: 'somhet' },
  // `ungdomen`/`ungdommen`, `eigedomen`/`eiendommen`
  { nn: 'domen', nb: 'dommen' },
  // `vatn`/`vann`, `vassforsyning`/`vannforsyning`, `vasskraft`/`vannkraft`: both ways as a
  // compound's first part (before a consonant), else only towards bokmål (`vassdrag` is both)
  { nn: 'vatn', nb: 'vann' },
  { nn: 'vass', nb: 'vann', after: C },
  { nn: 'vass', nb: 'vann', oneWay: true },
  // `att-`/`gjen-` as a first part (again, back): `attvinning`/`gjenvinning`, `attbruk`/`gjenbruk`,
  // `attreising`/`gjenreising`
  { nn: 'att', nb: 'gjen', before: '^', after: C },
  // `gras`/`gress` (`kunstgras`, `grasbane`), `-verknad`/`-virkning` (`medverknad`, `verknadene`),
  // `handsame`/`behandle` (`sakshandsaming`), `jamstilling`/`likestilling`
  { nn: 'gras', nb: 'gress' },
  { nn: 'verknad', nb: 'virkning' },
  { nn: 'handsam', nb: 'behandl' },
  { nn: 'jamstill', nb: 'likestill' },
  // `tal`/`tall` at the end of a word, bare or definite (`elevtal`, `folketalet`, `talet`)
  { nn: 'tal', nb: 'tall', after: '$|et$' },
  // `bru`/`bro`, the word and its inflections only (`brua`, `bruene`; `bruk` is another word)
  { nn: 'bru', nb: 'bro', before: '^|' + C, after: '$|a$|e$|er$|ene$|ar$|ane$' },
  // -je verbs whose bokmål has no `j`: `krevje`/`kreve`, `krevjande`/`krevende` (`ressurskrevjande`)
  { nn: 'krevj', nb: 'krev', after: '[ae]' },
  // words whose letters differ more than a rule says
  { nn: 'løysing', nb: 'løsning' },
  { nn: 'utgreiing', nb: 'utredning' },
  { nn: 'utgreie', nb: 'utrede' },
  { nn: 'rettleiing', nb: 'veiledning' },
  { nn: 'rettleiar', nb: 'veileder' },
];
