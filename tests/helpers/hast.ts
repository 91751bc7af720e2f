// Looking into hast trees in tests: every element, the text, a class.
import type { Element, Nodes } from 'hast';

/** The node and every element below it, in document order. */
export function elements(node: Nodes): Element[] {
  const out: Element[] = node.type === 'element' ? [node] : [];
  if ('children' in node) for (const child of node.children) out.push(...elements(child));
  return out;
}

export const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');

export const has = (e: Element, name: string): boolean => (e.properties.className as string[] | undefined)?.includes(name) ?? false;
