// Reading a digest back: parse with remark-parse + remark-gfm, walk the tree, lint with
// markdownlint. Shared by the digest unit and end-to-end tests.
import type { Heading, ListItem, Nodes, Root, Table } from 'mdast';
import { lint } from 'markdownlint/promise';
import { parseMarkdown } from '../../src/markdown/markdown.js';

export const parse = (markdown: string): Root => parseMarkdown(markdown);

/** Every node of a tree, depth first, in document order. */
export function nodes(node: Nodes): Nodes[] {
  const out: Nodes[] = [node];
  if ('children' in node) for (const child of node.children) out.push(...nodes(child as Nodes));
  return out;
}

/** The text of a node, as a reader sees it (mdast-util-to-string's rule). */
export function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('');
  return '';
}

export const listItems = (root: Root) => nodes(root).filter((n): n is ListItem => n.type === 'listItem');
export const headings = (root: Root) => nodes(root).filter((n): n is Heading => n.type === 'heading');
export const tables = (root: Root) => nodes(root).filter((n): n is Table => n.type === 'table');

/**
 * markdownlint's default rules, but for line length: a digest keeps each statement on one line
 * (wrapping would only be cosmetic, and sentences run long).
 */
export async function lintMarkdown(markdown: string): Promise<string> {
  const results = await lint({ strings: { digest: markdown }, config: { default: true, MD013: false } });
  return results.toString();
}
