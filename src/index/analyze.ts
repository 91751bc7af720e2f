// The per-document pipeline: read → normalize (raw text) or parse (Markdown, and the Markdown a
// reader derives from a PDF, HTML or DOCX file: readers/) → mdast → segment → extract.
// `analyzeSource` is the only function that runs the stages, in this order; the order of the
// stages' folders is checked by the import test (tests/stages.test.ts, if present).
import { basename } from 'node:path';
import type { Root } from 'mdast';
import { analyzeSentences, type AnalyzeOptions } from '../extract/index.js';
import type * as MarkdownModule from '../markdown/markdown.js';
import type { DocumentMeta, IndexedDocument, SourceText } from '../model/types.js';
import { normalizeRawText } from '../normalize/raw-text.js';
import { locatedText, markdownTitle, segmentDocument } from '../segment/document.js';
import { documentIdFromPath } from './document-id.js';

export { documentIdFromPath };

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

/** Source text → mdast, by format; raw text and a PDF's derived Markdown also yield the page of every line. */
export function toMdast(source: SourceText): { root: Root; pageOfLine: number[] | null; pages: number | null } {
  if (source.format === 'markdown') return { root: markdownModule().parseMarkdown(source.text), pageOfLine: null, pages: null };
  if (source.derived) return source.derived;
  if (source.format !== 'text') throw new Error(`${source.path}: a ${source.format} source must go through readers/derive-markdown first`);
  const { root, pageOfLine, pages } = normalizeRawText(source.text);
  return { root, pageOfLine, pages };
}

/** The Markdown the tool derives from a source (what `convert` prints). */
export function toMarkdown(source: SourceText): string {
  // a reader's Markdown is printed as it is: a record's lines are lines of it
  if (source.derived) return source.text;
  return markdownModule().stringifyMarkdown(toMdast(source).root);
}

export function analyzeSource(source: SourceText, meta: Partial<DocumentMeta> = {}, options: AnalyzeOptions = {}): IndexedDocument {
  const { root, pageOfLine, pages } = toMdast(source);
  const firstHeading = root.children.find((n) => n.type === 'heading');
  const title =
    meta.title ??
    (source.format === 'markdown' || source.derived ? markdownTitle(root) : null) ??
    (firstHeading ? locatedText(firstHeading).text || null : null) ??
    basename(source.path);
  // derived Markdown follows Markdown's title convention, though a PDF's has pages
  const { sections, sentences } = segmentDocument(root, pageOfLine, title, source.format === 'markdown' || source.derived !== undefined);
  return {
    ...meta,
    id: meta.id ?? documentIdFromPath(source.path),
    title,
    path: source.path,
    hash: source.hash,
    format: source.format,
    pages,
    sections,
    sentences: analyzeSentences(sentences, sections, options),
  };
}
