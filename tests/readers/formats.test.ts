// Each reader against the Markdown its fixture was made from (issue 12's "Done when"): the same
// statements (F1 ≥ 0.98), the same headings (F1 ≥ 0.95) each in the right chapter, every PDF
// sentence on the page it truly starts on, and no header, footer or navigation text anywhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import type { IndexedDocument, SourceText } from '../../src/model/types.js';
import { joinWrapped } from '../../src/normalize/raw-text.js';
import { deriveMarkdown, locateBlocks } from '../../src/readers/derive-markdown.js';
import { parseMarkdown } from '../../src/markdown/markdown.js';
import { readPdfText } from '../../src/readers/read-pdf.js';
import { sourceFromBytes } from '../../src/source/read.js';
import { articleHtml, makeDocx, makePdf } from '../helpers/make-formats.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'formats');
const MARKDOWN = readFileSync(join(FIXTURES, 'innspill.md'), 'utf8');

/** F1 of two lists of keys, counted as multisets. */
function f1(found: string[], expected: string[]): number {
  const left = new Map<string, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let hits = 0;
  for (const k of found) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      hits++;
      left.set(k, n - 1);
    }
  }
  return found.length + expected.length === 0 ? 1 : (2 * hits) / (found.length + expected.length);
}

const statements = (doc: IndexedDocument) => doc.sentences.filter((s) => s.kind !== null).map((s) => `${s.kind}\t${s.text}`);
const chapterOf = (doc: IndexedDocument, sectionId: string) => doc.sections.find((s) => s.id === sectionId.split('.')[0])?.title;
const headings = (doc: IndexedDocument) => doc.sections.filter((s) => s.id !== '0').map((s) => `${s.title}\t${chapterOf(doc, s.id)}`);

/** Text a page carries that is no part of the document, in any of the fixtures. */
const FURNITURE = [
  /Side \d+ av \d+/u, /KS · Innspill/u, /Hopp til/u, /informasjonskapsler/iu, /Forside/u, /Del denne siden/u, /Publisert/u,
  /Relaterte saker/u, /Kopirett/u, /Høringer som er på gang/u, /Søk i hele/u, /Fagområder/u, /Hjem/u, /sist endret/u, /Godta alle/u,
  /file:\/\//u, /\d+\/\d+\/\d+/u, /\b\d\/\d\b/u,
];

async function analyzed(path: string, bytes: Uint8Array): Promise<{ source: SourceText; doc: IndexedDocument }> {
  await loadMarkdown();
  let source = sourceFromBytes(path, bytes);
  if (source.format !== 'text' && source.format !== 'markdown') source = await deriveMarkdown(source);
  return { source, doc: analyzeSource(source, { id: 'x' }) };
}

let reference: IndexedDocument;
let pdf: Awaited<ReturnType<typeof makePdf>>;
const docs = new Map<string, { source: SourceText; doc: IndexedDocument }>();

beforeAll(async () => {
  reference = (await analyzed('innspill.md', Buffer.from(MARKDOWN))).doc;
  pdf = await makePdf(MARKDOWN);
  docs.set('pdf', await analyzed('innspill.pdf', pdf.bytes));
  docs.set('docx', await analyzed('innspill.docx', await makeDocx(MARKDOWN)));
  // printed to PDF by Chromium from the same text (body 12pt serif, list bullets drawn as shapes,
  // the browser's own header and footer: date, title, file URL, `1/2`)
  docs.set('chromium.pdf', await analyzed('innspill-chromium.pdf', readFileSync(join(FIXTURES, 'innspill-chromium.pdf'))));
  // the DOCX fixture converted to PDF by LibreOffice Writer (its page header kept, its styles' sizes)
  docs.set('writer.pdf', await analyzed('innspill-writer.pdf', readFileSync(join(FIXTURES, 'innspill-writer.pdf'))));
  for (const page of ['saved-page.html', 'saved-page-divs.htm']) {
    const html = readFileSync(join(FIXTURES, page), 'utf8').replace('<!--CONTENT-->', articleHtml(MARKDOWN));
    docs.set(page, await analyzed(page, Buffer.from(html)));
  }
}, 60_000);

describe('the fixtures have what the readers must handle', () => {
  it('the Markdown has statements, chapters and sections', () => {
    expect(statements(reference).length).toBeGreaterThanOrEqual(25);
    expect(reference.sections.filter((s) => s.level === 1 && s.id !== '0')).toHaveLength(4);
    expect(reference.sections.filter((s) => s.level === 2).length).toBeGreaterThanOrEqual(6);
  });

  it('the PDF wraps a heading over two lines, hyphenates at a line end and runs paragraphs over page breaks', () => {
    const headingLines = pdf.lines.filter((l: { block: string }) => l.block === 'heading').map((l: { text: string }) => l.text);
    expect(headingLines.some((t: string) => !MARKDOWN.includes(`# ${t}\n`) && !MARKDOWN.includes(`${t}\n`))).toBe(true);
    expect(pdf.lines.some((l: { text: string; block: string }) => l.block !== 'heading' && /\p{L}-$/u.test(l.text))).toBe(true);
    const breaks = pdf.lines.filter((l: { page: number; block: string }, i: number) => i > 0 && l.page !== pdf.lines[i - 1].page && l.block === 'paragraph' && pdf.lines[i - 1].block === 'paragraph');
    expect(breaks.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
  });
});

describe.each(['pdf', 'chromium.pdf', 'writer.pdf', 'docx', 'saved-page.html', 'saved-page-divs.htm'])('%s against its Markdown', (format) => {
  it('has the same statements (F1 ≥ 0.98)', () => {
    expect(f1(statements(docs.get(format)!.doc), statements(reference))).toBeGreaterThanOrEqual(0.98);
  });

  it('has the same headings (F1 ≥ 0.95), each in the right chapter, and the same title', () => {
    const { doc } = docs.get(format)!;
    expect(f1(headings(doc), headings(reference))).toBeGreaterThanOrEqual(0.95);
    expect(doc.title).toBe(reference.title);
  });

  it('carries no header, footer or navigation text in any sentence or heading', () => {
    const { doc } = docs.get(format)!;
    for (const text of [...doc.sentences.map((s) => s.text), ...doc.sections.map((s) => s.title)]) {
      for (const re of FURNITURE) expect(text, `${re}`).not.toMatch(re);
    }
  });

  it("cites lines of the derived Markdown (convert's output) that hold the sentence", () => {
    const { doc, source } = docs.get(format)!;
    const lines = source.text.split('\n');
    for (const s of doc.sentences) {
      const cited = lines.slice(s.lines[0] - 1, s.lines[1]).join(' ');
      const words = s.text.split(' ');
      expect(cited, s.id).toContain(words[0]!);
      expect(cited, s.id).toContain(words[words.length - 1]!);
    }
  });
});

describe('PDF pages', () => {
  it("locates the PDF's blocks in its Markdown without parsing it, at the lines a parse finds", () => {
    const { source, doc } = docs.get('pdf')!;
    expect(locateBlocks(structuredClone(source.derived!.root), source.text)).toBe(true);
    const reparsed = analyzeSource({ ...source, derived: { ...source.derived!, root: parseMarkdown(source.text) } }, { id: 'x' });
    expect(reparsed.sentences.map((s) => [s.id, s.lines, s.page, s.text])).toEqual(doc.sentences.map((s) => [s.id, s.lines, s.page, s.text]));
    expect(reparsed.sections).toEqual(doc.sections);
  });

  it('puts every sentence on the physical page it starts on', () => {
    // the drawn body text as one string, joined as the reader joins lines, with the page of each character
    let text = '';
    const pageAt: number[] = [];
    for (const line of pdf.lines as Array<{ text: string; page: number; block: string }>) {
      const next = text === '' ? line.text : joinWrapped(text, line.text);
      if (next.length < text.length + line.text.length) pageAt.pop(); // a divided word's hyphen dropped
      while (pageAt.length < next.length) pageAt.push(line.page);
      text = next;
    }
    const { doc } = docs.get('pdf')!;
    expect(doc.pages).toBe(pdf.pages);
    let cursor = 0;
    const wrong: string[] = [];
    for (const s of doc.sentences) {
      const at = text.indexOf(s.text, cursor);
      expect(at, s.text).toBeGreaterThanOrEqual(0);
      if (pageAt[at] !== s.page) wrong.push(`${s.id} on ${s.page}, truly ${pageAt[at]}: ${s.text}`);
      cursor = at + s.text.length;
    }
    expect(wrong).toEqual([]);
    // some sentence starts on a page after the one its paragraph starts on
    expect(new Set(doc.sentences.map((s) => s.page)).size).toBe(pdf.pages);
  });

  it.each([
    ['chromium.pdf', 'innspill-chromium.pdf'],
    ['writer.pdf', 'innspill-writer.pdf'],
  ])("puts every sentence of %s on the page pdf.js finds its first words on", async (key, file) => {
    // the page texts as pdf.js gives them, runs joined
    const { pages } = await readPdfText(readFileSync(join(FIXTURES, file)), file);
    const squash = (t: string) => t.replace(/\s+/gu, ' ');
    let all = '';
    const pageAt: number[] = [];
    for (const p of pages) {
      const text = `${squash(p.runs.map((r) => r.text).join(' '))} `;
      all += text;
      pageAt.push(...Array<number>(text.length).fill(p.page));
    }
    const { doc } = docs.get(key)!;
    expect(new Set(doc.sentences.map((s) => s.page)).size).toBeGreaterThan(1);
    let cursor = 0;
    for (const s of doc.sentences) {
      // the first three words, up to a hyphen where a line (or a page) may end
      const start = s.text.split(' ').slice(0, 3).join(' ').replace(/(?<=-).*$/u, '');
      const at = all.indexOf(start, cursor);
      expect(at, s.text).toBeGreaterThanOrEqual(0);
      expect(s.page, s.text).toBe(pageAt[at]);
      cursor = at;
    }
  });

  it('gives each section the page its heading is on', () => {
    const { doc } = docs.get('pdf')!;
    const headingPage = new Map((pdf.lines as Array<{ text: string; page: number; block: string }>).filter((l) => l.block === 'heading').map((l) => [l.text, l.page]));
    for (const section of doc.sections) {
      const first = [...headingPage.keys()].find((t) => section.title.startsWith(t));
      expect(first, section.title).toBeDefined();
      expect(section.page, section.title).toBe(headingPage.get(first!));
    }
  });
});
