// End-to-end: `ks-input digest` spawned as a user would run it, on synthetic indexes whose kinds
// and areas the test sets (tests/digest/fixture.ts) and on the bundled corpus.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from '../helpers/cli.js';
import { fixtureIndex, HEALTH_DOC, METACHARS, NOTES_DOC } from '../digest/fixture.js';
import { headings, lintMarkdown, listItems, parse, plain, tables } from '../digest/markdown.js';

let single: string;
let multi: string;
beforeAll(async () => {
  single = await fixtureIndex([HEALTH_DOC]);
  multi = await fixtureIndex([HEALTH_DOC, NOTES_DOC]);
});

const ids = (args: string[]) => ndjson<{ id: string }>(cli(['list', '--format', 'ndjson', ...args]).stdout).map((r) => r.id);
/** The bullets an area digest holds: each statement once under each of its areas (once if it has none). */
const areaBullets = (args: string[]) =>
  ndjson<{ id: string; areas: string[] }>(cli(['list', '--format', 'ndjson', ...args]).stdout).flatMap((r) => (r.areas.length ? r.areas.map(() => r.id) : [r.id]));
/** The id a bullet cites: its last `(…, id)`. */
const citedId = (bullet: string) => bullet.slice(bullet.lastIndexOf(', ') + 2, -1);

describe('digest --area helse', () => {
  it('holds every statement `list --area helse` gives, one bullet each, in the same order', () => {
    const expected = ids(['--index', single, '--area', 'helse']);
    expect(expected).toEqual(['1-1', '1.1-1', '1.1-2', '1.1.1-1', '2.1-1']);
    const out = cli(['digest', '--index', single, '--area', 'helse']);
    expect(out.code).toBe(0);
    const bullets = listItems(parse(out.stdout)).map(plain);
    expect(bullets.map(citedId)).toEqual(expected);
    expect(bullets[2]).toBe(`Ønske: ${METACHARS} (s. 2, 1.1-2)`);
  });

  it('does the same on the bundled corpus', () => {
    const expected = ids(['--area', 'helse']);
    const out = cli(['digest', '--area', 'helse']);
    if (expected.length === 0) {
      expect(out.code).toBe(1);
      expect(out.stdout).toBe('');
      return;
    }
    expect(out.code).toBe(0);
    const bullets = listItems(parse(out.stdout)).map(plain);
    expect(bullets).toHaveLength(expected.length);
    expect(new Set(bullets.map(citedId))).toEqual(new Set(expected));
    expect(plain(headings(parse(out.stdout))[0]!)).toBe("KS' krav og innspill: Helse og omsorg");
  });

  it('names the scope, the source and the counts, and groups by section', () => {
    const root = parse(cli(['digest', '--index', single, '--area', 'hel']).stdout);
    expect(plain(root.children[0]!)).toBe("KS' krav og innspill: Helse og omsorg");
    expect(plain(root.children[1]!)).toBe('Kilde: KS-innspill om helse (test) (ks-test, 3 sider). 5 utsagn: krav 3, anbefaling 1, ønske 1.');
    expect(headings(root).map((h) => `${h.depth} ${plain(h)}`)).toEqual([
      "1 KS' krav og innspill: Helse og omsorg", '2 Oversikt',
      '2 1 Helse og omsorg i kommunene', '3 1.1 Fastlegeordningen', '4 1.1.1 Legevakt',
      '2 2 Kommuneøkonomi', '3 2.1 Skatt og inntekter',
    ]);
    const [table] = tables(root);
    expect(table!.children.map((r) => r.children.map(plain))).toEqual([
      ['Seksjon', 'Krav', 'Anbefaling', 'Ønske', 'Sum'],
      ['1 Helse og omsorg i kommunene', '1', '0', '0', '1'],
      ['1.1 Fastlegeordningen', '0', '1', '1', '2'],
      ['1.1.1 Legevakt', '1', '0', '0', '1'],
      ['2.1 Skatt og inntekter', '1', '0', '0', '1'],
      ['Sum', '3', '1', '1', '5'],
    ]);
  });
});

describe('digest groupings and languages', () => {
  const cases: Array<[string[], string[]]> = [
    [[], ['Kommuneøkonomi', 'Helse og omsorg']],
    [['--by', 'area'], ['Kommuneøkonomi', 'Helse og omsorg']],
    // by kind the kinds are the headings and the table's columns: its rows are the areas
    [['--by', 'kind'], ['Kommuneøkonomi', 'Helse og omsorg']],
    [['--by', 'section'], ['1 Helse og omsorg i kommunene', '1.1 Fastlegeordningen', '1.1.1 Legevakt', '2.1 Skatt og inntekter']],
    [['--lang', 'en'], ['Municipal finances', 'Health and care']],
    [['--lang', 'en', '--by', 'kind', '--kind', 'all'], ['Municipal finances', 'Health and care']],
  ];
  const kindHeadings: Record<string, string[]> = {
    nb: ['Krav', 'Anbefaling', 'Ønske'],
    en: ['Requirement', 'Recommendation', 'Wish', 'Concern', 'Support'],
  };
  it.each(cases)('digest %j: groups as asked, one bullet per statement (per area by area), lint-clean', async (args, groups) => {
    const out = cli(['digest', '--index', single, ...args]);
    expect(out.code).toBe(0);
    const root = parse(out.stdout);
    const all = args.includes('all');
    const listArgs = ['--index', single, ...(all ? ['--kind', 'all'] : [])];
    const byArea = !args.includes('kind') && !args.includes('section');
    const expected = byArea ? areaBullets(listArgs) : ids(listArgs);
    expect(listItems(root).map(plain).map(citedId).sort()).toEqual([...expected].sort());
    // the summary table's rows: the groups in the order of the group headings (the areas by kind)
    const rows = tables(root)[0]!.children.slice(1, -1).map((r) => plain(r.children[0]!));
    expect(rows).toEqual(groups);
    const headingTexts = headings(root).map(plain);
    const groupHeadings = args.includes('kind') ? kindHeadings[args.includes('en') ? 'en' : 'nb']! : groups;
    for (const g of groupHeadings) expect(headingTexts).toContain(g);
    // the total row counts each statement once, whatever the grouping
    const total = tables(root)[0]!.children.at(-1)!.children.map(plain);
    expect(Number(total.at(-1))).toBe(ids(listArgs).length);
    const en = args.includes('en');
    expect(headingTexts[0]).toBe(en ? "KS' demands and input: all areas" : "KS' krav og innspill: alle områder");
    expect(headingTexts[1]).toBe(en ? 'Summary' : 'Oversikt');
    expect(await lintMarkdown(out.stdout)).toBe('');
  });

  it('covers several documents: qualified ids, a heading per document, lines for a document without pages', async () => {
    const out = cli(['digest', '--index', multi, '--by', 'section', '--kind', 'all', '--key-terms']);
    expect(out.code).toBe(0);
    const root = parse(out.stdout);
    expect(plain(root.children[1]!)).toMatch(/^Kilder: KS-innspill om helse \(test\) \(ks-test, 3 sider, 8 utsagn\); Notater \(notater, 3 utsagn\)\. 11 utsagn: /u);
    expect(headings(root).filter((h) => h.depth === 2).map(plain)).toEqual(['Oversikt', 'KS-innspill om helse (test)', 'Notater']);
    const bullets = listItems(root).map(plain);
    expect(bullets).toContain('Krav: Husbanken må få større låneramme. (l. 12, notater:1-1)');
    expect(bullets.map(citedId).sort()).toEqual(ids(['--index', multi, '--kind', 'all']).sort());
    expect(await lintMarkdown(out.stdout)).toBe('');
  });
});

describe('digest of a section or chapter', () => {
  it.each([
    [['--section', '1.1'], "KS' krav og innspill: 1.1 Fastlegeordningen", ['1.1-1', '1.1-2', '1.1.1-1']],
    [['--section', 'legevakt'], "KS' krav og innspill: 1.1.1 Legevakt", ['1.1.1-1']],
    [['--chapter', '2', '--kind', 'all'], "KS' krav og innspill: 2 Kommuneøkonomi", ['2-1', '2.1-1', '2.1-2']],
    [['--area', 'helse', '--chapter', '2'], "KS' krav og innspill: Helse og omsorg, 2 Kommuneøkonomi", ['2.1-1']],
  ])('digest %j names it in the title and groups by section', (args, title, expected) => {
    const root = parse(cli(['digest', '--index', single, ...args]).stdout);
    expect(plain(root.children[0]!)).toBe(title);
    expect(listItems(root).map(plain).map(citedId)).toEqual(expected);
    expect(tables(root)[0]!.children[0]!.children.map(plain)[0]).toBe('Seksjon');
  });
});

describe('digest of the bundled corpus', () => {
  it.each([['section'], ['area'], ['kind']])('by %s, every kind, with key terms, is lint-clean and cites every statement', async (by) => {
    const out = cli(['digest', '--by', by, '--kind', 'all', '--key-terms']);
    const expected = ids(['--kind', 'all']);
    if (expected.length === 0) return void expect(out.code).toBe(1);
    expect(out.code).toBe(0);
    expect(listItems(parse(out.stdout)).map(plain).map(citedId)).toEqual(
      by === 'section' ? expected : expect.arrayContaining(expected),
    );
    expect(listItems(parse(out.stdout))).toHaveLength(by === 'area' ? areaBullets(['--kind', 'all']).length : expected.length);
    expect(await lintMarkdown(out.stdout)).toBe('');
  });

  it('by area, a statement stands under every area it carries: as many bullets under an area as `list --area` gives', () => {
    const root = parse(cli(['digest', '--by', 'area']).stdout);
    const sections = new Map<string, string[]>();
    let current = '';
    for (const node of root.children) {
      if (node.type === 'heading' && node.depth === 2) current = plain(node);
      else if (node.type === 'list') sections.set(current, node.children.map((item) => citedId(plain(item))));
    }
    for (const [area, label] of [['eldre', 'Eldre'], ['helse', 'Helse og omsorg'], ['okonomi', 'Kommuneøkonomi']] as const) {
      const want = ids(['--area', area]);
      expect(want.length).toBeGreaterThan(0);
      expect(sections.get(label), label).toEqual(want);
    }
    expect(plain(root.children[1]!)).toMatch(/Et utsagn står under hvert av sine områder, så noen står flere steder\./u);
  });
});

describe('digest --key-terms', () => {
  it("lists each group's distinctive terms, and only with the flag", async () => {
    const plainOut = cli(['digest', '--index', multi, '--kind', 'all']).stdout;
    expect(plainOut).not.toMatch(/Kjennetegnende ord/u);
    const out = cli(['digest', '--index', multi, '--kind', 'all', '--key-terms', '3']);
    const root = parse(out.stdout);
    const lines = root.children.filter((n) => n.type === 'paragraph' && plain(n).startsWith('Kjennetegnende ord: ')).map(plain);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split(': ')[1]!.split(', ').length).toBeLessThanOrEqual(3);
    expect(lines).toContain('Kjennetegnende ord: husbanken, omsorgsboliger');
    expect(listItems(root)).toHaveLength(listItems(parse(plainOut)).length);
    expect(await lintMarkdown(out.stdout)).toBe('');
  });
});

describe('digest output', () => {
  it('is byte-identical from run to run, with a date line only when asked', () => {
    const a = cli(['digest', '--index', multi, '--key-terms']);
    const b = cli(['digest', '--index', multi, '--key-terms']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    const dated = cli(['digest', '--index', multi, '--date', '2024-05-01']);
    expect(parse(dated.stdout).children.map(plain)).toContain('Dato: 2024-05-01');
  });

  it('-o writes exactly what stdout prints, atomically, and prints nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'helse.md');
    writeFileSync(file, 'old content that must be replaced whole\n'.repeat(100));
    const stdout = cli(['digest', '--index', single, '--area', 'helse', '--key-terms']);
    const written = cli(['digest', '--index', single, '--area', 'helse', '--key-terms', '-o', file]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(stdout.stdout);
    expect(stdout.stdout.endsWith('\n') && !stdout.stdout.endsWith('\n\n')).toBe(true);
    // relative to the working folder; `-o -` is stdout
    const rel = cli(['digest', '--index', single, '--output', 'rel.md'], { cwd: dir });
    expect(rel.code).toBe(0);
    expect(readFileSync(join(dir, 'rel.md'), 'utf8')).toBe(cli(['digest', '--index', single]).stdout);
    expect(cli(['digest', '--index', single, '-o', '-']).stdout).toBe(cli(['digest', '--index', single]).stdout);
  });

  it('exits 3 with one line when the file cannot be written', () => {
    const out = cli(['digest', '--index', single, '-o', join(tempDir(), 'missing', 'x.md')]);
    expect(out.code).toBe(3);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^ks-input: cannot write .*x\.md/u);
  });
});

describe('digest exit status', () => {
  it('exits 1 and prints nothing on stdout when nothing matches, writing no file', () => {
    const file = join(tempDir(), 'none.md');
    for (const extra of [[], ['-o', file]]) {
      const out = cli(['digest', '--index', single, '--area', 'bolig', ...extra]);
      expect(out.code).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr).toBe('ks-input: no statements match; no digest written\n');
    }
    expect(existsSync(file)).toBe(false);
    expect(cli(['digest', '--index', single, '--area', 'bolig', '-q']).stderr).toBe('');
  });

  it.each([
    [['--by', 'chapter']],
    [['--lang', 'de']],
    [['--date', '2024-13-01']],
    [['--key-terms', '0']],
    [['--area', 'nosuch']],
    [['--kind', 'kravv']],
    [['--bogus']],
  ])('exits 2 on a usage error: %j', (args) => {
    const out = cli(['digest', '--index', single, ...args]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});
