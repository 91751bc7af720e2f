// PDF bytes → positioned text runs, with Mozilla's pdf.js; the layout analysis that turns them
// into mdast is readers/pdf-layout.ts. Refuses, in one line each: an encrypted PDF, a PDF with no
// text layer (a scan), and a truncated or corrupt one, so nothing half-read is indexed.
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { DataError } from '../model/errors.js';
import { layoutPdf, type PageRuns, type PdfLayout } from './pdf-layout.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

// pdf.js is imported from node_modules at run time, by a name the bundler does not follow: its
// fake worker (pdf.js on Node runs in the calling thread) loads `pdf.worker.mjs` from beside
// `pdf.mjs`, and its 3 MB would otherwise weigh on every bundle that holds this reader. The
// legacy build is the one made for Node.
const PDFJS = 'pdfjs-dist/legacy/build/pdf.mjs';
let pdfjs: Promise<PdfJs> | null = null;

/** A PDF ends with `%%EOF` (in its last kilobyte, allowing trailing junk); a cut file does not. */
function hasEnd(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1', Math.max(0, bytes.length - 1024));
  return tail.includes('%%EOF');
}

export interface PdfText {
  pages: PageRuns[];
  pageCount: number;
}

/** Read every page's text runs; throws a DataError naming what is wrong with the file. */
export async function readPdfText(bytes: Uint8Array, path: string): Promise<PdfText> {
  if (!hasEnd(bytes)) throw new DataError(`${path}: truncated PDF (no %%EOF at its end); the file is incomplete`);
  const lib = await (pdfjs ??= import(PDFJS) as Promise<PdfJs>);
  const task = lib.getDocument({
    // pdf.js takes ownership of the buffer it is given
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: true,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new DataError(`${path}: encrypted PDF (it needs a password); save an unprotected copy and ingest that`);
    throw new DataError(`${path}: corrupt PDF (${(error as Error).message ?? name})`);
  }
  try {
    const pages: PageRuns[] = [];
    const boldOf = new Map<string, boolean>();
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i && i.str.trim() !== '');
      // A font's name (`Arial-BoldMT`) and weight, for telling headings from body text, are known
      // only once its page's drawing operators are read; fonts are the document's, so this is
      // done only for pages that use a font not met before.
      if (items.some((i) => !boldOf.has(i.fontName))) {
        await page.getOperatorList();
        for (const item of items) {
          if (boldOf.has(item.fontName)) continue;
          const font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string; bold?: boolean; black?: boolean }) : null;
          boldOf.set(item.fontName, Boolean(font && (font.bold || font.black || /bold|black|heavy|semibold|demi/iu.test(font.name ?? ''))));
        }
      }
      pages.push({
        page: number,
        runs: items.map((i) => ({
          text: i.str,
          x: i.transform[4],
          y: i.transform[5],
          width: i.width,
          size: Math.hypot(i.transform[2], i.transform[3]),
          bold: boldOf.get(i.fontName) ?? false,
        })),
      });
      page.cleanup();
    }
    if (pages.every((p) => p.runs.length === 0)) {
      throw new DataError(`${path}: PDF without a text layer (a scanned document?); run OCR on it first (e.g. ocrmypdf) and ingest the result`);
    }
    return { pages, pageCount: doc.numPages };
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${path}: corrupt PDF (${(error as Error).message ?? String(error)})`);
  } finally {
    await doc.destroy();
  }
}

/** A PDF file → mdast, the page of each Markdown line, and the number of pages. */
export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfLayout & { pages: number }> {
  const text = await readPdfText(bytes, path);
  return { ...layoutPdf(text.pages), pages: text.pageCount };
}
