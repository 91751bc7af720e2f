// `compare OLD NEW`: what became of each statement from one input to the next — repeated,
// reworded, strengthened, weakened, new or dropped (alignment: query/align.ts).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../model/errors.js';
import { type IndexedDocument, KINDS } from '../model/types.js';
import { align, sameContentWords, sequenceSimilarity, sequenceWords } from '../query/align.js';
import { type Change, pairChange } from '../query/changes.js';
import { buildFilter, type FilterOptions, matches } from '../query/filter.js';
import { type Located, type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';
import type { CompareRecord, Comparison } from '../model/result.js';

export interface CompareOptions extends Omit<FilterOptions, 'doc' | 'page' | 'chapter'> {
  /** markdown, html: a report (render/compare-report.ts, compare-html.ts); the others render the records */
  format?: string;
  /** list repeated statements too (text and markdown; the machine formats always hold them) */
  all?: boolean;
  lang?: string;
}

export type { CompareRecord, Comparison } from '../model/result.js';

export async function compare(oldArg: string, newArg: string, options: CompareOptions, context: Context): Promise<CommandResult> {
  // the list filters apply to both sides, after alignment: a statement filtered out on one side
  // must not make its counterpart look new
  const filter = buildFilter(options, KINDS);
  const ids = await documentIds([oldArg, newArg], context);
  const index = await openIndex(context);
  const [oldDoc, newDoc] = await loadPair(index, ids);
  const comparison = compareDocuments(oldDoc, newDoc, (l) => matches(filter, l));
  const differs = comparison.records.some((r) => r.change !== 'repeated');
  const report = { all: Boolean(options.all), lang: options.lang === 'en' ? ('en' as const) : ('nb' as const) };
  if (options.format === 'markdown') {
    const { renderCompareReport } = await import('../render/compare-report.js');
    return { type: 'markdown', text: renderCompareReport(comparison, report), found: differs };
  }
  if (options.format === 'html') {
    // the hast stack loads only for the page
    const { renderCompareHtml } = await import('../render/compare-html.js');
    return { type: 'markdown', text: renderCompareHtml(comparison, report), found: differs };
  }
  return { type: 'compare', comparison, all: Boolean(options.all), differs };
}

/** Align two documents' statements and say what became of each; `keep` filters the records. */
export function compareDocuments(oldDoc: IndexedDocument, newDoc: IndexedDocument, keep: (l: Located) => boolean = () => true): Comparison {
  const olds = statements(oldDoc);
  const news = statements(newDoc);
  const aligned = align(olds.map((l) => l.sentence.text), news.map((l) => l.sentence.text));
  const record = (l: Located) => sentenceRecord(l, true);
  const byNew = new Map(aligned.pairs.map((p) => [p.new, p]));
  const pairedOld = new Set(aligned.pairs.map((p) => p.old));
  const records: CompareRecord[] = [];
  news.forEach((n, j) => {
    const pair = byNew.get(j);
    if (!pair) {
      if (keep(n)) records.push({ change: 'new', similarity: 0, old: null, new: record(n) });
      return;
    }
    const o = olds[pair.old]!;
    if (!keep(o) && !keep(n)) return;
    const [op, np] = [aligned.olds[pair.old], aligned.news[j]];
    // no profiles: the same words (align pairs identical statements before it makes profiles)
    const change = !op || !np
      ? pairChange(o.sentence, n.sentence, 1, true)
      : pairChange(o.sentence, n.sentence, () => sequenceSimilarity(sequenceWords(op.text), sequenceWords(np.text)), sameContentWords(op, np));
    const kinds = o.sentence.kind !== n.sentence.kind ? `${o.sentence.kind ?? '-'} → ${n.sentence.kind ?? '-'}` : undefined;
    records.push({ change, similarity: round(pair.similarity), old: record(o), new: record(n), ...(kinds ? { kinds } : {}) });
  });
  olds.forEach((o, i) => {
    if (!pairedOld.has(i) && keep(o)) records.push({ change: 'dropped', similarity: 0, old: record(o), new: null });
  });
  return { old: { id: oldDoc.id, title: oldDoc.title }, new: { id: newDoc.id, title: newDoc.title }, records };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function statements(doc: IndexedDocument): Located[] {
  const out: Located[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (sentence.kind !== null) out.push({ doc, sentence, index });
  });
  return out;
}

/**
 * Document ids for the arguments: a path to a file is ingested into the index first (as
 * `ingest --add`) and stands for its document; anything else is a document id.
 */
async function documentIds(args: string[], context: Context): Promise<string[]> {
  const files = args.filter((a) => isFile(resolve(context.cwd, a)));
  if (files.length === 0) return args;
  const { ingest } = await import('./ingest.js');
  const { result, failures } = await ingest(files, { add: true }, context);
  if (failures.length) throw failures[0]!;
  const entries = result.type === 'ingested' ? result.records : [];
  return args.map((a) => {
    if (!files.includes(a)) return a;
    const path = resolve(context.cwd, a);
    const entry = entries.find((e) => e.path === path);
    return typeof entry?.id === 'string' ? entry.id : a;
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

async function loadPair(index: Awaited<ReturnType<typeof openIndex>>, ids: string[]): Promise<[IndexedDocument, IndexedDocument]> {
  const known = index.catalog.documents.map((d) => d.id);
  for (const id of ids) {
    if (!known.includes(id)) throw new UsageError(`no document '${id}' in the index (documents: ${known.join(', ') || 'none'}); give a document id or a file`);
  }
  const docs = await index.load([...new Set(ids)], 'statements');
  const byId = new Map(docs.map((d) => [d.id, d]));
  return [byId.get(ids[0]!)!, byId.get(ids[1]!)!];
}
