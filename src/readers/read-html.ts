// A saved web page (or a Word file's HTML, readers/read-docx.ts) → mdast, the unified way:
// rehype-parse reads the HTML, the page's furniture is left out, rehype-remark turns the main
// content into mdast. `h1`–`h6` give the heading levels; the title is the first `<h1>`, else
// the page's `<title>`, and heads the Markdown as its `#` when the content has no `<h1>`.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { DROPPED_ELEMENTS, DROPPED_NAMES, DROPPED_ROLES } from './boilerplate.js';

type Node = HastRoot | HastContent | ElementContent;

const isElement = (n: Node): n is Element => n.type === 'element';

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Node[]).map(textOf).join('');
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if ('children' in node) for (const child of node.children as Node[]) yield* elements(child);
}

function names(el: Element): string[] {
  const p = el.properties ?? {};
  const classes = Array.isArray(p.className) ? p.className.map(String) : p.className ? String(p.className).split(/\s+/u) : [];
  return [...classes, String(p.id ?? ''), String(p.ariaLabel ?? '')].filter(Boolean);
}

const role = (el: Element) => String(el.properties?.role ?? '').toLowerCase();

/** Page furniture: navigation, banners, footers, breadcrumbs, share boxes, cookie notices, forms, scripts. */
function isFurniture(el: Element, keepHeader: boolean): boolean {
  if (DROPPED_ELEMENTS.has(el.tagName) || DROPPED_ROLES.has(role(el))) return true;
  const { hidden, ariaHidden } = el.properties ?? {};
  if ((hidden !== undefined && hidden !== false) || String(ariaHidden) === 'true') return true;
  if (el.tagName === 'header' && !(keepHeader && [...elements(el)].some((e) => /^h[1-6]$/u.test(e.tagName)))) return true;
  return names(el).some((name) => DROPPED_NAMES.test(name));
}

/** Remove furniture below `node`, in place. */
function prune(node: Node, keepHeader: boolean): void {
  if (!('children' in node)) return;
  (node as Element).children = (node.children as ElementContent[]).filter((child) => {
    if (child.type === 'comment') return false;
    if (!isElement(child)) return true;
    if (isFurniture(child, keepHeader)) return false;
    prune(child, keepHeader);
    return true;
  });
}

/** The element holding the page's main text: `<main>`, `role="main"`, `<article>`, else the one with most paragraph text. */
function mainContent(tree: HastRoot): Element | HastRoot {
  const all = [...elements(tree)];
  const marked = all.find((e) => e.tagName === 'main') ?? all.find((e) => role(e) === 'main');
  if (marked) return marked;
  const articles = all.filter((e) => e.tagName === 'article');
  if (articles.length > 0) return articles.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
  prune(tree, false);
  let best: Element | null = null;
  let most = 0;
  for (const el of elements(tree)) {
    const paragraphText = el.children.reduce((n, c) => n + (isElement(c) && c.tagName === 'p' ? textOf(c).trim().length : 0), 0);
    if (paragraphText > most) [best, most] = [el, paragraphText];
  }
  return best ?? tree;
}

/** The first `<h1>` of the main content, else of the page, else `<title>`. */
function titleOf(tree: HastRoot, main: Element | HastRoot): string | null {
  const h1 = [...elements(main)].find((e) => e.tagName === 'h1') ?? [...elements(tree)].find((e) => e.tagName === 'h1');
  const title = h1 ?? [...elements(tree)].find((e) => e.tagName === 'title');
  const text = title ? textOf(title).replace(/\s+/gu, ' ').trim() : '';
  return text || null;
}

/** A saved page's HTML → mdast of its main content, titled. */
export async function readHtml(html: string): Promise<Root> {
  const tree = unified().use(rehypeParse).parse(html);
  const main = mainContent(tree);
  const title = titleOf(tree, main);
  prune(main, true);
  const content: HastRoot = { type: 'root', children: main.children as HastRoot['children'] };
  return titled(await htmlToMdast(content), title);
}

/** rehype-remark: hast → mdast (tables, lists, emphasis and links as Markdown has them). */
export async function htmlToMdast(tree: HastRoot): Promise<Root> {
  return (await unified().use(rehypeRemark).run(tree)) as Root;
}

/** Headings start at `#`; a title the content lacks heads it. */
export function titled(root: Root, title: string | null): Root {
  const headings = root.children.filter((n): n is Heading => n.type === 'heading');
  const top = Math.min(...headings.map((h) => h.depth));
  if (headings.length > 0 && top > 1 && !title) for (const h of headings) h.depth = (h.depth - top + 1) as Heading['depth'];
  if (title && !headings.some((h) => h.depth === 1)) root.children.unshift({ type: 'heading', depth: 1, children: [{ type: 'text', value: title }] });
  return root;
}
