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
 * case (`Kari Nordmann, styreleder i KS`, `Ola Hansen, fylkesleiar i KS Vestland`). Short and unpunctuated like
 * a heading, but it names who wrote the text, so it is a line of body text.
 */
export const BYLINE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\.?(?:\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?){1,3}, \p{Ll}[\p{Ll} ]*(?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)?$/u;
