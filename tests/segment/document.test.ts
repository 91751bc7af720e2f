// mdast → sections and sentences: on the seed (pages and lines of sentences) and on Markdown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, stringifyMarkdown } from '../../src/markdown/markdown.js';
import { normalizeRawText } from '../../src/normalize/raw-text.js';
import { markdownTitle, segmentDocument } from '../../src/segment/document.js';

const raw = readFileSync(new URL('../../corpus/ks-2021-hurdalsplattformen.txt', import.meta.url), 'utf8');
const n = normalizeRawText(raw);
const seed = segmentDocument(n.root, n.pageOfLine, 'Hurdalsplattformen');

describe('seed sentences', () => {
  it('"Detaljerte statlige krav" (113–115) has page 2 and lines [113, 115]', () => {
    const s = seed.sentences.filter((x) => x.text.startsWith('Detaljerte statlige krav'));
    expect(s).toHaveLength(1);
    expect(s[0]!.page).toBe(2);
    expect(s[0]!.lines).toEqual([113, 115]);
    expect(s[0]!.text).toMatch(/den enkelte ansatte til slutt må bruke tid på\.$/u);
    expect(s[0]!.sectionId).toBe('2.5');
  });

  it('a sentence crossing the page break at 398 keeps the page it starts on', () => {
    const s = seed.sentences.find((x) => x.lines[0] < 398 && x.lines[1] >= 398);
    expect(s).toBeDefined();
    expect(n.pageOfLine[398]).toBe(n.pageOfLine[s!.lines[0]]! + 1);
    expect(s!.page).toBe(n.pageOfLine[s!.lines[0]]);
    expect(s!.page).toBe(8);
    expect(s!.text).toContain('nye e-helsetjenester blir bedre tilpasset');
  });

  it('the sentence crossing the page break at 679 keeps page 13', () => {
    const s = seed.sentences.find((x) => x.text.startsWith('Betydningen av samarbeidet mellom forvaltningsnivåene'));
    expect(s?.page).toBe(13);
    expect(s?.lines).toEqual([678, 679]);
    // the next sentence starts on the page mark line itself, so it is on page 14
    const next = seed.sentences[seed.sentences.indexOf(s!) + 1]!;
    expect(next.page).toBe(14);
  });

  it('every sentence has a page and ordered lines; ids are section id + ordinal', () => {
    const perSection = new Map<string, number>();
    for (const s of seed.sentences) {
      expect(s.page).toBe(n.pageOfLine[s.lines[0]]);
      expect(s.lines[0]).toBeLessThanOrEqual(s.lines[1]);
      const k = (perSection.get(s.sectionId) ?? 0) + 1;
      perSection.set(s.sectionId, k);
      expect(s.ordinal).toBe(k);
      expect(s.id).toBe(`${s.sectionId}-${k}`);
      expect(s.text).toBe(s.text.trim());
      expect(s.text).not.toMatch(/\s{2}/u);
    }
    for (let i = 1; i < seed.sentences.length; i++) {
      expect(seed.sentences[i]!.lines[0]).toBeGreaterThanOrEqual(seed.sentences[i - 1]!.lines[1]);
    }
  });

  it('sections: 8 chapters with ids 1–8, section ids are number paths with parents', () => {
    const chapters = seed.sections.filter((s) => s.level === 1);
    expect(chapters.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(seed.sections.filter((s) => s.level === 2)).toHaveLength(32);
    expect(seed.sections.filter((s) => s.level === 3)).toHaveLength(8);
    const byId = new Map(seed.sections.map((s) => [s.id, s]));
    for (const s of seed.sections) {
      expect(s.level).toBe(s.id.split('.').length);
      if (s.parent) expect(s.id.startsWith(`${s.parent}.`)).toBe(true);
      if (s.parent) expect(byId.get(s.parent)!.level).toBe(s.level - 1);
      expect(s.page).toBe(n.pageOfLine[s.line]);
    }
    expect(byId.get('6.1')?.title).toBe('Arbeid til alle i et inkluderende arbeidsliv');
    expect(byId.get('6.1.2')?.title).toBe('Kvalifiseringsprogrammet');
    expect(byId.get('7.2')?.title).toBe('Flere lærere over hele landet');
  });

  it('every section holds sentences, except a chapter directly followed by its first section', () => {
    const counts = new Map<string, number>();
    for (const s of seed.sentences) counts.set(s.sectionId, (counts.get(s.sectionId) ?? 0) + 1);
    for (const s of seed.sections) {
      const hasChild = seed.sections.some((c) => c.parent === s.id);
      if (!hasChild) expect(counts.get(s.id) ?? 0, s.id).toBeGreaterThan(0);
    }
  });

  it('the converted Markdown gives back the same sections and sentences', () => {
    const md = stringifyMarkdown(n.root);
    const back = segmentDocument(parseMarkdown(md), null, 'Hurdalsplattformen');
    expect(back.sections.map((s) => [s.id, s.level, s.title])).toEqual(seed.sections.map((s) => [s.id, s.level, s.title]));
    expect(back.sentences.map((s) => s.text)).toEqual(seed.sentences.map((s) => s.text));
  });
});

const MARKDOWN = `Innledende tekst før første overskrift. Den hører til kapittel null.

# Kommunenes innspill

## Økonomi

Kommunene må ha gode rammer. KS mener at staten må
fullfinansiere nye oppgaver.

- Styrke kommuneøkonomien
- Redusere detaljstyringen, bl.a. gjennom færre krav

### Skatt

Eiendomsskatten må videreføres.

## Helse

1. Flere fastleger
2. Bedre legevakt. Også om natten.

| Tiltak | Kostnad |
| --- | --- |
| Legevakt | 1 mrd. kr |

# Andre tema

Beredskap er viktig.
`;

describe('Markdown input', () => {
  const root = parseMarkdown(MARKDOWN);
  const seg = segmentDocument(root, null, 'Dokument');

  it('its # and ## give the structure; body before the first heading is chapter 0', () => {
    expect(seg.sections.map((s) => [s.id, s.level, s.title, s.parent, s.page])).toEqual([
      ['0', 1, 'Dokument', null, null],
      ['1', 1, 'Kommunenes innspill', null, null],
      ['1.1', 2, 'Økonomi', '1', null],
      ['1.1.1', 3, 'Skatt', '1.1', null],
      ['1.2', 2, 'Helse', '1', null],
      ['2', 1, 'Andre tema', null, null],
    ]);
  });

  it('list items and table rows are sentences of their own, with their source lines', () => {
    const rows = seg.sentences.map((s) => [s.id, s.text, s.lines]);
    expect(rows).toEqual([
      ['0-1', 'Innledende tekst før første overskrift.', [1, 1]],
      ['0-2', 'Den hører til kapittel null.', [1, 1]],
      ['1.1-1', 'Kommunene må ha gode rammer.', [7, 7]],
      ['1.1-2', 'KS mener at staten må fullfinansiere nye oppgaver.', [7, 8]],
      ['1.1-3', 'Styrke kommuneøkonomien', [10, 10]],
      ['1.1-4', 'Redusere detaljstyringen, bl.a. gjennom færre krav', [11, 11]],
      ['1.1.1-1', 'Eiendomsskatten må videreføres.', [15, 15]],
      ['1.2-1', 'Flere fastleger', [19, 19]],
      ['1.2-2', 'Bedre legevakt.', [20, 20]],
      ['1.2-3', 'Også om natten.', [20, 20]],
      ['1.2-4', 'Tiltak | Kostnad', [22, 22]],
      ['1.2-5', 'Legevakt | 1 mrd. kr', [24, 24]],
      ['2-1', 'Beredskap er viktig.', [28, 28]],
    ]);
    for (const s of seg.sentences) expect(s.page).toBeNull();
  });

  it('a single top # title above ## chapters is the document title', () => {
    const md = '# Innspill til Hurdalsplattformen\n\n## Økonomi\n\nTekst her.\n\n### Skatt\n\nMer tekst.\n\n## Helse\n\nHelse er viktig.\n';
    const r = parseMarkdown(md);
    expect(markdownTitle(r)).toBe('Innspill til Hurdalsplattformen');
    const s = segmentDocument(r, null, 'Innspill til Hurdalsplattformen');
    expect(s.sections.map((x) => [x.id, x.level, x.title])).toEqual([
      ['1', 1, 'Økonomi'],
      ['1.1', 2, 'Skatt'],
      ['2', 1, 'Helse'],
    ]);
    expect(s.sentences.map((x) => x.id)).toEqual(['1-1', '1.1-1', '2-1']);
  });

  it('body between the # title and the first ## goes to chapter 0', () => {
    const r = parseMarkdown('# Tittel\n\nForord her.\n\n## Del én\n\nTekst.\n');
    const s = segmentDocument(r, null, 'Tittel');
    expect(s.sections.map((x) => [x.id, x.title])).toEqual([['0', 'Tittel'], ['1', 'Del én']]);
    expect(s.sentences.map((x) => [x.id, x.text])).toEqual([['0-1', 'Forord her.'], ['1-1', 'Tekst.']]);
  });

  it('several # headings are all chapters', () => {
    const r = parseMarkdown('# En\n\nA.\n\n# To\n\nB.\n');
    expect(markdownTitle(r)).toBeNull();
    expect(segmentDocument(r, null, 'T').sections.map((x) => x.id)).toEqual(['1', '2']);
  });

  it('the same text gives the same ids', () => {
    const again = segmentDocument(parseMarkdown(MARKDOWN), null, 'Dokument');
    expect(again).toEqual(seg);
  });

  it('inline markup is flattened into the sentence text', () => {
    const r = parseMarkdown('## Del\n\nDette er **viktig** og _nødvendig_ for [KS](https://ks.no). Neste `kode` her.\n');
    expect(segmentDocument(r, null, 'T').sentences.map((x) => x.text)).toEqual([
      'Dette er viktig og nødvendig for KS.',
      'Neste kode her.',
    ]);
  });
});

describe('block quotes', () => {
  it("a quote's sentences carry the quote's number, one per quote; other sentences none", () => {
    const md = '## Klage\n\n> Departementet foreslår lengre frist. Nemnda skal ha tre medlemmer.\n\nKS støtter ikke dette.\n\n> Etter forslaget skal alle rapportere.\n';
    const seg = segmentDocument(parseMarkdown(md), null, 'Høring');
    const quotes = seg.sentences.map((s) => s.quote);
    expect(quotes[0]).toBeTypeOf('number');
    expect(quotes).toEqual([quotes[0], quotes[0], undefined, quotes[3]]);
    expect(quotes[3]).not.toBe(quotes[0]);
  });
});
