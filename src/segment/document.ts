// mdast → sections and sentences. Works the same on mdast built by normalize/ (raw text,
// with `data.lineStarts` on text nodes) and by remark-parse (Markdown, with positions).
//
// Ids (SPEC): a section's id is its number path (`3`, `3.2`, `6.1.2`); a sentence's id is its
// section's id, a hyphen and its ordinal there (`3.2-4`). Sentences before the first heading
// belong to a chapter `0` named after the document.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Section, Sentence } from '../model/types.js';
import type { LineStarts } from '../normalize/raw-text.js';
import { splitSentences } from './sentences.js';

export interface SegmentedDocument {
  sections: Section[];
  sentences: Sentence[];
}

/** Text of a block with the source line of every character. */
interface LocatedText {
  text: string;
  lineOf: number[];
}

/** Collect the inline text of a block node, each character tagged with its source line. */
export function locatedText(node: Nodes): LocatedText {
  let text = '';
  const lineOf: number[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'text' || n.type === 'inlineCode') {
      const starts = (n.data as { lineStarts?: LineStarts } | undefined)?.lineStarts;
      const base = n.position?.start.line ?? starts?.[0]?.[1] ?? 0;
      let line = base;
      let next = 1;
      const value = n.value;
      text += value;
      for (let i = 0; i < value.length; i++) {
        if (starts) {
          while (next < starts.length && starts[next]![0] <= i) line = starts[next++]![1];
        }
        lineOf.push(line);
        if (!starts && value.charCodeAt(i) === 10) line += 1;
      }
      return;
    }
    if (n.type === 'break') {
      text += ' ';
      lineOf.push(n.position?.start.line ?? lineOf[lineOf.length - 1] ?? 0);
      return;
    }
    if ('children' in n) {
      for (const child of n.children as Nodes[]) {
        const before = text.length;
        visit(child);
        // inline siblings such as a link next to text need no separator; block siblings do, and
        // a table's cells one that keeps them apart
        if (text.length > before && isBlock(child)) {
          const lastCell = child.type === 'tableCell' && child === n.children[n.children.length - 1];
          const separator = child.type === 'tableCell' && !lastCell ? ' | ' : ' ';
          text += separator;
          for (let i = 0; i < separator.length; i++) lineOf.push(lineOf[lineOf.length - 1] ?? 0);
        }
      }
    }
  };
  visit(node);
  return collapseWhitespace({ text, lineOf });
}

const isBlock = (n: Nodes) => n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell';

/** Fold runs of white space (including newlines) into one space, keeping the line tags aligned. */
function collapseWhitespace({ text, lineOf }: LocatedText): LocatedText {
  if (isCollapsed(text)) {
    // Already one space between words (raw text joined by normalize/ is): the text stays, and a
    // space takes the line of the character after it, as below.
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) lineOf[i] = lineOf[i + 1]!;
    return { text, lineOf };
  }
  let out = '';
  const lines: number[] = [];
  let pendingSpace = false;
  // kept characters are copied a run at a time (a slice), not one by one
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === KEEP) {
      if (runStart < 0) {
        if (pendingSpace) {
          out += ' ';
          lines.push(lineOf[i]!);
          pendingSpace = false;
        }
        runStart = i;
      }
      lines.push(lineOf[i]!);
      continue;
    }
    if (runStart >= 0) {
      out += text.slice(runStart, i);
      runStart = -1;
    }
    if (kind === SPACE) pendingSpace = out.length > 0;
    // Control and format characters (soft hyphens, escape codes) never reach a record.
  }
  if (runStart >= 0) out += text.slice(runStart);
  return { text: out, lineOf: lines };
}

/** No white space but single plain spaces between kept characters, and nothing to drop. */
function isCollapsed(text: string): boolean {
  let afterSpace = true; // a leading space is not collapsed
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (charKind(code) === KEEP) afterSpace = false;
    else if (code !== 0x20 || afterSpace) return false;
    else afterSpace = true;
  }
  return !afterSpace || text.length === 0;
}

const KEEP = 1;
const SPACE = 2;
const DROP = 3;
/** Per UTF-16 code unit: kept, white space, or a control/format character; filled on first use. */
const CHAR_KINDS = new Uint8Array(0x10000);

function charKind(code: number): number {
  let kind = CHAR_KINDS[code]!;
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    kind = /\s/u.test(ch) ? SPACE : /[\p{Cc}\p{Cf}]/u.test(ch) ? DROP : KEEP;
    CHAR_KINDS[code] = kind;
  }
  return kind;
}

/**
 * Blocks whose text is split into sentences; lists split per item, tables per row (a row is a
 * record: `Legevakt | 1 mrd. kr`, its cells apart by ` | `, as a plain-text table's row is one
 * block; a cell alone, `1 mrd. kr`, says nothing).
 */
function* textBlocks(node: RootContent): Generator<Nodes> {
  switch (node.type) {
    case 'paragraph':
      yield node;
      return;
    case 'list':
      for (const item of node.children) for (const child of item.children) yield* textBlocks(child);
      return;
    case 'blockquote':
      for (const child of node.children) yield* textBlocks(child);
      return;
    case 'table':
      for (const row of node.children) yield row;
      return;
    default:
      return; // code, html, thematic breaks, definitions: not prose
  }
}

/**
 * Segment a document tree. `pageOfLine` gives each source line's page (raw PDF text, a PDF's
 * derived Markdown); null for sources without pages (Markdown, HTML, DOCX).
 */
export function segmentDocument(root: Root, pageOfLine: number[] | null, documentTitle: string, markdownTitles = pageOfLine === null): SegmentedDocument {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const pageAt = (line: number) => (pageOfLine ? pageOfLine[line] ?? null : null);
  // A lone `#` title above `##` chapters is a Markdown convention; in raw text (which has pages)
  // the first heading is a chapter even when it is the only one (SPEC: levels of this layout).
  // Markdown derived from a PDF has pages and keeps the convention (`markdownTitles`).
  const offset = markdownTitles ? headingLevelOffset(root) : 0;
  // stack of open sections by depth; counters of children per parent id
  const stack: Section[] = [];
  const childCount = new Map<string | null, number>();
  const ordinals = new Map<string, number>();
  let current: Section | null = null;

  const openSection = (depth: number, title: string, line: number): Section => {
    while (stack.length && stack[stack.length - 1]!.level >= depth) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const n = (childCount.get(parent?.id ?? null) ?? 0) + 1;
    childCount.set(parent?.id ?? null, n);
    const id = parent ? `${parent.id}.${n}` : String(n);
    const section: Section = {
      id,
      level: id.split('.').length,
      title,
      parent: parent?.id ?? null,
      page: pageAt(line),
      line,
    };
    sections.push(section);
    stack.push({ ...section, level: depth });
    return section;
  };

  for (const [index, node] of root.children.entries()) {
    if (node.type === 'heading') {
      const depth = node.depth - offset;
      const { text, lineOf } = locatedText(node);
      if (depth < 1 || text === '') continue; // the document's own title heading
      current = openSection(depth, text, lineOf[0] ?? node.position?.start.line ?? 0);
      continue;
    }
    for (const block of textBlocks(node)) {
      const { text, lineOf } = locatedText(block);
      if (!text) continue;
      if (!current) {
        // body before any heading: a chapter `0` named after the document
        current = { id: '0', level: 1, title: documentTitle, parent: null, page: pageAt(lineOf[0]!), line: lineOf[0]! };
        sections.unshift(current);
        stack.push({ ...current, level: 1 });
        childCount.set('0', 0);
      }
      for (const [start, end] of splitSentences(text)) {
        const ordinal = (ordinals.get(current.id) ?? 0) + 1;
        ordinals.set(current.id, ordinal);
        const first = lineOf[start]!;
        const sentence: Sentence = {
          id: `${current.id}-${ordinal}`,
          sectionId: current.id,
          ordinal,
          page: pageAt(first),
          lines: [first, lineOf[end - 1]!],
          text: text.slice(start, end),
        };
        if (node.type === 'blockquote') sentence.quote = index;
        sentences.push(sentence);
      }
    }
  }
  return { sections, sentences };
}

/**
 * A Markdown file whose first heading is its only level-1 heading, above level-2 headings,
 * uses `#` for the document title: its `##` are the chapters.
 */
export function headingLevelOffset(root: Root): number {
  const depths = root.children.flatMap((n) => (n.type === 'heading' ? [n.depth] : []));
  const ones = depths.filter((d) => d === 1).length;
  return depths[0] === 1 && ones === 1 && depths.length > 1 && depths.slice(1).every((d) => d >= 2) ? 1 : 0;
}

/** The text of the document-title heading that headingLevelOffset skipped, if any. */
export function markdownTitle(root: Root): string | null {
  if (headingLevelOffset(root) !== 1) return null;
  const first = root.children.find((n) => n.type === 'heading');
  return first ? locatedText(first).text : null;
}
