// The compare renderers on a terminal and in the Markdown report, from a comparison built in
// memory (the CLI runs of tests/e2e/compare.test.ts are piped, so never reach the terminal layout).
import { describe, expect, it } from 'vitest';
import type { Comparison, CompareRecord } from '../../src/commands/compare.js';
import type { SentenceRecord } from '../../src/query/records.js';
import { buildCompareReport, renderCompareReport } from '../../src/render/compare-report.js';
import { renderCompare } from '../../src/render/compare.js';
import { displayWidth, makeStyle } from '../../src/render/style.js';
import { sentence } from './compare-records.js';


const records: CompareRecord[] = [
  { change: 'repeated', similarity: 1, old: sentence('a:1-1', 'krav', 'Legevakten må styrkes.'), new: sentence('b:1-1', 'krav', 'Legevakten må styrkes.') },
  { change: 'strengthened', similarity: 1, old: sentence('a:1-2', 'anbefaling', 'Staten bør øke tilskuddet.'), new: sentence('b:1-2', 'krav', 'Staten må øke tilskuddet.'), kinds: 'anbefaling → krav' },
  { change: 'new', similarity: 0, old: null, new: sentence('b:2-1', 'anbefaling', 'Staten bør finansiere studieplasser i *sykepleie*.', ['utdanning']) },
  { change: 'dropped', similarity: 0, old: sentence('a:2-2', 'onske', 'Det er ønskelig med mer velferdsteknologi.'), new: null },
];
const comparison: Comparison = { old: { id: 'a', title: 'Innspill 2025' }, new: { id: 'b', title: 'Innspill 2026' }, records };

describe('compare on a terminal', () => {
  it('groups by change with headings and counts, old (−) above new (+), repeated only counted', async () => {
    const style = await makeStyle(false, { isTTY: true, columns: 100, env: { FORCE_COLOR: '1' } });
    const lines = renderCompare({ type: 'compare', comparison, all: false, differs: true }, { format: 'text', style, header: false });
    const plain = lines.join('\n').replace(/\u001b\[[0-9;]*m/gu, '');
    expect(lines.join('\n')).toMatch(/\u001b\[/u); // coloured
    const headings = plain.split('\n').filter((l) => /^\w+ \(\d+\)$/u.test(l));
    expect(headings).toEqual(['new (1)', 'dropped (1)', 'strengthened (1)']);
    expect(plain).toContain('a:1-2 s. 3 → b:1-2 s. 3  1.00  anbefaling → krav  helse');
    expect(plain).toMatch(/ − Staten bør øke tilskuddet\.\n {2}\+ Staten må øke tilskuddet\./u);
    expect(plain).toContain('1 repeated (--all lists them)');
    expect(plain).not.toContain('Legevakten');
    const all = renderCompare({ type: 'compare', comparison, all: true, differs: true }, { format: 'text', style, header: false }).join('\n');
    expect(all).toContain('Legevakten må styrkes.');
  });
});

describe('compare on a narrow terminal', () => {
  const long = (id: string, kind: SentenceRecord['kind'], text: string) => sentence(id, kind, text, ['okonomi', 'utdanning', 'arbeid']);
  const wide: Comparison = {
    old: { id: 'innspill-statsbudsjettet-2026', title: '' },
    new: { id: 'innspill-statsbudsjettet-2027', title: '' },
    records: [
      { change: 'strengthened', similarity: 0.42, old: long('innspill-statsbudsjettet-2026:5-4', 'bekymring', 'KS er bekymret for at bostøtten ikke har fulgt prisveksten de siste årene.'), new: long('innspill-statsbudsjettet-2027:6-4', 'krav', 'KS forventer at bostøtten justeres årlig i takt med prisveksten.'), kinds: 'bekymring → krav' },
      { change: 'new', similarity: 0, old: null, new: long('innspill-statsbudsjettet-2027:2-7', 'anbefaling', 'Inntektssystemet bør gi kommunene full kompensasjon for økte kostnader til ressurskrevende tjenester.') },
    ],
  };
  const plain = async (columns: number) => {
    const style = await makeStyle(false, { isTTY: true, columns, env: { FORCE_COLOR: '1' } });
    return renderCompare({ type: 'compare', comparison: wide, all: false, differs: true }, { format: 'text', style, header: false }).join('\n').replace(/\u001b\[[0-9;]*m/gu, '').split('\n');
  };

  for (const columns of [60, 80, 120]) {
    it(`fits ${columns} columns: head lines broken between their parts, texts wrapped, every word kept`, async () => {
      const lines = await plain(columns);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      const words = (l: string[]) => l.join(' ').split(/\s+/u).filter(Boolean);
      expect(words(lines)).toEqual(words(await plain(400)));
    });
  }

  it('keeps a head on one line where it fits', async () => {
    expect(await plain(200)).toContain('  innspill-statsbudsjettet-2026:5-4 s. 3 → innspill-statsbudsjettet-2027:6-4 s. 3  0.42  bekymring → krav  okonomi,utdanning,arbeid');
  });
});

describe('compare --format markdown', () => {
  it('keeps document text as text and counts per area', () => {
    const root = buildCompareReport(comparison, { all: false, lang: 'nb' });
    const headings = root.children.filter((c) => c.type === 'heading').map((h) => (h.type === 'heading' && h.children[0]?.type === 'text' ? h.children[0].value : ''));
    expect(headings).toEqual(['Endringer: Innspill 2025 → Innspill 2026', 'Oversikt', 'Nye utsagn', 'Utsagn som er borte', 'Skjerpet og svekket']);
    const table = root.children.find((c) => c.type === 'table');
    const cells = table && table.type === 'table' ? table.children.map((r) => r.children.map((c) => (c.children[0]?.type === 'text' ? c.children[0].value : ''))) : [];
    expect(cells[0]).toEqual(['Område', 'Nye', 'Borte', 'Skjerpet', 'Svekket', 'Omformulert', 'Gjentatt']);
    expect(cells.find((r) => r[0] === 'Helse og omsorg')).toEqual(['Helse og omsorg', '0', '1', '1', '0', '0', '1']);
    expect(cells.at(-1)).toEqual(['Sum', '1', '1', '1', '0', '0', '1']);
    // the asterisks of a sentence stay in a text node: the serializer escapes them; the
    // citation is text in Markdown (its link is a hint for HTML only)
    expect(renderCompareReport(comparison, { all: false, lang: 'nb' })).toContain('- **Anbefaling:** Staten bør finansiere studieplasser i \\*sykepleie\\*. (s. 3, b:2-1)\n');
  });
});
