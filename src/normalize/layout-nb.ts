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
 * Lower-case words that keep their hyphen before the next part even at a line end: `ikke-` compounds
 * (`ikke-statlige`) and short lower-case abbreviations (`tv-`, `it-`, `pc-`, `sms-`). Any other
 * lower-case word of two or more letters broken at a line end before a lower-case continuation is
 * a word divided by the layout (`over-` + `gangen`, `an-` + `ledning`), joined without its hyphen.
 */
export const HYPHEN_KEPT_BEFORE: ReadonlySet<string> = new Set(['ikke', 'ikkje', 'tv', 'it', 'pc', 'sms', 'cd', 'dvd', 'gps', 'ip', 'id']);

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

/**
 * A letter's closing formula (`Med vennlig hilsen`, `Vennleg helsing`, `Hilsen`): the short lines
 * under it, up to the next break, are names and roles, each a line of its own (they had run
 * together into one sentence, `Med hilsen Kari Nordmann styreleder i KS`).
 */
export const SIGN_OFF = /^(?:(?:[Mm]ed|[Bb]este) )?(?:(?:[Vv]ennlig|[Vv]ennleg|[Vv]enleg|[Bb]este) )?(?:[Hh]ilsen|[Hh]elsing),?$/;

const MONTH = '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)';
const WEEKDAY = '(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)';
const NUMERIC_DATE = '\\d{1,2}\\. ?\\d{1,2}\\. ?\\d{2,4}';
const DATE = `(?:${NUMERIC_DATE}|\\d{1,2}\\. ${MONTH}(?: \\d{4})?)`;
const PLACE = `[${UPPER}][${LOWER}]+(?:(?: i| på)? [${UPPER}][${LOWER}]+|-[${UPPER}][${LOWER}]+)?`;
const SENDER = `[${UPPER}][${UPPER}${LOWER}-]*`;
/**
 * A press release's dateline at the start of its first paragraph, on the line of the text it
 * opens (`KS, Oslo 3.6.2059 Departementet la …`, `Bodø, tysdag 3. juni 2059: …`): a place and a
 * date, with a sender or a comma after the place, or a date in figures (`Fra 1. mai Kommunene`
 * is no dateline), then a capital letter. It is a unit of its own, not the first sentence's
 * start; an ending period or colon, or a dash after it, stays with it.
 */
const DATELINE_BODY = `(?:(?:${SENDER}, )?${PLACE}, (?:${WEEKDAY} )?${DATE}|${SENDER}, ${PLACE} (?:${WEEKDAY} )?${DATE}|${PLACE} ${NUMERIC_DATE})`;
export const DATELINE = new RegExp(`^${DATELINE_BODY}[.:]?(?: [–—])?(?= ["«“]?[${UPPER}])`);
/** A dateline on a line of its own (`Oslo, 6. oktober 2061`): short and unpunctuated, but no heading. */
export const DATELINE_ALONE = new RegExp(`^${DATELINE_BODY}[.:]?$`);
