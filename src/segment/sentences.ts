// Sentence boundaries in Norwegian prose. Greedy split, then merge the exceptions:
//   split  after `.`, `!`, `?`, `…` (with closing quotes or brackets) followed by white space
//          and a capital letter, a digit, an opening quote, a lettered point (`b) …`) or a
//          note's number (`[2] …`);
//   merge  when the text before the split ends in an abbreviation that never ends a sentence
//          (`f.eks.`, `jf.`, `kr.` but after an amount), or is an elision `[..]`, or the part after the split is a
//          bare list number (`1.`) that belongs to the sentence it opens; a list number after a
//          colon (`… om å: 1. Styrke …`) moves the split to before the number;
//   dateline a press release's `KS, Oslo 3.6.2059` before its first sentence is a unit of its own.
// Lower-case continuations (`26. april`, `bl.a. gjennom`, `3. ledd`) are never split at all.
import { ABBREVIATIONS_BEFORE_NUMBER, ABBREVIATIONS_NEVER_FINAL, UNITS_FINAL_AFTER_AMOUNT } from '../normalize/abbreviations-nb.js';
import { DATELINE } from '../normalize/layout-nb.js';

// (a dash after the end opens a quotation in a press release: `… størst. – Vi ber …`; a
// lettered point opens a sentence of its own: `… fra 1. april. b) Barn som …`, and so does a
// note's number in a list of notes: `… november 2065. [2] Anslaget …`)
const BOUNDARY = /[.!?…]+["'»”’)\]]*(?=\s+(?:(?:[–—]\s+)?["«“(]?[\p{Lu}\d§]|\p{Ll}\)\s|\[\d{1,3}\]\s))/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One of these abbreviations at the end of the text before a split, preceded by a non-letter. */
const atEnd = (abbreviations: readonly string[]) => new RegExp(`(?:^|[^\\p{L}\\d.])(?:${abbreviations.map(escape).join('|')})$`, 'iu');
const NEVER_FINAL_AT_END = atEnd(ABBREVIATIONS_NEVER_FINAL);
// one that stands only before a number (`s. 7`)
const BEFORE_NUMBER_AT_END = atEnd(ABBREVIATIONS_BEFORE_NUMBER);
const NUMBER_NEXT = /^\s+\d/u;
// a unit after an amount (`95 mrd. kr.`, `500 kr.`): its period may end the sentence
const UNIT_AFTER_AMOUNT_AT_END = new RegExp(`\\d\\s+(?:(?:mill|mrd)\\.\\s+)?(?:${UNITS_FINAL_AFTER_AMOUNT.map(escape).join('|')})$`, 'iu');
// `[..]`, `[…]`, `(…)`: an elision, not an end.
const ELISION_AT_END = /[[(](?:\.{2,}|…)[\])]$/u;
// A single capital letter with a period is an initial (`K. Hansen`), not an end.
const INITIAL_AT_END = /(?:^|\s)\p{Lu}\.$/u;
// A list number after a colon: `… om å: 1.` + `Styrke …`; the point starts a new sentence there.
const POINT_AFTER_COLON = /:\s+(\d{1,3}(?:\.\d{1,3})*\.)$/u;
// A list number standing alone: `1.`, `2.3.`, `a)`.
const BARE_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.|\p{L}\))\s*$/u;

const BEFORE_WINDOW = 64;
/** NEVER_FINAL_AT_END needs only the longest abbreviation and the character before it. */
const ABBREVIATION_WINDOW = Math.max(...ABBREVIATIONS_NEVER_FINAL.map((a) => a.length)) + 1;

/** Split a text into sentence spans [start, end), trimmed of surrounding white space. */
export function splitSentences(text: string): Array<[number, number]> {
  // a dateline opening the text ends where its date does (the split below may find the same end)
  const dateline = DATELINE.exec(text);
  const cuts: number[] = dateline ? [dateline[0].length] : [];
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    // Only the end of the text before the split matters; a bounded window keeps a long
    // paragraph linear. A letter stands for the cut-off start so `^` cannot match there.
    const before = end > BEFORE_WINDOW ? `x${text.slice(end - BEFORE_WINDOW, end)}` : text.slice(0, end);
    // (an end-anchored regex is tried at every position of what it is given: give it little)
    const tail = end > ABBREVIATION_WINDOW ? `x${text.slice(end - ABBREVIATION_WINDOW, end)}` : before;
    if ((NEVER_FINAL_AT_END.test(tail) && !UNIT_AFTER_AMOUNT_AT_END.test(before)) || ELISION_AT_END.test(before) || INITIAL_AT_END.test(before)) continue;
    if (BEFORE_NUMBER_AT_END.test(tail) && NUMBER_NEXT.test(text.slice(end, end + 8))) continue;
    const point = POINT_AFTER_COLON.exec(before);
    cuts.push(point ? end - point[1]!.length : end);
  }
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const span = trimSpan(text, start, cut);
    start = cut;
    if (span[0] >= span[1]) continue;
    const previous = spans[spans.length - 1];
    if (previous && BARE_NUMBER.test(text.slice(previous[0], previous[1]))) {
      previous[1] = span[1]; // `1.` + `Styrke …` is one sentence
      continue;
    }
    spans.push(span);
  }
  return spans;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}
