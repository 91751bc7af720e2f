// The raw-text normalizer on the seed: pages, paragraphs, headings and their levels, and the
// line-end hyphens SPEC lists ("The corpus": what the PDF extraction left behind).
import { readFileSync } from 'node:fs';
import type { Heading, Paragraph, RootContent, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { normalizeRawText } from '../../src/normalize/raw-text.js';
import { expectAll } from '../helpers/cli.js';

const SEED = new URL('../../corpus/ks-2021-hurdalsplattformen.txt', import.meta.url);
const raw = readFileSync(SEED, 'utf8');
const normalized = normalizeRawText(raw);
const blocks = normalized.root.children;

const textOf = (node: Heading | Paragraph) => (node.children[0] as Text).value;
const headings = blocks.filter((b): b is Heading => b.type === 'heading');
const paragraphs = blocks.filter((b): b is Paragraph => b.type === 'paragraph');
const headingAt = (line: number) => headings.find((h) => h.position!.start.line === line);
/** The block whose source lines include `line`. */
const blockAt = (line: number): RootContent | undefined =>
  blocks.find((b) => b.position!.start.line <= line && line <= b.position!.end.line);
const paragraphAt = (line: number): string => {
  const block = blockAt(line);
  expect(block?.type, `line ${line} should be in a paragraph`).toBe('paragraph');
  return textOf(block as Paragraph);
};

describe('seed: pages', () => {
  it('has 14 pages, one per line that starts with exactly one space', () => {
    expect(normalized.pages).toBe(14);
    const pageMarks = raw.split('\n').flatMap((l, i) => (/^ \S/u.test(l) ? [i + 1] : []));
    expect(pageMarks).toHaveLength(14);
    // every line gets a page; the page goes up by one exactly at each mark
    for (const [k, mark] of pageMarks.entries()) {
      expect(normalized.pageOfLine[mark]).toBe(k + 1);
      if (mark > 1) expect(normalized.pageOfLine[mark - 1]).toBe(k);
    }
  });

  it('does not count a line of spaces only as a page mark', () => {
    const spacesOnly = raw.split('\n').flatMap((l, i) => (/^ +$/u.test(l) ? [i + 1] : []));
    expect(spacesOnly.length).toBeGreaterThan(50);
    for (const line of spacesOnly) expect(normalized.pageOfLine[line]).toBe(normalized.pageOfLine[line - 1]);
  });

  it('gives the page of a mark to the lines after it (page 2 starts at line 61)', () => {
    expect(normalized.pageOfLine[60]).toBe(1);
    expect(normalized.pageOfLine[61]).toBe(2);
    expect(normalized.pageOfLine[114]).toBe(2);
    expect(normalized.pageOfLine[115]).toBe(3);
  });
});

describe('seed: headings and levels', () => {
  it('finds 8 chapters, 32 level-2 and 8 level-3 headings', () => {
    const count = (depth: number) => headings.filter((h) => h.depth === depth).length;
    expect([count(1), count(2), count(3)]).toEqual([8, 32, 8]);
    expect(headings).toHaveLength(48);
  });

  it('line 1 is the first chapter, although it is a page mark followed by body text', () => {
    expect(blocks[0]!.type).toBe('heading');
    expect(headingAt(1)?.depth).toBe(1);
    expect(textOf(headingAt(1)!)).toBe('Selvstendige og nyskapende kommuner og fylkeskommuner');
  });

  it('61 → 63 is chapter → section', () => {
    expect(headingAt(61)?.depth).toBe(1);
    expect(textOf(headingAt(61)!)).toBe('God kommuneøkonomi – frihet til innovasjon og utvikling');
    expect(headingAt(63)?.depth).toBe(2);
    expect(textOf(headingAt(63)!)).toBe('God kommuneøkonomi og friere inntektsdannelse');
  });

  it('414 → 416 → 418 is chapter → sub-chapter → section, and 424 is level 3 under 416', () => {
    expect([414, 416, 418, 424].map((l) => headingAt(l)?.depth)).toEqual([1, 2, 3, 3]);
    expect(textOf(headingAt(414)!)).toBe('Et inkluderende arbeidsliv');
    expect(textOf(headingAt(416)!)).toBe('Arbeid til alle i et inkluderende arbeidsliv');
    expect(textOf(headingAt(418)!)).toBe('Innsats mot ungt utenforskap');
    expect(textOf(headingAt(424)!)).toBe('Kvalifiseringsprogrammet');
    // every heading between 418 and the next chapter (497) is level 3
    const between = headings.filter((h) => h.position!.start.line > 416 && h.position!.start.line < 497);
    expect(between.length).toBe(8);
    expectAll(between, (h) => h.depth === 3);
  });

  it('526 is level 2 under chapter 497', () => {
    expect(headingAt(497)?.depth).toBe(1);
    expect(headingAt(499)?.depth).toBe(2);
    expect(textOf(headingAt(499)!)).toBe('Alle barn trenger gode barnehager – det fordrer bedre regelverk');
    expect(headingAt(526)?.depth).toBe(2);
    expect(textOf(headingAt(526)!)).toBe('Flere lærere over hele landet');
  });

  it('line 360 is a heading although it is longer than 75 characters', () => {
    const h = headingAt(360);
    expect(h?.depth).toBe(2);
    expect(textOf(h!).length).toBeGreaterThan(75);
    expect(textOf(h!)).toBe('Løsninger for samhandling i helsetjenesten og journalsystemer i kommunal sektor');
  });

  it('line 449 (no final period) stays body text; line 450 is a heading', () => {
    expect(headingAt(449)).toBeUndefined();
    const text = paragraphAt(449);
    expect(text).toMatch(/ut fra faktiske behov og ressurssituasjon$/u);
    expect(text.startsWith('En statlig jobbgaranti')).toBe(true);
    expect(headingAt(450)?.depth).toBe(3);
    expect(textOf(headingAt(450)!)).toBe('Arbeidsinnvandring');
  });

  it('heading titles are trimmed single-spaced text, without page-mark space', () => {
    for (const h of headings) expect(textOf(h)).toBe(textOf(h).trim().replace(/\s+/gu, ' '));
    for (const h of headings) expect(textOf(h)).not.toMatch(/[.!?:;,]$/u);
  });

  it('no heading starts lower case', () => {
    for (const h of headings) expect(textOf(h)).toMatch(/^\p{Lu}/u);
  });
});

describe('seed: paragraphs', () => {
  it('the double-spaced opening paragraph (lines 2–8) is one paragraph', () => {
    const block = blockAt(2) as Paragraph;
    expect(block.type).toBe('paragraph');
    expect(block.position!.start.line).toBe(2);
    expect(block.position!.end.line).toBe(8);
    const text = textOf(block);
    expect(text.startsWith('Det er bred tverrpolitisk enighet')).toBe(true);
    expect(text).toContain('effektive velferdstjenester');
    expect(text.endsWith('løse velferdsoppgaver».')).toBe(true);
  });

  it('records where every source line starts in the joined text', () => {
    const block = blockAt(2) as Paragraph;
    const starts = (block.children[0] as Text).data as unknown as { lineStarts: Array<[number, number]> };
    expect(starts.lineStarts.map(([, line]) => line)).toEqual([2, 4, 6, 8]);
    const value = textOf(block);
    expect(value.slice(starts.lineStarts[1]![0]).startsWith('velferdstjenester, for demokratiet')).toBe(true);
  });

  it('a line of spaces ends a paragraph (line 10), the next starts at 12', () => {
    expect(raw.split('\n')[10 - 1]).toMatch(/^ +$/u);
    expect(blockAt(12)?.position!.start.line).toBe(12);
  });

  it('a paragraph crosses the page break at 115 (one block 113 … 115)', () => {
    const block = blockAt(113)!;
    expect(block.type).toBe('paragraph');
    expect(block.position!.end.line).toBeGreaterThanOrEqual(115);
  });

  it('no paragraph contains heading-only lines and no text is lost', () => {
    // (compared without spaces and hyphens: a word divided at a line end is joined again)
    const letters = (s: string) => s.split(/[\s-]+/u).filter(Boolean).join('');
    const source = raw.split('\n').map(letters).join('');
    const out = blocks.map((b) => letters(textOf(b as Paragraph))).join('');
    expect(out).toBe(source);
  });
});

describe('seed: line-end hyphens', () => {
  it('e- + helseløsningene keeps its hyphen (361–362)', () => {
    expect(paragraphAt(361)).toContain('de nasjonale e-helseløsningene styrkes');
  });

  it('e- + helsetjenester keeps its hyphen across the page mark (397–398)', () => {
    expect(normalized.pageOfLine[398]).toBe(normalized.pageOfLine[397]! + 1);
    expect(paragraphAt(397)).toContain('at nye e-helsetjenester blir bedre');
    expect(paragraphAt(397)).not.toContain('e- helsetjenester');
  });

  it('felles- + europeiske, a word the layout divided, is one word again (640–642)', () => {
    expect(paragraphAt(640)).toContain('de store felleseuropeiske samfunnsutfordringene');
  });

  it('EØS- + avtalen keeps its hyphen (654–655)', () => {
    expect(paragraphAt(654)).toContain('handlingsrommet i EØS-avtalen, bør de');
  });

  it('Kommunal- + og keeps hyphen and space', () => {
    const all = paragraphs.map(textOf).join('\n');
    expect(all).toContain('Kommunal- og distriktsdepartementet');
    expect(all).not.toMatch(/Kommunal-og/u);
  });

  it('the spaced dash `årene -` at 173 is not a hyphen', () => {
    expect(paragraphAt(173)).toContain('de siste par årene - ikke minst gjennom pandemien');
  });

  it('no joined text contains a hyphen followed by a space and a lower-case word other than og/eller', () => {
    for (const p of paragraphs) {
      for (const m of textOf(p).matchAll(/\p{L}- (\p{Ll}+)/gu)) {
        expect(['og', 'eller', 'samt', 'enn']).toContain(m[1]);
      }
    }
  });
});
