// Building and refreshing an index from source files. Unchanged documents (same path, content
// hash and tool version) are taken over from the old catalogue without being parsed again.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rmdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { DataError, KsInputError } from '../model/errors.js';
import type { DocumentMeta, IndexedDocument } from '../model/types.js';
import { describeIoError } from '../source/io-error.js';
import { documentIdFromPath } from './document-id.js';
import type { DocumentJob } from './document-job.js';
import type { Catalog, CatalogEntry, SourceStat } from './store.js';
import { ensureIndexDir, readCatalog, readDocument, REUSABLE_SCHEMAS, unwritable, writeIndex } from './store.js';
import { lockTimeout, withIndexLock } from './lock.js';

export interface Input {
  path: string;
  meta?: Partial<DocumentMeta>;
}

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.pdf', '.html', '.htm', '.docx']);

interface ManifestEntry extends Partial<DocumentMeta> {
  file: string;
}

/**
 * Expand arguments: a file as it is, a folder its `.txt`, `.md`, `.pdf`, `.html`/`.htm` and `.docx` files with `manifest.json`
 * metadata. Read with
 * the synchronous calls: a query on the bundled corpus starts here, and a few round trips
 * through the thread pool were a visible part of its start-up.
 */
export async function expandInputs(paths: string[], cwd: string): Promise<{ inputs: Input[]; failures: KsInputError[] }> {
  const inputs: Input[] = [];
  const failures: KsInputError[] = [];
  for (const arg of paths) {
    const path = resolve(cwd, arg);
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      failures.push(new DataError(`${arg}: cannot read (${describeIoError(error)})`));
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push({ path });
      continue;
    }
    const manifest = readManifest(path);
    const names = readdirSync(path).filter((n) => SOURCE_EXTENSIONS.has(extname(n).toLowerCase())).sort();
    if (names.length === 0) failures.push(new DataError(`${arg}: folder holds no .txt, .md, .pdf, .html or .docx files`));
    for (const name of names) {
      const { file: _file, ...meta } = manifest.get(name) ?? { file: name };
      inputs.push({ path: join(path, name), meta });
    }
  }
  return { inputs, failures };
}

function readManifest(dir: string): Map<string, ManifestEntry> {
  let text: string;
  try {
    text = readFileSync(join(dir, 'manifest.json'), 'utf8');
  } catch {
    return new Map();
  }
  try {
    const parsed = JSON.parse(text) as { documents?: ManifestEntry[] };
    return new Map((parsed.documents ?? []).filter((d) => d && typeof d.file === 'string').map((d) => [d.file, d]));
  } catch {
    throw new DataError(`${join(dir, 'manifest.json')}: not valid JSON`);
  }
}

export interface IngestResult {
  catalog: Catalog;
  parsed: string[];
  unchanged: string[];
  failures: KsInputError[];
  /** documents whose sources failed, their indexed copies kept (also among `failures`) */
  kept: KeptDocument[];
}

export interface KeptDocument {
  id: string;
  failure: KsInputError;
}

export interface IngestOptions {
  tool: string;
  /** keep the documents already in the index that are not named */
  add?: boolean;
  /** an unreadable old index is replaced rather than reported */
  replaceCorrupt?: boolean;
  /** the command's environment (KS_INPUT_WORKERS, KS_INPUT_LOCK_TIMEOUT); the process's by default */
  env?: NodeJS.ProcessEnv;
  /** hears of each document analysed: `done` of `total` to parse (the unchanged are not counted) */
  onProgress?: (done: number, total: number) => void;
}

/** Ingest `inputs` into the index at `dir`; the index then holds exactly them (plus old ones with `add`). */
export async function ingest(dir: string, inputs: Input[], options: IngestOptions): Promise<IngestResult> {
  const created = !existsSync(dir);
  await ensureIndexDir(dir);
  try {
    return await withIndexLock(dir, () => ingestLocked(dir, inputs, options), (error) => unwritable(dir, error), lockTimeout(options.env));
  } catch (error) {
    // Nothing was indexed: leave no empty `.ks-input/` behind to shadow the bundled corpus.
    if (created) await rmdir(join(dir, 'docs')).then(() => rmdir(dir)).catch(() => undefined);
    throw error;
  }
}

interface PlannedDocument {
  doc: IndexedDocument;
  stat: SourceStat;
  reuse?: CatalogEntry;
}

async function ingestLocked(dir: string, inputs: Input[], options: IngestOptions): Promise<IngestResult> {
  let old: Catalog | null = null;
  try {
    old = await readCatalog(dir);
  } catch (error) {
    if (!(options.replaceCorrupt && error instanceof DataError) || options.add) throw error;
  }
  // an older schema whose document files are today's is upgraded without analysing anything again
  const reusable = old && REUSABLE_SCHEMAS.includes(old.schemaVersion) && old.tool === options.tool ? old.documents : [];
  const byPath = new Map(reusable.map((e) => [e.path, e]));
  // Every document the index holds, reusable or not: its id and its indexed copy outlive its source.
  const indexed = new Map((old?.documents ?? []).map((e) => [e.path, e]));
  const inputPaths = new Set(inputs.map((i) => i.path));
  // Ids already in the index never change (SPEC): those of the documents that stay are taken
  // before any newcomer's, so a newcomer whose name collides gets the suffix.
  const usedIds = new Set((old?.documents ?? []).filter((e) => options.add || inputPaths.has(e.path)).map((e) => e.id));
  const planned: Array<PlannedDocument | null> = [];
  const parsed: string[] = [];
  const unchanged: string[] = [];
  const failures: KsInputError[] = [];
  /** documents whose sources could not be read this time: their indexed copies stand (keepIndexedCopy) */
  const kept: KeptDocument[] = [];
  const seen = new Set<string>();

  // First pass, in input order: what is unchanged (size and time, then content hash), and the
  // id of every document (ids depend on order, so they are decided here, not in the workers).
  const jobs: Array<{ slot: number; job: DocumentJob; info: SourceStat; previous?: CatalogEntry }> = [];
  for (const input of inputs) {
    if (seen.has(input.path)) continue;
    seen.add(input.path);
    try {
      const info = await stat(input.path);
      const previous = byPath.get(input.path);
      if (previous && previous.size === info.size && previous.mtimeMs === info.mtimeMs && sameMeta(previous, input.meta)) {
        planned.push({ doc: { ...previous, sections: [], sentences: [] }, stat: info, reuse: previous });
        unchanged.push(input.path);
        continue;
      }
      const known = indexed.get(input.path)?.id;
      const id = known ?? uniqueId(input.meta?.id ?? documentIdFromPath(input.path), usedIds);
      usedIds.add(id);
      const sameMetaAsBefore = previous !== undefined && sameMeta(previous, input.meta);
      jobs.push({
        slot: planned.length,
        job: { dir, path: input.path, meta: { ...input.meta, id }, previousHash: sameMetaAsBefore ? previous!.hash : undefined },
        info: { size: info.size, mtimeMs: info.mtimeMs },
        previous,
      });
      planned.push(null); // filled below, keeping input order
    } catch (error) {
      const failure = error instanceof KsInputError ? error : new DataError(`${input.path}: ${describeIoError(error)}`);
      failures.push(failure);
      planned.push(await keepIndexedCopy(input.path, failure));
    }
  }
  // Second pass: read, analyse and write the documents that changed, in parallel where it pays.
  // reading, parsing and extraction (iconv-lite, unified, remark, natural) load only to parse
  const { runJobs } = await import('./pool.js');
  let done = 0;
  const outcomes = await runJobs(jobs.map((j) => j.job), options.env, () => options.onProgress?.(++done, jobs.length));
  const failedSlots: Array<{ slot: number; path: string; failure: KsInputError }> = [];
  outcomes.forEach((outcome, i) => {
    const { slot, job, info, previous } = jobs[i]!;
    if (outcome.kind === 'unchanged') {
      planned[slot] = { doc: { ...previous!, sections: [], sentences: [] }, stat: info, reuse: previous };
      unchanged.push(job.path);
    } else if (outcome.kind === 'parsed') {
      const entry = { ...outcome.entry, size: info.size, mtimeMs: info.mtimeMs };
      planned[slot] = { doc: { ...entry, sections: [], sentences: [] }, stat: info, reuse: entry };
      parsed.push(job.path);
    } else {
      const failure = outcome.exitCode === 3 ? new DataError(outcome.message) : new KsInputError(outcome.message, outcome.exitCode);
      failures.push(failure);
      failedSlots.push({ slot, path: job.path, failure });
    }
  });
  for (const { slot, path, failure } of failedSlots) planned[slot] = await keepIndexedCopy(path, failure);
  const documents = planned.filter((p): p is PlannedDocument => p !== null);
  if (options.add && old) {
    for (const entry of old.documents) {
      if (seen.has(entry.path)) continue;
      const reuse = reusable.includes(entry) ? entry : undefined;
      const doc = reuse ? { ...entry, sections: [], sentences: [] } : await readDocument(dir, entry);
      documents.push({ doc, stat: { size: entry.size, mtimeMs: entry.mtimeMs }, reuse });
    }
  }
  if (documents.length === 0) {
    throw failures[0] ?? new DataError('nothing to ingest');
  }
  const catalog = await writeIndex(dir, documents, options.tool);
  return { catalog, parsed, unchanged, failures, kept };

  /**
   * A source that became empty, unreadable or not a document never removes what the index
   * holds (SPEC): its indexed copy stands, with the size and time it was indexed at, so the
   * next query tries the source again. Null when the index never held it.
   */
  async function keepIndexedCopy(path: string, failure: KsInputError): Promise<PlannedDocument | null> {
    const entry = indexed.get(path);
    if (!entry) return null;
    kept.push({ id: entry.id, failure });
    const reuse = reusable.includes(entry) ? entry : undefined;
    const doc = reuse ? { ...entry, sections: [], sentences: [] } : await readDocument(dir, entry);
    return { doc, stat: { size: entry.size, mtimeMs: entry.mtimeMs }, reuse };
  }
}

function sameMeta(entry: CatalogEntry, meta: Partial<DocumentMeta> | undefined): boolean {
  if (!meta) return true;
  return Object.entries(meta).every(([k, v]) => (entry as unknown as Record<string, unknown>)[k] === v);
}

function uniqueId(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  for (let n = 2; ; n++) if (!used.has(`${id}-${n}`)) return `${id}-${n}`;
}
