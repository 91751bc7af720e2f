// Which format a file is, by its content first: a PDF starts with `%PDF-`, a Word file is a ZIP
// archive holding `word/document.xml`, a saved web page starts with `<!DOCTYPE html` or
// `<html`. The extension decides only between text and Markdown, and for a saved page that is
// a fragment. A file whose extension claims a format its content does not have is refused
// here, in one line that says what it is instead.
import { extname } from 'node:path';
import { DataError } from '../model/errors.js';
import type { SourceFormat } from '../model/types.js';

const ascii = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1', start, Math.min(end, bytes.length));

/** The PDF header may follow a little junk (the spec allows it within the first 1024 bytes). */
const PDF_HEADER_WINDOW = 1024;
const ZIP_LOCAL_HEADER = 'PK\u0003\u0004';
/** An old Word (.doc) file is an OLE compound document. */
const OLE_HEADER = '\u00d0\u00cf\u0011\u00e0';
/** `<!DOCTYPE html` or `<html`, after a byte-order mark, white space and comments. */
const HTML_START = /^(?:\ufeff|\u00ef\u00bb\u00bf)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu;

export function formatByExtension(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/** The format of a file's bytes; throws a DataError for a file that only claims to be a PDF or DOCX. */
export function sniffFormat(bytes: Uint8Array, path: string): SourceFormat {
  const claimed = formatByExtension(path);
  const head = ascii(bytes, 0, PDF_HEADER_WINDOW);
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt === 0 || (pdfAt > 0 && claimed === 'pdf')) return 'pdf';
  // the archive's central directory names every part in plain bytes
  if (head.startsWith(ZIP_LOCAL_HEADER) && ascii(bytes, 0, bytes.length).includes('word/document.xml')) return 'docx';
  if (head.startsWith(ZIP_LOCAL_HEADER) && claimed === 'docx') {
    throw new DataError(`${path}: a ZIP archive without word/document.xml, not a Word (.docx) document`);
  }
  // any other ZIP archive is refused as binary when it is decoded as text
  if (claimed === 'pdf') throw new DataError(`${path}: not a PDF (it does not start with %PDF-)`);
  if (claimed === 'docx') {
    const what = head.startsWith(OLE_HEADER) ? 'an old Word .doc file (save it as .docx)' : 'not a ZIP archive';
    throw new DataError(`${path}: not a Word (.docx) document: ${what}`);
  }
  if (claimed === 'html' || HTML_START.test(head)) return 'html';
  return claimed;
}
