// Document ids made from file names; kept apart from analyze.ts so deciding an id loads no parser.
import { basename, extname } from 'node:path';

/** A document id from a file name: lower-case ASCII letters, digits and hyphens. */
export function documentIdFromPath(path: string): string {
  const stem = basename(path, extname(path));
  const id = stem
    .normalize('NFKD')
    .replace(/æ/giu, 'ae').replace(/ø/giu, 'o').replace(/å/giu, 'a')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return id || 'doc';
}
