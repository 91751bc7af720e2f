// A bokmål reading of a sentence written in nynorsk, word for word (nynorsk-nb.ts), for the
// rules written in bokmål (the cues of extract/cues-nb.ts, the area vocabulary of areas-nb.ts).
// A sentence is read so only when it holds a word no bokmål text writes (NYNORSK_WORDS). Offsets
// in the reading map back to the text as written, so what a rule matched is shown as written.
import { NYNORSK_STEMS, NYNORSK_WORDS, NYNORSK_WORDS_IN_NYNORSK } from './nynorsk-nb.js';
import { BOKMAL_SIDE_FORMS, VARIANTS_ANYWHERE } from './variants-nb.js';

/** Nynorsk stems and their bokmål, longest first (`heime` before `heim`). */
const STEMS = [...NYNORSK_STEMS, ...VARIANTS_ANYWHERE.filter((pair) => !BOKMAL_SIDE_FORMS.includes(pair))].sort((a, b) => b[0].length - a[0].length);

/** A word's bokmål reading in a nynorsk sentence: the tables' word, else its nynorsk stems replaced (undefined if none). */
function readWord(lower: string): string | undefined {
  const whole = NYNORSK_WORDS.get(lower) ?? NYNORSK_WORDS_IN_NYNORSK.get(lower);
  if (whole !== undefined) return whole;
  let out = lower;
  for (const [nynorsk, bokmal] of STEMS) if (out.includes(nynorsk)) out = out.replaceAll(nynorsk, bokmal);
  return out === lower ? undefined : out;
}

export interface BokmalReading {
  /** the text with each nynorsk word of the tables replaced by its bokmål reading */
  text: string;
  /** the text as written */
  written: string;
  /** the written text of the reading's [start, end) */
  writtenSlice(start: number, end: number): string;
}

const WORD = /\p{L}+/gu;

/** Does the text hold a word no bokmål text writes? (Asked of every sentence: no array, one lower-casing.) */
function inNynorsk(text: string): boolean {
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  let found = false;
  for (let m = WORD.exec(lower); m !== null && !found; m = WORD.exec(lower)) found = NYNORSK_WORDS.has(m[0]);
  // matchAll (read) starts where the pattern's lastIndex stands
  WORD.lastIndex = 0;
  return found;
}

/** The last reading made: the cues and the areas of a sentence ask for the same one in turn. */
let last: BokmalReading | null = null;

/** The reading of `text`; the text itself (and an identity slice) when no word is nynorsk. */
export function bokmalReading(text: string): BokmalReading {
  if (last?.written === text) return last;
  last = inNynorsk(text) ? read(text) : { text, written: text, writtenSlice: (start, end) => text.slice(start, end) };
  return last;
}

function read(text: string): BokmalReading {
  const words = [...text.matchAll(WORD)];
  let out = '';
  let from = 0;
  // [offset in the reading, offset in the text] at each replaced word's start and end
  const marks: Array<[number, number]> = [];
  for (const m of words) {
    const lower = m[0].toLowerCase();
    const bokmal = readWord(lower);
    if (bokmal === undefined) continue;
    out += text.slice(from, m.index);
    marks.push([out.length, m.index]);
    out += m[0][0] === m[0][0]!.toLowerCase() ? bokmal : bokmal[0]!.toUpperCase() + bokmal.slice(1);
    from = m.index + m[0].length;
    marks.push([out.length, from]);
  }
  out += text.slice(from);
  /** The written offset of a reading offset; one inside a replaced word takes the word's start (or its end, for an end). */
  const writtenAt = (at: number, end: boolean) => {
    let shift = 0;
    for (let k = 0; k < marks.length; k += 2) {
      const [readStart, writtenStart] = marks[k]!;
      const [readEnd, writtenEnd] = marks[k + 1]!;
      if (at <= readStart) return at + shift;
      if (at < readEnd) return end ? writtenEnd : writtenStart;
      shift = writtenEnd - readEnd;
    }
    return at + shift;
  };
  return { text: out, written: text, writtenSlice: (start, end) => text.slice(writtenAt(start, false), writtenAt(end, true)) };
}
