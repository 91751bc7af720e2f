import { type CatalogEntry, outlineOf } from '../index/store.js';
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
  // each document's outline in turn, read a line at a time beside the catalogue's (one
  // document's: its line alone): at 10,000 documents, the two read whole were most of the peak
  const outlineOf_ = only ? (entry: CatalogEntry) => index.outline(entry) : index.outlinesInOrder();
  async function* batches(): AsyncGenerator<SectionRecord[]> {
    for await (const docs of index.rowBatches(ids, NO_ROWS)) {
      for (const { doc, entry } of docs) {
        const outline = outlineOf(outlineOf_(entry)?.outline);
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
