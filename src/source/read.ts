// Bytes → text. The one place that decodes files, so every stage after it sees clean Unicode
// with `\n` line ends. Line numbers stay those of the file: nothing here adds or drops lines.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataError } from '../model/errors.js';
import type { SourceFormat, SourceText } from '../model/types.js';
import { decode } from './decode.js';

export function formatOf(path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decode bytes into a SourceText or throw a DataError naming the file and the reason. */
export function sourceFromBytes(path: string, bytes: Uint8Array): SourceText {
  const text = decode(bytes, path);
  if (text.trim() === '') throw new DataError(`${path}: empty file, nothing to ingest`);
  return { path, text, hash: hashBytes(bytes), format: formatOf(path) };
}

/** Largest file we read; PDF extracts are kilobytes, so anything larger is not what we think. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

export async function readSource(path: string): Promise<SourceText> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataError(`${path}: is a folder, not a file`);
    if (info.size > MAX_SOURCE_BYTES) {
      throw new DataError(`${path}: ${Math.round(info.size / 1048576)} MB is larger than the ${MAX_SOURCE_BYTES / 1048576} MB limit`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${path}: cannot read (${describeIoError(error)})`);
  }
  return sourceFromBytes(path, bytes);
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on device';
    default: return code ?? (error instanceof Error ? error.message : String(error));
  }
}
