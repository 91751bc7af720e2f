// search, grep and kwic as a user runs them: the built binary, NO_COLOR=1, every format, exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, expectAll, ndjson, tempDir } from '../helpers/cli.js';

interface Rec { id: string; page: number | null; text: string; kind: string | null; score?: number; left?: string; match?: string; right?: string }

describe('search', () => {
  it('ranks compound and inflected matches, best first, 10 by default (text, piped: one line each)', () => {
    const out = cli(['search', 'lærer']);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(10);
    const scores = lines.map((l) => Number(l.split('\t')[0]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(out.stdout).toMatch(/yrkesfaglærere/u);
  });
  it('ndjson and json records carry score and every sentence field', () => {
    const nd = ndjson<Rec>(cli(['search', 'fylkesvei', '--format', 'ndjson']).stdout);
    // the word's own sentences first; then, weighted below, those with its parts (`fylke`, `vei`)
    expect(nd.slice(0, 3).map((r) => r.id).sort()).toEqual(['4.1-11', '4.1-14', '4.1-15']);
    expectAll(nd, (r) => typeof r.score === 'number' && r.score > 0 && 'kind' in r && 'areas' in r);
    expect(nd.some((r) => /fylkesveger/u.test(r.text))).toBe(true);
    const json = JSON.parse(cli(['search', 'legemidler', '--format', 'json']).stdout) as Rec[];
    expect(json.slice(0, 2).map((r) => r.id)).toEqual(['5.6-1', '5.6-2']);
  });
  it('tsv: score first, then the sentence columns; --limit and --header', () => {
    const out = cli(['search', 'helse', '--format', 'tsv', '--limit', '3', '--header']);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toBe('score\tid\tkind\tareas\tpage\tsection\ttext');
    expect(lines).toHaveLength(4);
    for (const l of lines.slice(1)) expect(l.split('\t')).toHaveLength(7);
  });
  it('quoted phrases and filters narrow the result; every sentence is searchable', () => {
    const phrase = ndjson<Rec>(cli(['search', '"psykisk helse"', '--format', 'ndjson']).stdout);
    // both write the phrase; a word counts by its best form in a sentence, so 5.2-2's further
    // compounds of `helse` (folkehelsearbeid, spesialisthelsetjenesten) no longer lift it above
    // the shorter 5.2-1
    expect(phrase.map((r) => r.id)).toEqual(['5.2-1', '5.2-2']);
    const paged = ndjson<Rec>(cli(['search', 'helse', '--page', '9', '--format', 'ndjson']).stdout);
    expect(paged.length).toBeGreaterThan(0);
    expectAll(paged, (r) => r.page === 9);
  });
  it('exits 1 with nothing found, 2 for a bad filter', () => {
    expect(cli(['search', 'xyzzyplugh']).code).toBe(1);
    const bad = cli(['search', 'helse', '--area', 'nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('grep', () => {
  it('-w finds «ønsker» (where JavaScript\'s \\b alone would not), -c counts, -v inverts', () => {
    const words = cli(['grep', '-w', 'ønsker', '--all-sentences', '--only-ids']);
    expect(words.code).toBe(0);
    const ids = words.stdout.trim().split('\n');
    expect(ids).toContain('1-15');
    const count = cli(['grep', '-w', 'ønsker', '--all-sentences', '-c']);
    expect(Number(count.stdout.trim())).toBe(ids.length);
    const all = Number(cli(['grep', '', '--all-sentences', '-c']).stdout.trim());
    const inverted = Number(cli(['grep', '-v', '-w', 'ønsker', '--all-sentences', '-c']).stdout.trim());
    expect(inverted + ids.length).toBe(all);
  });
  it('-i ignores case; by default only statements are searched', () => {
    const lower = cli(['grep', 'ks ønsker', '--all-sentences', '-c']).stdout.trim();
    const any = cli(['grep', '-i', 'ks ønsker', '--all-sentences', '-c']).stdout.trim();
    expect(Number(lower)).toBe(0);
    expect(Number(any)).toBeGreaterThan(0);
    const statements = ndjson<Rec>(cli(['grep', 'må', '--format', 'ndjson']).stdout);
    expectAll(statements, (r) => r.kind !== null);
  });
  it('prints records in every format', () => {
    const text = cli(['grep', 'bredbånd', '--all-sentences']);
    expectAll(text.stdout.trim().split('\n'), (l) => l.split('\t').length === 5 && /bredbånd/u.test(l));
    const tsv = cli(['grep', 'bredbånd', '--all-sentences', '--format', 'tsv']).stdout.trim().split('\n');
    expectAll(tsv, (l) => l.split('\t').length === 6);
    const json = JSON.parse(cli(['grep', 'bredbånd', '--all-sentences', '--format', 'json']).stdout) as Rec[];
    expect(json.length).toBe(tsv.length);
    expect(ndjson<Rec>(cli(['grep', 'bredbånd', '--all-sentences', '--format', 'ndjson']).stdout).map((r) => r.id)).toEqual(json.map((r) => r.id));
  });
  it('highlights the match only when colour is on', () => {
    const plain = cli(['grep', 'bredbånd', '--all-sentences']);
    expect(plain.stdout).not.toMatch(/\u001b\[/u);
    const coloured = cli(['grep', 'bredbånd', '--all-sentences'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[[0-9;]*mbredbånd/u);
    // every match of a statement is marked, not only its first: both years of 2.8-4
    const years = cli(['grep', '20\\d\\d', '--doc', 'ks-2021'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    const line = years.stdout.split('\n').find((l) => l.includes('2.8-4'))!;
    expect(line).toMatch(/\u001b\[[0-9;]*m2022(?:\u001b\[[0-9;]*m)+-(?:\u001b\[[0-9;]*m)+2025/u);
    // without colour the text is as stored
    expect(cli(['grep', '20\\d\\d']).stdout).toContain('i perioden 2022-2025.');
  });
  it('exit 1 when nothing matches, 2 with the reason for a bad pattern', () => {
    expect(cli(['grep', 'qqqzzz', '--all-sentences']).code).toBe(1);
    const bad = cli(['grep', '(unclosed']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^ks-input: bad pattern '\(unclosed': .+\n$/u);
  });
  describe('a catastrophic pattern', () => {
    let index: string;
    beforeAll(() => {
      const dir = tempDir();
      const file = join(dir, 'evil.txt');
      writeFileSync(file, ` Tittel\n\n${'a'.repeat(40)}! Dette er en setning.\n`);
      index = join(dir, 'index');
      const out = cli(['ingest', file, '--index', index, '-q']);
      expect(out.code).toBe(0);
    });
    it('does not hang: it exits 2 with a clear message', () => {
      const started = Date.now();
      const out = cli(['grep', '(a+)+$', '--all-sentences', '--index', index]);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/took longer than .*catastrophic backtracking/u);
      expect(Date.now() - started).toBeLessThan(15000);
    });
  });
});

describe('kwic', () => {
  it('aligns every occurrence in a column, id and page first', () => {
    const out = cli(['kwic', 'lærer', '--width', '30']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n').filter(Boolean);
    const records = ndjson<Rec>(cli(['kwic', 'lærer', '--width', '30', '--format', 'ndjson']).stdout);
    expect(lines).toHaveLength(records.length);
    const columns = lines.map((l, i) => {
      const r = records[i]!;
      expect(l.startsWith(`${r.id} `)).toBe(true);
      expect(l).toContain(`s. ${r.page}`);
      return [...l.slice(0, l.indexOf(r.left! + r.match!) + r.left!.length)].length;
    });
    expect(new Set(columns).size).toBe(1);
    expect(records.map((r) => r.match)).toContain('yrkesfaglærere');
    expectAll(records, (r) => [...r.left!].length <= 30 && [...r.right!].length <= 30);
  });
  it('tsv gives left, match, right, id, page; json is one array', () => {
    const tsv = cli(['kwic', 'bredbånd', '--format', 'tsv']).stdout.trim().split('\n');
    for (const line of tsv) {
      const [left, match, right, id, page] = line.split('\t');
      expect(match!.toLowerCase()).toContain('bredbånd');
      expect(id).toMatch(/^\d+(\.\d+)*-\d+$/u);
      expect(Number(page)).toBeGreaterThan(0);
      expect(typeof left).toBe('string');
      expect(typeof right).toBe('string');
    }
    const json = JSON.parse(cli(['kwic', 'bredbånd', '--format', 'json']).stdout) as Rec[];
    expect(json).toHaveLength(tsv.length);
  });
  it('--exact takes only the word as written; nothing found exits 1', () => {
    const exact = ndjson<Rec>(cli(['kwic', 'lærer', '--exact', '--format', 'ndjson']).stdout);
    expectAll(exact, (r) => r.match!.toLowerCase() === 'lærer');
    expect(cli(['kwic', 'xyzzyplugh']).code).toBe(1);
    expect(cli(['kwic', 'lærer', '--width', '0']).code).toBe(2);
  });
});
