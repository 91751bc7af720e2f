// Document ids made from file names; kept apart from analyze.ts so deciding an id loads no parser.
import { basename, extname } from 'node:path';
import { asciiFold } from '../nlp/fold.js';

/** A document id from a file name: lower-case ASCII letters, digits and hyphens. */
export function documentIdFromPath(path: string): string {
  const stem = basename(path, extname(path));
  const id = asciiFold(stem)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return id || 'doc';
}
