// `areas` and `sections` on a terminal: every row fits the terminal's width (bars narrow first,
// then titles are cut with "…"), the counts say "1 demand" and "2 demands", and piped output
// keeps its tab-separated rows whole.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/extract/areas-nb.js';
import { KINDS } from '../../src/model/types.js';
import type { AreaRecord, SectionRecord } from '../../src/query/records.js';
import { areaLayout, cut, render } from '../../src/render/index.js';
import { displayWidth, makeStyle } from '../../src/render/style.js';

const terminal = (columns: number, color = false) => makeStyle(false, { isTTY: true, columns, env: color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' } });
const piped = () => makeStyle(true, { isTTY: false, columns: undefined, env: {} });
// eslint-disable-next-line no-control-regex
const visible = (line: string) => displayWidth(line.replace(/\u001b\[[0-9;]*m/gu, ''));

const areaRecords: AreaRecord[] = AREAS.map((a, i) => {
  const counts = Object.fromEntries(KINDS.map((k, j) => [k, (i * 7 + j * 3) % 40])) as Record<(typeof KINDS)[number], number>;
  const statements = KINDS.reduce((n, k) => n + counts[k], 0);
  return { slug: a.slug, label: a.label, english: a.english, statements, demands: counts.krav + counts.anbefaling + counts.onske, ...counts };
});

const section = (id: string, level: number, title: string, sentences: number, demands: number): SectionRecord => ({
  id, doc: 'd', level, title, parent: null, page: 12, line: 1, sentences, statements: demands, demands,
});
const sectionRecords: SectionRecord[] = [
  section('1', 1, 'Selvstendige og nyskapende kommuner og fylkeskommuner med et langt kapittelnavn', 18, 7),
  section('1.1', 2, 'Kort', 1, 1),
  section('1.1.1', 3, 'Behov for styrket utbygging av høyhastighets bredbånd i hele landet, også i distriktene', 120, 0),
  section('1.1.2', 3, '日本語のタイトルはとても長いのでここで切られるべきです', 2, 2),
];

describe('areas on a terminal', () => {
  it.each([40, 50, 60, 70, 80, 90, 100, 120, 160, 200])('fits %i columns, in colour and without', async (width) => {
    for (const color of [false, true]) {
      const lines = render({ type: 'areas', records: areaRecords }, { format: 'text', style: await terminal(width, color), header: false });
      expect(lines).toHaveLength(AREAS.length + 1);
      for (const line of lines) expect(visible(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('narrows the bars before it cuts a label, and cuts labels before it drops them', () => {
    const longest = Math.max(...areaRecords.map((r) => r.label.length));
    const wide = areaLayout(areaRecords, 200);
    expect(wide).toMatchObject({ label: longest, kinds: true, bar: 40 });
    const middle = areaLayout(areaRecords, 120);
    expect(middle.label).toBe(longest);
    expect(middle.bar).toBeGreaterThan(0);
    expect(middle.bar).toBeLessThan(40);
    const narrow = areaLayout(areaRecords, 80);
    expect(narrow.bar).toBe(0);
    expect(narrow.label).toBeGreaterThan(0);
    expect(narrow.label).toBeLessThan(longest);
    expect(areaLayout(areaRecords, 60)).toMatchObject({ label: 0, kinds: true, bar: 0 });
    expect(areaLayout(areaRecords, 40)).toMatchObject({ label: 0, kinds: false, bar: 0 });
  });

  it('piped: one tab-separated row per area, as before', async () => {
    const lines = render({ type: 'areas', records: areaRecords }, { format: 'text', style: await piped(), header: false });
    expect(lines).toHaveLength(AREAS.length);
    expect(lines[0]!.split('\t')).toEqual([areaRecords[0]!.slug, areaRecords[0]!.label, String(areaRecords[0]!.statements), String(areaRecords[0]!.demands), ...KINDS.map((k) => `${k}=${areaRecords[0]![k]}`)]);
  });
});

describe('sections on a terminal', () => {
  it.each([40, 50, 60, 70, 80, 100, 120, 200])('fits %i columns', async (width) => {
    for (const color of [false, true]) {
      const lines = render({ type: 'sections', records: sectionRecords, tree: true }, { format: 'text', style: await terminal(width, color), header: false });
      expect(lines).toHaveLength(sectionRecords.length);
      for (const line of lines) expect(visible(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('says 1 demand and 2 demands, 1 sentence and 18 sentences; cuts titles with … only when they do not fit', async () => {
    const wide = render({ type: 'sections', records: sectionRecords, tree: true }, { format: 'text', style: await terminal(200), header: false });
    expect(wide[0]).toContain('18 sentences, 7 demands');
    expect(wide[1]).toContain('1 sentence, 1 demand');
    expect(wide[1]).not.toContain('demands');
    expect(wide.join('\n')).not.toContain('…');
    const narrow = render({ type: 'sections', records: sectionRecords, tree: true }, { format: 'text', style: await terminal(60), header: false });
    expect(narrow[0]).toMatch(/… {2}s\. 12 · 7 demands$/u);
    expect(narrow[1]).toContain('Kort');
  });

  it('piped: rows whole and tab-separated, never cut', async () => {
    const lines = render({ type: 'sections', records: sectionRecords, tree: true }, { format: 'text', style: await piped(), header: false });
    expect(lines[2]).toBe(`1.1.1\t3\t12\t120\t0\t    ${sectionRecords[2]!.title}`);
  });
});

describe('cut', () => {
  it('cuts to display columns with …, and leaves what fits', () => {
    expect(cut('Kommuneøkonomi', 14)).toBe('Kommuneøkonomi');
    expect(cut('Kommuneøkonomi', 8)).toBe('Kommune…');
    expect(cut('Lokalt selvstyre', 8)).toBe('Lokalt…');
    expect(displayWidth(cut('日本語のタイトル', 7))).toBeLessThanOrEqual(7);
  });
});
