// Word classes for the learned fallback (fallback.ts): features that generalise beyond the
// words of the training sentences. The weights are learned (fallback-model-nb.ts); these lists
// only say which words belong together. Bokmål and the common nynorsk forms.
import { nbRegex } from '../nlp/norwegian.js';
import { OWN_SUBJECT, REPORTING_BODY } from './cues-nb.js';

/** Negation and lack: critique is often a denial (`ikke`, `ingen`, `mangler`, `uten`). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'ikke', 'ikkje', 'ingen', 'inga', 'intet', 'aldri', 'mangler', 'manglar', 'mangel', 'mangelen', 'uten', 'utan', 'verken', 'heller',
]);

/**
 * Evaluative words, judging rather than describing: degree (`altfor`, `svært`), judgement
 * (`uheldig`, `urimelig`, `krevende`, `god`), and the verbs of harm or help (`svekker`, `rammer`,
 * `styrker`). A word is matched by its lower-cased form.
 */
export const EVALUATIVE_WORDS: ReadonlySet<string> = new Set([
  'altfor', 'for', 'svært', 'særlig', 'spesielt', 'helt', 'langt', 'lite', 'liten', 'små', 'vanskelig', 'vanskeleg', 'krevende', 'krevjande',
  'uheldig', 'uheldige', 'urimelig', 'urimeleg', 'urealistisk', 'urealistiske', 'dårlig', 'dårlige', 'svak', 'svake', 'svakt',
  'usikker', 'usikre', 'usikkert', 'uklar', 'uklare', 'uklart', 'overfladisk', 'overfladiske', 'mangelfull', 'mangelfulle', 'mangelfullt',
  'utilstrekkelig', 'utilstrekkelige', 'stramt', 'stram', 'stramme', 'høy', 'høye', 'høyt', 'lav', 'lave', 'lavt', 'lavere', 'høyere',
  'alvorlig', 'alvorlige', 'negativ', 'negative', 'negativt', 'risiko', 'fare', 'press', 'presset', 'belastning', 'byrde',
  'svekker', 'svekke', 'rammer', 'ramme', 'splitte', 'splitter', 'undergraver', 'uthuler', 'øker', 'kutt', 'kutte', 'tap',
  'god', 'gode', 'godt', 'bedre', 'positiv', 'positive', 'positivt', 'viktig', 'viktige', 'riktig', 'riktige', 'nyttig', 'nyttige',
  'styrker', 'styrke', 'forenkler', 'frigjør', 'reduserer', 'redusere', 'gevinst', 'gevinster', 'verdifull', 'verdifulle',
]);

/** A sentence that opens with the sector as subject: `KS …`, `Vi …`, `Kommunene …`. */
export const OWN_OPENING = nbRegex(`^\\s*(?:[–—-]\\s+)?(?:men\\s+|og\\s+|samtidig\\s+|derfor\\s+)?${OWN_SUBJECT}\\b`, 'iu');

/** A sentence that opens with another body as subject: the government, a ministry, a committee, a report. */
export const OTHER_OPENING = nbRegex(
  `^\\s*(?:(?:den|det|de|dette|denne|nye|regjeringens|statens)\\s+)*(?:\\p{L}+-\\s+og\\s+)?(?:regjeringen|staten|stortinget|statsforvalteren|statsråden|ministeren|${REPORTING_BODY}|loven|lovforslaget|forskriften|ordningen)\\b`,
  'iu',
);

/** A press-release quote (`– …`), mostly KS' leader speaking. */
export const DASH_QUOTE = /^\s*[–—]\s/u;

/**
 * Reported speech of a KS speaker named before: `Hun viser til at …`, `Nordheim understreker at …`
 * (a capitalised name (not `Vi`) that is not a minister or a body: NOT_KS_SPEAKER and REPORTED_FRAMES
 * in cues-nb.ts rule those out).
 */
export const SPEAKER_FRAME = nbRegex('^\\s*(?:hun|han|\\p{Lu}\\p{Ll}{2,})\\s+(?:viser\\s+til|understreker|påpeker|mener|sier|peker\\s+på|minner\\s+om|advarer|forklarer|legger\\s+til)\\b', 'u');

/** KS named as the source: `Ifølge KS …`, `Ifølge KS-lederen …`. */
export const ACCORDING_TO_KS = nbRegex("^\\s*(?:ifølge\\s+KS(?:\\b|[-'’])|etter\\s+KS(?:['’]|\\s+sitt)\\s+(?:syn|mening|meining|vurdering|oppfatning)\\b)", 'iu');

/**
 * A judgement made by structure, not by a signal word: a negation (`gir ikke rom for`, `fanger
 * ikke opp`, `ingen av utgiftene er kompensert`) or a degree that says too much or too little (`er
 * for lita`, `gir for kort tid`, `er lite verdt`, `langt fra realistisk`). Where the rules find no
 * cue and no other voice, such a sentence is read by the fallback at its own threshold
 * (fallback.ts, fallbackGate): critique in KS' prose is mostly said so, description mostly not.
 */
export const JUDGEMENT_MARKER = nbRegex(
  '(?<!\\p{L})(?:ikke|ikkje|ingen|inga|aldri|verken|altfor|for\\s+(?:lite|liten|lita|små|få|kort|lav|lavt|lave|høy|høyt|høye|mye|mange|sent|seint|svak|svakt|dårlig|dårleg)|lite\\s+verdt|langt\\s+fr[aå])(?!\\p{L})',
  'iu',
);
