// The report's chart (src/render/digest/chart.ts): bars from counts, a mark per group, a title
// per mark, names cut with … but whole in the titles, the same SVG for the same data.
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/model/types.js';
import { buildChart, type ChartData, cut } from '../../src/render/digest/chart.js';
import { elements, has, text } from '../helpers/hast.js';

const LONG = 'Behov for styrket utbygging av høyhastighets bredbånd i hele landet';
const data: ChartData = {
  lang: 'nb',
  kinds: ['krav', 'anbefaling', 'onske'],
  caption: 'Utsagn per område og type',
  rows: [
    { label: 'Helse og omsorg', counts: new Map<Kind, number>([['krav', 10], ['anbefaling', 5]]) },
    { label: LONG, counts: new Map<Kind, number>([['onske', 1]]) },
    { label: 'Bolig', counts: new Map<Kind, number>([['krav', 20]]) },
  ],
};

describe('buildChart', () => {
  const svg = buildChart(data);
  const marks = elements(svg).filter((e) => e.tagName === 'g' && has(e, 'mark'));

  it('draws a mark per group, its title giving the count, and a segment per kind present', () => {
    expect(marks.map((g) => text(elements(g).find((e) => e.tagName === 'title')!))).toEqual([
      'Helse og omsorg: 15 utsagn', `${LONG}: 1 utsagn`, 'Bolig: 20 utsagn',
    ]);
    const segments = marks.map((g) => elements(g).filter((e) => e.tagName === 'rect').map((r) => text(r)));
    expect(segments).toEqual([['Helse og omsorg — Krav: 10', 'Helse og omsorg — Anbefaling: 5'], [`${LONG} — Ønske: 1`], ['Bolig — Krav: 20']]);
  });

  it('scales bars to the largest group, and stacks the segments end to end', () => {
    const rects = marks.map((g) => elements(g).filter((e) => e.tagName === 'rect').map((r) => ({ x: Number(r.properties.x), w: Number(r.properties.width) })));
    const longest = rects[2]![0]!.w;
    expect(rects[0]![0]!.w / longest).toBeCloseTo(10 / 20, 2);
    expect(rects[0]![1]!.w / longest).toBeCloseTo(5 / 20, 2);
    expect(rects[0]![1]!.x).toBeCloseTo(rects[0]![0]!.x + rects[0]![0]!.w, 0);
    expect(rects[1]![0]!.w).toBeGreaterThan(0);
  });

  it('cuts a long group name with … on the bar, and keeps it whole in the title', () => {
    const label = elements(marks[1]!).find((e) => e.tagName === 'text' && has(e, 'group'))!;
    expect(text(label).endsWith('…')).toBe(true);
    expect(LONG.startsWith(text(label).slice(0, -1))).toBe(true);
  });

  it('gives each kind asked for a legend entry and a pattern, and is the same SVG for the same data', () => {
    expect(elements(svg).filter((e) => e.tagName === 'g' && has(e, 'legend-item')).map(text)).toEqual(['Krav', 'Anbefaling', 'Ønske']);
    expect(elements(svg).filter((e) => e.tagName === 'pattern').map((p) => p.properties.id)).toEqual(['fill-krav', 'fill-anbefaling', 'fill-onske']);
    expect(toHtml(buildChart(data), { space: 'svg' })).toBe(toHtml(svg, { space: 'svg' }));
  });
});

describe('cut', () => {
  it('leaves a name that fits, and cuts one that does not to the length with …', () => {
    expect(cut('Bolig', 10)).toBe('Bolig');
    expect(cut('Helse og omsorg', 9)).toBe('Helse og…');
    expect([...cut(LONG, 20)]).toHaveLength(20);
  });
});
