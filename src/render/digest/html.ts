// The digest as one self-contained HTML page (`digest --format html`), made the unified way:
// the digest's mdast (build.ts) with HTML hints on its nodes (`data.hName`/`hProperties`),
// remark-rehype to hast, the page around it (head, table of contents, chart) built as hast, and
// rehype-stringify to write it. Document text only ever travels in text nodes, which the
// serializer escapes, and no raw HTML node is let through, so a sentence holding `<script>`
// shows as text; the page's Content-Security-Policy allows no script and no load from anywhere
// (the CSS is inline, the chart inline SVG), so a shared report can do nothing but show.
// Loaded only on this path (commands/digest.ts imports it when the format is html).
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { h } from 'hastscript';
import type { List, ListItem, PhrasingContent, Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Kind } from '../../model/types.js';
import type { SentenceRecord } from '../../query/records.js';
import { buildDigest, citation, type DigestModel, digestTitle, documentText, oneLine } from './build.js';
import { buildChart, type ChartRow } from './chart.js';
import { areaName, labelsFor, type Lang } from './labels.js';
import { PAGE_STYLE } from './html-style.js';

/** What the page may do: show itself. No script, no fetch, no frame, no form. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The digest's HTML page, ending in one newline; the same model gives the same bytes. */
export function renderDigestHtml(model: DigestModel): string {
  const caption = labelsFor(model.lang).chartCaption[model.by];
  const chart = buildChart({ lang: model.lang, kinds: model.kinds, rows: chartRows(model), caption });
  return renderReport(decorate(buildDigest(model), model), { lang: model.lang, title: digestTitle(model), chart, caption });
}

export interface ReportPage {
  lang: Lang;
  /** the page's <title> */
  title: string;
  /** the chart's <svg>, shown under the contents, and its caption */
  chart: Element;
  caption: string;
}

/**
 * A report's mdast (headings carrying ids in `data.hProperties`, the first h2 the summary) as a
 * whole HTML page, ending in one newline: what `digest` and `compare` write with `--format html`.
 */
export function renderReport(mdast: Root, report: ReportPage): string {
  const processor = unified().use(remarkRehype).use(rehypeStringify);
  const body = processor.runSync(mdast) as HastRoot;
  return `${processor.stringify(page(body, report))}\n`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * HTML hints on the digest's mdast: an id on every heading, and each statement's bullet rebuilt
 * as kind, sentence, areas and a citation that links to the bullet itself, whose id is the
 * statement's id. Lists stand in the tree in the groups' order, one per group.
 */
function decorate(root: Root, model: DigestModel): Root {
  const headingIds = new Slugger();
  const groups = [...model.groups];
  // a statement under several areas is anchored where it first stands: an id is unique in a page
  const anchored = new Set<string>();
  let summary = true;
  for (const node of root.children) {
    if (node.type === 'heading') {
      const id = node.depth === 2 && summary ? 'summary' : headingIds.slug(plainText(node.children));
      if (node.depth === 2) summary = false;
      node.data = { ...node.data, hProperties: { id } };
    } else if (node.type === 'list') {
      const group = groups.shift();
      if (group) decorateList(node, group.items.map((i) => i.record), model.lang, anchored);
    } else if (node.type === 'table') {
      node.data = { ...node.data, hProperties: { className: ['summary'] } };
    }
  }
  return root;
}

function decorateList(list: List, records: readonly SentenceRecord[], lang: Lang, anchored: Set<string>): void {
  list.data = { ...list.data, hProperties: { className: ['statements'] } };
  list.children = records.map((record): ListItem => {
    const labels = labelsFor(lang);
    const kind = record.kind;
    const areas = record.areas.map((a) => areaName(a, lang)).join(', ');
    return {
      type: 'listItem',
      spread: false,
      data: {
        hProperties: {
          ...(anchored.has(record.id) ? {} : (anchored.add(record.id), { id: record.id })),
          className: ['statement', ...(kind ? [`kind-${kind}`] : [])],
        },
      },
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'strong', data: { hProperties: { className: ['kind'] } }, children: [text(`${kind ? labels.kinds[kind] : '-'}:`)] },
            text(' '),
            ...documentText(oneLine(record.text)),
            text(' '),
            ...(areas
              ? [{ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['areas'], title: labels.areas } }, children: [text(areas)] } as PhrasingContent, text(' ')]
              : []),
            { type: 'link', url: `#${record.id}`, data: { hProperties: { className: ['cite'] } }, children: [text(`(${citation(record, lang)})`)] },
          ],
        },
      ],
    };
  });
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('');
}

/** Heading ids from their text: `h-` and the words, folded to ASCII; repeats numbered. */
class Slugger {
  private seen = new Map<string, number>();
  slug(title: string): string {
    const base =
      title
        .toLocaleLowerCase('nb')
        .replace(/æ/gu, 'ae').replace(/ø/gu, 'o').replace(/å/gu, 'a')
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/gu, '-')
        .replace(/^-+|-+$/gu, '')
        .slice(0, 60) || 'section';
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? `h-${base}` : `h-${base}-${n}`;
  }
}

/** The whole page: head (policy, title, style) and body (title, scope, contents, chart, report). */
function page(body: HastRoot, report: ReportPage): HastRoot {
  const labels = labelsFor(report.lang);
  const content = body.children.filter((n): n is ElementContent => n.type !== 'doctype');
  // what comes before the summary: the title, the source line, the date line
  const firstH2 = content.findIndex((n) => n.type === 'element' && n.tagName === 'h2');
  const intro = firstH2 < 0 ? content : content.slice(0, firstH2);
  const rest = firstH2 < 0 ? [] : content.slice(firstH2);

  const chart = h('section', { id: 'chart', className: ['chart'] }, [
    h('h2', labels.chart),
    h('figure', [report.chart, h('figcaption', report.caption)]),
  ]);
  const nav = tableOfContents(rest, labels.contents, labels.chart);

  const html = h('html', { lang: report.lang }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'referrer', content: 'no-referrer' }),
      h('title', report.title),
      h('style', PAGE_STYLE),
    ]),
    h('body', [h('header', intro), nav, h('main', [chart, ...rest])]),
  ]);
  return { type: 'root', children: [{ type: 'doctype' }, html] as HastContent[] };
}

function chartRows(model: DigestModel): ChartRow[] {
  return model.groups.map((group) => {
    const counts = new Map<Kind, number>();
    for (const { record } of group.items) if (record.kind) counts.set(record.kind, (counts.get(record.kind) ?? 0) + 1);
    return { label: oneLine(group.label), counts };
  });
}

/** Contents: the chart, then the h2 headings with the h3 headings under them. */
function tableOfContents(content: readonly ElementContent[], heading: string, chartLabel: string): Element {
  const entry = (id: string, label: string, children: Element[] = []) =>
    h('li', [h('a', { href: `#${id}` }, label), ...(children.length ? [h('ul', children)] : [])]);
  const top: Element[] = [entry('chart', chartLabel)];
  let open: { id: string; label: string; children: Element[] } | null = null;
  const close = () => {
    if (open) top.push(entry(open.id, open.label, open.children));
    open = null;
  };
  for (const node of content) {
    if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) continue;
    const id = String(node.properties.id ?? '');
    const label = textOf(node);
    if (node.tagName === 'h2') {
      close();
      open = { id, label, children: [] };
    } else if (open) (open as { children: Element[] }).children.push(entry(id, label));
    else top.push(entry(id, label));
  }
  close();
  return h('nav', { id: 'toc', ariaLabelledby: 'toc-title' }, [h('h2', { id: 'toc-title' }, heading), h('ul', top)]);
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
