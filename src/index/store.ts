// The index on disk: a folder with `catalog.json` (one entry per document, one a line),
// `outlines.txt` (each document's sections and counts per area and kind, one a line: what
// show, sections and areas need and nothing else reads) and three files per document under
// `docs/` (documentFilesOf), named by document id and content hash. A query
// reads the catalogue and only the documents it needs; an ingest rewrites only documents that
// changed. Every write is atomic (temporary file, fsync, rename), and the catalogue is written
// last, so a crash at any moment leaves the previous catalogue pointing at complete files.
// Writers hold the folder's lock (lock.ts), so pruning never removes a file another writer's
// catalogue references.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { DataError } from '../model/errors.js';
import type { AnalyzedSentence, DocumentMeta, IndexedDocument, Section, SourceFormat } from '../model/types.js';
import { DEMAND_KINDS, type Kind, KINDS } from '../model/types.js';
import { describeIoError } from '../source/io-error.js';
import { encodeIds, encodeSources, IDS_FILE, SOURCES_FILE } from './lookup-files.js';
import { decodeStatement, encodeStatementsFile, readStatementsFile, type RowFilter } from './statement-rows.js';
export type { RowFilter } from './statement-rows.js';

/**
 * Bump when the layout or a record's meaning changes; older indexes are rebuilt. Schema 7's
 * documents are those of 8, 9 and 10 (8 moved the catalogue's outline and counts per kind to
 * outlines.txt; 9 added the catalogue's generation, sources.txt and ids.txt, lookup-files.ts;
 * 10 left out a statement row's id, which its section id and ordinal make, statement-rows.ts,
 * and still reads rows with it): an ingest takes them over without analysing them again
 * (REUSABLE_SCHEMAS).
 */
export const SCHEMA_VERSION = 10;
/** Schemas whose document files an ingest reuses as they are. */
export const REUSABLE_SCHEMAS: readonly number[] = [7, 8, 9, 10];

export interface DocumentStats {
  sections: number;
  sentences: number;
  statements: number;
  demands: number;
  /** area slug → statements tagged with it: a query by area skips documents without one */
  areas: Record<string, number>;
  /**
   * Statements per area and kind: `area:n,n,n,n,n,n` (counts in KINDS' order) for each area of
   * `areas`, space-separated: `areas --doc` answers from it. In the catalogue in schema 7; in
   * outlines.txt since 8 (at 10,000 documents the two were 9 of the catalogue's 15 MB, parsed by
   * every query): in memory only while an index is written.
   */
  kinds?: string;
  /**
   * The document's sections with their counts: `id:sentences,statements,demands` in document
   * order, space-separated (section ids are dotted numbers). `show ID` finds from it which
   * documents hold an id, and reads only that one; `sections` takes its counts from it. Where
   * `kinds` is.
   */
  outline?: string;
}

/** A document's line of outlines.txt: its outline and counts per area and kind (DocumentStats). */
export interface DocumentOutline {
  outline: string;
  kinds: string;
}

export interface CatalogEntry extends DocumentMeta {
  path: string;
  hash: string;
  format: SourceFormat;
  pages: number | null;
  /** size and mtime of the source when indexed: a cheap first staleness check */
  size: number;
  mtimeMs: number;
  file: string;
  stats: DocumentStats;
  /** when its text was last analysed (ISO 8601); absent in indexes made before it was kept */
  indexed?: string;
}

export interface Catalog {
  schemaVersion: number;
  /** the ks-input version that built it: extraction rules change between versions */
  tool: string;
  /** the documents' statements per area and kind, summed (DocumentStats.kinds; schema 8): `areas` answers from it */
  kinds?: string;
  /**
   * A hash of the tool and the document lines (schema 9): sources.txt and ids.txt carry the
   * generation of the catalogue they were written with (lookup-files.ts)
   */
  generation?: string;
  documents: CatalogEntry[];
}

/** The catalogue's first line: all of it but its documents (readCatalogHeader). */
export interface CatalogHeader {
  schemaVersion: number;
  tool: string;
  kinds?: string;
  generation?: string;
  /** how many documents it lists */
  count: number;
}

/** Which part of a document a query needs: every sentence, or its statements only. */
export type DocumentPart = 'sentences' | 'statements';

/**
 * A catalogued document's files share its name, `<id>.<hash>` (the catalogue's `file`):
 * its lean statements file, one row per statement (statement-rows.ts), for the commands that
 * read nothing else (list, grep, areas, digest); and its search files (terms.ts), whose
 * sentences file is also the whole document (show, sections, digest --key-terms).
 */
export const statementsFileOf = (file: string) => `${file}.statements.tsv`;

/** The search files (terms.ts): a query reads them without loading natural, so they are named here. */
export const termsFileOf = (file: string) => `${file}.terms.txt`;
/**
 * The whole document, brotli-compressed (schema 7): line 1 its sections, then one sentence a line,
 * as JSON. Uncompressed it was 3.2× the size of the source; compressed, 0.55× (issue 18). Read
 * whole (show, sections' fallback, digest) or by the byte offsets of its lines in the
 * uncompressed text (search, kwic: terms.ts).
 */
export const sentencesFileOf = (file: string) => `${file}.sentences.jsonl.br`;

/** Every file of a catalogued document: its statements and its search files. */
export const documentFilesOf = (file: string) => [statementsFileOf(file), termsFileOf(file), sentencesFileOf(file)];

export const CATALOG_FILE = 'catalog.json';
/** One line a document, `file<TAB>outline<TAB>kinds` (DocumentOutline), keyed by the catalogue's `file`. */
export const OUTLINES_FILE = 'outlines.txt';
const DOCS_DIR = 'docs';

export function statsOf(doc: IndexedDocument): DocumentStats {
  const statements = doc.sentences.filter((s) => s.kind !== null);
  const areas = countAreas(statements);
  return {
    sections: doc.sections.length,
    sentences: doc.sentences.length,
    statements: statements.length,
    demands: statements.filter((s) => DEMAND_KINDS.includes(s.kind!)).length,
    areas,
    kinds: encodeAreaKinds(Object.keys(areas), statements),
    outline: encodeOutline(doc),
  };
}

/** `stats.kinds` of statements whose areas are `areas`. */
function encodeAreaKinds(areas: readonly string[], statements: readonly AnalyzedSentence[]): string {
  const counts = new Map(areas.map((a) => [a, KINDS.map(() => 0)]));
  for (const s of statements) for (const area of s.areas) counts.get(area)![KINDS.indexOf(s.kind!)]! += 1;
  return [...counts].map(([area, n]) => `${area}:${n.join(',')}`).join(' ');
}

/** Statements per area and kind (DocumentStats.kinds) as counts; null when absent or malformed. */
export function areaKindsOf(text: string | undefined): Map<string, Record<Kind, number>> | null {
  if (typeof text !== 'string') return null;
  const out = new Map<string, Record<Kind, number>>();
  for (const item of text.split(' ')) {
    if (!item) continue;
    const colon = item.lastIndexOf(':');
    const counts = item.slice(colon + 1).split(',').map(Number);
    if (colon < 1 || counts.length !== KINDS.length || !counts.every((n) => Number.isInteger(n) && n >= 0)) return null;
    out.set(item.slice(0, colon), Object.fromEntries(KINDS.map((k, i) => [k, counts[i]!])) as Record<Kind, number>);
  }
  return out;
}

function encodeOutline(doc: IndexedDocument): string {
  const counts = new Map<string, SectionCounts>();
  for (const s of doc.sentences) {
    let c = counts.get(s.sectionId);
    if (!c) counts.set(s.sectionId, (c = { sentences: 0, statements: 0, demands: 0 }));
    c.sentences += 1;
    if (s.kind !== null) c.statements += 1;
    if (s.kind !== null && DEMAND_KINDS.includes(s.kind)) c.demands += 1;
  }
  return doc.sections.map((s) => {
    const c = counts.get(s.id);
    return c ? `${s.id}:${c.sentences},${c.statements},${c.demands}` : `${s.id}:0,0,0`;
  }).join(' ');
}

export interface SectionCounts {
  sentences: number;
  statements: number;
  demands: number;
}

/**
 * The sentences of one section of a document, by its outline (DocumentStats.outline): null when it has no such
 * section, undefined when the entry has no outline (the document must be read to know). Found in
 * the string, nothing split: `show` asks this of every entry of the catalogue for a short id.
 */
export function sentencesInSection(text: string | undefined, sectionId: string): number | null | undefined {
  if (typeof text !== 'string') return undefined;
  const key = `${sectionId}:`;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (at > 0 && text[at - 1] !== ' ') continue;
    const end = text.indexOf(',', at);
    const n = Number(text.slice(at + key.length, end < 0 ? text.length : end));
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  }
  return null;
}

/**
 * A document's sections and their sentence, statement and demand counts, by its outline,
 * in document order; null when the entry has none (or it is malformed).
 */
export function outlineOf(text: string | undefined): Map<string, SectionCounts> | null {
  if (typeof text !== 'string') return null;
  const out = new Map<string, SectionCounts>();
  for (const item of text.split(' ')) {
    if (!item) continue;
    const colon = item.lastIndexOf(':');
    const [sentences, statements, demands, extra] = item.slice(colon + 1).split(',').map(Number);
    const counts = { sentences: sentences!, statements: statements!, demands: demands! };
    if (colon < 1 || extra !== undefined || !Object.values(counts).every((n) => Number.isInteger(n) && n >= 0)) return null;
    out.set(item.slice(0, colon), counts);
  }
  return out;
}

/**
 * Statements per area, the areas in one order (by slug) in every entry: JSON.parse then gives
 * every entry's counts one object shape. In the order first met, a thousand entries had
 * hundreds of shapes, and the catalogue of 1,000 documents took 25 ms to parse instead of 4.
 */
function countAreas(statements: readonly AnalyzedSentence[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) for (const area of s.areas) counts.set(area, (counts.get(area) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The path of a document's file: the index's docs folder joined once (path.join normalizes,
 * some microseconds a call, and a query at a thousand documents makes a thousand), the name
 * appended (a catalogue's file names hold no separator: validEntry).
 */
const docsDirs = new Map<string, string>();
export function docFile(dir: string, name: string): string {
  let docs = docsDirs.get(dir);
  if (docs === undefined) docsDirs.set(dir, (docs = join(dir, DOCS_DIR)));
  return `${docs}${sep}${name}`;
}

/** Read the catalogue; null when there is none. Corrupt or newer catalogues are data errors. */
export async function readCatalog(dir: string): Promise<Catalog | null> {
  return readCatalogSync(dir);
}

/** readCatalog, synchronously: what a catalogue opened by its header alone parses when a command first asks for its documents. */
export function readCatalogSync(dir: string): Catalog | null {
  let text: string;
  try {
    text = readFileSync(join(dir, CATALOG_FILE), 'utf8'); // sync: the first read of every query, nothing to overlap
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DataError(`index ${dir}: cannot read (${describeIoError(error)})`);
  }
  let catalog: Catalog;
  try {
    catalog = JSON.parse(text) as Catalog;
  } catch {
    throw new DataError(`index ${dir} is corrupt (not valid JSON); run \`ks-input ingest\` to rebuild it`);
  }
  if (!catalog || typeof catalog.schemaVersion !== 'number' || !Array.isArray(catalog.documents)) {
    throw new DataError(`index ${dir} is corrupt (no catalogue); run \`ks-input ingest\` to rebuild it`);
  }
  if (catalog.schemaVersion > SCHEMA_VERSION) {
    throw new DataError(`index ${dir} was made by a newer ks-input (schema ${catalog.schemaVersion}); upgrade, or ingest into another --index`);
  }
  for (const entry of catalog.documents) {
    if (!validEntry(entry, catalog.schemaVersion)) {
      throw new DataError(`index ${dir} is corrupt (bad catalogue entry); run \`ks-input ingest\` to rebuild it`);
    }
  }
  return catalog;
}

/** A catalogue entry; an older schema's entry lacks what came later (it is read only to be rebuilt). */
function validEntry(entry: CatalogEntry, schema: number): boolean {
  if (!entry || typeof entry !== 'object') return false;
  const strings = [entry.id, entry.file, entry.hash, entry.path, entry.title];
  if (!strings.every((v) => typeof v === 'string')) return false;
  // the file name is ours: never let a catalogue point outside docs/
  if (!/^[^/\\]+$/u.test(entry.file) || entry.file.startsWith('.')) return false;
  const stats = entry.stats as DocumentStats | undefined;
  const areas = schema < 5 || (typeof stats?.areas === 'object' && stats.areas !== null);
  // schema 7 kept each document's outline in the catalogue; 8 keeps it in outlines.txt
  const outline = schema !== 7 || (typeof stats?.kinds === 'string' && typeof stats.outline === 'string');
  return Boolean(stats) && typeof stats!.sentences === 'number' && areas && outline && typeof entry.size === 'number' && typeof entry.mtimeMs === 'number';
}

function validSection(s: Section): boolean {
  return Boolean(s) && typeof s.id === 'string' && typeof s.title === 'string' && typeof s.level === 'number';
}

/**
 * A sentence as a line of its document's sentences file (schema 7): a JSON array of its fields
 * in this order, its id 0 when it is its section's id and its ordinal (as segment/ makes them):
 * the keys of every field on every line were a fifth of the file's compressed size.
 */
export function encodeSentenceLine(s: AnalyzedSentence): string {
  const id = s.id === `${s.sectionId}-${s.ordinal}` ? 0 : s.id;
  const cues = s.cues.map((c) => [c.kind, c.cue, c.match, c.weight]);
  return JSON.stringify([s.sectionId, s.ordinal, s.page, s.lines, s.text, s.kind, s.kinds, s.areas, s.actors, s.figures, cues, s.areaTerms, id]);
}

/** A parsed line of a sentences file as a sentence: an array (schema 7) or an object (schemas 5 and 6); null when neither. */
export function decodeSentenceLine(value: unknown): AnalyzedSentence | null {
  if (!Array.isArray(value)) return value !== null && typeof value === 'object' ? (value as AnalyzedSentence) : null;
  const [sectionId, ordinal, page, lines, text, kind, kinds, areas, actors, figures, cues, areaTerms, id] = value as unknown[];
  if (!Array.isArray(cues) || !cues.every((c) => Array.isArray(c) && c.length === 4)) return null;
  return {
    id: (id === 0 ? `${String(sectionId)}-${String(ordinal)}` : id) as string,
    sectionId: sectionId as string,
    ordinal: ordinal as number,
    page: page as number | null,
    lines: lines as [number, number],
    text: text as string,
    kind: kind as AnalyzedSentence['kind'],
    kinds: kinds as AnalyzedSentence['kinds'],
    areas: areas as string[],
    actors: actors as AnalyzedSentence['actors'],
    figures: figures as string[],
    cues: (cues as Array<[Kind, string, string, number]>).map(([k, cue, match, weight]) => ({ kind: k, cue, match, weight })),
    areaTerms: areaTerms as Record<string, string[]>,
  };
}

function validSentence(s: AnalyzedSentence | null): s is AnalyzedSentence {
  return (
    s !== null && typeof s.id === 'string' && typeof s.text === 'string' && typeof s.sectionId === 'string' &&
    Array.isArray(s.lines) && Array.isArray(s.kinds) && Array.isArray(s.areas) && Array.isArray(s.actors) && Array.isArray(s.figures)
  );
}

/**
 * Load the sections and sentences of one catalogued document; with part `statements`, only its
 * statements (without cues and area terms), and only those that pass `keep`.
 */
export async function readDocument(
  dir: string,
  entry: CatalogEntry,
  part: DocumentPart = 'sentences',
  keep: RowFilter = {},
): Promise<IndexedDocument> {
  if (part === 'statements') {
    const { doc, rows, decode } = readStatementRows(dir, entry, keep);
    doc.sentences = rows.map(decode);
    return doc;
  }
  if (entry.file.endsWith('.json')) return readLegacyDocument(dir, entry);
  let text: string;
  try {
    text = (await readSentencesFile(dir, entry.file)).toString('utf8');
  } catch (error) {
    // read but not brotli: cut short or overwritten
    throw error instanceof SyntaxError ? corruptDocument(dir, entry) : unreadableDocument(dir, entry, error);
  }
  // line 1 the sections, then one sentence a line; a whole file ends with a newline
  const newline = text.indexOf('\n');
  let sections: unknown;
  let sentences: unknown;
  try {
    if (!text.endsWith('\n')) throw new SyntaxError('cut short');
    sections = JSON.parse(text.slice(0, newline));
    sentences = (JSON.parse(`[${text.slice(newline + 1, -1).replaceAll('\n', ',')}]`) as unknown[]).map(decodeSentenceLine);
  } catch {
    throw corruptDocument(dir, entry);
  }
  if (!Array.isArray(sections) || !Array.isArray(sentences) || !sections.every(validSection) || !sentences.every(validSentence)) {
    throw corruptDocument(dir, entry);
  }
  return documentOf(entry, sections as Section[], sentences as AnalyzedSentence[]);
}

/**
 * zlib, loaded when a command first reads or writes a sentences file: list and grep never load
 * it (it costs a query's start-up some milliseconds). Not `import()`: the bundle makes every
 * dynamic import a module of its own, and a built-in is none.
 */
const zlib = () => process.getBuiltinModule('node:zlib');

/**
 * A document's sentences file, uncompressed (sentencesFileOf). A file that does not decompress
 * throws (a corrupt document to the caller).
 */
export async function readSentencesFile(dir: string, file: string): Promise<Buffer> {
  const { brotliDecompressSync } = zlib();
  let bytes: Buffer;
  try {
    bytes = await readFile(docFile(dir, sentencesFileOf(file)));
  } catch (error) {
    // a schema-5 or -6 index's document, uncompressed: read when its indexed copy is kept (ingest.ts)
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return await readFile(docFile(dir, `${file}.sentences.jsonl`)).catch(() => Promise.reject(error));
  }
  try {
    return brotliDecompressSync(bytes);
  } catch {
    throw new SyntaxError('not brotli');
  }
}

/** A document's sentences file from its text (sentencesFileOf): brotli at quality 6, text mode. */
export async function encodeSentencesFile(text: string): Promise<Buffer> {
  const { brotliCompressSync, constants } = zlib();
  const bytes = Buffer.from(text, 'utf8');
  // quality 6: within 3% of the size of 9, at a fraction of the time (an ingest compresses every document)
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/**
 * A document of a schema-4 index, whose whole was one JSON file named by the entry: read when
 * `ingest --add` (or a query's update) keeps a document whose source is gone, to write it anew.
 */
async function readLegacyDocument(dir: string, entry: CatalogEntry): Promise<IndexedDocument> {
  let data: { sections?: unknown; sentences?: unknown };
  try {
    data = JSON.parse(await readFile(docFile(dir, entry.file), 'utf8')) as typeof data;
  } catch (error) {
    throw unreadableDocument(dir, entry, error);
  }
  const { sections, sentences } = data ?? {};
  if (!Array.isArray(sections) || !Array.isArray(sentences) || !sections.every(validSection) || !sentences.every(validSentence)) {
    throw corruptDocument(dir, entry);
  }
  return documentOf(entry, sections as Section[], sentences as AnalyzedSentence[]);
}

/**
 * A document's sections and the rows of its lean statements file that pass `keep`, not yet
 * decoded: grep tests its pattern on their text first.
 *
 * Read synchronously: a query at a thousand documents reads a thousand small files, and the
 * promise API's open/stat/read/close round trips through the thread pool made that about three
 * times slower than plain reads, with nothing else for the process to do meanwhile.
 */
export function readStatementRows(dir: string, entry: CatalogEntry, keep: RowFilter = {}): StatementRows {
  let file: ReturnType<typeof readStatementsFile>;
  try {
    file = readStatementsFile(readWhole(docFile(dir, statementsFileOf(entry.file))), keep);
  } catch (error) {
    throw unreadableDocument(dir, entry, error);
  }
  // the catalogue counts the statements: a file that lost or gained a row is corrupt
  if (!file || (file.total !== null && file.total !== entry.stats.statements)) throw corruptDocument(dir, entry);
  // the sections give kept rows their chapter and section: without rows, they are not read
  let sections: unknown = [];
  try {
    if (file.rows.length || keep.sections) sections = JSON.parse(file.sectionsJson);
  } catch {
    sections = null;
  }
  if (!Array.isArray(sections) || !sections.every(validSection)) throw corruptDocument(dir, entry);
  const { rows } = file;
  const decode = (row: string) => decodeStatement(row) ?? fail(corruptDocument(dir, entry));
  return { doc: documentOf(entry, sections as Section[]), rows, decode, entry };
}

export interface StatementRows {
  /** the document with its sections (none when no row was kept); its sentences are left empty */
  doc: IndexedDocument;
  /** its catalogue entry */
  entry: CatalogEntry;
  rows: string[];
  /** a row as a statement; a malformed row is a corrupt index (DataError) */
  decode: (row: string) => AnalyzedSentence;
}

const fail = (error: Error): never => {
  throw error;
};

/**
 * Read a whole file into one buffer reused from call to call. A query reads a thousand
 * statements or term files one after another and keeps only what it copies out of them: a fresh
 * buffer per file (readFileSync) made the kernel fault in new pages for every file, a third of
 * the reading time. One read a file, no stat: a read of a regular file that comes back short
 * has met its end, and only a file that fills the buffer is read on, into a larger one (a
 * thousand files: two thousand system calls fewer). The bytes returned are valid until the next
 * call.
 */
let scratch = Buffer.allocUnsafe(1 << 20);
export function readWhole(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      length += n;
      if (n === 0 || length < scratch.length) return scratch.subarray(0, length);
      const bigger = Buffer.allocUnsafe(2 * scratch.length);
      scratch.copy(bigger);
      scratch = bigger;
    }
  } finally {
    closeSync(fd);
  }
}

const unreadableDocument = (dir: string, entry: CatalogEntry, error: unknown) =>
  new DataError(
    `index ${dir}: document ${entry.id} is unreadable (${error instanceof SyntaxError ? 'not valid JSON' : describeIoError(error)}); run \`ks-input ingest\` to rebuild it`,
  );

const corruptDocument = (dir: string, entry: CatalogEntry) => new DataError(`index ${dir}: document ${entry.id} is corrupt; run \`ks-input ingest\` to rebuild it`);

/** Might the document hold a statement in one of these areas? (Catalogues count statements per area.) */
export function mayHoldArea(entry: CatalogEntry, areas: readonly string[] | null | undefined): boolean {
  return !areas || !entry.stats.areas || areas.some((a) => (entry.stats.areas[a] ?? 0) > 0);
}

/** A catalogued document with the sections and sentences read for it (the entry's own file fields dropped). */
export function documentOf(entry: CatalogEntry, sections: Section[], sentences: AnalyzedSentence[] = []): IndexedDocument {
  // named, not a rest pattern (`{ size, file, ...meta }`), which costs ~10 µs a call: a query
  // at a thousand documents makes a thousand; the optional metadata only where present
  const { id, title, publisher, year, source, path, hash, format, pages } = entry;
  const doc: IndexedDocument = { id, title, path, hash, format, pages, sections, sentences };
  if (publisher !== undefined) doc.publisher = publisher;
  if (year !== undefined) doc.year = year;
  if (source !== undefined) doc.source = source;
  return doc;
}

/** How many document files a query reads at once. */
export const READ_CONCURRENCY = 16;

export interface SourceStat {
  size: number;
  mtimeMs: number;
}

/**
 * Write an index holding exactly `docs`. Documents whose file already exists (same id and
 * hash, same tool) are not rewritten. Files no longer referenced are removed afterwards.
 */
export async function writeIndex(
  dir: string,
  docs: Array<{ doc: IndexedDocument; stat: SourceStat; reuse?: CatalogEntry }>,
  tool: string,
): Promise<Catalog> {
  const docsDir = join(dir, DOCS_DIR);
  try {
    await mkdir(docsDir, { recursive: true });
  } catch (error) {
    throw unwritable(dir, error);
  }
  // the outlines of documents taken over from the index as it is (schema 8 keeps them apart)
  const previous = readOutlines(dir);
  const entries: CatalogEntry[] = [];
  const outlines: string[] = [];
  /** each entry's outline, in catalogue order (ids.txt) */
  const sectionLists: Array<string | undefined> = [];
  const now = new Date().toISOString();
  for (const { doc, stat, reuse } of docs) {
    const { file, stats } = reuse ?? (await writeDocumentFiles(dir, doc));
    const { outline: _o, kinds: _k, ...lean } = stats;
    const outline = typeof stats.outline === 'string' && typeof stats.kinds === 'string' ? { outline: stats.outline, kinds: stats.kinds } : previous.get(file);
    // a document whose outline is lost has no line: its readers read the document instead
    if (outline) outlines.push(`${file}\t${outline.outline}\t${outline.kinds}\n`);
    sectionLists.push(outline?.outline);
    const { sections: _s, sentences: _t, ...meta } = doc;
    // a document taken over unchanged keeps the time it was analysed
    const indexed = reuse?.hash === doc.hash && reuse?.indexed ? reuse.indexed : now;
    entries.push({ ...meta, size: stat.size, mtimeMs: stat.mtimeMs, file, stats: lean, indexed });
  }
  await syncFolder(docsDir);
  const kinds = outlines.length === entries.length ? sumKinds(outlines.map((line) => line.slice(line.lastIndexOf('\t') + 1, -1))) : undefined;
  const lines = entries.map(({ id, ...rest }) => JSON.stringify({ id, ...rest }));
  const { createHash } = await import('node:crypto'); // only when writing
  const hash = createHash('sha256').update(`${tool}\n`);
  for (const line of lines) hash.update(`${line}\n`);
  const generation = hash.digest('hex').slice(0, 16);
  const catalog: Catalog = { schemaVersion: SCHEMA_VERSION, tool, ...(kinds === undefined ? {} : { kinds }), generation, documents: entries };
  // sources.txt and ids.txt (lookup-files.ts) and the outlines first: until the catalogue names
  // a document (and its generation), nothing looks up their lines
  const sources = encodeSources(generation, entries.map((e) => ({ id: e.id, size: e.size, mtimeMs: e.mtimeMs, path: e.path })));
  await atomicWrite(join(dir, SOURCES_FILE), sources, dir);
  const ids = encodeIds(generation, sectionLists);
  if (ids) await atomicWrite(join(dir, IDS_FILE), ids, dir);
  else await rm(join(dir, IDS_FILE), { force: true }).catch(() => undefined);
  await atomicWrite(join(dir, OUTLINES_FILE), outlines.join(''), dir);
  await atomicWrite(join(dir, CATALOG_FILE), catalogText(catalog, lines), dir);
  await syncFolder(dir);
  await pruneDocuments(docsDir, new Set(entries.flatMap((e) => documentFilesOf(e.file))));
  return catalog;
}

/**
 * The catalogue as JSON, compact, with one document a line, each line beginning with its id: a
 * query about one document (readCatalogEntry) finds its line without parsing the rest.
 */
function catalogText(catalog: Catalog, lines: readonly string[]): string {
  const { documents, ...header } = catalog;
  return `${JSON.stringify({ ...header, count: documents.length }).slice(0, -1)},"documents":[\n${lines.join(',\n')}\n]}`;
}

/** Counts per area and kind (DocumentStats.kinds) summed; undefined when one is malformed. */
function sumKinds(texts: readonly string[]): string | undefined {
  const sums = new Map<string, number[]>();
  for (const text of texts) {
    const counts = areaKindsOf(text);
    if (!counts) return undefined;
    for (const [area, byKind] of counts) {
      const sum = sums.get(area) ?? KINDS.map(() => 0);
      KINDS.forEach((k, i) => (sum[i]! += byKind[k]));
      sums.set(area, sum);
    }
  }
  return [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([area, n]) => `${area}:${n.join(',')}`).join(' ');
}

/** The lines of outlines.txt by document file; empty when there is none (schema 7 and older, or lost). */
export function readOutlines(dir: string): Map<string, DocumentOutline> {
  const out = new Map<string, DocumentOutline>();
  let text: string;
  try {
    text = readFileSync(join(dir, OUTLINES_FILE), 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const parsed = parseOutlineLine(line);
    if (parsed) out.set(parsed[0], parsed[1]);
  }
  return out;
}

/**
 * One document's line of outlines.txt, found in the bytes without reading the others; null
 * when it has none (its readers then read the document). Keyed by the file name, which holds the
 * content's hash: a line another ingest wrote meanwhile is of the same document or of none.
 */
export function readOutline(dir: string, file: string): DocumentOutline | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, OUTLINES_FILE));
  } catch {
    return null;
  }
  const key = `${file}\t`;
  let at = bytes.indexOf(key);
  while (at > 0 && bytes[at - 1] !== 0x0a) at = bytes.indexOf(key, at + 1);
  if (at < 0) return null;
  const end = bytes.indexOf(0x0a, at);
  return parseOutlineLine(bytes.toString('utf8', at, end < 0 ? bytes.length : end))?.[1] ?? null;
}

/**
 * The outlines that name a section of one of these ids, by file, and the files that have a
 * line at all (a document without one must be read to know); null when there is no
 * outlines.txt. Found in the bytes: at 10,000 documents, decoding and splitting every line for a
 * short id cost more than the rest of `show`.
 */
export function outlinesWith(dir: string, sectionIds: readonly string[]): { lined: Set<string>; found: Map<string, DocumentOutline> } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, OUTLINES_FILE));
  } catch {
    return null;
  }
  const lined = new Set<string>();
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(0x0a, at);
    const tab = bytes.indexOf(0x09, at);
    if (tab >= 0 && (end < 0 || tab < end)) lined.add(bytes.toString('utf8', at, tab));
    at = end < 0 ? bytes.length : end + 1;
  }
  const found = new Map<string, DocumentOutline>();
  for (const id of sectionIds) {
    // a section id follows the file's tab (the outline's first) or a space
    for (const key of [`\t${id}:`, ` ${id}:`]) {
      for (let at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1)) {
        const start = bytes.lastIndexOf(0x0a, at) + 1;
        const end = bytes.indexOf(0x0a, at);
        const parsed = parseOutlineLine(bytes.toString('utf8', start, end < 0 ? bytes.length : end));
        if (parsed) found.set(parsed[0], parsed[1]);
      }
    }
  }
  return { lined, found };
}

function parseOutlineLine(line: string): [string, DocumentOutline] | null {
  const [file, outline, kinds, extra] = line.split('\t');
  return file && outline !== undefined && kinds !== undefined && extra === undefined ? [file, { outline, kinds }] : null;
}

/**
 * A file's lines, read a chunk at a time: never the whole file in memory. Split on the newline
 * byte before decoding (no UTF-8 sequence holds one). Nothing when the file cannot be opened.
 */
export function* fileLines(path: string, start = 0): Generator<string> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return;
  }
  try {
    const chunk = Buffer.allocUnsafe(1 << 16);
    let rest: Buffer = Buffer.alloc(0);
    for (let position = start; ; ) {
      const n = readSync(fd, chunk, 0, chunk.length, position);
      position += n;
      if (n === 0) break;
      const bytes: Buffer = rest.length ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let at = 0;
      for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, at)) {
        yield bytes.toString('utf8', at, end);
        at = end + 1;
      }
      // what follows the last newline waits for the next chunk (a copy: the chunk is reused)
      rest = Buffer.from(bytes.subarray(at));
    }
    if (rest.length) yield rest.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The catalogue's entries, a line at a time (catalogText writes one document a line), each
 * checked as readCatalog checks it: a query that goes through every document (sections, digest,
 * list) holds one entry at a time instead of the whole catalogue (at 10,000 documents 6.6 MB of
 * JSON and 7 MB of objects: issue 18). A catalogue whose first line is not a header
 * (parseCatalogHeader) is read whole, and readCatalog says what is wrong with it.
 */
export function* catalogEntries(dir: string, only?: ReadonlySet<string>): Generator<CatalogEntry> {
  const lines = fileLines(join(dir, CATALOG_FILE));
  const first = lines.next();
  const header = first.done ? null : parseCatalogHeader(first.value);
  if (!header) {
    lines.return(undefined);
    const catalog = readCatalogSync(dir);
    if (catalog) yield* catalog.documents;
    return;
  }
  if (header.schemaVersion > SCHEMA_VERSION) {
    throw new DataError(`index ${dir} was made by a newer ks-input (schema ${header.schemaVersion}); upgrade, or ingest into another --index`);
  }
  let closed = false;
  for (const line of lines) {
    if (closed) throw corruptCatalog(dir);
    if (line === ']}') {
      closed = true;
      continue;
    }
    // with `only`, a line whose id (written first, catalogText) is not one of them is passed over
    // unparsed (search reads the catalogue again for its hits' entries: issue 18)
    if (only && line.startsWith(ID_OPEN)) {
      const end = line.indexOf('"', ID_OPEN.length);
      const id = line.slice(ID_OPEN.length, end);
      if (end > 0 && !id.includes('\\') && !only.has(id)) continue;
    }
    let entry: CatalogEntry;
    try {
      entry = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as CatalogEntry;
    } catch {
      throw corruptCatalog(dir);
    }
    if (!validEntry(entry, header.schemaVersion)) throw corruptCatalog(dir);
    if (only && !only.has(entry.id)) continue;
    yield entry;
  }
  if (!closed) throw corruptCatalog(dir);
}

/** How a catalogue line begins (JSON.stringify of a CatalogEntry: its id first). */
const ID_OPEN = '{"id":"';

const corruptCatalog = (dir: string) => new DataError(`index ${dir} is corrupt (bad catalogue entry); run \`ks-input ingest\` to rebuild it`);

/**
 * The documents' lines of outlines.txt read in catalogue order, the order writeIndex writes
 * them in, a line at a time: ask for the entries in turn (some may be passed over). Null for a
 * document without a line: its readers then read the document itself; the lines after it are
 * then read again for the next.
 */
export function outlinesInOrder(dir: string): (file: string) => DocumentOutline | null {
  const path = join(dir, OUTLINES_FILE);
  /** where the line `lines` gives next begins */
  let at = 0;
  let lines = fileLines(path);
  return (file) => {
    const from = at;
    for (let next = lines.next(); !next.done; next = lines.next()) {
      at += Buffer.byteLength(next.value) + 1;
      const parsed = parseOutlineLine(next.value);
      // the line of a document passed over, or a malformed one, is read past
      if (parsed && parsed[0] === file) return parsed[1];
    }
    // none for this document: the next one's is read from where this one's search began
    lines = fileLines(path, (at = from));
    return null;
  };
}

/** How the catalogue's first line ends (catalogText): the documents follow, one a line. */
const DOCUMENTS_OPEN = ',"documents":[';

/**
 * The catalogue's first line (catalogText, without its newline) read as its header: schema,
 * tool, kinds, generation and count. Null when it is not one: it does not end by opening the
 * documents, is not JSON, or lacks a field or has one of the wrong type (an older, hand-made or
 * damaged catalogue: the callers then read the whole, and readCatalog says what is wrong).
 */
export function parseCatalogHeader(firstLine: string): CatalogHeader | null {
  if (!firstLine.endsWith(DOCUMENTS_OPEN)) return null;
  let header: Partial<CatalogHeader> | null;
  try {
    header = JSON.parse(`${firstLine.slice(0, -DOCUMENTS_OPEN.length)}}`) as Partial<CatalogHeader> | null;
  } catch {
    return null;
  }
  if (!header || typeof header.schemaVersion !== 'number' || typeof header.tool !== 'string' || typeof header.count !== 'number') return null;
  if (header.kinds !== undefined && typeof header.kinds !== 'string') return null;
  if (header.generation !== undefined && typeof header.generation !== 'string') return null;
  return header as CatalogHeader;
}

/**
 * The catalogue's header (parseCatalogHeader), read from its first line alone (a few hundred
 * bytes of a catalogue of megabytes); null when there is no catalogue or no such line.
 */
export function readCatalogHeader(dir: string): CatalogHeader | null {
  const lines = fileLines(join(dir, CATALOG_FILE));
  try {
    const first = lines.next();
    return first.done ? null : parseCatalogHeader(first.value);
  } catch {
    return null;
  } finally {
    lines.return(undefined);
  }
}

/**
 * One document's catalogue entry, read from its line (catalogText) without parsing the
 * others', with the catalogue's header; null when the catalogue is not of this schema, has no
 * such document or anything is amiss: the caller then reads the whole (readCatalog).
 */
export function readCatalogEntry(dir: string, id: string): { schemaVersion: number; tool: string; count: number; entry: CatalogEntry } | null {
  try {
    const bytes = readFileSync(join(dir, CATALOG_FILE));
    const firstLine = bytes.indexOf(0x0a);
    const header = firstLine < 0 ? null : parseCatalogHeader(bytes.toString('utf8', 0, firstLine));
    if (header?.schemaVersion !== SCHEMA_VERSION) return null;
    const at = bytes.indexOf(`\n{"id":${JSON.stringify(id)},`);
    if (at < 0) return null;
    const end = bytes.indexOf(0x0a, at + 1);
    if (end < 0) return null;
    let line = bytes.toString('utf8', at + 1, end);
    if (line.endsWith(',')) line = line.slice(0, -1);
    const entry = JSON.parse(line) as CatalogEntry;
    if (!validEntry(entry, SCHEMA_VERSION) || entry.id !== id) return null;
    return { schemaVersion: header.schemaVersion, tool: header.tool, count: header.count, entry };
  } catch {
    return null;
  }
}

/**
 * Write one document's files (its lean statements file and its search files, terms.ts, one of
 * which is the whole document) and return the name the catalogue will record. An ingest writes each document as soon
 * as it is analysed, so a thousand analysed documents are never in memory together; until the
 * catalogue names them, the files are invisible to readers, and pruning removes them if the
 * ingest dies.
 */
export async function writeDocumentFiles(dir: string, doc: IndexedDocument): Promise<{ file: string; stats: DocumentStats }> {
  const docsDir = join(dir, DOCS_DIR);
  const file = `${doc.id}.${doc.hash.slice(0, 16)}`;
  const { searchFiles } = await import('./terms.js'); // the search analysis: only when writing
  const files: Array<[string, string | Buffer]> = [
    [statementsFileOf(file), encodeStatementsFile(JSON.stringify(doc.sections), doc.sentences.filter((s) => s.kind !== null))],
    ...(await searchFiles(file, doc)),
  ];
  // the writes (each with its fsync) overlap: waiting for the disk one by one was a fifth
  // of an ingest's time; none is visible to readers before the catalogue names the document
  await Promise.all(files.map(([name, data]) => atomicWrite(join(docsDir, name), data, dir)));
  return { file, stats: statsOf(doc) };
}

async function atomicWrite(path: string, data: string | Buffer, dir: string): Promise<void> {
  try {
    const { default: writeFileAtomic } = await import('write-file-atomic'); // only when writing
    await writeFileAtomic(path, data, { fsync: true });
  } catch (error) {
    throw unwritable(dir, error);
  }
}

/** Make the index folder; an error says where and hints at --index. */
export async function ensureIndexDir(dir: string): Promise<void> {
  try {
    await mkdir(join(dir, DOCS_DIR), { recursive: true });
  } catch (error) {
    throw unwritable(dir, error);
  }
}

/** fsync a folder so the renames in it survive a power cut (best effort: not every FS allows it). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here (some file systems, Windows): the renames are still atomic
  }
}

export function unwritable(dir: string, error: unknown): DataError {
  return new DataError(`index location ${dir} is not writable (${describeIoError(error)}); name another with --index PATH`);
}

async function pruneDocuments(docsDir: string, keep: Set<string>): Promise<void> {
  await removeFiles(docsDir, (n) => INDEX_FILE.test(n) && !keep.has(n));
}

/** The kinds of file an index folder holds, and the temporary names write-file-atomic gives them. */
// the endings of documentFilesOf's names (and of catalog.json)
const INDEX_FILE = /\.(?:json|jsonl|txt|tsv|br)$/u;
export const isTemporaryIndexFile = (name: string) => /\.(?:json|jsonl|txt|tsv|br)\.\d+$/u.test(name);

/** Remove the files of a folder whose names pass `unwanted`; a missing folder or file is fine. */
export async function removeFiles(folder: string, unwanted: (name: string) => boolean): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  await Promise.all(names.filter(unwanted).map((n) => rm(join(folder, n), { force: true }).catch(() => undefined)));
}
