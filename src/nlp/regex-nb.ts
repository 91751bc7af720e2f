// Regular expressions that know Norwegian words: `\b` and `\p{L}` rewritten for the Latin
// letters (æøå among them). No natural here, so the data tables that compile their patterns
// with nbRegex (the area table, which every query's `--area` needs) load without the stemmer.

/**
 * Letters of the Latin scripts of Europe (Basic Latin, Latin-1 and Extended-A: æøå, Sami
 * č đ ŋ š ŧ ž, the accented letters of European names and loans) and digits. Written as ranges
 * rather than `\p{L}` on purpose: V8 closes every class of a case-insensitive pattern over case
 * when it compiles it (a `\p{L}` class took about a millisecond), and each `\b` holds one. Latin
 * Extended-B and Extended Additional (Vietnamese, Pinyin tones) were left out for the same
 * reason: with them the seed's one-document ingest took 11 % more instructions.
 */
export const LATIN_LETTER_RANGES = '0-9A-Za-zªµºÀ-ÖØ-öø-ſ';
const LETTER = `[${LATIN_LETTER_RANGES}]`;
/** `\b` that knows Norwegian letters (JavaScript's `\b` treats `å` as a non-word character). */
export const WORD_BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;
const WORD_START = `(?<!${LETTER})`;
const WORD_END = `(?!${LETTER})`;

/**
 * Compile a pattern written with `\b` so that `\b` means a boundary between Norwegian words
 * (`\bmå\b` must not match inside `måte`). Flags default to `giu`. A `\b` right after a letter
 * is a word end; one before a letter, `\p`, `\d`, or at the start of the pattern or of a group
 * or alternative, a word start; both are cheaper than the two-sided boundary used otherwise.
 */
export function nbRegex(source: string, flags = 'giu'): RegExp {
  const out = source.replace(/\\b/g, (_m, at: number) => {
    const prev = source.slice(0, at);
    const next = source.slice(at + 2);
    if (/\p{L}$/u.test(prev)) return WORD_END;
    if (/^(?:\p{L}|\\[pd])/u.test(next)) return WORD_START;
    if (prev === '' || /(?:[(|^]|\(\?:)$/u.test(prev)) return WORD_START;
    return WORD_BOUNDARY;
  });
  return new RegExp(latinLetters(out), flags.includes('u') ? flags : `${flags}u`);
}

/** `\p{L}` and `\p{N}` in a pattern source → the Latin ranges above (see LATIN_LETTER_RANGES). */
export function latinLetters(source: string): string {
  // (an escape outside a class, `\[` among them, is stepped over: it opens no class)
  const inClasses = source.replace(/\\.|\[(?:\\.|[^\]\\])*\]/gu, (part) =>
    part.startsWith('\\') ? part : part.split('\\p{L}').join(LATIN_LETTER_RANGES.slice(3)).split('\\p{N}').join('0-9'),
  );
  return inClasses.split('\\p{L}').join(`[${LATIN_LETTER_RANGES.slice(3)}]`);
}

/** A pattern source made by nbRegex without its word-boundary look-arounds. */
export function withoutBoundaries(source: string): string {
  return source.split(WORD_BOUNDARY).join('').split(WORD_START).join('').split(WORD_END).join('');
}
