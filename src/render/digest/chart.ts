// The HTML reports' charts: stacked horizontal bars in inline SVG built from counts. The digest
// shows statements per group (area, section or kind, as `--by` groups it) and kind; `compare`
// shows statements per area and change. Each series (a kind, a change) has a fill pattern as well
// as a colour, so the bars read in black and white and in print; every bar is labelled with its
// group and total, every segment wide enough with its count, and every mark carries a <title>
// with its count (a hover shows it). The sizes are fixed numbers, not measured text (nothing runs
// in the page): long group names are cut with "…", their full names in the titles.
import type { Element } from 'hast';
import { s } from 'hastscript';
import { CHANGES, type Change } from '../../model/result.js';
import type { Kind } from '../../model/types.js';
import { labelsFor, type Lang } from './labels.js';

export interface ChartRow<K extends string = Kind> {
  /** the group's name */
  label: string;
  /** statements per series (kind, change) */
  counts: ReadonlyMap<K, number>;
}

export interface ChartData {
  lang: Lang;
  /** the kinds shown, in the summary table's order: the legend and the segments' order */
  kinds: readonly Kind[];
  rows: readonly ChartRow[];
  /** the chart's accessible name */
  caption: string;
}

/** A colour, a darker ink for its pattern, and the pattern (distinct in greyscale too). */
interface Fill {
  base: string;
  ink: string;
  pattern: 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical';
}

/** One series of bars: its key (the pattern's id), its name in the legend and titles, its fill. */
export interface Series<K extends string = string> {
  key: K;
  name: string;
  fill: Fill;
}

export interface BarsData<K extends string = string> {
  series: readonly Series<K>[];
  rows: readonly ChartRow<K>[];
  /** the chart's accessible name */
  caption: string;
  /** a bar's total in words: "12 utsagn" */
  total: (n: number) => string;
}

const WIDTH = 720;
const LABEL_WIDTH = 280; // group names end here
const BAR_X = 288;
const BAR_SPACE = WIDTH - BAR_X - 44; // room for the total after the longest bar
const ROW = 22;
const BAR = 15;
const LEGEND_ROW = 22;
/** about the width of a character of the chart's 12px sans-serif: of a group name, to cut it;
 * of a kind's name (capitalised, in a font we do not choose), generously, to space the legend */
const CHAR = 7.2;
const LEGEND_CHAR = 8;
const MAX_LABEL_CHARS = Math.floor(LABEL_WIDTH / CHAR) - 1;

/** Per kind and per change: at most one solid fill in a chart, and it dark (its counts are white). */
const KIND_FILLS: Record<Kind, Fill> = {
  krav: { base: '#1d3f6e', ink: '#1d3f6e', pattern: 'solid' },
  anbefaling: { base: '#cfe0f3', ink: '#2f6db0', pattern: 'diagonal' },
  onske: { base: '#f6e3c4', ink: '#9a5b00', pattern: 'dots' },
  bekymring: { base: '#f3d0d0', ink: '#a12a2a', pattern: 'cross' },
  stotte: { base: '#d5ecd4', ink: '#2e7d32', pattern: 'horizontal' },
  tilsagn: { base: '#e4e4e4', ink: '#555555', pattern: 'vertical' },
};

// compare's changes, in the terminal's hues: new green, dropped red, strengthened magenta,
// weakened yellow, reworded cyan; repeated pale, as what did not change
const CHANGE_FILLS: Record<Change, Fill> = {
  new: { base: '#2e7d32', ink: '#2e7d32', pattern: 'solid' },
  dropped: { base: '#f3d0d0', ink: '#a12a2a', pattern: 'cross' },
  strengthened: { base: '#ead5f2', ink: '#7b2d8e', pattern: 'diagonal' },
  weakened: { base: '#f6e3c4', ink: '#9a5b00', pattern: 'dots' },
  reworded: { base: '#d3ecf2', ink: '#1f6f86', pattern: 'horizontal' },
  repeated: { base: '#f4f4f4', ink: '#9a9a9a', pattern: 'vertical' },
};

/** compare's series: the changes in their order, named in the report's words. */
export function changeSeries(names: Record<Change, string>): Series<Change>[] {
  return CHANGES.map((c) => ({ key: c, name: names[c], fill: CHANGE_FILLS[c] }));
}

export const patternId = (key: string) => `fill-${key}`;

function pattern({ key, fill }: Series): Element {
  const { base, ink, pattern: kindOf } = fill;
  const marks: Element[] = [s('rect', { width: 8, height: 8, fill: base })];
  if (kindOf === 'diagonal') marks.push(s('path', { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', stroke: ink, strokeWidth: 1.6 }));
  if (kindOf === 'dots') marks.push(s('circle', { cx: 2, cy: 2, r: 1.4, fill: ink }), s('circle', { cx: 6, cy: 6, r: 1.4, fill: ink }));
  if (kindOf === 'cross') marks.push(s('path', { d: 'M0,0 l8,8 M8,0 l-8,8', stroke: ink, strokeWidth: 1.1 }));
  if (kindOf === 'horizontal') marks.push(s('path', { d: 'M0,2 h8 M0,6 h8', stroke: ink, strokeWidth: 1.3 }));
  if (kindOf === 'vertical') marks.push(s('path', { d: 'M2,0 v8 M6,0 v8', stroke: ink, strokeWidth: 1.3 }));
  return s('pattern', { id: patternId(key), width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, marks);
}

/** A name cut to `max` characters with "…". */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const total = (row: ChartRow<string>) => [...row.counts.values()].reduce((a, b) => a + b, 0);

/** The digest's chart, statements per group and kind, as an <svg> element. */
export function buildChart(data: ChartData): Element {
  const labels = labelsFor(data.lang);
  const series = data.kinds.map((k) => ({ key: k, name: labels.kinds[k], fill: KIND_FILLS[k] }));
  return stackedBars({ series, rows: data.rows, caption: data.caption, total: labels.statements });
}

/** Stacked bars, a bar per row and a segment per series present in it, as an <svg> element. */
export function stackedBars<K extends string>(data: BarsData<K>): Element {
  // legend: swatch and name per series, wrapped onto more lines when they do not fit
  const legend: Element[] = [];
  let x = BAR_X;
  let line = 0;
  for (const { key, name } of data.series) {
    const width = 20 + name.length * LEGEND_CHAR + 14;
    if (x + width > WIDTH && x > BAR_X) {
      x = BAR_X;
      line += 1;
    }
    const y = 4 + line * LEGEND_ROW;
    legend.push(
      s('g', { className: ['legend-item'] }, [
        s('rect', { x, y, width: 14, height: 14, fill: `url(#${patternId(key)})`, stroke: '#222', strokeWidth: 0.6 }),
        s('text', { x: x + 20, y: y + 11.5 }, name),
      ]),
    );
    x += width;
  }
  const top = 4 + (line + 1) * LEGEND_ROW + 8;

  const max = Math.max(1, ...data.rows.map(total));
  const scale = BAR_SPACE / max;
  const bars = data.rows.map((row, i) => {
    const y = top + i * ROW;
    const sum = total(row);
    const marks: Element[] = [
      s('title', `${row.label}: ${data.total(sum)}`),
      s('text', { className: ['group'], x: LABEL_WIDTH, y: y + 11.5, textAnchor: 'end' }, cut(row.label, MAX_LABEL_CHARS)),
    ];
    let at = BAR_X;
    for (const { key, name, fill } of data.series) {
      const n = row.counts.get(key) ?? 0;
      if (n === 0) continue;
      const w = n * scale;
      marks.push(
        s('rect', { className: ['segment'], x: round(at), y, width: round(w), height: BAR, fill: `url(#${patternId(key)})`, stroke: '#222', strokeWidth: 0.6 }, [
          s('title', `${row.label} — ${name}: ${n}`),
        ]),
      );
      if (w >= 9 + String(n).length * CHAR) {
        marks.push(s('text', { className: ['inside', ...(fill.pattern === 'solid' ? ['on-dark'] : [])], x: round(at + w / 2), y: y + 11.5, textAnchor: 'middle' }, String(n)));
      }
      at += w;
    }
    marks.push(s('text', { className: ['total'], x: round(at + 5), y: y + 11.5 }, String(sum)));
    return s('g', { className: ['mark'], dataCount: sum }, marks);
  });

  const height = top + data.rows.length * ROW + 6;
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      className: ['chart'],
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      ariaLabelledby: 'chart-title',
    },
    [
      s('title', { id: 'chart-title' }, data.caption),
      s('defs', data.series.map(pattern)),
      s('g', { className: ['legend'] }, legend),
      s('g', { className: ['bars'] }, bars),
    ],
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
