// Opening an index for a query, never from stale data: documents whose source changed are
// re-ingested first (SPEC). The bundled corpus' index is built on first use and rebuilt when a
// corpus file changes or the tool's version differs, saying one line on stderr.
import { readFileSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../model/errors.js';
import type { IndexedDocument } from '../model/types.js';
import { expandInputs, ingest, type Input } from './ingest.js';
import type { IndexLocation } from './location.js';
import { bundledCorpusDir } from './location.js';
import { documentsHolding, eachSource, sourcesAt, SOURCES_FILE } from './lookup-files.js';
import type { Catalog, CatalogEntry, DocumentOutline, DocumentPart, SourceStat, RowFilter, StatementRows } from './store.js';
import {
  catalogEntries,
  mayHoldArea,
  outlinesInOrder,
  outlinesWith,
  readCatalog,
  readCatalogEntry,
  readCatalogHeader,
  readCatalogSync,
  readDocument,
  readOutline,
  readOutlines,
  readStatementRows,
  SCHEMA_VERSION,
} from './store.js';

export interface OpenIndex {
  dir: string;
  /** the catalogue; opened for one document (OpenOptions.only), it lists that one alone */
  catalog: Catalog;
  /** how many documents the index holds (the catalogue may list only the one asked for) */
  documents: number;
  /**
   * A document's outline and counts per area and kind (outlines.txt); null when the index has
   * none for it (the document must then be read). After `outlines()`, from memory.
   */
  outline(entry: CatalogEntry): DocumentOutline | null;
  /** Every document's outline, by file, read once (outlines.txt). */
  outlines(): Map<string, DocumentOutline>;
  /**
   * The outlines read a line at a time in catalogue order (store.ts outlinesInOrder): ask for
   * each entry in turn, as `entries()` gives them.
   */
  outlinesInOrder(): (entry: CatalogEntry) => DocumentOutline | null;
  /**
   * The catalogue's entries in order: a line at a time from the file when the catalogue is not
   * parsed yet (store.ts catalogEntries), so a command that goes through every document never
   * holds them all; with `only`, the entries of those ids alone (the other lines not parsed).
   */
  entries(only?: ReadonlySet<string>): Iterable<CatalogEntry>;
  /** The outlines that name one of these section ids, and the files with an outline at all (store.ts outlinesWith). */
  outlinesWith(sectionIds: readonly string[]): ReturnType<typeof outlinesWith>;
  /**
   * The ids of the documents that hold a short sentence or section id (`2.5-3`, `2.5`), in
   * catalogue order, by ids.txt (lookup-files.ts), no document or outline read; null when the
   * index cannot tell so (opened otherwise, or no ids.txt of its catalogue's generation).
   */
  holders(local: string): string[] | null;
  /** One document's catalogue entry, without parsing the others' when the catalogue is not parsed yet; null if there is none. */
  entry(id: string): CatalogEntry | null;
  /** One document, read whole (a document another ingest replaced meanwhile: its new version). */
  loadEntry(entry: CatalogEntry): Promise<IndexedDocument>;
  /**
   * Load documents, all or those whose id is listed, in catalogue order; with `statements`,
   * each document's sentences are its statements only (no cues or area terms), read from a
   * lean file: what list, grep, areas and digest need.
   */
  load(ids?: readonly string[], part?: DocumentPart, keep?: RowFilter): Promise<IndexedDocument[]>;
  /**
   * The statement rows that pass `keep`, not yet decoded (store.ts readStatementRows), a few
   * documents at a time (at least `rowsPerBatch` rows, at most 50 documents; by default one
   * document): list and grep write each batch before reading the next. A document another
   * ingest replaced meanwhile is read in its new version, one it removed is skipped: each
   * document is read whole from one version.
   */
  rowBatches(ids: readonly string[] | undefined, keep: RowFilter, rowsPerBatch?: number): AsyncGenerator<StatementRows[]>;
  /**
   * Run a read of the index's files over the catalogue (search and kwic read their own files);
   * if it fails because another ingest replaced the catalogue meanwhile, run it once more.
   */
  read<T>(fn: (catalog: Catalog) => Promise<T>): Promise<T>;
}

/**
 * Documents read at once: enough to keep the disk busy, few enough that a thousand documents'
 * raw JSON is never all in memory at the same time.
 */
const READ_CONCURRENCY = 8;

export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface OpenOptions {
  tool: string;
  /** one line on stderr when the index is (re)built; silent with -q */
  notify: (message: string) => void;
  cwd: string;
  /** the command's environment, handed to a rebuild */
  env?: NodeJS.ProcessEnv;
  /**
   * The one document a query reads (`show ID:…`, `--doc ID`): when its source is unchanged,
   * the index is opened for it alone, its line of the catalogue read and only its source
   * checked; the others' changes wait for a query that reads them. Otherwise, opened whole.
   */
  only?: string;
}

export async function openIndex(location: IndexLocation, options: OpenOptions): Promise<OpenIndex> {
  const single = location.origin !== 'bundled' && options.only !== undefined ? openOne(location.dir, options.only, options.tool) : null;
  const whole = single || location.origin === 'bundled' ? null : openWhole(location.dir, options);
  const catalog =
    single?.catalog ?? whole?.catalog ?? (location.origin === 'bundled' ? await openBundled(location.dir, options) : await openUser(location, options));
  let all: Map<string, DocumentOutline> | null = null;
  const entries = (only?: ReadonlySet<string>): Iterable<CatalogEntry> =>
    whole && !whole.parsed() ? catalogEntries(location.dir, only) : only ? catalog.documents.filter((e) => only.has(e.id)) : catalog.documents;
  const read = async <T>(fn: (c: Catalog) => Promise<T>): Promise<T> => {
    try {
      return await fn(catalog);
    } catch (error) {
      // Another ingest may have replaced the catalogue and pruned the files ours named
      // between our two reads: read the new catalogue once more.
      const fresh = await readCatalog(location.dir).catch(() => null);
      if (!fresh || JSON.stringify(fresh.documents) === JSON.stringify(catalog.documents)) throw error;
      return fn(fresh);
    }
  };
  return {
    dir: location.dir,
    catalog,
    documents: single?.count ?? whole?.count ?? catalog.documents.length,
    outline: (entry) => (all ? all.get(entry.file) ?? null : readOutline(location.dir, entry.file)),
    outlines: () => (all ??= readOutlines(location.dir)),
    outlinesWith: (sectionIds) => outlinesWith(location.dir, sectionIds),
    outlinesInOrder() {
      if (all) return (entry) => all!.get(entry.file) ?? null;
      const next = outlinesInOrder(location.dir);
      return (entry) => next(entry.file);
    },
    entries,
    holders(local) {
      if (!whole) return null;
      const places = documentsHolding(location.dir, whole.generation, local);
      return places ? whole.ids(places) : null;
    },
    entry(id) {
      if (!whole || whole.parsed()) return catalog.documents.find((e) => e.id === id) ?? null;
      return readCatalogEntry(location.dir, id)?.entry ?? catalog.documents.find((e) => e.id === id) ?? null;
    },
    async loadEntry(entry) {
      try {
        return await readDocument(location.dir, entry);
      } catch (error) {
        // another ingest may have replaced the document (and pruned its files) meanwhile
        const fresh = readCatalogEntry(location.dir, entry.id)?.entry;
        if (!fresh || fresh.file === entry.file) throw error;
        return readDocument(location.dir, fresh);
      }
    },
    async load(ids, part = 'sentences', keep = {}) {
      // the catalogue's area counts are of statements: only a statements read may skip by them
      return read((c) => mapLimit(pick(c, ids, part === 'statements' ? keep : {}), READ_CONCURRENCY, (e: CatalogEntry) => readDocument(location.dir, e, part, keep)));
    },
    async *rowBatches(ids, keep, rowsPerBatch = ROWS_PER_BATCH) {
      // the catalogue another ingest wrote meanwhile, read once when our files are found gone
      let replaced: Map<string, CatalogEntry> | null = null;
      const rowsOf = async (entry: CatalogEntry): Promise<StatementRows | null> => {
        try {
          return readStatementRows(location.dir, entry, keep);
        } catch (error) {
          if (!replaced) {
            const fresh = await readCatalog(location.dir).catch(() => null);
            if (!fresh) throw error;
            replaced = new Map(fresh.documents.map((e) => [e.id, e]));
          }
          const current = replaced.get(entry.id);
          if (!current) return null; // removed meanwhile
          if (current.file === entry.file) throw error;
          return readStatementRows(location.dir, current, keep);
        }
      };
      let batch: StatementRows[] = [];
      let size = 0;
      const wanted = ids ? new Set(ids) : null;
      for (const entry of entries()) {
        if ((wanted && !wanted.has(entry.id)) || !mayHoldArea(entry, keep.areas)) continue;
        const rows = await rowsOf(entry);
        if (!rows) continue;
        batch.push(rows);
        size += rows.rows.length;
        if (size >= rowsPerBatch || batch.length >= DOCUMENTS_PER_BATCH) {
          yield batch;
          batch = [];
          size = 0;
        }
      }
      if (batch.length) yield batch;
    },
    read,
  };
}

/**
 * Rows per batch (by default a batch is the next document with a row): what a batch allocates
 * dies young when little else is alive at the next scavenge. Measured on 1,000 documents
 * (list --area helse, 38 rows a document, alternating runs): 500 rows a batch 0.90 s, 100 0.83 s,
 * 40 0.71-0.75 s, one document 0.71 s.
 */
const ROWS_PER_BATCH = 1;
/** ...and documents per batch, for callers that ask for large batches of sparse rows (grep's vm calls). */
const DOCUMENTS_PER_BATCH = 50;

/** The catalogued documents a query reads: those named (all if none), and, by area, only those with a statement there. */
function pick(catalog: Catalog, ids: readonly string[] | undefined, keep: RowFilter): CatalogEntry[] {
  const wanted = ids ? new Set(ids) : null;
  return catalog.documents.filter((e) => (!wanted || wanted.has(e.id)) && mayHoldArea(e, keep.areas));
}

/**
 * The index opened for one document: its catalogue line, if the catalogue is of this schema and
 * tool and the document's source is there, unchanged in size and time; null otherwise (the
 * index is then opened whole, which re-ingests what changed and warns of what is gone).
 */
function openOne(dir: string, id: string, tool: string): { catalog: Catalog; count: number } | null {
  const found = readCatalogEntry(dir, id);
  if (!found || found.tool !== tool) return null;
  const { entry } = found;
  const info = statSources([entry.path]).get(entry.path);
  if (!info || info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) return null;
  return { catalog: { schemaVersion: found.schemaVersion, tool: found.tool, documents: [entry] }, count: found.count };
}

/**
 * The index opened whole from its catalogue's first line and sources.txt (lookup-files.ts),
 * the documents' lines of the catalogue parsed only when a command first asks for them: `areas`
 * answers from the header's totals, `show` of a short or unknown id from ids.txt (issue 18: at
 * 10,000 documents, parsing the 6.6 MB catalogue was a third of their time). Null when the
 * catalogue is not of this schema and tool, sources.txt is not of its generation, or a source
 * changed: openUser then reads the catalogue whole and re-ingests what changed.
 *
 * Freshness: every source is stat'ed, as openUser does; only the catalogue is not parsed to
 * know them. A question about the whole index depends on every document (a changed source may
 * change the totals, or now hold an id no document held), so nothing less is safe: a directory's
 * time would tell of files added, removed or renamed, not of one rewritten in place. A question
 * about one document (`show ID:…`, `--doc`) stats that one's source only (openOne). What is left
 * is the stat calls themselves: at 10,000 sources about 5 µs each in the kernel here
 * (`find -printf` takes as long), half of `node -e 0`.
 */
function openWhole(dir: string, options: OpenOptions): { catalog: Catalog; count: number; ids: (places: number[]) => string[] | null; generation: string; parsed: () => boolean } | null {
  const header = readCatalogHeader(dir);
  if (!header || header.schemaVersion !== SCHEMA_VERSION || header.tool !== options.tool || header.generation === undefined) return null;
  const { generation } = header;
  let text: string;
  try {
    text = readFileSync(join(dir, SOURCES_FILE), 'utf8');
  } catch {
    return null;
  }
  const gone: number[] = [];
  const count = eachSource(text, generation, (path, size, mtimeMs, n) => {
    const info = statSource(path);
    if (!info || !info.isFile()) gone.push(n);
    else if (info.size !== size || info.mtimeMs !== mtimeMs) return false;
    return true;
  });
  if (count === null || count !== header.count) return null;
  // A document whose source is gone stands as it was ingested (openUser)
  for (const source of sourcesAt(text, generation, gone).values()) options.notify(answeringFromCopy(source, 'is gone or not a file'));
  const ids = (places: number[]) => {
    const lines = sourcesAt(text, generation, places);
    return places.every((n) => lines.has(n)) ? places.map((n) => lines.get(n)!.id) : null;
  };
  let documents: CatalogEntry[] | null = null;
  const catalog = {
    schemaVersion: header.schemaVersion,
    tool: header.tool,
    ...(header.kinds === undefined ? {} : { kinds: header.kinds }),
    generation,
    get documents(): CatalogEntry[] {
      if (documents) return documents;
      // another ingest may have written a newer catalogue meanwhile: it checked its sources then
      const read = readCatalogSync(dir);
      if (!read) throw new DataError(`no index at ${dir}; create one with \`ks-input ingest FILE…\` (or name it with --index PATH)`);
      return (documents = read.documents);
    },
  } as Catalog;
  return { catalog, count, ids, generation, parsed: () => documents !== null };
}

async function openBundled(dir: string, options: OpenOptions): Promise<Catalog> {
  const { inputs } = await expandInputs([bundledCorpusDir()], options.cwd);
  let catalog: Catalog | null = null;
  let reason = 'building';
  try {
    catalog = await readCatalog(dir);
    const paths = inputs.map((i) => i.path);
    if (catalog && !isFresh(catalog, paths, options.tool, statSources(paths))) {
      reason = 'rebuilding';
      catalog = null;
    }
  } catch {
    reason = 'rebuilding';
    catalog = null; // corrupt or from a newer tool: we know the sources, so rebuild silently
  }
  if (catalog) return catalog;
  options.notify(`ks-input: ${reason} the index of the bundled corpus in ${dir}`);
  const result = await ingest(dir, inputs, { tool: options.tool, replaceCorrupt: true, env: options.env });
  if (result.failures.length) throw result.failures[0]!;
  return result.catalog;
}

async function openUser(location: IndexLocation, options: OpenOptions): Promise<Catalog> {
  const catalog = await readCatalog(location.dir);
  if (!catalog) {
    throw new DataError(`no index at ${location.dir}; create one with \`ks-input ingest FILE…\` (or name it with --index PATH)`);
  }
  const stats = statSources(catalog.documents.map((e) => e.path));
  // A document whose source is gone stands as it was ingested (only `ingest` decides what an
  // index holds); the query says so, and only changed sources are stale.
  const present = catalog.documents.filter((e) => stats.get(e.path));
  for (const e of catalog.documents) if (!stats.get(e.path)) options.notify(answeringFromCopy(e, 'is gone or not a file'));
  if (isFresh({ ...catalog, documents: present }, present.map((e) => e.path), options.tool, stats)) return catalog;
  // the inputs of an update keep each document's metadata
  const inputs: Input[] = present.map((e) => ({ path: e.path, meta: metaOf(e) }));
  const result = await ingest(location.dir, inputs, { tool: options.tool, add: true, env: options.env });
  if (result.parsed.length) {
    options.notify(`ks-input: updated the index in ${location.dir} (${result.parsed.length} source${result.parsed.length === 1 ? '' : 's'} changed)`);
  }
  // a source that became empty or unreadable keeps its indexed copy (ingest.ts keepIndexedCopy)
  const kept = new Map(result.kept.map((k) => [k.failure, k.id]));
  for (const failure of result.failures) {
    const id = kept.get(failure);
    options.notify(`ks-input: warning: ${failure.message}${id === undefined ? '' : `; answering from the copy of document ${id} indexed earlier`}`);
  }
  return result.catalog;
}

function answeringFromCopy(entry: { path: string; id: string }, why: string): string {
  return `ks-input: warning: ${entry.path} ${why}; answering from the copy of document ${entry.id} indexed earlier`;
}

/** Fresh: same schema and tool, the same source files, none changed in size or time. */
function isFresh(catalog: Catalog, paths: string[], tool: string, stats: Map<string, SourceStat | null>): boolean {
  if (catalog.schemaVersion !== SCHEMA_VERSION || catalog.tool !== tool) return false;
  const byPath = new Map(catalog.documents.map((e) => [e.path, e]));
  if (paths.length !== catalog.documents.length) return false;
  return paths.every((path) => {
    const entry = byPath.get(path);
    const info = stats.get(path);
    return Boolean(entry && info && info.size === entry.size && info.mtimeMs === entry.mtimeMs);
  });
}

/**
 * Size and time of each source file now, null where it is gone or not a file. Synchronous on
 * purpose: a thousand stats take milliseconds this way, a tenth of a second awaited in turn.
 */
function statSources(paths: string[]): Map<string, SourceStat | null> {
  const out = new Map<string, SourceStat | null>();
  for (const path of paths) {
    const info = statSource(path);
    out.set(path, info && info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null);
  }
  return out;
}

/** One options object for every stat call, not one a call. */
const STAT_OPTIONS = { throwIfNoEntry: false } as const;

/** A source's stat now; undefined when it is gone or cannot be stat'ed. */
function statSource(path: string): Stats | undefined {
  try {
    return statSync(path, STAT_OPTIONS);
  } catch {
    return undefined;
  }
}

function metaOf(entry: CatalogEntry) {
  const { id, title, publisher, year, source } = entry;
  return Object.fromEntries(Object.entries({ id, title, publisher, year, source }).filter(([, v]) => v !== undefined));
}
