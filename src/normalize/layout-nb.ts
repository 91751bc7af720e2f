// Language facts the layout rules need, as data. Reviewed in one place; used by normalize/.

/**
 * Words that cannot end a heading: a line ending in one of them continues on the next line.
 * Prepositions, conjunctions, articles, the infinitive marker and relative pronouns.
 */
/**
 * Finite auxiliaries: they usually continue a line ("KS mener det er" / "viktig …"), but they can
 * also close a relative clause ("… der ungdommen er", "… det vi har"), so a short line ending in
 * one is still a heading when empty lines set it off on both sides.
 */
export const CLAUSE_FINAL_VERBS: ReadonlySet<string> = new Set([
  'er', 'har', 'skal', 'må', 'bør', 'vil', 'kan', 'blir', 'ble',
]);

export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'og', 'eller', 'samt', 'men', 'i', 'for', 'av', 'med', 'til', 'at', 'å', 'som', 'på', 'om',
  'fra', 'ved', 'under', 'over', 'mot', 'mellom', 'etter', 'uten', 'hos', 'gjennom', 'innen',
  'en', 'et', 'ei', 'den', 'det', 'de', 'der', 'hvor', 'når', 'slik', 'både', 'enten', 'verken',
  'ikke', ...CLAUSE_FINAL_VERBS, 'sin', 'sitt', 'sine',
  'seg', 'deres', 'denne', 'dette', 'disse', 'dens', 'hvis', 'dersom', 'fordi', 'da', 'enn',
  // nynorsk forms, so a nynorsk text degrades gracefully
  'ikkje', 'eit', 'ein', 'frå', 'korleis', 'kva',
]);

/**
 * After a line-end hyphen these words mean the hyphen stands for a shared compound part
 * ("Kommunal- og distriktsdepartementet", "helse- eller omsorgstjenester"): keep hyphen and space.
 */
export const HYPHEN_SPACE_WORDS: ReadonlySet<string> = new Set(['og', 'eller', 'samt', 'og/eller', 'enn']);

/**
 * A byline under a title: a name of two to four capitalised words, a comma and a role in lower
 * case (`Kari Nordmann, styreleder i KS`, `Ola Hansen, fylkesleiar i KS Vestland`). Short and
 * unpunctuated like a heading, but it names who wrote the text, so it is a line of body text.
 * Letters are the Latin-1 ones (names in Norwegian text): written with Unicode property classes
 * (`\p{Lu}`, eleven of them) the pattern cost 1.4 % of a one-document ingest's instructions just to
 * be built (callgrind; nlp/regex-nb.ts tells the same of `\p{L}` in case-insensitive patterns).
 */
const UPPER = 'A-Z\\xC0-\\xD6\\xD8-\\xDE';
const LOWER = 'a-z\\xDF-\\xF6\\xF8-\\xFF';
const NAME = `[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?`;
const INITIAL_OR_NAME = `[${UPPER}]\\.?(?:[${LOWER}]+)?(?:-[${UPPER}][${LOWER}]+)?`;
const PROPER = `[${UPPER}][${UPPER}${LOWER}-]*`;
export const BYLINE = new RegExp(`^${NAME}(?: ${INITIAL_OR_NAME}){1,3}, [${LOWER}][${LOWER} ]*(?:${PROPER}(?: ${PROPER})*)?$`);
