// Reading an index a line at a time (store.ts fileLines, catalogEntries, outlinesInOrder): what
// sections, list and digest go through instead of the catalogue and outlines.txt parsed whole
// (issue 18: at 10,000 documents those two were most of their peak memory).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE, catalogEntries, fileLines, OUTLINES_FILE, outlinesInOrder, readCatalogSync, readOutlines } from '../../src/index/store.js';
import { ingestFiles, tempDir } from '../helpers/cli.js';

describe('fileLines', () => {
  it('gives every line whole, across chunk boundaries and multi-byte characters, the last without a newline too', () => {
    const dir = tempDir();
    const lines = Array.from({ length: 3000 }, (_, i) => `${i} ${'æøå'.repeat(i % 97)} ${'x'.repeat(i % 211)}`);
    writeFileSync(join(dir, 'f.txt'), `${lines.join('\n')}\n`);
    expect([...fileLines(join(dir, 'f.txt'))]).toEqual(lines);
    writeFileSync(join(dir, 'g.txt'), 'a\n\nb');
    expect([...fileLines(join(dir, 'g.txt'))]).toEqual(['a', '', 'b']);
    expect([...fileLines(join(dir, 'g.txt'), 2)]).toEqual(['', 'b']);
    expect([...fileLines(join(dir, 'none.txt'))]).toEqual([]);
  });
});

describe('the catalogue and outlines a line at a time', () => {
  const docs = { 'a.md': '# Helse\n\nKS mener regjeringen må styrke fastlegeordningen.\n', 'b.md': '# Skole\n\nStaten bør styrke lærerutdanningen.\n', 'c.md': '# Vei\n\n## Ferje\n\nKS ber om mer til fergene.\n' };

  it('gives the entries readCatalog gives, in order, and each one\'s outline', () => {
    const { index } = ingestFiles(docs);
    const whole = readCatalogSync(index)!.documents;
    expect([...catalogEntries(index)]).toEqual(whole);
    const outlines = readOutlines(index);
    const next = outlinesInOrder(index);
    expect(whole.map((e) => next(e.file))).toEqual(whole.map((e) => outlines.get(e.file)));
  });

  it('with only some ids: just their entries, in catalogue order, as the whole catalogue has them', () => {
    const { index } = ingestFiles(docs);
    const whole = readCatalogSync(index)!.documents;
    const [a, , c] = whole;
    expect([...catalogEntries(index, new Set([c!.id, a!.id]))]).toEqual([a, c]);
    expect([...catalogEntries(index, new Set(['nope']))]).toEqual([]);
    expect([...catalogEntries(index, new Set())]).toEqual([]);
  });

  it('outlines: documents passed over, or without a line, do not lose the others\' lines', () => {
    const { index } = ingestFiles(docs);
    const [a, b, c] = readCatalogSync(index)!.documents;
    const outlines = readOutlines(index);
    const passed = outlinesInOrder(index);
    expect([passed(a!.file), passed(c!.file)]).toEqual([outlines.get(a!.file), outlines.get(c!.file)]);
    const text = [a, b, c].map((e) => `${e!.file}\t${outlines.get(e!.file)!.outline}\t${outlines.get(e!.file)!.kinds}\n`);
    writeFileSync(join(index, OUTLINES_FILE), `${text[0]}garbage\n${text[2]}`);
    const missing = outlinesInOrder(index);
    expect([missing(a!.file), missing(b!.file), missing(c!.file)]).toEqual([outlines.get(a!.file), null, outlines.get(c!.file)]);
  });

  it('a catalogue cut short or with a bad line is corrupt; one not a line a document is read whole', () => {
    const { index } = ingestFiles(docs);
    const path = join(index, CATALOG_FILE);
    const whole = readCatalogSync(index)!;
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.lastIndexOf('\n')));
    expect(() => [...catalogEntries(index)]).toThrow(/corrupt/u);
    writeFileSync(path, text.replace('"id":"b"', '"id":7'));
    expect(() => [...catalogEntries(index)]).toThrow(/corrupt/u);
    writeFileSync(path, JSON.stringify(whole));
    expect([...catalogEntries(index)]).toEqual(whole.documents);
  });
});
