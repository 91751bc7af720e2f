// The per-document pipeline, as a named list of stages (spaCy's habit): each stage takes what
// the one before provides. `analyzeSource` is the only function that runs them in order.
import { basename } from 'node:path';
import type { Root } from 'mdast';
import { analyzeSentences } from '../extract/index.js';
import type * as MarkdownModule from '../markdown/markdown.js';
import type { DocumentMeta, IndexedDocument, SourceText } from '../model/types.js';
import { normalizeRawText } from '../normalize/raw-text.js';
import { locatedText, markdownTitle, segmentDocument } from '../segment/document.js';
import { documentIdFromPath } from './document-id.js';

export { documentIdFromPath };

/**
 * The stages a document goes through, each naming what it needs and what it adds (spaCy's
 * habit): a raw text is normalized, a Markdown file parsed, and both meet as mdast. The test in
 * tests/index/pipeline.test.ts checks that every stage's needs are met by the stages before it.
 */
export const PIPELINE = [
  { name: 'read', module: 'source/read', requires: [], provides: ['text'] },
  { name: 'normalize', module: 'normalize/raw-text', requires: ['text'], provides: ['mdast', 'pages'], for: 'text' },
  { name: 'parse', module: 'markdown/markdown', requires: ['text'], provides: ['mdast'], for: 'markdown' },
  { name: 'segment', module: 'segment/document', requires: ['mdast'], provides: ['sections', 'sentences'] },
  { name: 'extract', module: 'extract/index', requires: ['sentences', 'sections'], provides: ['statements'] },
  { name: 'index', module: 'index/store', requires: ['statements', 'sections'], provides: ['index'] },
] as const;

// unified and remark load only when a Markdown source is read or Markdown is written: a raw-text
// ingest never needs them (a tenth of its start-up).
let markdown: typeof MarkdownModule | null = null;

/** Load the Markdown parser and serializer; call before analysing a `.md` source or `toMarkdown`. */
export async function loadMarkdown(): Promise<typeof MarkdownModule> {
  markdown ??= await import('../markdown/markdown.js');
  return markdown;
}

function markdownModule(): typeof MarkdownModule {
  if (!markdown) throw new Error('Markdown support is not loaded: await loadMarkdown() first');
  return markdown;
}

/** Source text → mdast, by format; raw text also yields the page of every line. */
export function toMdast(source: SourceText): { root: Root; pageOfLine: number[] | null; pages: number | null } {
  if (source.format === 'markdown') return { root: markdownModule().parseMarkdown(source.text), pageOfLine: null, pages: null };
  const { root, pageOfLine, pages } = normalizeRawText(source.text);
  return { root, pageOfLine, pages };
}

/** The Markdown the tool derives from a source (what `convert` prints). */
export function toMarkdown(source: SourceText): string {
  return markdownModule().stringifyMarkdown(toMdast(source).root);
}

export function analyzeSource(source: SourceText, meta: Partial<DocumentMeta> = {}): IndexedDocument {
  const { root, pageOfLine, pages } = toMdast(source);
  const firstHeading = root.children.find((n) => n.type === 'heading');
  const title =
    meta.title ??
    (source.format === 'markdown' ? markdownTitle(root) : null) ??
    (firstHeading ? locatedText(firstHeading).text || null : null) ??
    basename(source.path);
  const { sections, sentences } = segmentDocument(root, pageOfLine, title);
  return {
    ...meta,
    id: meta.id ?? documentIdFromPath(source.path),
    title,
    path: source.path,
    hash: source.hash,
    format: source.format,
    pages,
    sections,
    sentences: analyzeSentences(sentences, sections),
  };
}
