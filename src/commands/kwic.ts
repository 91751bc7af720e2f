import { UsageError } from '../model/errors.js';
import { buildFilter, type FilterOptions, locate, matches } from '../query/filter.js';
import { kwic as concordance } from '../query/kwic.js';
import type { Located, SentenceRecord } from '../query/records.js';
import { sentenceRecord } from '../query/records.js';
import { displayWidth } from '../render/style.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface KwicOptions extends FilterOptions {
  exact?: boolean;
  width?: number;
  limit?: number;
}

export const DEFAULT_KWIC_WIDTH = 40;

/** `kwic TERM`: every occurrence of a term in the sentences, with its left and right context. */
export async function kwic(term: string, options: KwicOptions, context: Context): Promise<CommandResult> {
  if (!/[\p{L}\p{N}]/u.test(term)) throw new UsageError(`kwic needs a word to look for, not '${term}'`);
  const filter = buildFilter(options, 'sentences');
  const index = await openIndex(context);
  const docs = await index.load(filter.docs ?? undefined);
  const multi = index.catalog.documents.length > 1;
  const all = [...locate(docs)];
  const admitted: Located[] = all.filter((l) => matches(filter, l));
  const hits = concordance(admitted, term, { exact: options.exact, width: options.width ?? DEFAULT_KWIC_WIDTH, measure: displayWidth });
  const limited = options.limit === undefined ? hits : hits.slice(0, options.limit);
  const records: SentenceRecord[] = limited.map((h) => ({ ...sentenceRecord(h.located, multi), left: h.left, match: h.match, right: h.right }));
  return { type: 'sentences', view: 'kwic', records };
}
