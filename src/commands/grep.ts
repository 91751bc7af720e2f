import { type IndexedDocument, KINDS } from '../model/types.js';
import { rowSearchable, rowText } from '../index/statement-rows.js';
import type { StatementRows } from '../index/store.js';
import { buildFilter, type Filter, type FilterOptions, locate, matches } from '../query/filter.js';
import { compilePattern, type GrepOptions as MatchOptions, highlighter, requiredText, textMatcher } from '../query/grep.js';
import type { Located } from '../query/records.js';
import { sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import { checkedWhenEmpty } from './targets.js';
import { type CommandResult, type SentenceBatch, upTo } from './result.js';

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
  const index = await openIndex(context, filter);
  const multi = index.catalog.documents.length > 1;
  // every match only where the output marks them
  const match = textMatcher(regex, { ...options, allMatches: Boolean(context.highlight) });
  const only = options.count ? 'count' : options.onlyIds ? 'ids' : undefined;
  const batch = (found: Found[]): SentenceBatch => ({
    records: found.map((f) => sentenceRecord(f.located, multi)),
    highlight: options.invertMatch || !context.highlight ? undefined : highlighter(found.flatMap((f) => f.matches)),
  });
  async function* found(): AsyncGenerator<Found[]> {
    if (filter.kinds === null) {
      // --all-sentences: the whole document files, one document at a time like list, so memory
      // stays that of the largest document however large the index
      const wanted = filter.docs ? new Set(filter.docs) : null;
      for (const entry of index.catalog.documents) {
        if (!wanted || wanted.has(entry.id)) yield everySentence(await index.load([entry.id], 'sentences'), filter, match);
      }
      return;
    }
    // a plain word is looked for in the rows' bytes first: rows without it are never decoded
    const text = requiredText(pattern, options);
    const keep = { ...filter, contains: text !== null && rowSearchable(text) ? text : null };
    // larger batches than list's (up to 50 documents): a pattern that may backtrack runs once a
    // batch in the vm, whose time limit starts a watchdog thread; a word's rows are few anyway
    for await (const docs of index.rowBatches(filter.docs ?? undefined, keep, 2_000)) yield statementRows(docs, filter, match);
  }
  async function* batches(): AsyncGenerator<SentenceBatch> {
    for await (const kept of upTo(found(), options.limit)) yield batch(kept);
  }
  return { type: 'sentence-stream', view: 'grep', batches: checkedWhenEmpty(batches(), filter, index), only };
}

interface Found {
  located: Located;
  matches: string[];
}

type Matcher = ReturnType<typeof textMatcher>;

/** --all-sentences: every sentence of the whole document files, filtered. */
function everySentence(docs: IndexedDocument[], filter: Filter, match: Matcher): Found[] {
  const candidates = [...locate(docs)].filter((located) => matches(filter, located));
  return match(candidates.map((c) => c.sentence.text)).map((m) => ({ located: candidates[m.index]!, matches: m.matches }));
}

/**
 * Statements, from a batch of lean rows: the kind and area filter was tested on each row's
 * start; the pattern is tested on its text, and only a row that matches is decoded and then
 * given the other filters (the same rows in the same order as filtering first: with -v too, as
 * the pattern's verdict on a row does not depend on the other rows).
 */
function statementRows(docs: StatementRows[], filter: Filter, match: Matcher): Found[] {
  const candidates = docs.flatMap((of) => of.rows.map((row) => ({ row, of })));
  const found: Found[] = [];
  for (const m of match(candidates.map((c) => rowText(c.row)))) {
    const { row, of } = candidates[m.index]!;
    const located = { doc: of.doc, sentence: of.decode(row), index: 0 };
    if (matches(filter, located)) found.push({ located, matches: m.matches });
  }
  return found;
}
