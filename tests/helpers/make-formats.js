// Fixtures in the formats KS publishes, made from a Markdown text the way real documents are
// made: a PDF laid out line by line (body in one size, headings larger and bold, bullets, a
// running header, a "Side N av M" footer, words wrapped at their hyphens, paragraphs that run
// over a page break), a Word file with heading styles, and a saved web page inside a site's
// navigation. Plain JavaScript, so bench/run.js can use it as well as the tests.
import PDFDocument from 'pdfkit';
import { deflateSync, crc32 } from 'node:zlib';

/** The simple Markdown the fixtures are written in: `#`–`###` headings, `- ` points, paragraphs. */
export function markdownBlocks(markdown) {
  const blocks = [];
  for (const chunk of markdown.split(/\n\s*\n/u)) {
    const text = chunk.trim();
    if (!text) continue;
    const heading = /^(#{1,6})\s+(.*)$/u.exec(text);
    if (heading) blocks.push({ type: 'heading', depth: heading[1].length, text: heading[2] });
    else if (text.startsWith('- ')) for (const item of text.split(/\n/u)) blocks.push({ type: 'item', text: item.replace(/^- /u, '') });
    else blocks.push({ type: 'paragraph', text: text.replace(/\s*\n\s*/gu, ' ') });
  }
  return blocks;
}

const A5 = [419.53, 595.28];
const MARGIN = { top: 62, bottom: 62, left: 50, right: 50 };
const STYLES = {
  body: { font: 'Helvetica', size: 11, leading: 15 },
  1: { font: 'Helvetica-Bold', size: 18, leading: 23 },
  2: { font: 'Helvetica-Bold', size: 14, leading: 18 },
  3: { font: 'Helvetica-Bold', size: 12, leading: 16 },
};

function collect(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Break `text` into lines no wider than `width`; a word too long for the line breaks after one of its hyphens when that fits. */
function wrap(doc, text, width) {
  const lines = [];
  let line = '';
  const fits = (s) => doc.widthOfString(s) <= width;
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate) || !line) {
      line = candidate;
      continue;
    }
    const hyphens = [...word.matchAll(/-/gu)].map((m) => m.index).filter((i) => i > 0 && i < word.length - 1).reverse();
    const at = hyphens.find((i) => fits(`${line} ${word.slice(0, i + 1)}`));
    if (at !== undefined) {
      lines.push(`${line} ${word.slice(0, at + 1)}`);
      line = word.slice(at + 1);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A PDF of `markdown`. Returns its bytes and every line drawn (not header or footer) with its
 * page, so a test knows the page each sentence truly starts on.
 */
export async function makePdf(markdown, options = {}) {
  const header = options.header ?? 'KS · Innspill til kommuneproposisjonen';
  const doc = new PDFDocument({
    size: A5,
    margin: 0,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: 'Innspill', Producer: 'tests' },
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: 'eier', pdfVersion: '1.7' } : {}),
  });
  const done = collect(doc);
  const [pageWidth, pageHeight] = A5;
  const width = pageWidth - MARGIN.left - MARGIN.right;
  const drawn = [];
  let page = 1;
  let y = MARGIN.top;
  const newPage = () => {
    doc.addPage({ size: A5, margin: 0 });
    page += 1;
    y = MARGIN.top;
  };
  const room = (height) => y + height <= pageHeight - MARGIN.bottom;
  let previous = null;
  for (const block of markdownBlocks(markdown)) {
    const style = block.type === 'heading' ? STYLES[Math.min(block.depth, 3)] : STYLES.body;
    doc.font(style.font).fontSize(style.size);
    const indent = block.type === 'item' ? 20 : 0;
    const lines = wrap(doc, block.text, width - indent);
    // space before: more above a heading, a little between points of a list
    if (previous) y += block.type === 'heading' ? 14 : block.type === 'item' && previous.type === 'item' ? 3 : 8;
    // a heading keeps its lines and two lines of what follows on its page
    if (block.type === 'heading' && !room(style.leading * lines.length + STYLES.body.leading * 2)) newPage();
    lines.forEach((text, i) => {
      if (!room(style.leading)) newPage();
      if (block.type === 'item' && i === 0) doc.text('•', MARGIN.left + 6, y, { lineBreak: false });
      doc.text(text, MARGIN.left + indent, y, { lineBreak: false });
      drawn.push({ text, page, block: block.type });
      y += style.leading;
    });
    if (block.type === 'heading') y += 4;
    previous = block;
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font('Helvetica').fontSize(8);
    doc.text(header, MARGIN.left, 28, { lineBreak: false });
    const footer = `Side ${i + 1} av ${range.count}`;
    doc.text(footer, (pageWidth - doc.widthOfString(footer)) / 2, pageHeight - 36, { lineBreak: false });
  }
  doc.end();
  return { bytes: await done, lines: drawn, pages: range.count };
}

/** A grey PNG, for a scan without text. */
function png(width, height) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) rows[r * (width + 1) + 1 + c] = (r * 7 + c * 3) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A PDF of page images only, as a scanner makes it. */
export async function makeScannedPdf(pages = 2) {
  const doc = new PDFDocument({ size: A5, margin: 0 });
  const done = collect(doc);
  for (let i = 0; i < pages; i++) {
    if (i > 0) doc.addPage({ size: A5, margin: 0 });
    doc.image(png(200, 280), 0, 0, { width: A5[0] });
  }
  doc.end();
  return done;
}

/** A Word file of `markdown`: Title, Heading 1 and Heading 2 styles, bullets, a page header and footer. */
export async function makeDocx(markdown) {
  const { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } = await import('docx');
  const levels = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 };
  const children = markdownBlocks(markdown).map((b) =>
    b.type === 'heading' ? new Paragraph({ text: b.text, heading: levels[b.depth] }) : b.type === 'item' ? new Paragraph({ text: b.text, bullet: { level: 0 } }) : new Paragraph({ text: b.text }),
  );
  const doc = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('KS · Innspill til kommuneproposisjonen')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const escape = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The article's HTML, as a publishing system writes it. */
export function articleHtml(markdown) {
  const out = [];
  let list = false;
  for (const b of markdownBlocks(markdown)) {
    if (b.type !== 'item' && list) {
      out.push('</ul>');
      list = false;
    }
    if (b.type === 'heading') out.push(`<h${b.depth}>${escape(b.text)}</h${b.depth}>`);
    else if (b.type === 'paragraph') out.push(`<p>${escape(b.text)}</p>`);
    else {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`  <li>${escape(b.text)}</li>`);
    }
  }
  if (list) out.push('</ul>');
  return out.join('\n');
}

/** A longer document: the body of `markdown` `copies` times under one title, chapters numbered on. */
export function repeatedDocument(markdown, copies) {
  const [title, ...rest] = markdown.split(/\n(?=## )/u);
  const chapters = rest.length;
  const body = [];
  for (let c = 0; c < copies; c++) {
    for (const chapter of rest) body.push(chapter.replace(/^## (\d+)/u, (_, n) => `## ${Number(n) + c * chapters}`));
  }
  return [title, ...body].join('\n');
}
