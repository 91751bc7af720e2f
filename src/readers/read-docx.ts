// A Word file → HTML with mammoth (Word's heading styles become headings), then the HTML
// reader. The `Title` style is the document's `#`; `Heading 1`–`5` follow one level below it
// (readers/read-html.ts lifts them back to `#` when the file has no title). Page headers,
// footers and comments are not part of the body mammoth reads.
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { DataError } from '../model/errors.js';
import { htmlToMdast, titled } from './read-html.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  ...[1, 2, 3, 4, 5].map((n) => `p[style-name='Heading ${n}'] => h${n + 1}:fresh`),
];

export async function readDocx(bytes: Uint8Array, path: string): Promise<Root> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      {
        styleMap: STYLE_MAP,
        // an image's bytes are no text: keep neither them nor a data URL of them
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new DataError(`${path}: corrupt Word (.docx) document (${(error as Error).message.split('\n')[0]})`);
  }
  const root = titled(await htmlToMdast(unified().use(rehypeParse, { fragment: true }).parse(html)), null);
  if (root.children.length === 0) throw new DataError(`${path}: Word (.docx) document without text`);
  return root;
}
