// Markdown in and out, through the unified collective: remark-parse reads, remark-stringify
// (with remark-gfm for tables) writes. Nothing else in the program parses or glues Markdown.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

export function parseMarkdown(text: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(text);
}

// one writer for every call: the PDF reader writes a document block by block
let writer: ReturnType<typeof makeWriter> | null = null;
const makeWriter = () =>
  unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })
    .freeze();

export function stringifyMarkdown(root: Root): string {
  return (writer ??= makeWriter()).stringify(root);
}
