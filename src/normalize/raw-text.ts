// Raw text as extracted from a PDF → mdast. An ordered set of small rules, each named after
// the layout fact it handles (SPEC "What the extraction left behind"):
//   1. pages      a line that starts with exactly one space and then text opens a new page
//   1b. furniture page numbers and running headers and footers (a line at a page's edge that
//                 repeats, numbers aside, on at least half the pages), and a table of contents'
//                 lines, are left out
//   2. blanks     a line of spaces ends a paragraph; an empty line only does after a finished,
//                 short line (double-spaced passages put empty lines inside paragraphs)
//   3. headings   bare lines: capitalised, no final punctuation, clearly shorter than the wrap
//                 width, standing after a finished sentence and before a capitalised line
//   4. levels     headings that follow each other step down one level each from chapter; a
//                 heading after body text takes the level of the deepest heading of the last run;
//                 a numbered heading (`2.1 Inntekter`) takes the depth of its number
//   4b. lists     points (`1. …`, `- …`) after a colon, or followed by the next point, form a list;
//                 each point is a paragraph of its own (its sentences end with it)
//   4c. ends      a short line without final punctuation before a capitalised line ends its
//                 paragraph when the next word would have fitted on it
//   4d. rows      table rows, fact-box lines, a dateline alone, runs of short lines broken by hand
//                 (a letterhead, an address) and a letter's signature lines are blocks of one line
//   5. joining    wrapped lines are joined with a space; line-end hyphens are kept (`e-helse`,
//                 `EØS-avtalen`), and kept with the space before `og`/`eller` (`Kommunal- og`)
// The result is mdast whose text nodes carry, in `data.lineStarts`, where each source line
// begins, so sentences can cite their lines exactly.
import type { Heading as MdHeading, List, ListItem, Paragraph, Root, Text } from 'mdast';
import { ABBREVIATIONS_NEVER_FINAL } from './abbreviations-nb.js';
import { BYLINE, CLAUSE_FINAL_VERBS, CONTINUATION_WORDS, DATELINE_ALONE, HYPHEN_KEPT_BEFORE, HYPHEN_SPACE_WORDS, SIGN_OFF } from './layout-nb.js';
import { CONTENTS_LINE, EDGE_LINES, isPageNumberLine, runningKey, runningPagesNeeded } from './page-furniture-nb.js';

/** [offset in the text node's value, 1-based source line] pairs, offsets ascending. */
export type LineStarts = Array<[number, number]>;

export interface NormalizedText {
  root: Root;
  /** page of every source line, index = line number (index 0 unused). */
  pageOfLine: number[];
  pages: number;
}

interface Line {
  no: number;
  raw: string;
  text: string;
  kind: 'empty' | 'spaces' | 'text' | 'furniture';
  pageStart: boolean;
}

const SENTENCE_END = /[.!?…]["'»”’)\]]*$|:$/u;
// (a press release's quote opens with a dash: `– Vi snakker om …`)
const UPPER_START = /^(?:[–—] )?["«“(]?[\p{Lu}\d]/u;

/** Rule 1 and the line classes the other rules work on. */
export function classifyLines(text: string): { lines: Line[]; pageOfLine: number[]; pages: number } {
  const raws = text.split('\n');
  if (raws.length > 1 && raws[raws.length - 1] === '') raws.pop();
  const lines: Line[] = [];
  const pageOfLine: number[] = [0];
  let page = 1;
  raws.forEach((raw, i) => {
    const pageStart = /^ [^\s]/u.test(raw);
    if (pageStart && i > 0) page += 1;
    pageOfLine.push(page);
    const trimmed = raw.trim();
    const kind = raw === '' ? 'empty' : trimmed === '' ? 'spaces' : 'text';
    lines.push({ no: i + 1, raw, text: trimmed.replace(/\s+/gu, ' '), kind, pageStart });
  });
  for (const no of pageFurniture(lines, pageOfLine, page)) lines[no - 1]!.kind = 'furniture';
  return { lines, pageOfLine, pages: page };
}

/**
 * Rule 1b: the line numbers of page furniture. At the first or last text lines of a page, a
 * page number (`Side 3 av 14`) or a line that repeats, numbers aside, at an edge of at least half
 * the pages (`Høringssvar fra KS · side 3`); anywhere, a table of contents' lines and its title. Read as text
 * they had become headings in mid-paragraph. As in the PDF reader (readers/pdf-layout.ts rule 2).
 */
export function pageFurniture(lines: readonly Line[], pageOfLine: readonly number[], pages: number): number[] {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    const page = pageOfLine[line.no]!;
    if (!byPage.has(page)) byPage.set(page, []);
    byPage.get(page)!.push(line);
  }
  const edges = [...byPage.values()].flatMap((on) => on.filter((_, i) => i < EDGE_LINES || i >= on.length - EDGE_LINES));
  const pagesWith = new Map<string, Set<number>>();
  for (const line of edges) {
    const key = runningKey(line.text);
    if (!pagesWith.has(key)) pagesWith.set(key, new Set());
    pagesWith.get(key)!.add(pageOfLine[line.no]!);
  }
  const running = (line: Line) => pages > 1 && pagesWith.get(runningKey(line.text))!.size >= runningPagesNeeded(pages);
  const atEdge = edges.filter((line) => isPageNumberLine(line.text) || running(line));
  // a table of contents' lines, and its title (`Innhold`): the short unpunctuated line before them
  const texts = lines.filter((line) => line.kind === 'text');
  const contents = texts.filter((line, i) => {
    if (CONTENTS_LINE.test(line.text)) return true;
    const next = texts[i + 1];
    return next !== undefined && CONTENTS_LINE.test(next.text) && line.text.split(' ').length <= 4 && !/[.!?:;,]$/u.test(line.text);
  });
  return [...new Set([...atEdge, ...contents].map((line) => line.no))].sort((a, b) => a - b);
}

/** The wrap width of the layout: a high percentile of line lengths, robust to odd long lines. */
export function wrapWidth(lines: Line[]): number {
  const lengths = lines.filter((l) => l.kind === 'text').map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return Math.max(40, lengths[Math.floor(lengths.length * 0.9)]!);
}

/**
 * The last word of a line, lower-case. Scanned from the end by hand: an end-anchored regex
 * retries from every position of the line, which made this the ingest's hottest function.
 */
export function lastWord(s: string): string {
  const isWordChar = (c: string) => c === '/' || /[\p{L}\d]/u.test(c);
  let end = s.length;
  while (end > 0 && !isWordChar(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isWordChar(s[start - 1]!)) start--;
  return s.slice(start, end).toLowerCase();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Abbreviations a sentence never ends with (`Meld.`, `jf.`), as whole words. */
const NEVER_FINAL = new RegExp(`(?<![\\p{L}\\d.])(?:${ABBREVIATIONS_NEVER_FINAL.map(escapeRegExp).join('|')})(?=\\s)`, 'giu');

/**
 * A row of a table laid out in columns (`Klimasats      300      280      450`): cells set apart
 * by wide gaps, at least two of them. Each row is a block of its own, never a heading.
 */
const TABLE_ROW = /\S {3,}\S.*\S {3,}\S/u;

/**
 * A line of a fact box (`Passasjerer i 2024: 1,9 millioner`): a label, a colon and a short value
 * with a figure. Two or more in a row are a box: like table rows, each a block of its own, never
 * a heading (such lines, unpunctuated and short, had become headings nested ever deeper). One
 * alone may be a wrapped line of a sentence, and stays one.
 */
const FIELD_ROW = /^\p{Lu}[^:]{2,80}:\s+(?=[^:\d]*\d)[^:]{1,40}$/u;

/** A lettered point (`a) Barn som …`): it starts a paragraph of its own, as a list point does. */
const LETTER_POINT = /^\p{Ll}\)\s+\S/u;

/** A finished line: ends a sentence, so whatever follows may start a new block. */
const endsSentence = (s: string) => SENTENCE_END.test(s);

/**
 * The text lines that are blocks of one line each (rule 4d), by index into `texts`: table rows,
 * fact-box rows (two or more `Label: figure` lines), a dateline on its own line, and runs of three
 * or more short lines broken by hand — a letterhead, an address, a box of facts — where each line
 * stopped though the next line's first word would have fitted, and none ends in punctuation (runs
 * of two at a letter's head: its first lines, and the blocks that follow a letterhead).
 * Taken one at a time such lines looked like headings and nested ever deeper.
 */
export function oneLineBlocks(texts: ReadonlyArray<Pick<Line, 'no' | 'raw' | 'text'>>, width: number): boolean[] {
  const unit = texts.map((line) => TABLE_ROW.test(line.raw.trim()) || DATELINE_ALONE.test(line.text));
  const field = texts.map((line) => FIELD_ROW.test(line.text));
  const byHand = texts.map((line, i) => {
    if (/[.!?…:;,(–-]["'»”’)]*$/u.test(line.text) || listMarker(line.text) || headingNumberDepth(line.text) !== null) return false;
    const next = texts[i + 1];
    if (next === undefined || next.no !== line.no + 1) return line.text.length <= width * 0.85;
    return line.text.length + 1 + firstWord(next.text).length <= width * 0.85;
  });
  // runs of such lines without a break between them; a run of two, set off by a break after it,
  // counts where a letterhead's blocks stand (the document's first lines, or right after such a
  // run with only breaks between: the addressee, the reference lines), three anywhere
  let runStart = 0;
  let afterRun = -1;
  for (let i = 0; i <= texts.length; i++) {
    const continues = i < texts.length && byHand[i] && (i === runStart || texts[i]!.no === texts[i - 1]!.no + 1);
    if (continues) continue;
    const length = i - runStart;
    const breakAfter = () => i === texts.length || texts[i]!.no !== texts[i - 1]!.no + 1;
    if (length >= 3 || (length === 2 && (runStart === 0 || runStart === afterRun) && breakAfter())) {
      for (let j = runStart; j < i; j++) unit[j] = true;
      afterRun = i;
    }
    runStart = i < texts.length && byHand[i] ? i : i + 1;
  }
  field.forEach((isField, i) => {
    if (isField && (field[i - 1] === true || field[i + 1] === true)) unit[i] = true;
  });
  return unit;
}

/**
 * Rule 3 for one line, given its neighbours (the nearest text lines) and what stood between.
 * `blank`: whether an empty line stands right before and right after it. The document's first
 * line with one after is its title, which may run to the wrap width and past it (a long
 * "Høringssvar – …" title), where a heading inside the text may not.
 */
export function isHeadingLine(
  line: string,
  prev: { text: string; heading: boolean; breakBetween: boolean; unit?: boolean } | null,
  next: string | null,
  width: number,
  blank: { before: boolean; after: boolean } = { before: false, after: false },
): boolean {
  // (also the first prose line after a letterhead's lines, set off by breaks on both sides)
  const title = (prev === null || (prev.unit === true && blank.before)) && blank.after;
  if (line.length > (title ? 150 : Math.min(150, width * 0.85))) return false;
  if (!/^(\d+(\.\d+)*\.?\s+)?\p{Lu}/u.test(line)) return false;
  // (a numbered heading may ask a question: `5.2 Hvem skal betale?`)
  const question = /\?$/u.test(line) && /^\d+(?:\.\d+)*\s+\p{Lu}/u.test(line);
  if ((/[.!?:;,]["'»”’)]*$/u.test(line) && !question) || /[-–—(]$/u.test(line)) return false;
  if (BYLINE.test(line)) return false;
  const last = lastWord(line);
  // set off by empty lines after a finished block, a line may end in a verb closing a relative
  // clause (`… der ungdommen er`) or, when short, in a particle (`Hele landet må med`, `… å kjøpe
  // inn på`): a double-spaced paragraph's lines run to the wrap width
  const setOff = blank.before && blank.after && (prev === null || prev.heading || prev.breakBetween || endsSentence(prev.text));
  if (CONTINUATION_WORDS.has(last) && !(setOff && (CLAUSE_FINAL_VERBS.has(last) || line.length < width * 0.6))) return false;
  // two sentences on one line: body text (a heading's own number, `1. Innledning`, is no sentence,
  // nor is an abbreviation's period: `… om Meld. St. 14 …`)
  if (/[.!?]\s+\p{Lu}/u.test(line.replace(/^\d+(?:\.\d+)*\.?\s+/u, '').replace(NEVER_FINAL, ''))) return false;
  if (line.split(/\s+/u).length > 20) return false;
  if (next !== null && !UPPER_START.test(next)) return false;
  if (prev === null || prev.heading || prev.breakBetween || endsSentence(prev.text)) return true;
  // A short unfinished line ended its paragraph (a body line without its final period).
  const prevShort = prev.text.length < width * 0.8;
  return prevShort && !CONTINUATION_WORDS.has(lastWord(prev.text)) && !/[-–]$/u.test(prev.text);
}

type Block =
  | { type: 'heading'; title: string; line: number; level: number }
  | { type: 'paragraph'; lines: Line[] }
  | { type: 'list'; ordered: boolean; start: number | null; items: Line[][] };

/** A list point: `1. Styrke …`, `2) …`, `- …`, `• …`. Multi-level numbers (`2.1 …`) are headings. */
const LIST_MARKER = /^(?:(\d{1,2})[.)]|[-–•▪*])\s+(?=\S)/u;

function listMarker(text: string): { ordered: boolean; number: number | null; length: number } | null {
  const m = LIST_MARKER.exec(text);
  if (!m) return null;
  return { ordered: m[1] !== undefined, number: m[1] !== undefined ? Number(m[1]) : null, length: m[0].length };
}

/**
 * A list point opens a list after a line ending in a colon, or when the next line is the next
 * point of the same list (`1.` then `2.`; a bullet then a bullet): headings numbered alike never
 * follow each other without body text between them.
 */
function opensList(marker: NonNullable<ReturnType<typeof listMarker>>, prev: string | null, next: string | null): boolean {
  if (prev !== null && /:$/u.test(prev)) return true;
  const after = next === null ? null : listMarker(next);
  if (!after || after.ordered !== marker.ordered) return false;
  return !marker.ordered || after.number === marker.number! + 1;
}

const firstWord = (s: string) => s.match(/^\S+/u)?.[0] ?? '';

/** A point's wrapped line set in under its text (`- staten tek …` / `  kommunane.`): two or more spaces. */
const hangingIndent = (line: Line) => /^ {2,}\S/u.test(line.raw) && listMarker(line.text) === null;

/**
 * A line that stopped well short of the wrap width although the next line's first word would
 * have fitted, without final punctuation, before a capitalised line: its sentence ended there
 * (a body line that lost its final period, like a list point without one).
 */
function endedDeliberately(last: Line, line: Line, width: number): boolean {
  if (endsSentence(last.text) || /[-–—(,;]$/u.test(last.text)) return false;
  if (CONTINUATION_WORDS.has(lastWord(last.text))) return false;
  if (!UPPER_START.test(line.text)) return false;
  return last.text.length + 1 + firstWord(line.text).length <= width * 0.85;
}

/** Rules 2 and 3: group the text lines into heading, paragraph and list blocks. */
export function toBlocks(lines: Line[], width: number): Block[] {
  const blocks: Block[] = [];
  const texts = lines.filter((l) => l.kind === 'text');
  const units = oneLineBlocks(texts, width);
  // the open paragraph, or the open list item when `list` is set
  let current: Line[] | null = null;
  let list: Extract<Block, { type: 'list' }> | null = null;
  let prev: { line: Line; heading: boolean; unit?: boolean } | null = null;
  let brokeSincePrev = false;
  // under a letter's closing formula: names and roles, a line each, until the next break
  let signature = false;
  let textIndex = 0;
  const flush = () => {
    if (list) blocks.push(list);
    else if (current && current.length) blocks.push({ type: 'paragraph', lines: current });
    list = null;
    current = null;
  };
  for (const [i, line] of lines.entries()) {
    // left out as if it were not there: a paragraph may run on across it
    if (line.kind === 'furniture') continue;
    if (line.kind === 'spaces') {
      flush();
      brokeSincePrev = true;
      signature = false;
      continue;
    }
    if (line.kind === 'empty') {
      // An empty line ends a paragraph only after a finished, short line.
      if (prev && !prev.heading && endsSentence(prev.line.text) && prev.line.text.length < width * 0.8) {
        flush();
        brokeSincePrev = true;
      }
      continue;
    }
    // the next line that is not a point's hanging continuation: is it the list's next point?
    let after = textIndex + 1;
    while (texts[after] && hangingIndent(texts[after]!)) after++;
    const next = texts[textIndex + 1]?.text ?? null;
    const nextPoint = texts[after]?.text ?? null;
    const unit = units[textIndex]!;
    textIndex += 1;
    signature = SIGN_OFF.test(line.text) || (signature && !line.pageStart && line.text.length < width * 0.6);
    if (unit || signature) {
      flush();
      blocks.push({ type: 'paragraph', lines: [line] });
      prev = { line, heading: false, unit: true };
      brokeSincePrev = false;
      continue;
    }
    const marker = listMarker(line.text);
    const prevText = prev && !prev.heading && !brokeSincePrev ? prev.line.text : null;
    if (marker && ((list && !brokeSincePrev && list.ordered === marker.ordered) || opensList(marker, prevText, nextPoint))) {
      if (!list || list.ordered !== marker.ordered) {
        flush();
        list = { type: 'list', ordered: marker.ordered, start: marker.number, items: [] };
      }
      current = [{ ...line, text: line.text.slice(marker.length) }];
      list.items.push(current);
      prev = { line, heading: false };
      brokeSincePrev = false;
      continue;
    }
    const heading = isHeadingLine(
      line.text,
      prev ? { text: prev.line.text, heading: prev.heading, breakBetween: brokeSincePrev, unit: prev.unit } : null,
      next,
      width,
      { before: i > 0 && lines[i - 1]!.kind !== 'text', after: lines[i + 1] !== undefined && lines[i + 1]!.kind !== 'text' },
    );
    if (heading) {
      flush();
      blocks.push({ type: 'heading', title: line.text, line: line.no, level: 0 });
    } else {
      if (current && current.length && (endedDeliberately(current[current.length - 1]!, line, width) || LETTER_POINT.test(line.text))) flush();
      current ??= [];
      current.push(line);
    }
    prev = { line, heading };
    brokeSincePrev = false;
  }
  flush();
  assignLevels(blocks);
  return blocks;
}

/** The depth of a heading's own number: `2 Økonomi` → 1, `2.1 Inntekter` → 2, none → null. */
export function headingNumberDepth(title: string): number | null {
  const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u.exec(title);
  return m ? Math.min(6, m[1]!.split('.').length) : null;
}

/**
 * Rule 4: levels from runs of headings. A numbered heading (`2.1 Inntekter`) takes the depth of
 * its number; an unnumbered one steps down from the heading before it in its run, and the first
 * of a run after body text takes the level of the deepest heading of the last run.
 */
export function assignLevels(blocks: Array<{ type: string; level?: number; title?: string }>): void {
  let deepestOfLastRun = 0;
  let run: Array<{ level?: number; title?: string }> = [];
  const closeRun = () => {
    if (run.length === 0) return;
    run.forEach((h, i) => {
      const numbered = headingNumberDepth(h.title ?? '');
      if (numbered !== null) h.level = numbered;
      else if (i > 0) h.level = Math.min(6, run[i - 1]!.level! + 1);
      else h.level = run.length === 1 ? deepestOfLastRun || 1 : 1;
    });
    deepestOfLastRun = run[run.length - 1]!.level!;
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'heading') run.push(block);
    else closeRun();
  }
  closeRun();
}

/**
 * Rule 5's separator between a wrapped line and the next: a space, nothing after a line-end
 * hyphen, or `unhyphenate` for a word the layout divided. `e-` + `helse`, `EØS-` + `avtalen`,
 * `Nord-` + `Norge`, `2022-` + `2025` join with their hyphen; a lower-case word broken before a
 * lower-case continuation (`over-` + `gangen`) is one word without it (but `ikke-` and the short
 * abbreviations of HYPHEN_KEPT_BEFORE); a shared compound part before `og`/`eller` keeps its space
 * (`Kommunal- og`). The PDF reader joins the same way.
 */
export function lineJoint(before: string, after: string): '' | ' ' | 'unhyphenate' {
  if (!/[\p{L}\d]-$/u.test(before)) return ' ';
  const firstWord = (after.match(/^[\p{L}/]+/u)?.[0] ?? '').toLowerCase();
  if (HYPHEN_SPACE_WORDS.has(firstWord) || !/^[\p{L}\d]/u.test(after)) return ' ';
  const broken = before.match(/(?<![\p{L}\d-])(\p{Ll}{2,})-$/u)?.[1];
  return broken !== undefined && /^\p{Ll}/u.test(after) && !HYPHEN_KEPT_BEFORE.has(broken) ? 'unhyphenate' : '';
}

/** A wrapped line joined to the text before it by lineJoint. */
export function joinWrapped(before: string, after: string): string {
  const joint = lineJoint(before, after);
  return joint === 'unhyphenate' ? before.slice(0, -1) + after : before + joint + after;
}

/** Rule 5: join a paragraph's lines into one text, recording where each source line starts. */
export function joinLines(lines: Line[]): { value: string; lineStarts: LineStarts } {
  let value = '';
  const lineStarts: LineStarts = [];
  for (const line of lines) {
    const text = line.text;
    if (value === '') {
      lineStarts.push([0, line.no]);
      value = text;
      continue;
    }
    const joint = lineJoint(value, text);
    value = joint === 'unhyphenate' ? value.slice(0, -1) : value + joint;
    lineStarts.push([value.length, line.no]);
    value += text;
  }
  return { value, lineStarts };
}

/** The whole normalization: raw PDF text → mdast with source lines and pages. */
export function normalizeRawText(text: string): NormalizedText {
  const { lines, pageOfLine, pages } = classifyLines(text);
  const blocks = toBlocks(lines, wrapWidth(lines));
  const paragraphOf = (lines: Line[]): Paragraph => {
    const { value, lineStarts } = joinLines(lines);
    return {
      type: 'paragraph',
      children: [{ type: 'text', value, data: { lineStarts } } as Text],
      position: { start: { line: lines[0]!.no, column: 1 }, end: { line: lines[lines.length - 1]!.no, column: 1 } },
    };
  };
  const children: Root['children'] = blocks.map((block) => {
    if (block.type === 'list') {
      const items: ListItem[] = block.items.map((lines) => ({
        type: 'listItem',
        spread: false,
        children: [paragraphOf(lines)],
        position: { start: { line: lines[0]!.no, column: 1 }, end: { line: lines[lines.length - 1]!.no, column: 1 } },
      }));
      const list: List = {
        type: 'list',
        ordered: block.ordered,
        start: block.ordered ? block.start : null,
        spread: false,
        children: items,
        position: { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end },
      };
      return list;
    }
    if (block.type === 'heading') {
      const heading: MdHeading = {
        type: 'heading',
        depth: block.level as MdHeading['depth'],
        children: [{ type: 'text', value: block.title, data: { lineStarts: [[0, block.line]] } } as Text],
        position: { start: { line: block.line, column: 1 }, end: { line: block.line, column: 1 } },
      };
      return heading;
    }
    return paragraphOf(block.lines);
  });
  return { root: { type: 'root', children }, pageOfLine, pages };
}
