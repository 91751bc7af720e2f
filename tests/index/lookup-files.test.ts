// sources.txt and ids.txt (src/index/lookup-files.ts): what a whole-index question reads instead
// of parsing the catalogue and every outline (issue 18), and the catalogue's first line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeSources,
  documentsHolding,
  eachSource,
  encodeIds,
  encodeSources,
  IDS_FILE,
  readSectionHolders,
  SOURCES_FILE,
  type SourceLine,
  sourcesAt,
} from '../../src/index/lookup-files.js';
import { type Catalog, readCatalogHeader, readOutlines } from '../../src/index/store.js';
import { ingestFiles, tempDir } from '../helpers/cli.js';

const SOURCES: SourceLine[] = [
  { id: 'a', size: 120, mtimeMs: 1796580697789.516, path: '/tmp/x/a.md' },
  { id: 'b-2', size: 0, mtimeMs: 1.5, path: 'C:\\Users\\kari\\innspill\tny\n.md' },
  { id: 'c', size: 48000, mtimeMs: 1796580697789, path: '/tmp/x/æøå \\t.txt' },
];

describe('sources.txt', () => {
  it('gives back each source as written, paths with tabs, newlines and backslashes too', () => {
    const text = encodeSources('g1', SOURCES);
    expect(text.split('\n')).toHaveLength(SOURCES.length + 2); // header, one a document, final newline
    expect(decodeSources(text, 'g1')).toEqual(SOURCES);
  });

  it('is not used when of another generation, cut short, or with a line too few or too many', () => {
    const text = encodeSources('g1', SOURCES);
    expect(decodeSources(text, 'g2')).toBeNull();
    expect(decodeSources(text.slice(0, -5), 'g1')).toBeNull();
    const lines = text.split('\n');
    expect(decodeSources([...lines.slice(0, 2), ...lines.slice(3)].join('\n'), 'g1')).toBeNull();
    expect(decodeSources(`${text}d\t1\t2\t/tmp/d.md\n`, 'g1')).toBeNull();
    expect(decodeSources(text.replace('\t120\t', '\tmange\t'), 'g1')).toBeNull();
    expect(decodeSources(encodeSources('g1', []), 'g1')).toEqual([]);
    expect(decodeSources(text.replace('\t/tmp/x/a.md', '\t/tmp/x/a.md\tmore'), 'g1')).toBeNull();
    expect(decodeSources(text.replace('\t120\t', '\t\t'), 'g1')).toBeNull();
  });

  it('is visited in place, line by line, each path, size and time as written', () => {
    const text = encodeSources('g1', SOURCES);
    const seen: unknown[] = [];
    expect(eachSource(text, 'g1', (path, size, mtimeMs, n) => seen.push([path, size, mtimeMs, n]) > 0)).toBe(3);
    expect(seen).toEqual(SOURCES.map((s, n) => [s.path, s.size, s.mtimeMs, n]));
  });

  it('stops when the visitor says so, and is not visited past a line too many', () => {
    const text = encodeSources('g1', SOURCES);
    const seen: number[] = [];
    expect(eachSource(text, 'g1', (_p, _s, _t, n) => (seen.push(n), n < 1))).toBeNull();
    expect(seen).toEqual([0, 1]);
    expect(eachSource(`${text}d\t1\t2\t/tmp/d.md\n`, 'g1', () => true)).toBeNull();
    expect(eachSource(text, 'g2', () => true)).toBeNull();
  });

  it('gives the lines asked for by place, in order, and leaves out places it does not have', () => {
    const text = encodeSources('g1', SOURCES);
    const lines = sourcesAt(text, 'g1', [2, 0, 7]);
    expect([...lines.keys()]).toEqual([0, 2]);
    expect(lines.get(2)).toEqual(SOURCES[2]);
    expect(sourcesAt(text, 'g2', [0]).size).toBe(0);
  });
});

/** ids.txt of these outlines, written to a folder. */
function idsFolder(outlines: Array<string | undefined>, generation = 'g1'): string {
  const dir = tempDir();
  const bytes = encodeIds(generation, outlines);
  expect(bytes).not.toBeNull();
  writeFileSync(join(dir, IDS_FILE), bytes!);
  return dir;
}

describe('ids.txt', () => {
  // three documents: places 0, 1, 2 in the catalogue
  const OUTLINES = ['1:2,1,1 2:5,3,2 2.1:3,1,0', '1:4,2,2 3:1,0,0', '1:1,0,0 2:2,2,2'];

  it('names the documents that hold a section, and those whose section has the sentence', () => {
    const dir = idsFolder(OUTLINES);
    expect(documentsHolding(dir, 'g1', '1')).toEqual([0, 1, 2]);
    expect(documentsHolding(dir, 'g1', '1-2')).toEqual([0, 1]);
    expect(documentsHolding(dir, 'g1', '1-4')).toEqual([1]);
    expect(documentsHolding(dir, 'g1', '1-5')).toEqual([]);
    expect(documentsHolding(dir, 'g1', '2-3')).toEqual([0]);
    expect(documentsHolding(dir, 'g1', '2.1')).toEqual([0]);
    expect(documentsHolding(dir, 'g1', '3-1')).toEqual([1]);
    // ids no document has: no section 9, no sentence 0, not an id at all
    for (const unknown of ['9', '9-1', '1-0', 'nope-1', 'nope', '2.1.1-1', '-1', '1-x']) expect(documentsHolding(dir, 'g1', unknown)).toEqual([]);
    const counts = readSectionHolders(dir, 'g1', ['2', '4']);
    expect(counts).toEqual(new Map([['2', new Map([[0, 5], [2, 2]])], ['4', new Map()]]));
  });

  it('cannot tell when of another generation, missing, malformed, or a document has no outline', () => {
    const dir = idsFolder(OUTLINES);
    expect(documentsHolding(dir, 'g2', '1')).toBeNull();
    expect(documentsHolding(tempDir(), 'g1', '1')).toBeNull();
    const text = readFileSync(join(dir, IDS_FILE), 'utf8');
    writeFileSync(join(dir, IDS_FILE), text.replace('0:2 1:4 2:1', '0:2 x 2:1'));
    expect(documentsHolding(dir, 'g1', '1-1')).toBeNull();
    writeFileSync(join(dir, IDS_FILE), text.slice(0, text.length - 10));
    expect(documentsHolding(dir, 'g1', '2.1-1')).toBeNull();
    expect(encodeIds('g1', [OUTLINES[0], undefined])).toBeNull();
    expect(encodeIds('g1', ['1:x,1,1'])).toBeNull();
  });

  it('finds every section of a directory larger than the first read (16 kB)', () => {
    // 3,000 distinct section ids in one document, 2,000 of them in another
    const many = Array.from({ length: 3000 }, (_, i) => `${i + 1}.${i % 7}:${(i % 5) + 1},0,0`).join(' ');
    const some = Array.from({ length: 2000 }, (_, i) => `${i + 1}.${i % 7}:9,0,0`).join(' ');
    const dir = idsFolder([many, some]);
    const header = readFileSync(join(dir, IDS_FILE), 'utf8').split('\n')[0]!;
    expect(Number(header.split('\t')[2])).toBeGreaterThan(1 << 14);
    // section 2999.2 (i = 2998) has 4 sentences, only in the first; 1500.2 (i = 1499) 5 in the first, 9 in the second
    expect(documentsHolding(dir, 'g1', '2999.2-4')).toEqual([0]);
    expect(documentsHolding(dir, 'g1', '2999.2-5')).toEqual([]);
    expect(documentsHolding(dir, 'g1', '1500.1-5')).toEqual([0, 1]);
    expect(documentsHolding(dir, 'g1', '1500.1-6')).toEqual([1]);
    expect(documentsHolding(dir, 'g1', '1.0')).toEqual([0, 1]);
    expect(documentsHolding(dir, 'g1', '1.1')).toEqual([]);
  });
});

describe('an ingested index', () => {
  it('writes sources.txt and ids.txt of its catalogue\'s generation, and a first line read alone', () => {
    const { paths, index } = ingestFiles({
      'a.md': '# Helse\n\nKS mener regjeringen må styrke fastlegeordningen. Det haster.\n',
      'b.md': '# Skole\n\nKS mener staten bør styrke lærerutdanningen.\n\n## Lærere\n\nKommunene må få flere lærere.\n',
    });
    const catalog = JSON.parse(readFileSync(join(index, 'catalog.json'), 'utf8')) as Catalog;
    const header = readCatalogHeader(index);
    expect(header).toEqual({ schemaVersion: catalog.schemaVersion, tool: catalog.tool, kinds: catalog.kinds, generation: catalog.generation, count: 2 });
    expect(catalog.generation).toMatch(/^[0-9a-f]{16}$/u);
    const sources = decodeSources(readFileSync(join(index, SOURCES_FILE), 'utf8'), catalog.generation!);
    expect(sources).toEqual(catalog.documents.map((e) => ({ id: e.id, size: e.size, mtimeMs: e.mtimeMs, path: e.path })));
    expect(sources!.map((s) => s.path)).toEqual([paths['a.md'], paths['b.md']]);
    // ids.txt: the outlines' sections, by place in the catalogue
    const outlines = readOutlines(index);
    const sections = catalog.documents.map((e) => new Map(outlines.get(e.file)!.outline.split(' ').map((s) => [s.split(':')[0]!, Number(s.split(':')[1]!.split(',')[0])])));
    const ids = new Set(sections.flatMap((m) => [...m.keys()]));
    expect(ids.size).toBeGreaterThan(1);
    let found = 0;
    for (const id of ids) {
      expect(documentsHolding(index, catalog.generation!, id)).toEqual(sections.flatMap((m, n) => (m.has(id) ? [n] : [])));
      for (let k = 1; k <= 3; k++) {
        const want = sections.flatMap((m, n) => ((m.get(id) ?? 0) >= k ? [n] : []));
        found += want.length;
        expect(documentsHolding(index, catalog.generation!, `${id}-${k}`)).toEqual(want);
      }
    }
    expect(found).toBeGreaterThan(2);
    expect(readCatalogHeader(tempDir())).toBeNull();
  });
});
