// Two small files an index folder holds beside its catalogue (schema 9, issue 18), so that a
// question about the whole index does not parse the catalogue (6.6 MB at 10,000 documents) or
// read every document's outline (outlines.txt, 9 MB):
//
// - sources.txt: each document's id, source size and time, and source path, in catalogue
//   order, one a line: the freshness check of a whole-index question (open.ts openWhole) reads
//   this and stats the sources, nothing else;
// - ids.txt: which documents hold a section, by section id, with the section's sentence count:
//   `show` resolves a short id (`2.5-3`: section 2.5, sentence 3) from the one line of its
//   section, and knows an unknown id to be unknown, without reading any document or outline.
//
// Both begin with the catalogue's generation (a hash of its document lines, store.ts): a file
// of another generation (an ingest wrote one but not yet the catalogue, or died between them)
// is not used, and the reader falls back to the catalogue and outlines.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_FILE = 'sources.txt';
export const IDS_FILE = 'ids.txt';
const SOURCES_MAGIC = 'ks-input-sources';
const IDS_MAGIC = 'ks-input-ids';

export interface SourceLine {
  id: string;
  size: number;
  mtimeMs: number;
  path: string;
}

/** A field without tabs, newlines or lone backslashes (paths may hold any of them). */
const escapeField = (s: string) => s.replace(/[\\\t\n\r]/gu, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
const unescapeField = (s: string) =>
  s.includes('\\') ? s.replace(/\\(.)/gu, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c)) : s;

/** sources.txt's text: a header line, then `id<TAB>size<TAB>mtimeMs<TAB>path` a document. */
export function encodeSources(generation: string, sources: readonly SourceLine[]): string {
  const lines = sources.map((s) => `${escapeField(s.id)}\t${s.size}\t${s.mtimeMs}\t${escapeField(s.path)}\n`);
  return `${SOURCES_MAGIC}\t${generation}\t${sources.length}\n${lines.join('')}`;
}

/**
 * Visit each line of sources.txt's text in order, its fields read in place: the source's path,
 * its size and time when indexed, the line's place, and where the line begins in the text (its
 * id runs from there to the first tab). The count of lines when all were visited;
 * null when the text is not of this generation, is not whole or well formed, or `visit`
 * returned false. The freshness check of a whole-index question (open.ts openWhole) runs on
 * this: at 10,000 documents, decoding every line into an object first cost a fifth of what the
 * stat calls cost, and the objects, alive to the end, were copied by every scavenge.
 */
export function eachSource(text: string, generation: string, visit: (path: string, size: number, mtimeMs: number, n: number, line: number) => boolean): number | null {
  const body = sourcesBody(text, generation);
  if (!body) return null;
  let n = 0;
  for (let line = body.start; line < text.length; n++) {
    const end = text.indexOf('\n', line);
    const t1 = text.indexOf('\t', line);
    const t2 = text.indexOf('\t', t1 + 1);
    const t3 = text.indexOf('\t', t2 + 1);
    const more = text.indexOf('\t', t3 + 1);
    // an id, a size, a time and a path, none empty, and no fifth field
    if (n >= body.count || end < 0 || t1 <= line || t2 <= t1 + 1 || t3 <= t2 + 1 || t3 + 1 >= end || (more >= 0 && more < end)) return null;
    const size = Number(text.slice(t1 + 1, t2));
    const mtimeMs = Number(text.slice(t2 + 1, t3));
    if (!Number.isFinite(size) || !Number.isFinite(mtimeMs)) return null;
    const path = text.slice(t3 + 1, end);
    if (!visit(path.includes('\\') ? unescapeField(path) : path, size, mtimeMs, n, line)) return null;
    line = end + 1;
  }
  return n === body.count ? n : null;
}

/** Where the lines of sources.txt's text begin and how many its header says there are; null when it is not of this generation. */
function sourcesBody(text: string, generation: string): { start: number; count: number } | null {
  const first = text.indexOf('\n');
  if (first < 0) return null;
  const [magic, gen, count, extra] = text.slice(0, first).split('\t');
  if (magic !== SOURCES_MAGIC || gen !== generation || extra !== undefined) return null;
  const n = Number(count);
  return Number.isInteger(n) && n >= 0 ? { start: first + 1, count: n } : null;
}

/**
 * Lines of sources.txt's text by their place (0 the first document), decoded; a place it does not
 * have is left out. For the few lines a query names (a short id's documents, a source gone).
 */
export function sourcesAt(text: string, generation: string, places: readonly number[]): Map<number, SourceLine> {
  const out = new Map<number, SourceLine>();
  const body = sourcesBody(text, generation);
  if (!body || places.length === 0) return out;
  const wanted = new Set(places);
  let last = 0;
  for (const n of wanted) last = Math.max(last, n);
  for (let line = body.start, n = 0; n <= last && line < text.length; n++) {
    const end = text.indexOf('\n', line);
    if (end < 0) break;
    if (wanted.has(n)) {
      const [id, size, mtime, path] = text.slice(line, end).split('\t');
      out.set(n, { id: unescapeField(id ?? ''), size: Number(size), mtimeMs: Number(mtime), path: unescapeField(path ?? '') });
    }
    line = end + 1;
  }
  return out;
}

/** The sources of sources.txt's text, if it is of this generation and whole; null otherwise. */
export function decodeSources(text: string, generation: string): SourceLine[] | null {
  const out: SourceLine[] = [];
  const count = eachSource(text, generation, (path, size, mtimeMs, _n, line) => {
    out.push({ id: unescapeField(text.slice(line, text.indexOf('\t', line))), size, mtimeMs, path });
    return true;
  });
  return count === null ? null : out;
}

/**
 * ids.txt's text from each document's outline (DocumentStats.outline: `id:sentences,…` a
 * section), in catalogue order: a header line `ks-input-ids<TAB>generation<TAB>bytes of the
 * directory`, the directory (`sectionId<TAB>start<TAB>length` a line, sorted by id, start and
 * length in bytes within the body), then the body: for each section id one line listing its
 * documents as `n:sentences` (n the document's place in the catalogue), space-separated. A
 * lookup reads the header and directory (a few kB: a corpus has some hundreds of distinct
 * section ids) and the one line it needs. Null when a document's outline is missing or
 * malformed: then no ids.txt is of the catalogue's generation.
 */
export function encodeIds(generation: string, outlines: ReadonlyArray<string | undefined>): Buffer | null {
  const holders = new Map<string, string[]>();
  for (let n = 0; n < outlines.length; n++) {
    const outline = outlines[n];
    if (typeof outline !== 'string') return null;
    for (const item of outline.split(' ')) {
      if (!item) continue;
      const colon = item.lastIndexOf(':');
      const comma = item.indexOf(',', colon);
      const id = item.slice(0, colon);
      const sentences = item.slice(colon + 1, comma < 0 ? item.length : comma);
      if (colon < 1 || !/^\d+$/u.test(sentences) || /[\s\t\n]/u.test(id)) return null;
      let list = holders.get(id);
      if (!list) holders.set(id, (list = []));
      list.push(`${n}:${sentences}`);
    }
  }
  const keys = [...holders.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const body: Buffer[] = [];
  const directory: string[] = [];
  let start = 0;
  for (const key of keys) {
    const line = Buffer.from(`${holders.get(key)!.join(' ')}\n`, 'utf8');
    directory.push(`${key}\t${start}\t${line.length - 1}\n`);
    body.push(line);
    start += line.length;
  }
  const dir = Buffer.from(directory.join(''), 'utf8');
  return Buffer.concat([Buffer.from(`${IDS_MAGIC}\t${generation}\t${dir.length}\n`, 'utf8'), dir, ...body]);
}

/** A section's documents: place in the catalogue → sentences in that section. */
export type SectionHolders = Map<number, number>;

/** Read `length` bytes at `position` of an open file; fewer at its end. */
function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, out, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return out.subarray(0, got);
}

/**
 * The documents holding each of these section ids, by ids.txt (ids absent from every document
 * map to an empty map); null when there is no ids.txt of this generation or it is malformed.
 */
export function readSectionHolders(indexDir: string, generation: string, sectionIds: readonly string[]): Map<string, SectionHolders> | null {
  let fd: number;
  try {
    fd = openSync(join(indexDir, IDS_FILE), 'r');
  } catch {
    return null;
  }
  try {
    let head = readAt(fd, 0, 1 << 14);
    const first = head.indexOf(0x0a);
    if (first < 0) return null;
    const [magic, gen, bytes, extra] = head.toString('utf8', 0, first).split('\t');
    const dirBytes = Number(bytes);
    if (magic !== IDS_MAGIC || gen !== generation || extra !== undefined || !Number.isInteger(dirBytes) || dirBytes < 0) return null;
    const bodyStart = first + 1 + dirBytes;
    if (head.length < bodyStart) head = readAt(fd, 0, bodyStart);
    if (head.length < bodyStart) return null;
    // the directory with the header's newline before it: every entry follows a newline
    const directory = head.toString('utf8', first, bodyStart);
    const out = new Map<string, SectionHolders>();
    for (const id of sectionIds) {
      const holders: SectionHolders = new Map();
      out.set(id, holders);
      const key = `\n${id}\t`;
      const at = directory.indexOf(key);
      if (at < 0) continue;
      const end = directory.indexOf('\n', at + 1);
      const [start, length] = directory.slice(at + key.length, end).split('\t').map(Number);
      if (!Number.isInteger(start) || !Number.isInteger(length) || start! < 0 || length! < 0) return null;
      const line = readAt(fd, bodyStart + start!, length!).toString('utf8');
      if (line.length !== length || line.includes('\n')) return null;
      for (const item of line.split(' ')) {
        const colon = item.indexOf(':');
        const n = Number(item.slice(0, colon));
        const sentences = Number(item.slice(colon + 1));
        if (colon < 1 || !Number.isInteger(n) || !Number.isInteger(sentences) || n < 0 || sentences < 0) return null;
        holders.set(n, sentences);
      }
    }
    return out;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * The places in the catalogue of the documents that hold a short id, in catalogue order: as a
 * section (`2.5`), or as a sentence (`2.5-3`: section 2.5 with 3 sentences or more). Null when
 * ids.txt cannot tell (readSectionHolders).
 */
export function documentsHolding(indexDir: string, generation: string, local: string): number[] | null {
  const dash = local.lastIndexOf('-');
  const ordinal = dash > 0 && /^\d+$/u.test(local.slice(dash + 1)) ? Number(local.slice(dash + 1)) : null;
  const section = ordinal === null ? null : local.slice(0, dash);
  const found = readSectionHolders(indexDir, generation, section === null ? [local] : [local, section]);
  if (!found) return null;
  const out = new Set(found.get(local)!.keys());
  if (section !== null && ordinal! >= 1) for (const [n, sentences] of found.get(section)!) if (sentences >= ordinal!) out.add(n);
  return [...out].sort((a, b) => a - b);
}
