// `compare --format html` from a comparison built in memory: the chart's data (changes per area,
// the summary table's rows), the chart drawn from it, and the page around the Markdown report's
// tree: its anchors, links, policy and text. The browser run: tests/e2e/report-browser.test.ts.
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { CompareRecord, Comparison } from '../../src/commands/compare.js';
import type { Change } from '../../src/model/result.js';
import { renderCompareHtml } from '../../src/render/compare-html.js';
import { buildCompareReport, changesPerArea } from '../../src/render/compare-report.js';
import { changeSeries, stackedBars } from '../../src/render/digest/chart.js';
import { CONTENT_SECURITY_POLICY } from '../../src/render/digest/html.js';
import { elements, has, text } from '../helpers/hast.js';
import { sentence } from './compare-records.js';


const SCRIPT = 'KS krever <script>document.title="x"</script> og <img src=x onerror="alert(1)"> nå.';
const records: CompareRecord[] = [
  { change: 'repeated', similarity: 1, old: sentence('a:1-1', 'krav', 'Legevakten må styrkes.', ['helse']), new: sentence('b:1-1', 'krav', 'Legevakten må styrkes.', ['helse']) },
  // counted under the new side's first area, not the old side's
  { change: 'strengthened', similarity: 1, old: sentence('a:1-2', 'anbefaling', 'Staten bør øke tilskuddet.', ['okonomi']), new: sentence('b:1-2', 'krav', 'Staten må øke tilskuddet.', ['helse', 'okonomi']), kinds: 'anbefaling → krav' },
  { change: 'new', similarity: 0, old: null, new: sentence('b:2-1', 'krav', SCRIPT, ['utdanning']) },
  { change: 'new', similarity: 0, old: null, new: sentence('b:2-2', 'krav', 'Uten område.', []) },
  { change: 'reworded', similarity: 0.7, old: sentence('a:3-1', 'krav', 'Boligen må sikres.', ['bolig']), new: sentence('b:3-1', 'krav', 'Det må sikres bolig.', ['bolig']) },
  { change: 'dropped', similarity: 0, old: sentence('a:2-2', 'onske', 'Det er ønskelig med mer velferdsteknologi.', ['helse']), new: null },
];
const comparison: Comparison = { old: { id: 'a', title: 'Innspill 2025' }, new: { id: 'b', title: 'Innspill 2026' }, records };

const counts = (entries: Array<[Change, number]>) => new Map(entries);

describe('changesPerArea: the chart and the summary table count alike', () => {
  it('counts a record under its main area, areas by name, the records without an area last', () => {
    const rows = changesPerArea(records, 'nb');
    expect(rows.map((r) => r.area)).toEqual(['bolig', 'helse', 'utdanning', '']);
    expect(rows.map((r) => Object.fromEntries(r.counts))).toEqual([
      { reworded: 1 },
      { repeated: 1, strengthened: 1, dropped: 1 },
      { new: 1 },
      { new: 1 },
    ]);
    const total = rows.reduce((n, r) => n + [...r.counts.values()].reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(records.length);
    // English names sort otherwise: the order is the names', not the slugs'
    expect(changesPerArea(records, 'en').map((r) => r.area)).toEqual(['helse', 'bolig', 'utdanning', '']);
  });

  it('gives the summary table the same rows', () => {
    const root = buildCompareReport(comparison, { all: false, lang: 'nb' });
    const table = root.children.find((c) => c.type === 'table');
    const names = table && table.type === 'table' ? table.children.slice(1, -1).map((r) => (r.children[0]!.children[0] as { value: string }).value) : [];
    expect(names).toEqual(['Bolig', 'Helse og omsorg', 'Skole og utdanning', 'Uten område']);
  });
});

describe('the chart of changes', () => {
  const series = changeSeries({ new: 'Nye', dropped: 'Borte', strengthened: 'Skjerpet', weakened: 'Svekket', reworded: 'Omformulert', repeated: 'Gjentatt' });
  const svg = stackedBars({
    series,
    rows: [
      { label: 'Helse og omsorg', counts: counts([['repeated', 3], ['new', 1], ['dropped', 2]]) },
      { label: 'Bolig', counts: counts([['reworded', 1]]) },
    ],
    caption: 'Utsagn per område og endring',
    total: (n) => `${n} utsagn`,
  });

  it('has an accessible name, a legend entry and a pattern per change, one solid fill at most', () => {
    expect(svg.properties.role).toBe('img');
    const title = elements(svg).find((e) => e.tagName === 'title' && e.properties.id === String(svg.properties.ariaLabelledBy));
    expect(title && text(title)).toBe('Utsagn per område og endring');
    expect(elements(svg).filter((e) => e.tagName === 'g' && has(e, 'legend-item')).map(text)).toEqual(['Nye', 'Borte', 'Skjerpet', 'Svekket', 'Omformulert', 'Gjentatt']);
    const patterns = elements(svg).filter((e) => e.tagName === 'pattern');
    expect(patterns.map((p) => p.properties.id)).toEqual(['fill-new', 'fill-dropped', 'fill-strengthened', 'fill-weakened', 'fill-reworded', 'fill-repeated']);
    // a pattern of a plain square only is a colour alone: only one change may have it
    expect(patterns.filter((p) => p.children.filter((c) => c.type === 'element').length === 1)).toHaveLength(1);
  });

  it('stacks a segment per change in the changes order, each titled with its count', () => {
    const marks = elements(svg).filter((e) => e.tagName === 'g' && has(e, 'mark'));
    expect(marks.map((g) => g.properties.dataCount)).toEqual([6, 1]);
    expect(marks.map((g) => elements(g).filter((e) => e.tagName === 'rect').map(text))).toEqual([
      ['Helse og omsorg — Nye: 1', 'Helse og omsorg — Borte: 2', 'Helse og omsorg — Gjentatt: 3'],
      ['Bolig — Omformulert: 1'],
    ]);
    const widths = elements(marks[0]!).filter((e) => e.tagName === 'rect').map((r) => Number(r.properties.width));
    expect(widths[1]! / widths[0]!).toBeCloseTo(2, 1);
    expect(widths[2]! / widths[0]!).toBeCloseTo(3, 1);
  });
});

describe('renderCompareHtml', () => {
  const html = renderCompareHtml(comparison, { all: false, lang: 'nb' });
  const tree = fromHtml(html);
  const all = elements(tree);
  const ids = all.map((e) => e.properties.id).filter((id): id is string => typeof id === 'string');

  it("is the digest's page: the policy, lang, title, contents, chart, then the report", () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const meta = all.find((e) => e.tagName === 'meta' && e.properties.httpEquiv?.toString() === 'Content-Security-Policy');
    expect(meta?.properties.content).toBe(CONTENT_SECURITY_POLICY);
    expect(all.find((e) => e.tagName === 'html')?.properties.lang).toBe('nb');
    expect(text(all.find((e) => e.tagName === 'title')!)).toBe('Endringer: Innspill 2025 → Innspill 2026');
    expect(all.filter((e) => e.tagName === 'h2').map(text)).toEqual(['Innhold', 'Fordeling', 'Oversikt', 'Nye utsagn', 'Utsagn som er borte', 'Skjerpet og svekket', 'Omformulert']);
    expect(all.filter((e) => e.tagName === 'g' && has(e, 'mark'))).toHaveLength(4);
    expect(renderCompareHtml(comparison, { all: false, lang: 'en' })).toContain('<html lang="en">');
  });

  it('anchors every statement it lists, once, and every link inside the page resolves', () => {
    for (const r of records.filter((x) => x.change !== 'repeated')) {
      for (const side of [r.old, r.new]) if (side) expect(ids, side.id).toContain(side.id);
    }
    expect(ids).not.toContain('b:1-1'); // repeated: counted, not listed
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = all.filter((e) => e.tagName === 'a').map((a) => String(a.properties.href));
    expect(hrefs.length).toBeGreaterThan(8);
    for (const href of hrefs) expect(ids, href).toContain(decodeURIComponent(href.slice(1)));
    // the citation links to its statement
    const cite = all.find((e) => e.tagName === 'a' && has(e, 'cite') && e.properties.href === '#a:1-2');
    expect(cite && text(cite)).toBe('(s. 3, a:1-2)');
    // --all lists, and anchors, the repeated ones too
    expect(renderCompareHtml(comparison, { all: true, lang: 'nb' })).toContain('id="b:1-1"');
  });

  it('shows a pair as two lines, and text from documents as text', () => {
    const pair = all.find((e) => e.properties.id === 'b:1-2')!;
    expect(elements(pair).filter((e) => e.tagName === 'div').map(text)).toEqual([
      'Før, Anbefaling: Staten bør øke tilskuddet. (s. 3, a:1-2)',
      'Nå, Krav: Staten må øke tilskuddet. (s. 3, b:1-2)',
    ]);
    expect(all.some((e) => e.tagName === 'script' || e.tagName === 'img')).toBe(false);
    expect(text(all.find((e) => e.properties.id === 'b:2-1')!)).toContain(SCRIPT);
  });

  it('is the same bytes for the same comparison', () => {
    expect(renderCompareHtml(comparison, { all: false, lang: 'nb' })).toBe(html);
  });
});
