// The PDF layout rules on positioned text made up here: page furniture, headings by size and
// weight, lists, paragraphs across page breaks, hyphens at line ends.
import type { Heading, List, Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PageRuns, type TextRun } from '../../src/readers/pdf-layout.js';
import { isPageNumberLine } from '../../src/normalize/page-furniture-nb.js';

const run = (text: string, y: number, options: { x?: number; size?: number; bold?: boolean } = {}): TextRun => {
  const size = options.size ?? 11;
  return { text, x: options.x ?? 72, y, width: text.length * size * 0.5, size, bold: options.bold ?? false };
};

/** Lines of body text from `top` down, 14 points apart. */
const body = (top: number, ...lines: string[]) => lines.map((t, i) => run(t, top - i * 14));

const texts = (root: Root) =>
  root.children.map((n) => {
    if (n.type === 'heading') return `h${n.depth} ${(n as Heading).children.map((c) => ('value' in c ? c.value : '')).join('')}`;
    if (n.type === 'paragraph') return `p ${(n as Paragraph).children.map((c) => ('value' in c ? c.value : '')).join('')}`;
    if (n.type === 'list') return `${(n as List).ordered ? 'ol' : 'ul'} ${(n as List).children.map((i) => (i.children[0] as Paragraph).children.map((c) => ('value' in c ? c.value : '')).join('')).join(' | ')}`;
    return n.type;
  });

describe('page numbers', () => {
  it.each(['3', '- 3 -', 'Side 3 av 14', 'side 3 av 14', '3 / 14', '3/14', 'Page 3 of 14', 's. 3', 'iv'])('%s is a page number', (t) => {
    expect(isPageNumberLine(t)).toBe(true);
  });
  it.each(['3 millioner', 'KS mener', 'Side om side', '2026 og 2027'])('%s is not', (t) => {
    expect(isPageNumberLine(t)).toBe(false);
  });
});

describe('layoutPdf', () => {
  it('drops running headers, footers and page numbers of every form, and keeps the body', () => {
    const footers = ['Side 1 av 3', '2 / 3', '3'];
    const bodies = ['Kommunene trenger mer penger.', 'Staten må ta ansvar.', 'KS støtter forslaget.'];
    const pages: PageRuns[] = footers.map((footer, i) => ({
      page: i + 1,
      runs: [run(`Innspill fra KS, mars 202${i}`, 800, { size: 8 }), ...body(700, bodies[i]!), run(footer, 30, { size: 8 })],
    }));
    expect(texts(layoutPdf(pages).root)).toEqual(bodies.map((b) => `p ${b}`));
  });

  it('makes headings of larger and of bold lines, levels by size rank, and one heading of a wrapped one', () => {
    const runs = [
      run('Et dokument med en lang tittel som', 780, { size: 20, bold: true }),
      run('går over to linjer', 756, { size: 20, bold: true }),
      ...body(720, 'Innledningen er skrevet i brødtekst og er lang nok.', 'Den har to linjer med tekst.'),
      run('1 Økonomi', 670, { size: 14, bold: true }),
      ...body(650, 'Kommunene trenger mer penger.'),
      run('Skjønnsmidler', 620, { size: 11, bold: true }),
      ...body(600, 'KS støtter ordningen.'),
      run('2 Helse', 570, { size: 14, bold: true }),
      ...body(550, 'Mer tekst her.'),
    ];
    const { root } = layoutPdf([{ page: 1, runs }]);
    expect(texts(root)).toEqual([
      'h1 Et dokument med en lang tittel som går over to linjer',
      'p Innledningen er skrevet i brødtekst og er lang nok.\nDen har to linjer med tekst.',
      'h2 1 Økonomi',
      'p Kommunene trenger mer penger.',
      'h3 Skjønnsmidler',
      'p KS støtter ordningen.',
      'h2 2 Helse',
      'p Mer tekst her.',
    ]);
  });

  it('reads bullets and numbered points, with lines that hang under their marker', () => {
    const runs = [
      ...body(700, 'Det trengs tiltak:'),
      run('•', 686, { x: 78 }),
      run('Staten må finansiere', 686, { x: 92 }),
      run('journalverktøyet.', 672, { x: 92 }),
      run('• Helsedirektoratet bør lage standarder.', 658, { x: 78 }),
      ...body(630, 'Og så:'),
      run('1. Første punkt.', 616, { x: 78 }),
      run('2. Andre punkt.', 602, { x: 78 }),
    ];
    expect(texts(layoutPdf([{ page: 1, runs }]).root)).toEqual([
      'p Det trengs tiltak:',
      'ul Staten må finansiere\njournalverktøyet. | Helsedirektoratet bør lage standarder.',
      'p Og så:',
      'ol Første punkt. | Andre punkt.',
    ]);
  });

  it('continues a paragraph over a page break when its last line ends no sentence, with the page of each line', () => {
    const pages: PageRuns[] = [
      { page: 1, runs: [...body(700, 'Første avsnitt slutter her.'), ...body(600, 'KS mener at kostnadene som', 'kommunene får, må')] },
      { page: 2, runs: [...body(780, 'dekkes av staten. Neste setning.', 'Slutt.')] },
    ];
    const { root, linePages } = layoutPdf(pages);
    expect(texts(root)).toEqual(['p Første avsnitt slutter her.', 'p KS mener at kostnadene som\nkommunene får, må\ndekkes av staten. Neste setning.\nSlutt.']);
    expect(linePages).toEqual([[1], [1, 1, 2, 2]]);
  });

  it('ends a paragraph at a finished sentence on a line the next word would have fitted on', () => {
    const full = 'Dette er en full linje med brødtekst som går helt til margen';
    const runs = body(700, full, 'og slutter her.', 'Nytt avsnitt uten luft over seg, som er lang nok til å', 'fylle linjen. Den neste er kort.', 'Uttrykkssammensetningene passer ikke.', full);
    // the widest lines set the margin; `Uttrykkssammensetningene` would not have fitted after `kort.`
    runs[3]!.width = runs[0]!.width - 90;
    expect(texts(layoutPdf([{ page: 1, runs }]).root)).toEqual([
      `p ${full}\nog slutter her.`,
      `p Nytt avsnitt uten luft over seg, som er lang nok til å\nfylle linjen. Den neste er kort.\nUttrykkssammensetningene passer ikke.`,
      `p ${full}`,
    ]);
  });

  it('joins words hyphenated at line ends as the raw-text path does', () => {
    const runs = body(700, 'Gjennom EØS-', 'avtalen er vi bundet, og Kommunal-', 'og distriktsdepartementet må svare.');
    expect(texts(layoutPdf([{ page: 1, runs }]).root)).toEqual(['p Gjennom EØS-avtalen er vi bundet, og Kommunal-\nog distriktsdepartementet må svare.']);
  });

  it('spaces runs a gap apart, and keeps the runs of a line in reading order', () => {
    const runs = [run('verden', 700, { x: 110 }), run('Hei', 700, { x: 72 }), run('.', 700, { x: 143 })];
    expect(texts(layoutPdf([{ page: 1, runs }]).root)).toEqual(['p Hei verden.']);
  });
});
