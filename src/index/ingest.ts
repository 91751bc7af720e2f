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
import { ensureIndexDir, readCatalog, readDocument, SCHEMA_VERSION, unwritable, writeIndex } from './store.js';
import { lockTimeout, withIndexLock } from './lock.js';

export interface Input {
  path: string;
  meta?: Partial<DocumentMeta>;
}

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

interface ManifestEntry extends Partial<DocumentMeta> {
  file: string;
}

/**
 * Expand arguments: a file as it is, a folder its `.txt` and `.md` files with `manifest.json`
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
    if (names.length === 0) failures.push(new DataError(`${arg}: folder holds no .txt or .md files`));
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
}

export interface IngestOptions {
  tool: string;
  /** keep the documents already in the index that are not named */
  add?: boolean;
  /** an unreadable old index is replaced rather than reported */
  replaceCorrupt?: boolean;
  /** the command's environment (KS_INPUT_WORKERS, KS_INPUT_LOCK_TIMEOUT); the process's by default */
  env?: NodeJS.ProcessEnv;
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

async function ingestLocked(dir: string, inputs: Input[], options: IngestOptions): Promise<IngestResult> {
  let old: Catalog | null = null;
  try {
    old = await readCatalog(dir);
  } catch (error) {
    if (!(options.replaceCorrupt && error instanceof DataError) || options.add) throw error;
  }
  const reusable = old && old.schemaVersion === SCHEMA_VERSION && old.tool === options.tool ? old.documents : [];
  const byPath = new Map(reusable.map((e) => [e.path, e]));
  const usedIds = new Set<string>();
  const planned: Array<{ doc: IndexedDocument; stat: SourceStat; reuse?: CatalogEntry }> = [];
  const parsed: string[] = [];
  const unchanged: string[] = [];
  const failures: KsInputError[] = [];
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
        usedIds.add(previous.id);
        unchanged.push(input.path);
        continue;
      }
      const id = uniqueId(previous?.id ?? input.meta?.id ?? documentIdFromPath(input.path), usedIds);
      usedIds.add(id);
      const sameMetaAsBefore = previous !== undefined && sameMeta(previous, input.meta);
      jobs.push({
        slot: planned.length,
        job: { dir, path: input.path, meta: { ...input.meta, id }, previousHash: sameMetaAsBefore ? previous!.hash : undefined },
        info: { size: info.size, mtimeMs: info.mtimeMs },
        previous,
      });
      planned.push(null as never); // filled below, keeping input order
    } catch (error) {
      if (error instanceof KsInputError) failures.push(error);
      else failures.push(new DataError(`${input.path}: ${describeIoError(error)}`));
    }
  }
  // Second pass: read, analyse and write the documents that changed, in parallel where it pays.
  // reading, parsing and extraction (iconv-lite, unified, remark, natural) load only to parse
  const { runJobs } = await import('./pool.js');
  const outcomes = await runJobs(jobs.map((j) => j.job), options.env);
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
      failures.push(outcome.exitCode === 3 ? new DataError(outcome.message) : new KsInputError(outcome.message, outcome.exitCode));
    }
  });
  const kept = planned.filter(Boolean);
  planned.length = 0;
  planned.push(...kept);
  if (options.add && old) {
    for (const entry of old.documents) {
      if (seen.has(entry.path)) continue;
      const reuse = reusable.includes(entry) ? entry : undefined;
      const doc = reuse ? { ...entry, sections: [], sentences: [] } : await readDocument(dir, entry);
      doc.id = uniqueId(entry.id, usedIds);
      usedIds.add(doc.id);
      planned.push({ doc, stat: { size: entry.size, mtimeMs: entry.mtimeMs }, reuse });
    }
  }
  if (planned.length === 0) {
    throw failures[0] ?? new DataError('nothing to ingest');
  }
  const catalog = await writeIndex(dir, planned, options.tool);
  return { catalog, parsed, unchanged, failures };
}

function sameMeta(entry: CatalogEntry, meta: Partial<DocumentMeta> | undefined): boolean {
  if (!meta) return true;
  return Object.entries(meta).every(([k, v]) => (entry as unknown as Record<string, unknown>)[k] === v);
}

function uniqueId(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  for (let n = 2; ; n++) if (!used.has(`${id}-${n}`)) return `${id}-${n}`;
}
