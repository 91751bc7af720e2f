// PDF, saved web pages and Word files through the built CLI, as a user meets them: a folder of
// them ingested, `convert` showing the Markdown a PDF's citations refer to, and the files the
// tool must refuse (a scan, an encrypted PDF, cut or corrupt files, files only named like one)
// refused with exit 3 and one line, leaving nothing of them in the index.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, tempDir } from '../helpers/cli.js';
import { articleHtml, makeDocx, makePdf, makeScannedPdf } from '../helpers/make-formats.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'formats');
const MARKDOWN = readFileSync(join(FIXTURES, 'innspill.md'), 'utf8');

interface Rec {
  id: string;
  doc: string;
  page: number | null;
  lines: [number, number];
  text: string;
}

let dir: string;
let good: string;
let bad: string;

beforeAll(async () => {
  dir = tempDir('ks formater æøå ');
  good = join(dir, 'gode filer');
  bad = join(dir, 'dårlige filer');
  mkdirSync(good);
  mkdirSync(bad);
  const pdf = await makePdf(MARKDOWN);
  const docx = await makeDocx(MARKDOWN);
  writeFileSync(join(good, 'innspill.pdf'), pdf.bytes);
  writeFileSync(join(good, 'innspill.docx'), docx);
  writeFileSync(join(good, 'side.html'), readFileSync(join(FIXTURES, 'saved-page.html'), 'utf8').replace('<!--CONTENT-->', articleHtml(MARKDOWN)));
  writeFileSync(join(good, 'side.htm'), readFileSync(join(FIXTURES, 'saved-page-divs.htm'), 'utf8').replace('<!--CONTENT-->', articleHtml(MARKDOWN)));
  writeFileSync(join(good, 'notat.md'), MARKDOWN);
  writeFileSync(join(good, 'ikke-med.json'), '{}');
  writeFileSync(join(bad, 'skannet.pdf'), await makeScannedPdf());
  writeFileSync(join(bad, 'kryptert.pdf'), (await makePdf(MARKDOWN, { userPassword: 'hemmelig' })).bytes);
  writeFileSync(join(bad, 'avkuttet.pdf'), pdf.bytes.subarray(0, Math.floor(pdf.bytes.length * 0.6)));
  writeFileSync(join(bad, 'rot.pdf'), `%PDF-1.7\n${'x'.repeat(2000)}\n%%EOF\n`);
  writeFileSync(join(bad, 'bare-navnet.pdf'), 'Dette er bare tekst med feil filendelse.\n');
  writeFileSync(join(bad, 'avkuttet.docx'), docx.subarray(0, Math.floor(docx.length * 0.6)));
  writeFileSync(join(bad, 'bare-navnet.docx'), 'Dette er bare tekst med feil filendelse.\n');
}, 60_000);

describe('ingest of a folder of PDF, HTML and DOCX files', () => {
  it('indexes each, with pages for the PDF, and the same statements as the Markdown', () => {
    const index = join(dir, 'idx');
    const out = cli(['ingest', good, '--index', index]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('indexed 5 document(s)');
    const recs = ndjson<Rec>(cli(['list', '--kind', 'all', '--index', index, '--format', 'ndjson']).stdout);
    const byDoc = new Map<string, Rec[]>();
    for (const r of recs) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r]);
    expect([...byDoc.keys()].sort()).toEqual(['innspill', 'innspill-2', 'notat', 'side', 'side-2']);
    const texts = (doc: string) => byDoc.get(doc)!.map((r) => r.text);
    for (const doc of ['innspill', 'innspill-2', 'side', 'side-2']) expect(texts(doc), doc).toEqual(texts('notat'));
    // ids follow the folder's order: innspill.docx, innspill.pdf
    expect(byDoc.get('innspill')!.every((r) => r.page === null)).toBe(true);
    const pdf = byDoc.get('innspill-2')!;
    expect(pdf.every((r) => typeof r.page === 'number' && r.page >= 1)).toBe(true);
    expect(new Set(pdf.map((r) => r.page)).size).toBeGreaterThan(2);
    expect(byDoc.get('side')!.every((r) => r.page === null)).toBe(true);
  });
});

describe('convert', () => {
  it("prints a PDF's Markdown, whose lines are the ones the PDF's records cite", () => {
    const index = join(dir, 'idx-pdf');
    const file = join(good, 'innspill.pdf');
    expect(cli(['ingest', file, '--index', index, '-q']).code).toBe(0);
    const out = cli(['convert', file]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^# Innspill til kommuneproposisjonen for 2027\n/u);
    expect(out.stdout).toContain('\n## 1 Kommuneøkonomi og finansiering av nye oppgaver i kommunesektoren\n');
    expect(out.stdout).toContain('\n- Staten må finansiere');
    expect(out.stdout).not.toMatch(/Side \d+ av \d+|KS · Innspill/u);
    const lines = out.stdout.split('\n');
    const recs = ndjson<Rec>(cli(['list', '--kind', 'all', '--index', index, '--format', 'ndjson']).stdout);
    expect(recs.length).toBeGreaterThan(20);
    for (const r of recs) {
      const cited = lines.slice(r.lines[0] - 1, r.lines[1]).join(' ');
      expect(cited, r.id).toContain(r.text.split(' ')[0]);
      expect(cited, r.id).toContain(r.text.split(' ').at(-1));
    }
  });

  it('prints the main text of a saved page and of a Word file, without the site around it', () => {
    for (const name of ['side.html', 'side.htm', 'innspill.docx']) {
      const out = cli(['convert', join(good, name)]);
      expect(out.code, name).toBe(0);
      expect(out.stdout, name).toMatch(/^# Innspill til kommuneproposisjonen for 2027\n/u);
      expect(out.stdout, name).toContain('\n### Digital samhandling og e-helse\n');
      expect(out.stdout, name).not.toMatch(/Forside|informasjonskapsler|Del denne siden|Kopirett|Hovedmeny|Side \d/u);
    }
  });
});

describe('refusals', () => {
  const cases: Array<[string, RegExp]> = [
    ['skannet.pdf', /without a text layer.*OCR/u],
    ['kryptert.pdf', /encrypted PDF/u],
    ['avkuttet.pdf', /truncated PDF/u],
    ['rot.pdf', /corrupt PDF/u],
    ['bare-navnet.pdf', /not a PDF/u],
    ['avkuttet.docx', /corrupt Word/u],
    ['bare-navnet.docx', /not a Word \(\.docx\) document/u],
  ];
  it.each(cases)('%s: exit 3 and one line saying what is wrong', (name, why) => {
    const out = cli(['convert', join(bad, name)]);
    expect(out.code).toBe(3);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(name);
    expect(out.stderr).toMatch(why);
  });

  it('ingest indexes the good files beside them and nothing of the bad ones', () => {
    const index = join(dir, 'idx-mixed');
    writeFileSync(join(bad, 'notat.md'), MARKDOWN);
    const out = cli(['ingest', bad, '--index', index]);
    expect(out.code).toBe(3);
    expect(out.stderr.trim().split('\n')).toHaveLength(cases.length);
    const docs = new Set(ndjson<{ doc: string }>(cli(['sections', '--index', index, '--format', 'ndjson']).stdout).map((s) => s.doc));
    expect([...docs]).toEqual(['notat']);
  });
});
