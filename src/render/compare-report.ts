// `compare --format markdown`: what changed between two inputs, as an mdast tree serialized by
// remark (src/markdown) like the digest, so document text is always text, never syntax.
//
//   # title: old → new
//   source line, counts per change
//   ## summary: a GFM table of changes per area (a record counts under its main area)
//   ## New · ## Dropped · ## Strengthened and weakened · ## Reworded (· ## Repeated with --all)
//   one bullet per statement with its kind and citation; pairs show the old and the new text.
import type { List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { CompareRecord, Comparison } from '../model/result.js';
import { stringifyMarkdown } from '../markdown/markdown.js';
import { CHANGES, type Change } from '../model/result.js';
import type { SentenceRecord } from '../query/records.js';
import { citation, documentText, oneLine } from './digest/build.js';
import { areaName, type Lang, labelsFor } from './digest/labels.js';

interface ReportLabels {
  title: string;
  changes: Record<Change, string>;
  sections: Array<{ title: string; changes: Change[] }>;
  area: string;
  noArea: string;
  total: string;
  summary: string;
  old: string;
  new: string;
  none: string;
}

const NB: ReportLabels = {
  title: 'Endringer',
  changes: { new: 'Nye', dropped: 'Borte', strengthened: 'Skjerpet', weakened: 'Svekket', reworded: 'Omformulert', repeated: 'Gjentatt' },
  sections: [
    { title: 'Nye utsagn', changes: ['new'] },
    { title: 'Utsagn som er borte', changes: ['dropped'] },
    { title: 'Skjerpet og svekket', changes: ['strengthened', 'weakened'] },
    { title: 'Omformulert', changes: ['reworded'] },
  ],
  area: 'Område',
  noArea: 'Uten område',
  total: 'Sum',
  summary: 'Oversikt',
  old: 'Før',
  new: 'Nå',
  none: 'Ingen endringer i utsagnene.',
};

const EN: ReportLabels = {
  title: 'Changes',
  changes: { new: 'New', dropped: 'Dropped', strengthened: 'Strengthened', weakened: 'Weakened', reworded: 'Reworded', repeated: 'Repeated' },
  sections: [
    { title: 'New', changes: ['new'] },
    { title: 'Dropped', changes: ['dropped'] },
    { title: 'Strengthened and weakened', changes: ['strengthened', 'weakened'] },
    { title: 'Reworded', changes: ['reworded'] },
  ],
  area: 'Area',
  noArea: 'No area',
  total: 'Total',
  summary: 'Summary',
  old: 'Before',
  new: 'Now',
  none: 'No statement changed.',
};

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });

export function buildCompareReport(comparison: Comparison, options: { all: boolean; lang: Lang }): Root {
  const labels = options.lang === 'en' ? EN : NB;
  const { records } = comparison;
  const count = (c: Change) => records.filter((r) => r.change === c).length;
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(`${labels.title}: ${oneLine(comparison.old.title || comparison.old.id)} → ${oneLine(comparison.new.title || comparison.new.id)}`)] },
    {
      type: 'paragraph',
      children: [
        emphasis(comparison.old.id),
        text(' → '),
        emphasis(comparison.new.id),
        text(`: ${CHANGES.map((c) => `${labels.changes[c].toLocaleLowerCase(options.lang)} ${count(c)}`).join(', ')}.`),
      ],
    },
  ];
  if (!records.some((r) => r.change !== 'repeated')) children.push({ type: 'paragraph', children: [text(labels.none)] });
  children.push({ type: 'heading', depth: 2, children: [text(labels.summary)] }, summaryTable(records, labels, options.lang));
  const sections = options.all ? [...labels.sections, { title: labels.changes.repeated, changes: ['repeated' as Change] }] : labels.sections;
  for (const section of sections) {
    // strengthened before weakened, each in the new document's order
    const items = records.filter((r) => section.changes.includes(r.change)).sort((x, y) => section.changes.indexOf(x.change) - section.changes.indexOf(y.change));
    if (items.length === 0) continue;
    children.push({ type: 'heading', depth: 2, children: [text(section.title)] });
    children.push({ type: 'list', ordered: false, spread: false, children: items.map((r) => item(r, labels, options.lang)) } satisfies List);
  }
  return { type: 'root', children };
}

export function renderCompareReport(comparison: Comparison, options: { all: boolean; lang: Lang }): string {
  return stringifyMarkdown(buildCompareReport(comparison, options));
}

/** Changes per area (a record under its main area: the new side's, else the old's). */
function summaryTable(records: readonly CompareRecord[], labels: ReportLabels, lang: Lang): Table {
  const byArea = new Map<string, Map<Change, number>>();
  for (const r of records) {
    const area = (r.new ?? r.old)!.areas[0] ?? '';
    let counts = byArea.get(area);
    if (!counts) byArea.set(area, (counts = new Map()));
    counts.set(r.change, (counts.get(r.change) ?? 0) + 1);
  }
  const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
  const row = (name: string, counts: ReadonlyMap<Change, number>): TableRow => ({
    type: 'tableRow',
    children: [cell(name), ...CHANGES.map((c) => cell(String(counts.get(c) ?? 0)))],
  });
  const areas = [...byArea.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : areaName(a, lang).localeCompare(areaName(b, lang), lang)));
  const total = new Map<Change, number>(CHANGES.map((c) => [c, records.filter((r) => r.change === c).length]));
  return {
    type: 'table',
    align: ['left', ...CHANGES.map(() => 'right' as const)],
    children: [
      { type: 'tableRow', children: [cell(labels.area), ...CHANGES.map((c) => cell(labels.changes[c]))] },
      ...areas.map((a) => row(a === '' ? labels.noArea : areaName(a, lang), byArea.get(a)!)),
      row(labels.total, total),
    ],
  };
}

function kindLabel(r: SentenceRecord, lang: Lang): string {
  return r.kind === null ? '-' : labelsFor(lang).kinds[r.kind];
}

/** A bullet: one statement with its kind and citation, or a pair, old and new. */
function item(r: CompareRecord, labels: ReportLabels, lang: Lang): ListItem {
  const line = (prefix: string, s: SentenceRecord): PhrasingContent[] => [
    strong(`${prefix}${kindLabel(s, lang)}:`),
    ...documentText(` ${oneLine(s.text)} (${citation(s, lang)})`),
  ];
  if (!r.old || !r.new) {
    return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: line('', (r.new ?? r.old)!) }] };
  }
  return {
    type: 'listItem',
    spread: false,
    children: [
      { type: 'paragraph', children: line(`${labels.old}, `, r.old) },
      { type: 'paragraph', children: line(`${labels.new}, `, r.new) },
    ],
  };
}
