// One document's share of an ingest: read the source, analyse it, write its files. Runs in the
// ingesting process or in a worker thread (pool.ts); either way only a small catalogue entry
// comes back, never the analysed document.
import { KsInputError } from '../model/errors.js';
import type { DocumentMeta } from '../model/types.js';
import { describeIoError, readSource } from '../source/read.js';
import { analyzeSource, loadMarkdown } from './analyze.js';
import type { CatalogEntry } from './store.js';
import { writeDocumentFiles } from './store.js';

export interface DocumentJob {
  dir: string;
  path: string;
  /** metadata with the id already decided by the ingest (ids depend on input order) */
  meta: Partial<DocumentMeta> & { id: string };
  /** the content hash the index holds for this path: equal means unchanged */
  previousHash?: string;
}

export type JobOutcome =
  | { kind: 'unchanged' }
  | { kind: 'parsed'; entry: Omit<CatalogEntry, 'size' | 'mtimeMs'> }
  | { kind: 'failed'; message: string; exitCode: number };

export async function runDocumentJob(job: DocumentJob): Promise<JobOutcome> {
  try {
    let source = await readSource(job.path);
    if (job.previousHash === source.hash) return { kind: 'unchanged' };
    if (source.format !== 'text') await loadMarkdown();
    // PDF, HTML and DOCX: their readers load only when such a file is read
    if (source.format !== 'text' && source.format !== 'markdown') source = await (await import('../readers/derive-markdown.js')).deriveMarkdown(source);
    const doc = analyzeSource(source, job.meta);
    const written = await writeDocumentFiles(job.dir, doc);
    const { sections: _sections, sentences: _sentences, ...meta } = doc;
    return { kind: 'parsed', entry: { ...meta, ...written } };
  } catch (error) {
    if (error instanceof KsInputError) return { kind: 'failed', message: error.message, exitCode: error.exitCode };
    return { kind: 'failed', message: `${job.path}: ${describeIoError(error)}`, exitCode: 3 };
  }
}
