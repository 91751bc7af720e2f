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
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Kind } from '../../model/types.js';
import type { SentenceRecord } from '../../query/records.js';
import {
  citation,
  countRowKinds,
  type DigestHead,
  type DigestModel,
  type DigestSummary,
  digestHead,
  digestTitle,
  documentText,
  groupHead,
  oneLine,
  statementList,
  summarize,
  summaryTable,
} from './build.js';
import { buildChart, type ChartRow } from './chart.js';
import type { DigestGroup } from './group.js';
import { areaName, labelsFor, type Lang } from './labels.js';
import { PAGE_STYLE } from './html-style.js';

/** What the page may do: show itself. No script, no fetch, no frame, no form. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The digest's HTML page, ending in one newline; the same model gives the same bytes. */
export function renderDigestHtml(model: DigestModel): string {
  const groups = model.groups.map((g) => ({ ...g, kinds: countRowKinds(g.items.map((i) => i.record)) }));
  const page = new DigestPage(model, summarize(model), groups);
  const parts = [page.start()];
  for (const g of model.groups) parts.push(page.group(g.items.map((i) => i.record), model.keyTerms?.get(g.key)));
  return parts.join('') + page.end();
}

/** A group as the page needs it before its statements: its headings (contents, ids) and its counts per kind (the chart). */
export type PageGroup = Pick<DigestGroup, 'key' | 'label' | 'path'> & { kinds: Readonly<Partial<Record<Kind, number>>> };

/**
 * The digest's page a part at a time, in the digest's order: `start()` (head, contents, chart,
 * summary), then `group()` for each group of `groups` in turn with its statements, then `end()`.
 * What a page says before its statements (contents, chart) needs only the groups' headings and
 * counts, so a digest of thousands of documents is written without holding its statements
 * (stream.ts); `renderDigestHtml` writes a digest held whole the same way, so both are the same
 * bytes. Each part is the digest's mdast for that part, through remark-rehype and
 * rehype-stringify, joined as the whole tree's blocks are (a line break between blocks).
 */
export class DigestPage {
  private readonly processor = unified().use(remarkRehype).use(rehypeStringify);
  /** an id is unique in a page: a statement under several areas is anchored where it first stands */
  private readonly anchored = new Set<string>();
  private readonly open: string[] = [];
  /** each group's new headings' ids, in order (computed with the contents) */
  private readonly headingIds: string[][] = [];
  private next = 0;
  private tail = '';
  private listEnd = '';

  constructor(
    private readonly head: DigestHead,
    private readonly summary: DigestSummary,
    private readonly groups: readonly PageGroup[],
  ) {}

  /** The page up to the first group: head, title and sources, contents, chart, summary table. */
  start(): string {
    const { head, summary } = this;
    const labels = labelsFor(head.lang);
    const slugs = new Slugger();
    const intro = digestHead(head, summary);
    const summaryHeading = intro.pop()!;
    for (const node of intro) if (node.type === 'heading') node.data = { ...node.data, hProperties: { id: slugs.slug(plainText(node.children)) } };
    summaryHeading.data = { ...summaryHeading.data, hProperties: { id: 'summary' } };
    const table = summaryTable(head, summary);
    table.data = { ...table.data, hProperties: { className: ['summary'] } };
    // the groups' headings as the page will show them: their ids, and the contents made of the h2 and h3
    const headings: Element[] = [h('h2', { id: 'summary' }, labels.summary)];
    const open: string[] = [];
    for (const group of this.groups) {
      const ids: string[] = [];
      for (const node of groupHead(group, open, head.lang)) {
        if (node.type !== 'heading') continue;
        const label = plainText(node.children);
        ids.push(slugs.slug(label));
        if (node.depth <= 3) headings.push(h(`h${node.depth}`, { id: ids[ids.length - 1]! }, label));
      }
      this.headingIds.push(ids);
    }
    const charted = mostStatements(this.groups, MAX_CHART_ROWS);
    const caption = labels.chartCaption[head.by] + (charted.length < this.groups.length ? labels.chartTop(charted.length, this.groups.length) : '');
    const rows: ChartRow[] = charted.map((g) => ({ label: oneLine(g.label), counts: new Map(Object.entries(g.kinds) as [Kind, number][]) }));
    const chart = buildChart({ lang: head.lang, kinds: head.kinds, rows, caption });
    // the groups go where the slot stands: the page is written around them
    const [before, after] = this.html(
      page([...this.blocks(intro), { type: 'text', value: '\n' }], [...this.blocks([summaryHeading, table]), { type: 'comment', value: SLOT }], headings, {
        lang: head.lang,
        title: digestTitle(head),
        chart,
        caption,
      }),
    ).split(`<!--${SLOT}-->`) as [string, string];
    this.tail = after;
    return before;
  }

  /** The next group's headings, key terms and statements. */
  group(records: readonly SentenceRecord[], terms?: readonly string[]): string {
    return this.groupOpen(terms) + this.statements(records) + this.groupClose();
  }

  /**
   * The next group's headings and key terms, and its list's start tag: its statements follow
   * (`statements`, as many times as they come in parts), then `groupClose`.
   */
  groupOpen(terms?: readonly string[]): string {
    const group = this.groups[this.next]!;
    const ids = this.headingIds[this.next++]!;
    const nodes: RootContent[] = groupHead(group, this.open, this.head.lang, terms);
    let n = 0;
    for (const node of nodes) if (node.type === 'heading') node.data = { ...node.data, hProperties: { id: ids[n++]! } };
    const list = h('ul', { className: ['statements'] }, [{ type: 'comment', value: SLOT }]);
    const [start, end] = this.html({ type: 'root', children: [list] }).split(`<!--${SLOT}-->`) as [string, string];
    this.listEnd = end;
    return `\n${this.html({ type: 'root', children: this.blocks(nodes) })}\n${start}`;
  }

  /** Statements of the open group's list, each a line of its own, as the list held whole would show them. */
  statements(records: readonly SentenceRecord[]): string {
    const list = statementList([], this.head.lang);
    decorateList(list, records, this.head.lang, this.anchored);
    const ul = this.blocks([list]).find((e): e is Element => e.type === 'element')!;
    return ul.children.map((li) => (li.type === 'element' ? `\n${this.html({ type: 'root', children: [li] })}` : '')).join('');
  }

  /** The open group's list's end. */
  groupClose(): string {
    return `\n${this.listEnd}`;
  }

  /** The page after the last group. */
  end(): string {
    return `${this.tail}\n`;
  }

  /** Blocks of mdast as hast, a line break between them (as remark-rehype joins a tree's blocks). */
  private blocks(nodes: RootContent[]): HastContent[] {
    return (this.processor.runSync({ type: 'root', children: nodes } as Root) as HastRoot).children;
  }

  private html(tree: HastRoot): string {
    return this.processor.stringify(tree);
  }
}

/**
 * Bars a chart shows at most: a section digest of many documents has thousands of groups, and a
 * chart of thousands of bars shows nothing (and costs the page megabytes); the contents and the
 * summary table list them all.
 */
const MAX_CHART_ROWS = 40;

/** The `max` groups with the most statements (the earlier first among equals), in the digest's order. */
function mostStatements(groups: readonly PageGroup[], max: number): PageGroup[] {
  if (groups.length <= max) return [...groups];
  const totals = groups.map((g) => Object.values(g.kinds).reduce((a, b) => a + (b ?? 0), 0));
  const top = groups.map((_, i) => i).sort((a, b) => totals[b]! - totals[a]! || a - b).slice(0, max);
  return top.sort((a, b) => a - b).map((i) => groups[i]!);
}

/** Where the groups go in the page's serialization: a comment no document text can make (text is escaped). */
const SLOT = 'ks-input-digest-groups';

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
  const content = (processor.runSync(mdast) as HastRoot).children;
  // what comes before the summary: the title, the source line, the date line
  const firstH2 = content.findIndex((n) => n.type === 'element' && n.tagName === 'h2');
  const intro = firstH2 < 0 ? content : content.slice(0, firstH2);
  const rest = firstH2 < 0 ? [] : content.slice(firstH2);
  const headings = rest.filter((n): n is Element => n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3'));
  return `${processor.stringify(page(intro, rest, headings, report))}\n`;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

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

/**
 * The whole page: head (policy, title, style) and body: the intro (title, sources, date), the
 * contents made of `headings` (the report's h2 and h3, in order), the chart, then the report.
 */
function page(intro: HastContent[], rest: HastContent[], headings: readonly Element[], report: ReportPage): HastRoot {
  const labels = labelsFor(report.lang);
  const chart = h('section', { id: 'chart', className: ['chart'] }, [
    h('h2', labels.chart),
    h('figure', [report.chart, h('figcaption', report.caption)]),
  ]);
  const html = h('html', { lang: report.lang }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'referrer', content: 'no-referrer' }),
      h('title', report.title),
      h('style', PAGE_STYLE),
    ]),
    h('body', [h('header', intro as ElementContent[]), tableOfContents(headings, labels.contents, labels.chart), h('main', [chart, ...(rest as ElementContent[])])]),
  ]);
  return { type: 'root', children: [{ type: 'doctype' }, html] as HastContent[] };
}

/** Contents: the chart, then the h2 headings with the h3 headings under them. */
function tableOfContents(content: readonly Element[], heading: string, chartLabel: string): Element {
  const entry = (id: string, label: string, children: Element[] = []) =>
    h('li', [h('a', { href: `#${id}` }, label), ...(children.length ? [h('ul', children)] : [])]);
  const top: Element[] = [entry('chart', chartLabel)];
  let open: { id: string; label: string; children: Element[] } | null = null;
  const close = () => {
    if (open) top.push(entry(open.id, open.label, open.children));
    open = null;
  };
  for (const node of content) {
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
