// The HTML report's chart: statements per group (area, section or kind, as `--by` groups the
// digest) and kind, as stacked horizontal bars in inline SVG built from the counts. Each kind
// has a fill pattern as well as a colour, so the bars read in black and white and in print;
// every bar is labelled with its group and total, every segment wide enough with its count,
// and every mark carries a <title> with its count (a hover shows it). The sizes are fixed
// numbers, not measured text (nothing runs in the page): long group names are cut with "…",
// their full names in the titles.
import type { Element } from 'hast';
import { s } from 'hastscript';
import type { Kind } from '../../model/types.js';
import { labelsFor, type Lang } from './labels.js';

export interface ChartRow {
  /** the group's name */
  label: string;
  /** statements per kind */
  counts: ReadonlyMap<Kind, number>;
}

export interface ChartData {
  lang: Lang;
  /** the kinds shown, in the summary table's order: the legend and the segments' order */
  kinds: readonly Kind[];
  rows: readonly ChartRow[];
  /** the chart's accessible name */
  caption: string;
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

/** Per kind: a colour, a darker ink for its pattern, and the pattern (distinct in greyscale too). */
const FILLS: Record<Kind, { base: string; ink: string; pattern: 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' }> = {
  krav: { base: '#1d3f6e', ink: '#1d3f6e', pattern: 'solid' },
  anbefaling: { base: '#cfe0f3', ink: '#2f6db0', pattern: 'diagonal' },
  onske: { base: '#f6e3c4', ink: '#9a5b00', pattern: 'dots' },
  bekymring: { base: '#f3d0d0', ink: '#a12a2a', pattern: 'cross' },
  stotte: { base: '#d5ecd4', ink: '#2e7d32', pattern: 'horizontal' },
  tilsagn: { base: '#e4e4e4', ink: '#555555', pattern: 'vertical' },
  // (only krav is solid, and dark: its counts are written in white)
};

export const patternId = (kind: Kind) => `fill-${kind}`;

function pattern(kind: Kind): Element {
  const { base, ink, pattern: kindOf } = FILLS[kind];
  const marks: Element[] = [s('rect', { width: 8, height: 8, fill: base })];
  if (kindOf === 'diagonal') marks.push(s('path', { d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', stroke: ink, strokeWidth: 1.6 }));
  if (kindOf === 'dots') marks.push(s('circle', { cx: 2, cy: 2, r: 1.4, fill: ink }), s('circle', { cx: 6, cy: 6, r: 1.4, fill: ink }));
  if (kindOf === 'cross') marks.push(s('path', { d: 'M0,0 l8,8 M8,0 l-8,8', stroke: ink, strokeWidth: 1.1 }));
  if (kindOf === 'horizontal') marks.push(s('path', { d: 'M0,2 h8 M0,6 h8', stroke: ink, strokeWidth: 1.3 }));
  if (kindOf === 'vertical') marks.push(s('path', { d: 'M2,0 v8 M6,0 v8', stroke: ink, strokeWidth: 1.3 }));
  return s('pattern', { id: patternId(kind), width: 8, height: 8, patternUnits: 'userSpaceOnUse' }, marks);
}

/** A name cut to `max` characters with "…". */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

const total = (row: ChartRow) => [...row.counts.values()].reduce((a, b) => a + b, 0);

/** The chart as an <svg> element. */
export function buildChart(data: ChartData): Element {
  const labels = labelsFor(data.lang);
  const kindName = (k: Kind) => labels.kinds[k];
  const count = (n: number) => labels.statements(n);

  // legend: swatch and name per kind, wrapped onto more lines when they do not fit
  const legend: Element[] = [];
  let x = BAR_X;
  let line = 0;
  for (const k of data.kinds) {
    const width = 20 + kindName(k).length * LEGEND_CHAR + 14;
    if (x + width > WIDTH && x > BAR_X) {
      x = BAR_X;
      line += 1;
    }
    const y = 4 + line * LEGEND_ROW;
    legend.push(
      s('g', { className: ['legend-item'] }, [
        s('rect', { x, y, width: 14, height: 14, fill: `url(#${patternId(k)})`, stroke: '#222', strokeWidth: 0.6 }),
        s('text', { x: x + 20, y: y + 11.5 }, kindName(k)),
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
      s('title', `${row.label}: ${count(sum)}`),
      s('text', { className: ['group'], x: LABEL_WIDTH, y: y + 11.5, textAnchor: 'end' }, cut(row.label, MAX_LABEL_CHARS)),
    ];
    let at = BAR_X;
    for (const k of data.kinds) {
      const n = row.counts.get(k) ?? 0;
      if (n === 0) continue;
      const w = n * scale;
      marks.push(
        s('rect', { className: ['segment'], x: round(at), y, width: round(w), height: BAR, fill: `url(#${patternId(k)})`, stroke: '#222', strokeWidth: 0.6 }, [
          s('title', `${row.label} — ${kindName(k)}: ${n}`),
        ]),
      );
      if (w >= 9 + String(n).length * CHAR) {
        marks.push(s('text', { className: ['inside', ...(FILLS[k].pattern === 'solid' ? ['on-dark'] : [])], x: round(at + w / 2), y: y + 11.5, textAnchor: 'middle' }, String(n)));
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
      s('defs', data.kinds.map(pattern)),
      s('g', { className: ['legend'] }, legend),
      s('g', { className: ['bars'] }, bars),
    ],
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
