import { type CatalogEntry, outlineOf } from '../index/store.js';
import { type SectionRecord, sectionRecords } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface SectionsOptions {
  doc?: string;
}

/**
 * `sections`: the table of contents, chapters and sections in document order, a document at a
 * time (issue 18: at 10,000 documents, every document read whole before the first line was
 * written took 3 GB). Each document's sections and statement counts come from its lean
 * statements file, its sentence counts from the catalogue's outline.
 */
export async function sections(options: SectionsOptions, context: Context): Promise<CommandResult> {
  const index = await openIndex(context);
  const multi = index.catalog.documents.length > 1;
  const ids = options.doc ? options.doc.split(',') : undefined;
  const entries = new Map(index.catalog.documents.map((e) => [e.id, e]));
  async function* batches(): AsyncGenerator<SectionRecord[]> {
    for await (const docs of index.rowBatches(ids, { sections: true })) {
      for (const { doc, rows, decode } of docs) {
        const outline = outlineOf(entries.get(doc.id) ?? ({ stats: {} } as CatalogEntry));
        const records = sectionRecords({ ...doc, sentences: rows.map(decode) }, multi);
        if (outline && doc.sections.every((s) => outline.has(s.id))) {
          records.forEach((r, i) => (r.sentences = outline.get(doc.sections[i]!.id)!));
          yield records;
        } else {
          // an entry without an outline (or replaced meanwhile): its sentences counted from the document
          const whole = await index.load([doc.id]);
          yield whole.flatMap((d) => sectionRecords(d, multi));
        }
      }
    }
  }
  return { type: 'section-stream', batches: batches(), tree: true };
}
