// Norwegian word knowledge for aligning statements (align.ts): which words carry no point of
// their own, and which endings inflect a word without changing what it names. Reviewable data.

/**
 * Words that say how strongly KS asks, not what it asks for: modal verbs, reporting verbs and
 * the `Det er viktig at` frames. A statement that moved from `bør` to `må` is the same point, so
 * these do not count towards similarity (the change of kind is reported separately).
 */
export const MODALITY_WORDS: ReadonlySet<string> = new Set(
  [
    'må', 'måtte', 'bør', 'burde', 'skal', 'skulle', 'kan', 'kunne', 'vil', 'ville', 'ønsker', 'ønske', 'ønsket',
    'mener', 'anbefaler', 'anbefales', 'krever', 'kreves', 'forventer', 'forventes', 'ber', 'oppfordrer',
    'foreslår', 'understreker', 'påpeker', 'viktig', 'viktigste', 'nødvendig', 'avgjørende', 'helt', 'gjerne',
    'sterkt', 'klart', 'tydelig', 'derfor', 'også', 'samtidig', 'fortsatt', 'ks', 'vi', 'det', 'der', 'dette',
  ].map((w) => w.normalize('NFC')),
);

/**
 * Inflection endings, longest first: one is cut from a word (leaving at least four letters), then
 * a final `e`, so `kommune`, `kommunen`, `kommunene`, `kommunes` share the key `kommun` and
 * `styrke`, `styrkes`, `styrket` the key `styrk`. Lighter than natural's stemmer, which costs
 * tens of microseconds a word: compare has to stay within twice the time of `list`.
 */
export const INFLECTION_ENDINGS: readonly string[] = [
  'erne', 'ende', 'ene', 'ane', 'ere', 'ede', 'ens', 'ets', 'ers', 'er', 'ar', 'en', 'et', 'es', 'te', 'de', 'a', 'e', 's',
];

/** Linking letters between compound parts (`barnevern|s|reform`, `barne|hage`). */
export const COMPOUND_LINKS: readonly string[] = ['s', 'e'];

/** Derivational endings cut for a second, weaker unit: `statlig` also counts as `stat`, `økonomisk` as `økonomi`. */
export const DERIVATION_ENDINGS: readonly string[] = ['lige', 'lig', 'ige', 'ig', 'iske', 'isk'];

/**
 * How strongly a modal word or frame asks (3 as krav, 2 as anbefaling, 1 as onske): when both
 * sides of a pair have the same kind, a move from `bør` to `må` inside it still says strengthened
 * (`Vi mener at … bør` / `… må` are both anbefaling by their reporting verb). Matched on
 * lower-cased text.
 */
export const MODAL_STRENGTH: ReadonlyArray<[RegExp, number]> = [
  [/(?<![a-zæøåéü])(?:må|skal|krever|kreves)(?![a-zæøåéü])/u, 3],
  [/(?<![a-zæøåéü])(?:bør|burde|anbefaler|anbefales)(?![a-zæøåéü])/u, 2],
  [/(?<![a-zæøåéü])(?:ønsker|ønskelig|ønsket)(?![a-zæøåéü])/u, 1],
];

/**
 * Words policy texts use for one another, each group counted as one word when statements are
 * aligned (a reworded demand often swaps its verb: `økes` / `styrkes`, `etablere` / `opprette`).
 * Forms are listed as written; each is reduced to its key (align.ts wordKey). Kept to general
 * policy language, not to any one document.
 */
export const SYNONYMS: readonly string[] = [
  'tilstrekkelig tilstrekkelige nok',
  'sikre sikres sikret sørge sørges garantere garanteres',
  'øke økes økt økte øker styrke styrkes styrket heve heves hevet forsterke forsterkes',
  'redusere reduseres redusert minske minskes senke senkes kutte kuttes',
  'etablere etableres etablert opprette opprettes opprettet innføre innføres innført',
  'kostnad kostnader kostnadene utgift utgifter utgiftene',
  'midler midlene ressurser ressursene penger',
  'utrede utredes utredet vurdere vurderes undersøke undersøkes',
  'involvere involveres involvert inkludere inkluderes inkludert',
  'tydeliggjøre tydeliggjøres klargjøre klargjøres presisere presiseres',
  'prioritere prioriteres prioritert vektlegge vektlegges',
  'dekke dekkes dekket kompensere kompenseres kompensert',
  'innbygger innbyggere innbyggerne befolkning befolkningen',
  'bevare bevares bevart verne vernes',
  'rask raskt snarlig snarest',
  'krevende vanskelig vanskelige',
  'forenkle forenkles forenklet',
  'samarbeid samarbeide samarbeider samhandling',
];

/**
 * Words any policy text uses whatever its topic (degree, size, change, generic verbs): they count
 * with a weight of 0.4, as a prefix does, so two different demands that only share `betydelig`
 * and `styrkes` are not taken for one. Forms as written; each is reduced to its key.
 */
export const GENERIC_WORDS: readonly string[] = [
  'betydelig', 'vesentlig', 'større', 'stor', 'store', 'grad', 'flere', 'mer', 'mange', 'mye', 'ny', 'nye', 'nytt',
  'bedre', 'god', 'gode', 'godt', 'del', 'rolle', 'behov', 'mulig', 'mulighet', 'muligheter', 'egen', 'egne', 'eget',
  'særlig', 'spesielt', 'blant', 'annet', 'andre', 'hele', 'landet', 'år', 'årene', 'tid', 'dag', 'fremover',
  'påfallende', 'urimelig', 'uheldig', 'uakseptabelt', 'positivt', 'enig', 'bekymret', 'bekymring',
  'bidra', 'bidrar', 'legge', 'tilrette', 'få', 'gi', 'gis', 'ta', 'tas', 'bruke', 'brukes', 'gjøre', 'gjøres',
  'sikre', 'sikres', 'øke', 'økes', 'økt', 'styrke', 'styrkes', 'redusere', 'reduseres', 'videreføre', 'videreføres',
  'tydeliggjøre', 'tydeliggjøres', 'prioritere', 'prioriteres', 'vurdere', 'vurderes', 'følge', 'følges',
];
