// Bytes → text. The one place that decodes files, so every stage after it sees clean Unicode
// with `\n` line ends. Line numbers stay those of the file: nothing here adds or drops lines.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { DataError } from '../model/errors.js';
import type { SourceText } from '../model/types.js';
import { decode } from './decode.js';
import { describeIoError } from './io-error.js';
import { sniffFormat } from './sniff.js';

export { describeIoError };

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode bytes into a SourceText or throw a DataError naming the file and the reason. */
export function sourceFromBytes(path: string, bytes: Uint8Array): SourceText {
  const format = sniffFormat(bytes, path);
  // PDF and DOCX are binary: their reader (src/readers/) takes the bytes
  if (format === 'pdf' || format === 'docx') {
    if (bytes.length === 0) throw new DataError(`${path}: empty file, nothing to ingest`);
    return { path, text: '', bytes, hash: hashBytes(bytes), format };
  }
  const text = decode(bytes, path);
  if (text.trim() === '') throw new DataError(`${path}: ${bytes.length === 0 ? 'empty file' : 'only white space'}, nothing to ingest`);
  const long = longestLine(text);
  // a saved page may well be one long line of markup
  if (format !== 'html' && long.length > MAX_LINE_CHARS) {
    throw new DataError(`${path}: line ${long.line} is ${long.length} characters long (limit ${MAX_LINE_CHARS}); not a text document`);
  }
  return { path, text, hash: hashBytes(bytes), format };
}

/**
 * Largest file we read. A 14-page PDF extract is 60 kB and a 1000-page one about 3 MB; indexing
 * costs about 50 bytes of memory per source byte (measured: 20 MB → 1 GB, 12 s), so a larger
 * file would not be handled in bounded memory and is refused instead.
 */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/** Longest line we accept: a whole 14-page document on one line is 60 000 characters. */
export const MAX_LINE_CHARS = 200_000;

function longestLine(text: string): { line: number; length: number } {
  let best = { line: 0, length: 0 };
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > best.length) best = { line, length: end - start };
    start = end + 1;
  }
  return best;
}

export async function readSource(path: string): Promise<SourceText> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataError(`${path}: is a folder, not a file`);
    // a FIFO or a device (/dev/zero) would never end or never be a document
    if (!info.isFile()) throw new DataError(`${path}: not a regular file`);
    if (info.size > MAX_SOURCE_BYTES) {
      throw new DataError(`${path}: ${(info.size / 1048576).toFixed(1)} MB is larger than the ${MAX_SOURCE_BYTES / 1048576} MB limit`);
    }
    bytes = await readFile(path);
    // it may have grown between stat and read
    if (bytes.length > MAX_SOURCE_BYTES) throw new DataError(`${path}: larger than the ${MAX_SOURCE_BYTES / 1048576} MB limit`);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${path}: cannot read (${describeIoError(error)})`);
  }
  return sourceFromBytes(path, bytes);
}
