// The digest as an mdast tree. Nothing here writes Markdown syntax: every piece of document
// text goes into a `text` node, and remark-stringify escapes what needs escaping when the tree is
// serialized (src/markdown), so `*`, `_`, `[`, `<`, `#` or backticks in a sentence stay text.
//
// Layout:
//   # title naming the scope
//   source line (documents and counts), optional date line
//   ## summary: a GFM table, statements per kind per group, with a total row
//   ## / ### … group headings (section digests nest documents › chapters › sections)
//   optional key-terms paragraph, then one bullet per statement:
//   **Kind:** the sentence (s. 7, 3.2-4)
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Kind } from '../../model/types.js';
import type { SentenceRecord } from '../../query/records.js';
import type { DigestGroup } from './group.js';
import { AREAS } from '../../extract/areas-nb.js';
import { areaName, type Grouping, type Lang, labelsFor } from './labels.js';

const areaOrder = (slug: string) => AREAS.findIndex((a) => a.slug === slug);

export interface DigestSource {
  id: string;
  title: string;
  pages: number | null;
  /** statements of this document in the digest */
  statements: number;
}

export interface DigestScope {
  /** `--area` slugs */
  areas: readonly string[] | null;
  /** `--section` / `--chapter` as resolved to titles (or as given) */
  sections: readonly string[];
}

export interface DigestModel {
  lang: Lang;
  by: Grouping;
  scope: DigestScope;
  /** the kinds asked for, in KINDS order: the summary table's columns */
  kinds: readonly Kind[];
  sources: readonly DigestSource[];
  groups: readonly DigestGroup[];
  /** group key → key terms to show (present only with `--key-terms`) */
  keyTerms?: ReadonlyMap<string, readonly string[]>;
  /** `--date`: a date line; absent by default, so the output is reproducible */
  date?: string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const heading = (depth: number, value: string): Heading => ({
  type: 'heading',
  depth: Math.min(6, Math.max(1, depth)) as Heading['depth'],
  children: documentText(value),
});

/** One line of document text: whitespace (line breaks included) folded to single spaces. */
export const oneLine = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Each statement of the digest once (an area digest may list one under several areas). */
export function digestRecords(model: Pick<DigestModel, 'groups'>): SentenceRecord[] {
  const seen = new Map<string, SentenceRecord>();
  for (const group of model.groups) for (const { record } of group.items) if (!seen.has(record.id)) seen.set(record.id, record);
  return [...seen.values()];
}

export function digestTitle(model: Pick<DigestModel, 'lang' | 'scope'>): string {
  const labels = labelsFor(model.lang);
  const parts = [
    ...(model.scope.areas ?? []).map((slug) => areaName(slug, model.lang)),
    ...model.scope.sections.map(oneLine),
  ];
  return `${labels.title}: ${parts.length ? parts.join(', ') : labels.allAreas}`;
}

/** `s. 7, 3.2-4`, or `l. 12, 3.2-4` for a document without pages. */
export function citation(record: SentenceRecord, lang: Lang): string {
  const labels = labelsFor(lang);
  const where = record.page === null ? `${labels.line} ${record.lines[0]}` : `${labels.page} ${record.page}`;
  return `${where}, ${record.id}`;
}

// Web and mail addresses in a sentence. GFM turns them into links when it reads the digest back
// (its autolink literals ignore escapes), so the builder makes them explicit link nodes: the
// serializer then writes `<https://…>` or `[www.ks.no](https://www.ks.no)`, and the text reads the
// same either way. A trailing punctuation mark stays outside the link; mail addresses are ASCII,
// as CommonMark's autolinks want them.
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>]*[^\s<>?!.,:;*_~'")\]»]|[a-z0-9._+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/giu;

/** Document text as phrasing: text, with its web and mail addresses as links. */
export function documentText(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(ADDRESS)) {
    const address = m[0];
    if (m.index > last) out.push(text(value.slice(last, m.index)));
    const url = address.includes('@') && !/^https?:/iu.test(address) && !/^www\./iu.test(address)
      ? `mailto:${address}`
      : /^www\./iu.test(address) ? `http://${address}` : address;
    out.push({ type: 'link', url, children: [text(address)] });
    last = m.index + address.length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

/** The bullet of one statement: `**Krav:** sentence (s. 7, 3.2-4)`. */
export function statementItem(record: SentenceRecord, lang: Lang): ListItem {
  const kind = record.kind === null ? '-' : labelsFor(lang).kinds[record.kind];
  return {
    type: 'listItem',
    spread: false,
    children: [paragraph([strong(`${kind}:`), ...documentText(` ${oneLine(record.text)} (${citation(record, lang)})`)])],
  };
}

function countLine(counts: ReadonlyMap<Kind, number>, kinds: readonly Kind[], lang: Lang): string {
  const labels = labelsFor(lang);
  return kinds
    .filter((k) => (counts.get(k) ?? 0) > 0)
    .map((k) => `${labels.kinds[k].toLocaleLowerCase(lang)} ${counts.get(k)}`)
    .join(', ');
}

/**
 * What the digest's head says of all its statements (each once), counted as they are met: a
 * digest written a document at a time (stream.ts) keeps these, not the statements.
 */
export interface DigestSummary {
  /** statements in the digest, each once */
  records: number;
  kinds: Map<Kind, number>;
  /** statements listed under the groups (more than `records` when an area digest repeats one) */
  listed: number;
  /** the summary table's rows: a group each, or by kind an area each (label, counts per kind, total) */
  rows: SummaryRow[];
}

export interface SummaryRow {
  label: string;
  /** statements per kind (a plain object: a long digest keeps a row per section) */
  kinds: Readonly<Partial<Record<Kind, number>>>;
  total: number;
}

/** Statements' kinds counted into a row's counts. */
export function countRowKinds(records: Iterable<Pick<SentenceRecord, 'kind'>>, counts: Partial<Record<Kind, number>> = {}): Partial<Record<Kind, number>> {
  for (const r of records) if (r.kind) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

/** Statements' kinds counted into `counts`. */
export function countKinds(records: Iterable<Pick<SentenceRecord, 'kind'>>, counts = new Map<Kind, number>()): Map<Kind, number> {
  for (const r of records) if (r.kind) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return counts;
}

const kindCounts = (records: Iterable<SentenceRecord>) => countKinds(records);

/** The summary of a digest held whole. */
export function summarize(model: Pick<DigestModel, 'groups' | 'by' | 'lang'>): DigestSummary {
  const labels = labelsFor(model.lang);
  const records = digestRecords(model);
  const row = (label: string, list: readonly SentenceRecord[]): SummaryRow => ({ label, kinds: countRowKinds(list), total: list.length });
  const rows: SummaryRow[] = [];
  if (model.by === 'kind') {
    const areas = [...new Set(records.flatMap((r) => r.areas))].sort((a, b) => areaOrder(a) - areaOrder(b));
    for (const area of areas) rows.push(row(areaName(area, model.lang), records.filter((r) => r.areas.includes(area))));
    const none = records.filter((r) => r.areas.length === 0);
    if (none.length) rows.push(row(labels.noArea, none));
  } else {
    for (const group of model.groups) rows.push(row(group.label, group.items.map((i) => i.record)));
  }
  return { records: records.length, kinds: kindCounts(records), listed: model.groups.reduce((n, g) => n + g.items.length, 0), rows };
}

/** The parts of the model the digest's head needs (DigestModel without its groups). */
export type DigestHead = Pick<DigestModel, 'lang' | 'by' | 'scope' | 'kinds' | 'sources' | 'date'>;

function sourceParagraph(model: DigestHead, summary: DigestSummary): Paragraph {
  const labels = labelsFor(model.lang);
  const children: PhrasingContent[] = [text(`${model.sources.length > 1 ? labels.sources : labels.source}: `)];
  model.sources.forEach((source, i) => {
    if (i > 0) children.push(text('; '));
    children.push(emphasis(oneLine(source.title || source.id)));
    const details = [source.id];
    if (source.pages !== null) details.push(labels.pages(source.pages));
    if (model.sources.length > 1) details.push(labels.statements(source.statements));
    children.push(text(` (${details.join(', ')})`));
  });
  const counts = countLine(summary.kinds, model.kinds, model.lang);
  children.push(text(`. ${labels.statements(summary.records)}${counts ? `: ${counts}` : ''}.`));
  if (summary.listed > summary.records) children.push(text(` ${labels.severalAreas}`));
  return paragraph(children);
}

/**
 * Statements per kind in each row, and a total row of the digest's statements (each once). By
 * section or area a row is a group; by kind the groups are the columns already, so the rows are
 * areas (a statement counted under each of its areas), not a grid with numbers on its diagonal.
 * `rows` from `from` on, `count` of them (a long table is written a part at a time: stream.ts);
 * the header row always, the total row with the last part.
 */
export function summaryTable(model: DigestHead, summary: DigestSummary, from = 0, count = summary.rows.length + 1, extra?: string[]): Table {
  const labels = labelsFor(model.lang);
  const cell = (value: string) => ({ type: 'tableCell' as const, children: documentText(value) });
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map(cell) });
  const rows: TableRow[] = [row([labels.group[model.by === 'kind' ? 'area' : model.by], ...model.kinds.map((k) => labels.kinds[k]), labels.total])];
  const countRow = (r: SummaryRow) => row([oneLine(r.label), ...model.kinds.map((k) => String(r.kinds[k] ?? 0)), String(r.total)]);
  const all = [...summary.rows.slice(from, from + count)];
  for (const r of all) rows.push(countRow(r));
  if (from + count > summary.rows.length) rows.push(countRow({ label: labels.total, kinds: Object.fromEntries(summary.kinds), total: summary.records }));
  if (extra) rows.push(row(extra));
  return { type: 'table', align: ['left', ...model.kinds.map(() => 'right' as const), 'right'], children: rows };
}

/** The digest's head: title, sources, date, the summary's heading (its table follows). */
export function digestHead(model: DigestHead, summary: DigestSummary): RootContent[] {
  const labels = labelsFor(model.lang);
  const children: RootContent[] = [heading(1, digestTitle(model)), sourceParagraph(model, summary)];
  if (model.date !== undefined) children.push(paragraph([text(`${labels.date}: ${model.date}`)]));
  children.push(heading(2, labels.summary));
  return children;
}

/**
 * A group's headings that the previous group's (`open`, their keys) did not already open, and
 * its key terms; `open` is updated to the group's.
 */
export function groupHead(group: Pick<DigestGroup, 'path'>, open: string[], lang: Lang, terms?: readonly string[]): RootContent[] {
  const labels = labelsFor(lang);
  const children: RootContent[] = [];
  let shared = 0;
  while (shared < open.length && shared < group.path.length && open[shared] === group.path[shared]!.key) shared += 1;
  // the group's own heading is always new: a group key is unique
  if (shared === group.path.length) shared = group.path.length - 1;
  group.path.slice(shared).forEach((step, i) => children.push(heading(2 + shared + i, oneLine(step.title))));
  open.splice(0, open.length, ...group.path.map((s) => s.key));
  if (terms && terms.length) children.push(paragraph([emphasis(`${labels.keyTerms}:`), text(` ${terms.join(', ')}`)]));
  return children;
}

/** A group's statements as a list (or a part of them: tight lists written one after another read as one). */
export function statementList(records: Iterable<SentenceRecord>, lang: Lang): List {
  return { type: 'list', ordered: false, spread: false, children: [...records].map((r) => statementItem(r, lang)) };
}

export function buildDigest(model: DigestModel): Root {
  const summary = summarize(model);
  const children: RootContent[] = [...digestHead(model, summary), summaryTable(model, summary)];
  const open: string[] = [];
  for (const group of model.groups) {
    children.push(...groupHead(group, open, model.lang, model.keyTerms?.get(group.key)));
    children.push(statementList(group.items.map((item) => item.record), model.lang));
  }
  return { type: 'root', children };
}
