// End-to-end: the main job (`list`), `areas`, and `show` of statements on the bundled corpus.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectAll, ndjson, SEED, tempDir } from '../helpers/cli.js';

interface Rec {
  id: string; doc: string; kind: string | null; kinds: string[]; demand: boolean; areas: string[]; actors: string[];
  figures: string[]; chapter: string; section: string | null; sectionId: string; page: number; lines: [number, number]; text: string;
}
const DEMANDS = ['krav', 'anbefaling', 'onske'];
const list = (...args: string[]) => ndjson<Rec>(cli(['list', ...args, '--format', 'ndjson']).stdout);

describe('list --area helse (the main job)', () => {
  const out = cli(['list', '--area', 'helse']);
  const recs = list('--area', 'helse');

  it('finds health demands, one a line, exit 0', () => {
    expect(out.code).toBe(0);
    expect(recs.length).toBeGreaterThan(15);
    expect(out.stdout.trimEnd().split('\n')).toHaveLength(recs.length);
    for (const r of recs) {
      expect(r.areas).toContain('helse');
      expect(DEMANDS).toContain(r.kind);
      expect(r.demand).toBe(true);
      expect(r.kinds[0]).toBe(r.kind);
    }
  });

  it('gives every record the fields of SPEC, in document order', () => {
    for (const r of recs) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'doc', 'kind', 'kinds', 'demand', 'areas', 'actors', 'figures', 'chapter', 'section', 'sectionId', 'page', 'lines', 'text']));
      expect(r.id.startsWith(`${r.sectionId}-`)).toBe(true);
      expect(r.lines[0]).toBeLessThanOrEqual(r.lines[1]);
    }
    const firstLines = recs.map((r) => r.lines[0]);
    expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
  });

  it('prints the same records in every format', () => {
    const tsv = cli(['list', '--area', 'helse', '--format', 'tsv']).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(tsv.map((f) => f[0])).toEqual(recs.map((r) => r.id));
    for (const [i, f] of tsv.entries()) {
      expect(f).toHaveLength(6);
      expect(f[1]).toBe(recs[i]!.kind);
      expect(f[2]).toBe(recs[i]!.areas.join(','));
      expect(f[3]).toBe(String(recs[i]!.page));
      expect(f[5]).toBe(recs[i]!.text);
    }
    expect(JSON.parse(cli(['list', '--area', 'helse', '--format', 'json']).stdout)).toEqual(recs);
    // piped text: one record a line, the id first, the sentence last
    const text = out.stdout.trimEnd().split('\n');
    expect(text.map((l) => l.split('\t')[0])).toEqual(recs.map((r) => r.id));
    expect(text.map((l) => l.split('\t').at(-1))).toEqual(recs.map((r) => r.text));
  });

  it('accepts the area by label, English name, prefix and without æøå', () => {
    const ids = recs.map((r) => r.id);
    for (const name of ['Helse', 'HELSE', 'health', 'hel', 'helsa']) expect(list('--area', name).map((r) => r.id)).toEqual(ids);
    expect(list('--area', 'økonomi').map((r) => r.id)).toEqual(list('--area', 'okonomi').map((r) => r.id));
  });

  it('an unknown area exits 2 and suggests the closest', () => {
    const bad = cli(['list', '--area', 'heelse']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/helse/u);
    expect(bad.stdout).toBe('');
  });
});

describe('list filters', () => {
  const all = list('--kind', 'all');

  it('--kind all gives every statement; the default only demands', () => {
    expect(all.length).toBeGreaterThan(list().length);
    expectAll(list(), (r) => r.demand);
    expect(new Set(all.map((r) => r.kind))).toEqual(new Set(['krav', 'anbefaling', 'onske', 'bekymring', 'stotte', 'tilsagn']));
    expectAll(list('--kind', 'bekymring,stotte'), (r) => r.kind === 'bekymring' || r.kind === 'stotte');
  });

  it('--section takes an id (with its sub-sections) or title words; --chapter likewise', () => {
    const sub = list('--kind', 'all', '--section', '6.1');
    expect(sub.length).toBeGreaterThan(0);
    expectAll(sub, (r) => r.sectionId === '6.1' || r.sectionId.startsWith('6.1.'));
    expect(sub.some((r) => r.sectionId.startsWith('6.1.'))).toBe(true);
    const byTitle = list('--kind', 'all', '--section', 'tillitsreform');
    expect(byTitle.length).toBeGreaterThan(0);
    expectAll(byTitle, (r) => r.section === 'Tillitsreform');
    const chapter = list('--kind', 'all', '--chapter', '5');
    expect(chapter.length).toBeGreaterThan(0);
    expectAll(chapter, (r) => r.sectionId === '5' || r.sectionId.startsWith('5.'));
  });

  it('--page, --actor, --match, --doc and --limit narrow the list', () => {
    const page7 = list('--kind', 'all', '--page', '7');
    expect(page7.length).toBeGreaterThan(0);
    expectAll(page7, (r) => r.page === 7);
    expectAll(list('--kind', 'all', '--page', '3-4'), (r) => r.page >= 3 && r.page <= 4);
    const gov = list('--actor', 'regjeringen');
    expect(gov.length).toBeGreaterThan(0);
    expectAll(gov, (r) => r.actors.includes('regjeringen'));
    const fastlege = list('--kind', 'all', '--match', 'FASTLEGE');
    expect(fastlege.length).toBeGreaterThan(0);
    expectAll(fastlege, (r) => r.text.toLowerCase().includes('fastlege'));
    expect(list('--doc', 'ks-2021')).toEqual(list());
    expect(cli(['list', '--doc', 'nope']).code).toBe(2); // no such document: a usage error (frictions.test.ts)
    expect(list('--kind', 'all', '--limit', '5')).toEqual(all.slice(0, 5));
  });

  it('nothing found exits 1 with nothing on stdout', () => {
    const none = cli(['list', '--match', 'zzzyxxq']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
  });

  it('figures quote amounts and periods', () => {
    const withFigures = all.filter((r) => r.figures.length > 0).flatMap((r) => r.figures);
    expect(withFigures.join(' | ')).toMatch(/1 milliard kroner/u);
    expect(withFigures.join(' | ')).toMatch(/2022-2025/u);
  });
});

describe('show a statement', () => {
  it('names its chapter › section, page, lines, neighbours, cues and area terms', () => {
    const first = list('--area', 'helse')[0]!;
    const [rec] = JSON.parse(cli(['show', first.id, '--format', 'json']).stdout) as Array<Rec & { cues: Array<{ kind: string; match: string }>; areaTerms: Record<string, string[]> }>;
    expect(rec!.id).toBe(first.id);
    expect(rec!.cues.length).toBeGreaterThan(0);
    expect(rec!.cues.map((c) => c.kind)).toContain(first.kind);
    expect(Object.keys(rec!.areaTerms)).toContain('helse');
    const text = cli(['show', first.id]).stdout;
    expect(text).toContain(first.chapter);
    expect(text).toContain(`s. ${first.page}`);
  });
});

describe('areas', () => {
  it('lists the 17 areas with counts per kind that add up', () => {
    const recs = ndjson<Record<string, number | string>>(cli(['areas', '--format', 'ndjson']).stdout);
    expect(recs).toHaveLength(17);
    for (const r of recs) {
      const kinds = ['krav', 'anbefaling', 'onske', 'bekymring', 'stotte', 'tilsagn'].map((k) => r[k] as number);
      expect(kinds.reduce((a, b) => a + b, 0)).toBe(r.statements);
      expect((r.krav as number) + (r.anbefaling as number) + (r.onske as number)).toBe(r.demands);
    }
    const helse = recs.find((r) => r.slug === 'helse')!;
    expect(helse.demands).toBe(list('--area', 'helse').length);
    expect(cli(['areas']).stdout.trimEnd().split('\n')).toHaveLength(17);
  });
});

describe('ids', () => {
  it('the same text ingested again gives the same ids and records', () => {
    const dir = tempDir();
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    cli(['ingest', SEED, '--index', a, '-q']);
    cli(['ingest', SEED, '--index', b, '-q']);
    const fromA = cli(['list', '--kind', 'all', '--format', 'ndjson', '--index', a]).stdout;
    expect(fromA).toBe(cli(['list', '--kind', 'all', '--format', 'ndjson', '--index', b]).stdout);
    expect(ndjson<Rec>(fromA).map((r) => r.id)).toEqual(list('--kind', 'all').map((r) => r.id));
  });
});
