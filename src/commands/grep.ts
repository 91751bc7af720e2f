import { KINDS } from '../model/types.js';
import { buildFilter, type FilterOptions, locate, matches } from '../query/filter.js';
import { compilePattern, type GrepOptions as MatchOptions, grepTexts, highlighter } from '../query/grep.js';
import type { Located } from '../query/records.js';
import { sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface GrepOptions extends FilterOptions, MatchOptions {
  count?: boolean;
  onlyIds?: boolean;
  allSentences?: boolean;
  limit?: number;
}

/**
 * `grep PATTERN`: statements (every sentence with --all-sentences) whose text matches a
 * JavaScript regular expression, in document order. The pattern is checked before the index
 * is opened, so a bad pattern fails fast with exit 2.
 */
export async function grep(pattern: string, options: GrepOptions, context: Context): Promise<CommandResult> {
  const regex = compilePattern(pattern, options);
  const filter = buildFilter(options, options.kind !== undefined ? undefined : options.allSentences ? 'sentences' : KINDS);
  const index = await openIndex(context);
  const docs = await index.load(filter.docs ?? undefined, filter.kinds === null ? 'sentences' : 'statements', filter);
  const multi = index.catalog.documents.length > 1;
  const candidates: Located[] = [];
  for (const located of locate(docs)) if (matches(filter, located)) candidates.push(located);
  const found = grepTexts(candidates.map((l) => l.sentence.text), regex, options);
  const limited = options.limit === undefined ? found : found.slice(0, options.limit);
  const records = limited.map((m) => sentenceRecord(candidates[m.index]!, multi));
  return {
    type: 'sentences',
    view: 'grep',
    records,
    highlight: options.invertMatch ? undefined : highlighter(limited.flatMap((m) => m.matches)),
    only: options.count ? 'count' : options.onlyIds ? 'ids' : undefined,
  };
}
