import { outlineOf } from '../index/store.js';
import { buildFilter } from '../query/filter.js';
import { type SectionRecord, sectionRecord, sectionRecords } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface SectionsOptions {
  doc?: string;
}

/** No statement passes: a document's sections are read from its statements file, none of its rows. */
const NO_ROWS = { sections: true, kinds: new Set<string>() };

/**
 * `sections`: the table of contents, chapters and sections in document order, a document at a
 * time (issue 18: at 10,000 documents, every document read whole before the first line was
 * written took 3 GB). Each document's sections come from the first line of its statements file,
 * their counts from its outline (outlines.txt).
 */
export async function sections(options: SectionsOptions, context: Context): Promise<CommandResult> {
  // a --doc the index does not hold is a usage error naming the closest (targets.ts)
  const filter = buildFilter({ doc: options.doc });
  const only = filter.docs?.length === 1 ? filter.docs[0] : undefined;
  const index = await openIndex(context, filter, only);
  const multi = index.documents > 1;
  const ids = filter.docs ?? undefined;
  const entries = new Map(index.catalog.documents.map((e) => [e.id, e]));
  // every document's outline: read at once (one document's: its line alone)
  if (!only) index.outlines();
  async function* batches(): AsyncGenerator<SectionRecord[]> {
    for await (const docs of index.rowBatches(ids, NO_ROWS)) {
      for (const { doc } of docs) {
        const entry = entries.get(doc.id);
        const outline = entry ? outlineOf(index.outline(entry)?.outline) : null;
        if (outline && doc.sections.every((s) => outline.has(s.id))) {
          yield doc.sections.map((section) => sectionRecord(doc.id, section, multi, outline.get(section.id)!));
        } else {
          // an entry without an outline (or replaced meanwhile): counted from the document itself
          const whole = await index.load([doc.id]);
          yield whole.flatMap((d) => sectionRecords(d, multi));
        }
      }
    }
  }
  return { type: 'section-stream', batches: batches(), tree: true };
}
