// A Markdown digest written a document at a time (issue 18: at 1,000 documents the digest held
// whole took 532 MB, at 10,000 2.6 GB). Each document's statements are grouped and serialized
// (mdast, remark-stringify: build.ts) as they are read, appended to a spool file, and only the
// groups' headings and counts stay in memory; at the end the head and summary table are
// written, then each group's headings and its lists from the spool, in the digest's order.
// The text is byte for byte what renderDigest makes of the whole (tests/digest/stream.test.ts):
// tight lists written one after another read as one list, and a long summary table is written
// a part at a time with every part's columns padded to the whole table's widths.
import { closeSync, openSync, readSync, rmSync, writeSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { Kind } from '../../model/types.js';
import type { SentenceRecord } from '../../query/records.js';
import { stringifyMarkdown } from '../../markdown/markdown.js';
import { AREAS } from '../../extract/areas-nb.js';
import { countKinds, countRowKinds, type DigestHead, type DigestSummary, digestHead, groupHead, statementList, summaryTable, type SummaryRow } from './build.js';
import { compareGroups, type DigestGroup, type DigestItem, groupItems, type GroupOptions, type HeadingStep } from './group.js';
import { countTerms, keyTerms, type TermCounts } from './keyterms.js';
import type { DigestPage, PageGroup } from './html.js';
import { areaName, labelsFor } from './labels.js';

/** A group as the writer keeps it: its headings and counts, and where its lists are in the spool. */
interface SpooledGroup {
  key: string;
  label: string;
  path: HeadingStep[];
  kinds: Partial<Record<Kind, number>>;
  total: number;
  /** byte offset and length of each of its lists in the spool, in document order */
  parts: number[];
  /**
   * with key terms, where each part's word counts are in the spool (a line of JSON each): a
   * section digest of thousands of documents has thousands of groups, and their counts held
   * took more memory than the digest (482 MB at 1,000 documents)
   */
  terms?: number[];
}

/** Bytes of the spool read at once when it is read through. */
const SPOOL_READ = 1 << 20;

/** Summary rows longer than this are written a part at a time. */
const TABLE_PART = 1000;

const markdown = (children: RootContent[]) => stringifyMarkdown({ type: 'root', children } as Root);

export class DigestWriter {
  private readonly groups = new Map<string, SpooledGroup>();
  /**
   * By section (without key terms) the groups come in the digest's order as the documents are
   * read, each group in one document: its headings and list are spooled at once, and only its
   * summary row is kept (at 10,000 documents, 200,000 groups). Not for the HTML page, whose
   * contents and chart, written before the groups, are made of every group's headings.
   */
  private readonly inline: boolean;
  /**
   * Inline, the summary's rows (a group each) are spooled too, a line of JSON each, and read
   * back a part of the table at a time: at 10,000 documents they were 200,000 objects, most of
   * the digest's peak memory (issue 18).
   */
  private readonly rowsFd: number | null = null;
  private rowsSize = 0;
  private rowCount = 0;
  private readonly open: string[] = [];
  private readonly summary: DigestSummary = { records: 0, kinds: new Map(), listed: 0, rows: [] };
  /** by kind, the summary's rows are areas: area slug ('' for none) → counts */
  private readonly areaRows = new Map<string, { kinds: Partial<Record<Kind, number>>; total: number }>();
  private corpus: TermCounts | null;
  private readonly folder = mkdtempSync(join(tmpdir(), 'ks-input-digest-'));
  private readonly fd: number;
  private size = 0;

  /** `partBytes`: how much of the spool is read at once (tests make it small) */
  constructor(private readonly options: GroupOptions & { keyTerms: number; partBytes?: number; html?: boolean }) {
    this.fd = openSync(join(this.folder, 'spool.md'), 'w+');
    this.inline = options.by === 'section' && options.keyTerms === 0 && !options.html;
    if (this.inline) this.rowsFd = openSync(join(this.folder, 'rows.jsonl'), 'w+');
    // gone from the folder at once (the open file stays readable): nothing is left behind by
    // a run that never reads the text (-q) or dies; where an open file cannot be removed, close() does
    this.removeFolder();
    this.corpus = options.keyTerms > 0 ? emptyTerms() : null;
  }

  private append(text: string): number[] {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.size += bytes.length;
    return [this.size - bytes.length, bytes.length];
  }

  private appendRow(row: SummaryRow): void {
    const bytes = Buffer.from(`${JSON.stringify(row)}\n`, 'utf8');
    writeSync(this.rowsFd!, bytes, 0, bytes.length, this.rowsSize);
    this.rowsSize += bytes.length;
    this.rowCount += 1;
  }

  /** The spooled summary rows in order, read a part at a time (whole lines: a part ends at a line's end). */
  private *spooledRows(): Generator<SummaryRow> {
    for (let at = 0; at < this.rowsSize; ) {
      let bytes = this.readBytes(at, Math.min(this.options.partBytes ?? SPOOL_READ, this.rowsSize - at), this.rowsFd!);
      let end = at + bytes.length === this.rowsSize ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
      // a row longer than a part: the rest at once
      if (end === 0) end = (bytes = this.readBytes(at, this.rowsSize - at, this.rowsFd!)).length;
      for (const line of bytes.toString('utf8', 0, end).split('\n')) if (line) yield JSON.parse(line) as SummaryRow;
      at += end;
    }
  }

  /** One document's statements in the digest, in document order; `sentences`: its every sentence's text (for key terms). */
  add(items: readonly DigestItem[], sentences: readonly string[] = []): void {
    if (this.corpus) mergeTerms(this.corpus, countTerms(sentences));
    if (items.length === 0) return;
    this.summary.records += items.length;
    countKinds(items.map((i) => i.record), this.summary.kinds);
    if (this.options.by === 'kind') {
      for (const { record } of items) {
        for (const area of record.areas.length ? record.areas : ['']) {
          let row = this.areaRows.get(area);
          if (!row) this.areaRows.set(area, (row = { kinds: {}, total: 0 }));
          countRowKinds([record], row.kinds);
          row.total += 1;
        }
      }
    }
    for (const group of groupItems(items, this.options)) this.spool(group);
  }

  private spool(group: DigestGroup): void {
    if (this.inline) {
      const records = group.items.map((i) => i.record);
      this.appendRow({ label: group.label, kinds: countRowKinds(records), total: records.length });
      this.summary.listed += records.length;
      this.append(`\n${markdown(groupHead(group, this.open, this.options.lang))}\n${markdown([statementList(records, this.options.lang)])}`);
      return;
    }
    let kept = this.groups.get(group.key);
    if (!kept) {
      kept = { key: group.key, label: group.label, path: group.path, kinds: {}, total: 0, parts: [] };
      if (this.corpus) kept.terms = [];
      this.groups.set(group.key, kept);
    }
    const records = group.items.map((i) => i.record);
    countRowKinds(records, kept.kinds);
    kept.total += records.length;
    this.summary.listed += records.length;
    if (kept.terms) kept.terms.push(...this.append(`${JSON.stringify(termsToJson(countTerms(records.map((r) => r.text))))}\n`));
    // for the page, the records themselves (a line of JSON): its ids and anchors are given in the page's order, at the end
    kept.parts.push(...this.append(this.options.html ? `${JSON.stringify(records)}\n` : markdown([statementList(records, this.options.lang)])));
  }

  /** Statements added so far, each once. */
  get records(): number {
    return this.summary.records;
  }

  /** The digest's text a part at a time; the spool is removed when it is read to its end, or by `close`. */
  async *text(head: DigestHead): AsyncGenerator<string> {
    try {
      const groups = this.ordered();
      this.summary.rows = this.summaryRows(groups);
      yield markdown(digestHead(head, this.summary));
      let first = true;
      const [count, rowsOf] = this.inline ? [this.rowCount, () => this.spooledRows()] : [this.summary.rows.length, () => this.summary.rows[Symbol.iterator]()];
      for (const part of tableParts(head, this.summary, count, rowsOf)) {
        yield first ? `\n${part}` : part;
        first = false;
      }
      // spooled in order: read through, a megabyte at a time
      if (this.inline) yield* this.readThrough();
      const open: string[] = [];
      for (const group of groups) {
        yield `\n${markdown(groupHead(group, open, this.options.lang, this.termsOf(group)))}\n`;
        for (let i = 0; i < group.parts.length; i += 2) yield this.read(group.parts[i]!, group.parts[i + 1]!);
      }
    } finally {
      this.close();
    }
  }

  /**
   * The digest as an HTML page a part at a time (`html` set): `Page` is html.ts's DigestPage,
   * passed in so that the hast stack loads only on this path. The spool is removed as `text`'s is.
   */
  async *page(head: DigestHead, Page: typeof DigestPage): AsyncGenerator<string> {
    try {
      const groups = this.ordered();
      this.summary.rows = this.summaryRows(groups);
      const page = new Page(head, this.summary, groups satisfies PageGroup[]);
      yield page.start();
      for (const group of groups) {
        // a part (one document's statements in the group) at a time
        yield page.groupOpen(this.termsOf(group));
        for (let i = 0; i < group.parts.length; i += 2) yield page.statements(JSON.parse(this.read(group.parts[i]!, group.parts[i + 1]!)) as SentenceRecord[]);
        yield page.groupClose();
      }
      yield page.end();
    } finally {
      this.close();
    }
  }

  /** The summary table's rows: the groups kept inline, by kind an area each, else a group each. */
  private summaryRows(groups: readonly SpooledGroup[]): SummaryRow[] {
    if (this.inline) return [];
    return this.options.by === 'kind' ? this.areaSummaryRows() : groups.map((g) => ({ label: g.label, kinds: g.kinds, total: g.total }));
  }

  /** The groups in the digest's order. */
  private ordered(): SpooledGroup[] {
    const order = compareGroups(this.options.by);
    const groups = [...this.groups.values()];
    return order ? groups.sort(order) : groups;
  }

  /** A group's key terms against the whole corpus, when asked for. */
  private termsOf(group: SpooledGroup): string[] | undefined {
    if (!group.terms || !this.corpus) return undefined;
    const counts = emptyTerms();
    for (let i = 0; i < group.terms.length; i += 2) mergeTerms(counts, termsFromJson(JSON.parse(this.read(group.terms[i]!, group.terms[i + 1]!)) as TermsJson));
    return keyTerms(counts, this.corpus, this.options.keyTerms).map((t) => t.term);
  }

  /** The spool from start to end, in parts that end at a line's end (a part is whole lines, whole characters). */
  private *readThrough(): Generator<string> {
    for (let at = 0; at < this.size; ) {
      const bytes = this.readBytes(at, Math.min(this.options.partBytes ?? SPOOL_READ, this.size - at));
      const end = at + bytes.length === this.size ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
      if (end === 0) {
        // a line longer than a part: the rest at once
        yield this.read(at, this.size - at);
        return;
      }
      yield bytes.toString('utf8', 0, end);
      at += end;
    }
  }

  private read(offset: number, length: number): string {
    return this.readBytes(offset, length).toString('utf8');
  }

  private readBytes(offset: number, length: number, fd = this.fd): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error('digest spool cut short');
      done += n;
    }
    return bytes;
  }

  /** By kind: a row per area, in the areas' order, then the statements without one. */
  private areaSummaryRows(): SummaryRow[] {
    const order = (slug: string) => (slug === '' ? AREAS.length + 1 : AREAS.findIndex((a) => a.slug === slug));
    return [...this.areaRows]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([slug, row]) => ({ label: slug === '' ? labelsFor(this.options.lang).noArea : areaName(slug, this.options.lang), ...row }));
  }

  private closed = false;
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    if (this.rowsFd !== null) closeSync(this.rowsFd);
    this.removeFolder();
  }

  private removeFolder(): void {
    try {
      rmSync(this.folder, { recursive: true, force: true });
    } catch {
      // open elsewhere (Windows): removed by close()
    }
  }
}

/**
 * The summary table, whole when short; when long, a part at a time, each part's columns padded
 * to the widths of the whole table (a GFM table's columns are as wide as their widest cell):
 * the widths are read from each part's delimiter row, then each part is written again with a
 * row of those widths, which is dropped.
 */
function* tableParts(head: DigestHead, summary: DigestSummary, count: number, rowsOf: () => Iterator<SummaryRow>): Generator<string> {
  const rows = count + 1;
  /** the rows a part at a time, each with where it begins: `rows` from `from` on, at most TABLE_PART */
  function* parts(): Generator<[number, SummaryRow[]]> {
    const it = rowsOf();
    for (let from = 0; from < rows; from += TABLE_PART) {
      const part: SummaryRow[] = [];
      for (let next = part.length < TABLE_PART ? it.next() : null; next && !next.done; next = part.length < TABLE_PART ? it.next() : null) part.push(next.value);
      yield [from, part];
    }
  }
  // a part's table: its rows, and the total's row after the last
  const table = (from: number, part: SummaryRow[], pad?: string[]) =>
    markdown([summaryTable(head, { ...summary, rows: part }, 0, from + TABLE_PART > count ? part.length + 1 : part.length, pad)]);
  if (rows <= TABLE_PART) {
    for (const [from, part] of parts()) yield table(from, part);
    return;
  }
  const widths: number[] = [];
  for (const [from, part] of parts()) {
    const delimiter = table(from, part).split('\n')[1]!;
    delimiter.slice(1, -1).split('|').forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length - 2)));
  }
  const pad = widths.map((w) => 'a'.repeat(w));
  for (const [from, part] of parts()) {
    const lines = table(from, part, pad).replace(/\n$/u, '').split('\n');
    yield `${lines.slice(from === 0 ? 0 : 2, -1).join('\n')}\n`;
  }
}

/** Word counts as a line of the spool: per stem, its count and its forms' counts. */
type TermsJson = [string, number, [string, number][]][];

function termsToJson(counts: TermCounts): TermsJson {
  return [...counts.stems].map(([stem, n]) => [stem, n, [...(counts.forms.get(stem) ?? [])]]);
}

function termsFromJson(json: TermsJson): TermCounts {
  const counts = emptyTerms();
  for (const [stem, n, forms] of json) {
    counts.stems.set(stem, n);
    counts.forms.set(stem, new Map(forms));
    counts.total += n;
  }
  return counts;
}

function emptyTerms(): TermCounts {
  return { stems: new Map(), forms: new Map(), total: 0 };
}

function mergeTerms(into: TermCounts, more: TermCounts): void {
  into.total += more.total;
  for (const [stem, n] of more.stems) into.stems.set(stem, (into.stems.get(stem) ?? 0) + n);
  for (const [stem, forms] of more.forms) {
    let mine = into.forms.get(stem);
    if (!mine) into.forms.set(stem, (mine = new Map()));
    for (const [form, n] of forms) mine.set(form, (mine.get(form) ?? 0) + n);
  }
}
