// A PDF's positioned text → mdast. Pure: readers/pdf.ts gets the text runs from pdf.js; this
// module only reasons about where they stand, how large and how heavy they are.
//   1. lines       runs on one baseline (within half their size) form a line, left to right
//   2. furniture   lines at the top or bottom edge of a page that are a page number (`3`,
//                  `Side 3 av 14`, `3 / 14`) or repeat at the same place on at least half the
//                  pages (running headers and footers) are dropped
//   3. body        the body text is the size most characters have
//   4. headings    a line clearly larger than the body, or bold where the body is not, is a
//                  heading line; consecutive lines of one heading style make one heading (a
//                  heading wrapped over two lines); levels follow the size rank of the styles
//   5. blocks      a vertical gap wider than the body's line spacing ends a paragraph, and so
//                  does a finished sentence at the end of a line the next word would have fitted
//                  on (paragraphs without space between them); a line
//                  that starts with a bullet or a number opens a list item, and lines indented
//                  past its marker continue it; a paragraph whose last line on a page does not
//                  end a sentence continues on the next page
//   6. joining     a line-end hyphen joins as in the raw-text path (normalize/raw-text.ts rule 5)
// Every Markdown line the result prints comes from one PDF line (or two joined at a hyphen), so
// the page of each line is known: `linePages` lists them per heading and paragraph, in order.
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { joinWrapped, lineJoint } from '../normalize/raw-text.js';
import { BULLET_MARKERS, EDGE_LINES, NUMBER_MARKERS, isPageNumberLine, runningKey, runningPagesNeeded } from '../normalize/page-furniture-nb.js';

/** One piece of text as pdf.js gives it: baseline origin, advance width, font size, weight. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PageRuns {
  page: number;
  runs: TextRun[];
}

export interface PdfLine {
  page: number;
  x: number;
  /** where the line's last run ends */
  right: number;
  y: number;
  size: number;
  bold: boolean;
  text: string;
}

export interface PdfLayout {
  root: Root;
  /** for each heading and paragraph of `root`, in document order: the page of each of its lines */
  linePages: number[][];
}

const SENTENCE_END = /[.!?…:]["'»”’)\]]*$/u;
/** Sizes are compared at half-point precision (Word writes 10.98 for 11). */
const half = (n: number) => Math.round(n * 2) / 2;
const letters = (s: string) => s.replace(/\s+/gu, '').length;

/** Rule 1: a page's runs as lines, top to bottom. */
export function linesOfPage({ page, runs }: PageRuns): PdfLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '' && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of sorted) {
    // a superscript or a smaller run on the same line stays within half the larger size
    if (current.length > 0 && Math.abs(baseline - run.y) <= Math.max(size, run.size) * 0.5) {
      current.push(run);
      size = Math.max(size, run.size);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => lineOf(page, group.sort((a, b) => a.x - b.x)));
}

function lineOf(page: number, runs: TextRun[]): PdfLine {
  let text = '';
  let right: number | null = null;
  const sizeChars = new Map<number, number>();
  let boldChars = 0;
  let allChars = 0;
  for (const run of runs) {
    // a gap wider than a thin space between runs is a word space the PDF did not write
    if (right !== null && run.x - right > run.size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
    text += run.text;
    right = run.x + run.width;
    const n = letters(run.text);
    sizeChars.set(half(run.size), (sizeChars.get(half(run.size)) ?? 0) + n);
    allChars += n;
    if (run.bold) boldChars += n;
  }
  return {
    page,
    x: runs[0]!.x,
    right: right!,
    y: runs[0]!.y,
    size: mostCommon(sizeChars) ?? half(runs[0]!.size),
    bold: allChars > 0 && boldChars >= allChars * 0.9,
    text: text.replace(/\s+/gu, ' ').trim(),
  };
}

function mostCommon(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let most = -1;
  for (const [value, n] of counts) if (n > most) [best, most] = [value, n];
  return best;
}

/** How far apart (in points) two lines may be and still count as the same place on two pages. */
const SAME_PLACE = 8;

/** Rule 2: drop page numbers and running headers and footers. */
export function removePageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const edges = (lines: PdfLine[]) => lines.filter((_, i) => i < EDGE_LINES || i >= lines.length - EDGE_LINES);
  // where each edge text stands, per page (by runningKey)
  const places = new Map<string, Array<{ page: number; y: number }>>();
  for (const lines of pages) {
    for (const line of edges(lines)) {
      const key = runningKey(line.text);
      if (!places.has(key)) places.set(key, []);
      places.get(key)!.push({ page: line.page, y: line.y });
    }
  }
  const needed = runningPagesNeeded(pages.length);
  const repeated = (line: PdfLine) => {
    const at = places.get(runningKey(line.text)) ?? [];
    return new Set(at.filter((p) => Math.abs(p.y - line.y) <= SAME_PLACE).map((p) => p.page)).size >= needed;
  };
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => !(edge.has(line) && (isPageNumberLine(line.text) || (pages.length > 1 && repeated(line)))));
  });
}

interface BodyMetrics {
  size: number;
  bold: boolean;
  /** the usual distance between two baselines of a paragraph */
  spacing: number;
  /** where a full line of body text ends (the right margin) */
  right: number;
}

/** Rule 3. */
export function bodyMetrics(pages: PdfLine[][]): BodyMetrics {
  const sizeChars = new Map<number, number>();
  for (const lines of pages) for (const line of lines) sizeChars.set(line.size, (sizeChars.get(line.size) ?? 0) + line.text.length);
  const size = mostCommon(sizeChars) ?? 11;
  let boldChars = 0;
  let chars = 0;
  const gaps = new Map<number, number>();
  const rights: number[] = [];
  for (const lines of pages) {
    lines.forEach((line, i) => {
      if (line.size !== size) return;
      rights.push(line.right);
      chars += line.text.length;
      if (line.bold) boldChars += line.text.length;
      const before = lines[i - 1];
      if (before && before.size === size) {
        const gap = half(before.y - line.y);
        if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
      }
    });
  }
  const spacing = mostCommon(gaps) ?? size * 1.2;
  rights.sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
  return { size, bold: boldChars > chars / 2, spacing: Math.min(Math.max(spacing, size), size * 2.5), right };
}

interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  /** heading style (`size|bold`) for headings */
  style: string | null;
  ordered: boolean;
  start: number;
  /** x of the list marker, for items */
  marker: number;
  lines: PdfLine[];
  /** each line's text, without the list marker */
  texts: string[];
}

/** Rule 4's test of one line: its heading style, or null for body text. */
function headingStyle(line: PdfLine, body: BodyMetrics): string | null {
  if (line.size >= body.size * 1.12) return `${line.size}|${line.bold ? 'b' : ''}`;
  if (line.bold && !body.bold && line.size >= body.size * 0.95) return `${line.size}|b`;
  return null;
}

/** A heading is short; a bold or large passage that reads as prose is a paragraph. */
function readsAsHeading(text: string, lines: number): boolean {
  const words = text.split(' ').length;
  return lines <= 3 && text.length <= 200 && !(SENTENCE_END.test(text) && !text.endsWith(':') && words > 10) && !BULLET_MARKERS.test(text);
}

/** Rules 4 and 5: lines → blocks. */
export function blocksOf(pages: PdfLine[][], body: BodyMetrics): Block[] {
  const blocks: Block[] = [];
  let prev: PdfLine | null = null;
  const open = (kind: Block['kind'], line: PdfLine, text: string, extra: Partial<Block> = {}) => {
    blocks.push({ kind, style: null, ordered: false, start: 1, marker: line.x, lines: [line], texts: [text], ...extra });
  };
  for (const lines of pages) {
    for (const line of lines) {
      const block = blocks[blocks.length - 1];
      const samePage = prev !== null && prev.page === line.page;
      const gap = samePage ? prev!.y - line.y : Infinity;
      const style = headingStyle(line, body);
      if (style) {
        if (block?.kind === 'heading' && block.style === style && samePage && gap <= line.size * 1.7) {
          block.lines.push(line);
          block.texts.push(line.text);
        } else open('heading', line, line.text, { style });
        prev = line;
        continue;
      }
      const bullet = BULLET_MARKERS.exec(line.text);
      const numbered = bullet ? null : NUMBER_MARKERS.exec(line.text);
      if (bullet) open('item', line, line.text.slice(bullet[0].length));
      else if (numbered) {
        const start = numbered[1] ? Number(numbered[1]) : 1;
        open('item', line, line.text.slice(numbered[0].length), { ordered: true, start });
      } else if (block && block.kind !== 'heading' && continues(block, line, prev!, samePage, gap, body)) {
        block.lines.push(line);
        block.texts.push(line.text);
      } else open('paragraph', line, line.text);
      prev = line;
    }
  }
  // a heading-styled block that reads as prose is a paragraph after all
  for (const block of blocks) {
    if (block.kind === 'heading' && !readsAsHeading(joinHeading(block.texts), block.lines.length)) block.kind = 'paragraph';
  }
  return blocks;
}

function continues(block: Block, line: PdfLine, prev: PdfLine, samePage: boolean, gap: number, body: BodyMetrics): boolean {
  // an item's own lines hang past its marker
  if (block.kind === 'item' && line.x <= block.marker + 1) return false;
  if (!samePage) return prev.page === line.page - 1 && !SENTENCE_END.test(prev.text);
  if (gap > body.spacing * 1.35 || gap < 0) return false;
  if (block.kind !== 'paragraph' || !SENTENCE_END.test(prev.text)) return true;
  // after a finished sentence, an indented first line opens a paragraph, and so does a line
  // whose first word would have fitted on the line before (that line ended its paragraph)
  const firstWord = (line.text.split(' ')[0]!.length + 1) * line.size * 0.5;
  return !(line.x > prev.x + body.size || prev.right + firstWord < body.right - body.size);
}

function joinHeading(texts: string[]): string {
  return texts.reduce((all, t) => (all === '' ? t : joinWrapped(all, t)), '');
}

/** Rule 6: a block's lines as Markdown lines with their pages; lines joined at a hyphen become one. */
function markdownLines(block: Block): Array<{ text: string; page: number }> {
  const out: Array<{ text: string; page: number }> = [];
  block.texts.forEach((text, i) => {
    const last = out[out.length - 1];
    if (last && last.text.endsWith('\u00ad')) last.text = last.text.slice(0, -1) + text;
    else if (last && lineJoint(last.text, text) !== ' ') last.text = joinWrapped(last.text, text);
    else out.push({ text, page: block.lines[i]!.page });
  });
  return out.filter((l) => l.text !== '');
}

/** The whole layout analysis: each page's runs → mdast with the page of every line. */
export function layoutPdf(pages: PageRuns[]): PdfLayout {
  const lines = removePageFurniture(pages.map(linesOfPage));
  const body = bodyMetrics(lines);
  const blocks = blocksOf(lines, body);
  // levels by size rank: larger first, bold before regular at one size
  const styles = [...new Set(blocks.filter((b) => b.kind === 'heading').map((b) => b.style!))].sort((a, b) => {
    const [sa, ba] = a.split('|');
    const [sb, bb] = b.split('|');
    return Number(sb) - Number(sa) || bb!.localeCompare(ba!);
  });
  const children: RootContent[] = [];
  const linePages: number[][] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const depth = Math.min(6, styles.indexOf(block.style!) + 1) as Heading['depth'];
      children.push({ type: 'heading', depth, children: [{ type: 'text', value: joinHeading(block.texts) }] });
      linePages.push([block.lines[0]!.page]);
      continue;
    }
    const md = markdownLines(block);
    if (md.length === 0) continue;
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: md.map((l) => l.text).join('\n') }] };
    linePages.push(md.map((l) => l.page));
    if (block.kind === 'paragraph') {
      children.push(paragraph);
      continue;
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
    const list = children[children.length - 1];
    if (list?.type === 'list' && list.ordered === block.ordered) list.children.push(item);
    else children.push({ type: 'list', ordered: block.ordered, start: block.ordered ? block.start : null, spread: false, children: [item] } satisfies List);
  }
  return { root: { type: 'root', children }, linePages };
}
