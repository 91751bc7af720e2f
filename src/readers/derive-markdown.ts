// PDF, HTML and DOCX → the Markdown the rest of the pipeline reads. Each format's reader is a
// module of its own, imported only when a file of its format is read, and ends in mdast; here
// that mdast is written out as Markdown (what `convert` prints), so the lines a record cites
// are lines of that Markdown. For a PDF, the page of every one of those lines comes along.
import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { parseMarkdown, stringifyMarkdown } from '../markdown/markdown.js';
import { DataError } from '../model/errors.js';
import type { SourceText } from '../model/types.js';

interface ReaderOutput {
  root: Root;
  /** per heading and paragraph, in document order, the page of each of its lines */
  linePages: number[][] | null;
  pages: number | null;
}

async function read(source: SourceText): Promise<ReaderOutput> {
  switch (source.format) {
    case 'pdf': {
      const { readPdf } = await import('./read-pdf.js');
      return readPdf(source.bytes!, source.path);
    }
    case 'docx': {
      const { readDocx } = await import('./read-docx.js');
      return { root: await readDocx(source.bytes!, source.path), linePages: null, pages: null };
    }
    case 'html': {
      // a saved page is text: source/ has decoded it
      const { readHtml } = await import('./read-html.js');
      return { root: await readHtml(source.text), linePages: null, pages: null };
    }
    default:
      throw new Error(`no reader for ${source.format}`);
  }
}

/** Blocks whose lines carry pages, in the order the PDF layout lists them. */
function* pagedBlocks(node: Nodes): Generator<Nodes> {
  if (node.type === 'heading' || node.type === 'paragraph') {
    yield node;
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) yield* pagedBlocks(child);
}

/**
 * The page of each line of `markdown` (index = line number), from the pages of the reader's
 * blocks: the Markdown parsed again (`parsed`) has the same blocks in the same order, now with
 * positions.
 * Lines between blocks take the page of the line before.
 */
export function pagesOfLines(markdown: string, parsed: Root, linePages: number[][]): number[] {
  const lines = markdown.split('\n').length;
  const pageOfLine = new Array<number>(lines + 1).fill(0);
  const blocks = [...pagedBlocks(parsed)];
  blocks.forEach((block, i) => {
    const pages = linePages[i];
    const start = block.position?.start.line;
    if (!pages || start === undefined) return;
    const end = block.position!.end.line;
    for (let line = start; line <= end; line++) pageOfLine[line] = pages[Math.min(line - start, pages.length - 1)]!;
  });
  let page = linePages[0]?.[0] ?? 1;
  for (let line = 1; line <= lines; line++) {
    if (pageOfLine[line] === 0) pageOfLine[line] = page;
    else page = pageOfLine[line]!;
  }
  return pageOfLine;
}

/** A heading or paragraph of one text node, as the PDF layout makes them. */
const plain = (node: Heading | Paragraph) => node.children.length === 1 && node.children[0]!.type === 'text';

function place(node: Heading | Paragraph, line: number, lines: number): void {
  node.position = { start: { line, column: 1 }, end: { line: line + lines - 1, column: 1 } };
  node.children[0]!.position = node.position;
}

/**
 * Give a tree of plain blocks (headings, paragraphs, lists of paragraphs: a PDF's) the lines its
 * blocks have in `text`, the Markdown remark-stringify wrote for it, without parsing that text:
 * each block is written alone, and they must add up, with a blank line between blocks, to
 * `text`. Parsing the Markdown again would cost as much as the rest of the analysis. False (and
 * the text is parsed instead) for any other tree, or if the blocks do not add up.
 */
export function locateBlocks(root: Root, text: string): boolean {
  const pieces: string[] = [];
  let line = 1;
  for (const block of root.children) {
    const piece = stringifyMarkdown({ type: 'root', children: [block] }).replace(/\n$/u, '');
    const lines = piece.split('\n').length;
    pieces.push(piece);
    if (block.type === 'heading' || block.type === 'paragraph') {
      if (!plain(block) || (block.children[0] as { value: string }).value.split('\n').length !== lines) return false;
      place(block, line, lines);
    } else if (block.type === 'list' && !block.spread) {
      let itemLine = line;
      for (const item of block.children) {
        const paragraph = item.children[0];
        if (item.children.length !== 1 || paragraph?.type !== 'paragraph' || !plain(paragraph)) return false;
        const itemLines = (paragraph.children[0] as { value: string }).value.split('\n').length;
        place(paragraph, itemLine, itemLines);
        itemLine += itemLines;
      }
      if (itemLine - line !== lines) return false;
    } else return false;
    line += lines + 1;
  }
  return `${pieces.join('\n\n')}\n` === text;
}

/** A PDF, HTML or DOCX source with its derived Markdown as `text` (and pages for a PDF). */
export async function deriveMarkdown(source: SourceText): Promise<SourceText> {
  const { root, linePages, pages } = await read(source);
  const text = stringifyMarkdown(root);
  if (text.trim() === '') throw new DataError(`${source.path}: no text found in this ${source.format.toUpperCase()} file`);
  // the positions the later stages cite are lines of `text`
  const parsed = linePages && locateBlocks(root, text) ? root : parseMarkdown(text);
  const pageOfLine = linePages ? pagesOfLines(text, parsed, linePages) : null;
  const { bytes: _bytes, ...rest } = source;
  return { ...rest, text, derived: { root: parsed, pageOfLine, pages } };
}
