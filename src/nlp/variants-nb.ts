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
  ['eigen', 'egen'],
  ['innbyggjar', 'innbygger'],
  ['gjevar', 'giver'],
  ['utval', 'utvalg'],
  ['moglegheit', 'mulighet'],
  ['mogleg', 'mulig'],
  ['tryggleik', 'trygghet'],
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
