import { documentRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

/** `docs`: the documents the index holds, from its catalogue alone. */
export async function docs(context: Context): Promise<CommandResult> {
  const index = await openIndex(context);
  return { type: 'documents', records: index.catalog.documents.map(documentRecord), index: index.dir };
}
