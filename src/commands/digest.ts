// `digest`: a Markdown digest of the statements `list` would give (same filters, same default
// kinds), grouped by section, area or kind, to stdout or atomically to `-o FILE`; with
// `--format html`, the same digest as a self-contained HTML report with a chart.
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DataError, UsageError } from '../model/errors.js';
import { type IndexedDocument, KINDS } from '../model/types.js';
import { fold } from '../query/areas.js';
import { buildFilter, type Filter, type FilterOptions, locate, matches } from '../query/filter.js';
import type { OpenIndex } from '../index/open.js';
import { type DigestHead } from '../render/digest/build.js';
import { DigestWriter } from '../render/digest/stream.js';
import { sentenceRecord } from '../query/records.js';
import { type DigestItem, type DigestSource, GROUPINGS, type Grouping, LANGS, type Lang } from '../render/digest/index.js';
import { describeIoError } from '../source/io-error.js';
import { type Context, openIndex } from './context.js';
import { checkSectionTargets } from './targets.js';
import type { CommandResult } from './result.js';

export interface DigestOptions extends FilterOptions {
  by?: string;
  lang?: string;
  /** `--key-terms [n]`: true for the default number of terms */
  keyTerms?: boolean | number;
  /** `-o FILE`; `-` is stdout */
  output?: string;
  /** `--date [YYYY-MM-DD]`: true for today */
  date?: boolean | string;
  /** `--format`: html makes the HTML report; any other format, Markdown */
  format?: string;
}

export const DEFAULT_KEY_TERMS = 8;

export async function digest(options: DigestOptions, context: Context): Promise<CommandResult> {
  // a digest is a document, not records: a format it does not write is refused, not ignored
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'html') {
    throw new UsageError(`digest writes Markdown (the default) or --format html, not ${options.format}; for records use \`ks-input list --format ${options.format}\``);
  }
  const filter = buildFilter(options);
  const lang = parseChoice<Lang>('--lang', options.lang ?? 'nb', LANGS);
  const scoped = options.area !== undefined || options.section !== undefined || options.chapter !== undefined;
  const by = parseChoice<Grouping>('--by', options.by ?? (scoped ? 'section' : 'area'), GROUPINGS);
  const date = parseDate(options.date);
  const termLimit = options.keyTerms === undefined || options.keyTerms === false ? 0 : options.keyTerms === true ? DEFAULT_KEY_TERMS : options.keyTerms;

  const index = await openIndex(context, filter);
  return digestStream(index, filter, { by, lang, date, termLimit, options }, context);
}

/**
 * The digest, a document at a time (render/digest/stream.ts): each document's statements are
 * grouped and spooled as they are read, and only the groups' headings and counts are held
 * (issue 18); the HTML page is written from the same spool, its contents and chart first.
 */
async function digestStream(
  index: OpenIndex,
  filter: Filter,
  { by, lang, date, termLimit, options }: { by: Grouping; lang: Lang; date: string | undefined; termLimit: number; options: DigestOptions },
  context: Context,
): Promise<CommandResult> {
  const multi = index.documents > 1;
  const html = options.format === 'html';
  const writer = new DigestWriter({ by, lang, multi, areas: filter.areas, keyTerms: termLimit, html });
  const sources: DigestSource[] = [];
  const scopes = [
    ...(options.chapter !== undefined ? [{ wanted: options.chapter, chapter: true, title: null as string | null }] : []),
    ...(options.section !== undefined ? [{ wanted: options.section, chapter: false, title: null as string | null }] : []),
  ];
  const add = (doc: IndexedDocument) => {
    for (const scope of scopes) scope.title ??= scopeTitleIn(doc, scope.wanted, scope.chapter);
    const items: DigestItem[] = [];
    for (const located of locate([doc])) if (matches(filter, located)) items.push({ located, record: sentenceRecord(located, multi) });
    writer.add(items, termLimit > 0 ? doc.sentences.map((s) => s.text) : []);
    if (items.length) sources.push({ id: doc.id, title: doc.title, pages: doc.pages, statements: items.length });
  };
  try {
    if (termLimit > 0) {
      // key terms compare against every sentence: each document read whole, a few at a time
      const ids = index.catalog.documents.map((e) => e.id).filter((id) => !filter.docs || filter.docs.includes(id));
      for (let i = 0; i < ids.length; i += DOCUMENTS_AT_ONCE) for (const doc of await index.load(ids.slice(i, i + DOCUMENTS_AT_ONCE))) add(doc);
    } else {
      for await (const batch of index.rowBatches(filter.docs ?? undefined, filter)) {
        for (const { doc, rows, decode } of batch) {
          doc.sentences = rows.map(decode);
          add(doc);
        }
      }
    }
  } catch (error) {
    writer.close();
    throw error;
  }
  if (writer.records === 0) {
    writer.close();
    await checkSectionTargets(filter, index);
    context.notify('ks-input: no statements match; no digest written');
    return { type: 'markdown', text: '', found: false };
  }
  const head: DigestHead = {
    lang,
    by,
    scope: { areas: filter.areas, sections: scopes.map((s) => s.title ?? s.wanted) },
    kinds: KINDS.filter((k) => filter.kinds?.has(k) ?? true),
    sources,
    ...(date !== undefined ? { date } : {}),
  };
  // the hast stack loads only for the page
  const chunks = html ? writer.page(head, (await import('../render/digest/html.js')).DigestPage) : writer.text(head);
  if (options.output !== undefined && options.output !== '-') {
    await writeStream(resolve(context.cwd, options.output), chunks);
    return { type: 'markdown', text: '', found: true };
  }
  return { type: 'markdown-stream', chunks };
}

/** Documents read at once for key terms: enough to overlap the reads, few enough to stay small. */
const DOCUMENTS_AT_ONCE = 8;

/** Write parts to a file atomically: a temporary file beside it, synced, then renamed over it. */
async function writeStream(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  let handle: FileHandle | null = null;
  try {
    handle = await open(temporary, 'w');
    for await (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException)?.code;
    throw new DataError(`cannot write ${path} (${code === 'ENOENT' ? 'no such folder' : describeIoError(error)})`);
  }
}

function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const v = value.trim().toLowerCase();
  const alias = v === 'no' || v === 'nob' ? 'nb' : v;
  if ((choices as readonly string[]).includes(alias)) return alias as T;
  throw new UsageError(`${flag} must be one of ${choices.join(', ')} (got '${value}')`);
}

/** `--date` alone: today (local time); `--date 2024-05-01`: that day, checked. */
function parseDate(value: boolean | string | undefined): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  const m = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/u);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.toISOString().slice(0, 10) !== m[0]) {
    throw new UsageError(`bad --date '${value}': give a date as YYYY-MM-DD`);
  }
  return m[0];
}

/** A `--section`/`--chapter` value as the title of the first section it names in a document (for the title line); null when it has none. */
function scopeTitleIn(doc: IndexedDocument, wanted: string, chapter: boolean): string | null {
  const w = wanted.includes(':') ? wanted.slice(wanted.indexOf(':') + 1) : wanted;
  const byId = /^\d+(\.\d+)*$/u.test(w);
  for (const s of doc.sections) {
    if (chapter && s.level !== 1) continue;
    if (byId ? s.id === w : fold(s.title).includes(fold(w))) return `${s.id} ${s.title}`;
  }
  return null;
}
