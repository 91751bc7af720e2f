// `compare --format markdown`: what changed between two inputs, as an mdast tree serialized by
// remark (src/markdown) like the digest, so document text is always text, never syntax.
//
//   # title: old → new
//   source line, counts per change
//   ## summary: a GFM table of changes per area (a record counts under its main area)
//   ## New · ## Dropped · ## Strengthened and weakened · ## Reworded (· ## Repeated with --all)
//   one bullet per statement with its kind and citation; pairs show the old and the new text.
//
// The tree carries hints for `--format html` (compare-html.ts) in `data`, which Markdown ignores:
// ids on the headings and on every statement (its id, so `report.html#doc:1-2` points at it),
// and the citation as a link to the statement itself.
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
  /** the HTML report's chart: what a bar is */
  chartCaption: string;
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
  chartCaption: 'Utsagn per område og endring (hvert utsagn under sitt hovedområde)',
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
  chartCaption: 'Statements per area and change (each statement under its main area)',
};

export function reportLabels(lang: Lang): ReportLabels {
  return lang === 'en' ? EN : NB;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string, className?: string): PhrasingContent => ({
  type: 'strong',
  ...(className ? { data: { hProperties: { className: [className] } } } : {}),
  children: [text(value)],
});
const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });

export function reportTitle(comparison: Comparison, lang: Lang): string {
  return `${reportLabels(lang).title}: ${oneLine(comparison.old.title || comparison.old.id)} → ${oneLine(comparison.new.title || comparison.new.id)}`;
}

export function buildCompareReport(comparison: Comparison, options: { all: boolean; lang: Lang }): Root {
  const labels = reportLabels(options.lang);
  const { records } = comparison;
  const count = (c: Change) => records.filter((r) => r.change === c).length;
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(reportTitle(comparison, options.lang))] },
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
  children.push(
    { type: 'heading', depth: 2, data: { hProperties: { id: 'summary' } }, children: [text(labels.summary)] },
    summaryTable(records, labels, options.lang),
  );
  const sections = options.all ? [...labels.sections, { title: labels.changes.repeated, changes: ['repeated' as Change] }] : labels.sections;
  for (const section of sections) {
    // strengthened before weakened, each in the new document's order
    const items = records.filter((r) => section.changes.includes(r.change)).sort((x, y) => section.changes.indexOf(x.change) - section.changes.indexOf(y.change));
    if (items.length === 0) continue;
    children.push({ type: 'heading', depth: 2, data: { hProperties: { id: `changes-${section.changes.join('-')}` } }, children: [text(section.title)] });
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      data: { hProperties: { className: ['statements'] } },
      children: items.map((r) => item(r, labels, options.lang)),
    } satisfies List);
  }
  return { type: 'root', children };
}

export function renderCompareReport(comparison: Comparison, options: { all: boolean; lang: Lang }): string {
  return stringifyMarkdown(buildCompareReport(comparison, options));
}

/**
 * Changes per area, a record under its main area (the new side's, else the old's), areas by
 * name and the records with no area last: the summary table's rows and the chart's bars.
 */
export function changesPerArea(records: readonly CompareRecord[], lang: Lang): Array<{ area: string; counts: ReadonlyMap<Change, number> }> {
  const byArea = new Map<string, Map<Change, number>>();
  for (const r of records) {
    const area = (r.new ?? r.old)!.areas[0] ?? '';
    let counts = byArea.get(area);
    if (!counts) byArea.set(area, (counts = new Map()));
    counts.set(r.change, (counts.get(r.change) ?? 0) + 1);
  }
  const areas = [...byArea.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : areaName(a, lang).localeCompare(areaName(b, lang), lang)));
  return areas.map((area) => ({ area, counts: byArea.get(area)! }));
}

/** An area's name in the report, "Uten område" for none. */
export function areaLabel(area: string, lang: Lang): string {
  return area === '' ? reportLabels(lang).noArea : areaName(area, lang);
}

function summaryTable(records: readonly CompareRecord[], labels: ReportLabels, lang: Lang): Table {
  const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
  const row = (name: string, counts: ReadonlyMap<Change, number>): TableRow => ({
    type: 'tableRow',
    children: [cell(name), ...CHANGES.map((c) => cell(String(counts.get(c) ?? 0)))],
  });
  const total = new Map<Change, number>(CHANGES.map((c) => [c, records.filter((r) => r.change === c).length]));
  return {
    type: 'table',
    align: ['left', ...CHANGES.map(() => 'right' as const)],
    data: { hProperties: { className: ['summary'] } },
    children: [
      { type: 'tableRow', children: [cell(labels.area), ...CHANGES.map((c) => cell(labels.changes[c]))] },
      ...changesPerArea(records, lang).map(({ area, counts }) => row(areaLabel(area, lang), counts)),
      row(labels.total, total),
    ],
  };
}

function kindLabel(r: SentenceRecord, lang: Lang): string {
  return r.kind === null ? '-' : labelsFor(lang).kinds[r.kind];
}

/**
 * A bullet: one statement with its kind and citation, or a pair, old and new. The bullet's id is
 * its (new) statement's, a pair's old paragraph has the old statement's.
 */
function item(r: CompareRecord, labels: ReportLabels, lang: Lang): ListItem {
  const line = (prefix: string, s: SentenceRecord): PhrasingContent[] => [
    strong(`${prefix}${kindLabel(s, lang)}:`, 'kind'),
    ...documentText(` ${oneLine(s.text)} `),
    // a link in HTML only: Markdown has no anchors to point at
    { type: 'text', value: `(${citation(s, lang)})`, data: { hName: 'a', hProperties: { href: `#${s.id}`, className: ['cite'] } } },
  ];
  const main = (r.new ?? r.old)!;
  const data = { hProperties: { id: main.id, className: ['statement', `change-${r.change}`] } };
  if (!r.old || !r.new) {
    return { type: 'listItem', spread: false, data, children: [{ type: 'paragraph', children: line('', main) }] };
  }
  return {
    type: 'listItem',
    spread: false,
    data,
    children: [
      // (a document compared with itself has the same ids on both sides: an id is unique in a page)
      // blocks of their own in HTML (a tight list's paragraphs would run into one line)
      { type: 'paragraph', data: { hName: 'div', hProperties: { ...(r.old.id === main.id ? {} : { id: r.old.id }), className: ['old'] } }, children: line(`${labels.old}, `, r.old) },
      { type: 'paragraph', data: { hName: 'div', hProperties: { className: ['new'] } }, children: line(`${labels.new}, `, r.new) },
    ],
  };
}
