// End-to-end: `ks-input digest --format html`, read back with an HTML5 parser (parse5 through
// hast-util-from-html, as a browser parses): one self-contained page with the digest's content,
// the same bytes from run to run, document text as text. The browser test
// (report-browser.test.ts) opens the same report in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from '../helpers/cli.js';
import { fixtureIndex, HEALTH_DOC, NOTES_DOC, type FixtureDoc } from '../digest/fixture.js';

const HOSTILE = 'KS krever <script>alert(1)</script> og <img src=x onerror=alert(2)> & "mer" penger.';
const HOSTILE_DOC: FixtureDoc = {
  ...HEALTH_DOC,
  sections: HEALTH_DOC.sections.map((s, i) => (i === 1 ? { ...s, title: '<script>alert(3)</script> Fastlegeordningen' } : s)),
  lines: HEALTH_DOC.lines.map((l, i) => (i === 0 ? { ...l, text: HOSTILE } : l)),
};

let single: string;
let multi: string;
let hostile: string;
beforeAll(async () => {
  single = await fixtureIndex([HEALTH_DOC]);
  multi = await fixtureIndex([HEALTH_DOC, NOTES_DOC]);
  hostile = await fixtureIndex([HOSTILE_DOC]);
});

function elements(node: Nodes): Element[] {
  const out: Element[] = node.type === 'element' ? [node] : [];
  if ('children' in node) for (const child of node.children) out.push(...elements(child));
  return out;
}
const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
const byTag = (root: Root, tag: string) => elements(root).filter((e) => e.tagName === tag);
const classed = (root: Root, tag: string, name: string) =>
  byTag(root, tag).filter((e) => (e.properties.className as string[] | undefined)?.includes(name));

function report(args: string[]): { html: string; root: Root } {
  const out = cli(['digest', '--format', 'html', ...args]);
  expect(out.code, out.stderr).toBe(0);
  return { html: out.stdout, root: fromHtml(out.stdout) };
}

describe('digest --format html', () => {
  it('is one page: title, contents, chart, summary table, then every statement `list` gives as an anchored item', () => {
    const { html, root } = report(['--index', single]);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(text(byTag(root, 'title')[0]!)).toBe("KS' krav og innspill: alle områder");
    expect(byTag(root, 'html')[0]!.properties.lang).toBe('nb');
    const main = byTag(root, 'body')[0]!;
    // in reading order: h1, the source line, contents, chart, summary
    const order = elements(main).filter((e) => e.tagName === 'h1' || e.tagName === 'nav' || e.tagName === 'svg' || e.tagName === 'table').map((e) => e.tagName);
    expect(order).toEqual(['h1', 'nav', 'svg', 'table']);
    expect(text(byTag(root, 'p')[0]!)).toContain('Kilde: KS-innspill om helse (test) (ks-test, 3 sider). 6 utsagn: krav 3, anbefaling 2, ønske 1.');

    const records = ndjson<{ id: string; kind: string; areas: string[] }>(cli(['list', '--index', single, '--format', 'ndjson']).stdout);
    const items = classed(root, 'li', 'statement');
    // by area a statement stands under each of its areas, anchored where it first stands
    const anchors = items.map((li) => li.properties.id).filter((id) => id !== undefined);
    expect(anchors).toEqual([...new Set(anchors)]);
    expect(new Set(anchors)).toEqual(new Set(records.map((r) => r.id)));
    expect(items).toHaveLength(records.reduce((n, r) => n + Math.max(1, r.areas.length), 0));
    const first = items.find((li) => li.properties.id === '1.1-1')!;
    expect(text(first)).toBe('Anbefaling: KS anbefaler at fastlegene får bedre rammer og flere fastleger rekrutteres. Helse og omsorg, Kommuneøkonomi (s. 1, 1.1-1)');
    expect(first.properties.className).toEqual(['statement', 'kind-anbefaling']);
    const cite = classed(first as unknown as Root, 'a', 'cite')[0]!;
    expect(cite.properties.href).toBe('#1.1-1');

    // the summary table: a row per group and a total row, the counts of the Markdown digest
    const rows = byTag(root, 'tr').map((tr) => elements(tr).filter((e) => e.tagName === 'td' || e.tagName === 'th').map(text));
    expect(rows[0]).toEqual(['Område', 'Krav', 'Anbefaling', 'Ønske', 'Sum']);
    expect(rows.at(-1)).toEqual(['Sum', '3', '2', '1', '6']);

    // the contents link to headings of the page
    const ids = new Set(elements(root).map((e) => e.properties.id).filter(Boolean));
    const links = byTag(byTag(root, 'nav')[0]! as unknown as Root, 'a').map((a) => String(a.properties.href));
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(ids.has(href.slice(1)), href).toBe(true);
  });

  it('draws one bar per group with a title giving its count, and one segment per kind present', () => {
    const { root } = report(['--index', single]);
    const svg = byTag(root, 'svg')[0]!;
    const marks = classed(svg as unknown as Root, 'g', 'mark');
    const groups = classed(root, 'ul', 'statements');
    expect(marks).toHaveLength(groups.length);
    // a bar per area, counting every statement that carries it (as `list --area` finds them)
    const records = ndjson<{ id: string; kind: string; areas: string[] }>(cli(['list', '--index', single, '--format', 'ndjson']).stdout);
    const under = (slug: string, kind?: string) => records.filter((r) => r.areas.includes(slug) && (!kind || r.kind === kind)).length;
    expect(under('okonomi')).toBe(3);
    expect(marks.map((g) => text(byTag(g as unknown as Root, 'title')[0]!))).toEqual([`Kommuneøkonomi: ${under('okonomi')} utsagn`, `Helse og omsorg: ${under('helse')} utsagn`]);
    const segments = classed(svg as unknown as Root, 'rect', 'segment').map((r) => text(r));
    const expected = [['okonomi', 'Kommuneøkonomi'], ['helse', 'Helse og omsorg']].flatMap(([slug, label]) =>
      [['krav', 'Krav'], ['anbefaling', 'Anbefaling'], ['onske', 'Ønske']].flatMap(([kind, name]) => (under(slug!, kind) ? [`${label} — ${name}: ${under(slug!, kind)}`] : [])),
    );
    expect(segments).toEqual(expected);
    // a legend entry per kind, each with the pattern its segments use
    const legend = classed(svg as unknown as Root, 'g', 'legend-item').map(text);
    expect(legend).toEqual(['Krav', 'Anbefaling', 'Ønske']);
    expect(byTag(svg as unknown as Root, 'pattern').map((p) => p.properties.id)).toEqual(['fill-krav', 'fill-anbefaling', 'fill-onske']);
  });

  it('groups by --by, labels in --lang, and qualifies ids over several documents', () => {
    const { root } = report(['--index', multi, '--by', 'kind', '--lang', 'en', '--kind', 'all']);
    expect(byTag(root, 'html')[0]!.properties.lang).toBe('en');
    expect(classed(root, 'g', 'mark').map((g) => text(byTag(g as unknown as Root, 'title')[0]!))).toEqual([
      'Requirement: 4 statements', 'Recommendation: 3 statements', 'Wish: 2 statements', 'Concern: 1 statement', 'Support: 1 statement',
    ]);
    const ids = classed(root, 'li', 'statement').map((li) => String(li.properties.id));
    expect(ids).toContain('notater:1-1');
    expect(ids).toContain('ks-test:1.1-1');
    // a citation links to its own item, qualified id and all
    const anchors = new Set(elements(root).map((e) => String(e.properties.id ?? '')));
    const hrefs = byTag(root, 'a').map((a) => String(a.properties.href)).filter((h) => h.startsWith('#'));
    expect(hrefs).toContain('#notater:1-1');
    for (const href of hrefs) expect(anchors.has(decodeURIComponent(href.slice(1))), href).toBe(true);
    expect(text(byTag(root, 'h2')[0]!)).toBe('Contents');
  });

  it('is self-contained: no script, no external resource, and a policy that allows neither', () => {
    const { html, root } = report(['--index', single]);
    expect(byTag(root, 'script')).toEqual([]);
    expect(byTag(root, 'link')).toEqual([]);
    expect(byTag(root, 'img')).toEqual([]);
    for (const e of elements(root)) {
      for (const [name, value] of Object.entries(e.properties)) {
        expect(name.startsWith('on'), name).toBe(false);
        if (name === 'src' || (name === 'href' && e.tagName !== 'a')) throw new Error(`a resource: ${name}=${String(value)}`);
      }
    }
    const policy = byTag(root, 'meta').find((m) => m.properties.httpEquiv?.toString() === 'Content-Security-Policy');
    expect(String(policy!.properties.content)).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
    // a web address in a sentence is a link to follow, never a load
    expect(byTag(root, 'a').filter((a) => /^https?:/u.test(String(a.properties.href))).map(text)).toEqual(['http://x.no']);
    expect(html).not.toMatch(/\b(src|srcset|poster|data)=|@import|url\((?!#)/u);
  });

  it('shows <script> and <img onerror> in a sentence or a heading as text', () => {
    const { html, root } = report(['--index', hostile, '--by', 'section']);
    expect(byTag(root, 'script')).toEqual([]);
    expect(byTag(root, 'img')).toEqual([]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    const item = classed(root, 'li', 'statement').find((li) => li.properties.id === '1-1')!;
    expect(text(item)).toContain(HOSTILE);
    expect(byTag(root, 'h3').map(text)).toContain('1.1 <script>alert(3)</script> Fastlegeordningen');
    expect(classed(root, 'g', 'mark').map((g) => text(byTag(g as unknown as Root, 'title')[0]!))).toContain('1.1 <script>alert(3)</script> Fastlegeordningen: 2 utsagn');
  });

  it('gives the same bytes from run to run, and -o writes what stdout prints', () => {
    const a = cli(['digest', '--format', 'html', '--index', multi]).stdout;
    const b = cli(['digest', '--format', 'html', '--index', multi]).stdout;
    expect(a).toBe(b);
    const file = join(tempDir(), 'rapport æøå.html');
    const out = cli(['digest', '--format', 'html', '--index', multi, '-o', file]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(a);
  });

  it('is made only by digest and compare: another command with --format html is a usage error', () => {
    const out = cli(['list', '--format', 'html', '--index', single]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim()).toBe('ks-input: --format html is made only by digest and compare');
  });

  it('exits 1 and writes nothing when nothing matches', () => {
    const out = cli(['digest', '--format', 'html', '--index', single, '--match', 'finnes ikke']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
  });
});
