import { sectionRecords } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface SectionsOptions {
  doc?: string;
}

/** `sections`: the table of contents, chapters and sections in document order. */
export async function sections(options: SectionsOptions, context: Context): Promise<CommandResult> {
  const index = await openIndex(context);
  const multi = index.catalog.documents.length > 1;
  const docs = await index.load(options.doc ? options.doc.split(',') : undefined);
  return { type: 'sections', records: docs.flatMap((d) => sectionRecords(d, multi)), tree: true };
}
