// The catalogue's first line (store.ts parseCatalogHeader): read alone by readCatalogHeader,
// readCatalogEntry and catalogEntries. A line that is no header makes each of them fall back to
// the whole catalogue (readCatalog), which says what is wrong with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILE, catalogEntries, parseCatalogHeader, readCatalogEntry, readCatalogHeader, readCatalogSync } from '../../src/index/store.js';
import { ingestFiles, tempDir } from '../helpers/cli.js';

const OPEN = ',"documents":[';
const line = (header: Record<string, unknown>) => `${JSON.stringify(header).slice(0, -1)}${OPEN}`;
const GOOD = { schemaVersion: 8, tool: '0.1.0+abc', kinds: 'krav', generation: '0123456789abcdef', count: 2 };

describe('parseCatalogHeader', () => {
  it('reads a header line, kinds and generation optional', () => {
    expect(parseCatalogHeader(line(GOOD))).toEqual(GOOD);
    expect(parseCatalogHeader(line({ schemaVersion: 6, tool: 't', count: 0 }))).toEqual({ schemaVersion: 6, tool: 't', count: 0 });
  });

  it.each([
    ['not ending by opening the documents', JSON.stringify(GOOD)],
    ['the whole catalogue on one line', `${line(GOOD)}]}`],
    ['not JSON', `{"schemaVersion":8,,"tool":"t","count":1${OPEN}`],
    ['empty', ''],
    ['only the opening', OPEN],
    ['JSON null', `null${OPEN}`],
    ['a schema that is no number', line({ ...GOOD, schemaVersion: '8' })],
    ['no tool', line({ schemaVersion: 8, count: 2 })],
    ['no count', line({ schemaVersion: 8, tool: 't' })],
    ['kinds not a string', line({ ...GOOD, kinds: 3 })],
    ['generation not a string', line({ ...GOOD, generation: null })],
  ])('is null for a line %s', (_why, text) => {
    expect(parseCatalogHeader(text)).toBeNull();
  });
});

describe('a catalogue whose first line is damaged', () => {
  const docs = { 'a.md': '# Helse\n\nKS mener regjeringen må styrke fastlegeordningen.\n', 'b.md': '# Skole\n\nStaten bør styrke lærerutdanningen.\n' };

  it('a sound one: its header read alone, as the whole catalogue has it', () => {
    const { index } = ingestFiles(docs);
    const whole = readCatalogSync(index)!;
    expect(readCatalogHeader(index)).toEqual({ schemaVersion: whole.schemaVersion, tool: whole.tool, kinds: whole.kinds, generation: whole.generation, count: 2 });
    expect(readCatalogEntry(index, whole.documents[1]!.id)?.entry).toEqual(whole.documents[1]);
    expect(readCatalogHeader(tempDir())).toBeNull();
  });

  it('no header: read whole, which says it is corrupt; a header lacking a field, with the rest sound, reads as the whole does', () => {
    const { index } = ingestFiles(docs);
    const path = join(index, CATALOG_FILE);
    const text = readFileSync(path, 'utf8');
    const whole = readCatalogSync(index)!;
    writeFileSync(path, text.replace('{"schemaVersion":', '{"schemaVersion":,'));
    expect(readCatalogHeader(index)).toBeNull();
    expect(readCatalogEntry(index, whole.documents[0]!.id)).toBeNull();
    expect(() => [...catalogEntries(index)]).toThrow(/is corrupt \(not valid JSON\); run `ks-input ingest`/u);
    writeFileSync(path, text.replace(/"tool":"[^"]*",/u, ''));
    expect(readCatalogHeader(index)).toBeNull();
    expect(readCatalogEntry(index, whole.documents[0]!.id)).toBeNull();
    expect([...catalogEntries(index)]).toEqual(whole.documents);
  });

  it('a newer schema in the header: said so, line by line as read whole', () => {
    const { index } = ingestFiles(docs);
    const path = join(index, CATALOG_FILE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"schemaVersion":\d+/u, '"schemaVersion":999'));
    expect(readCatalogHeader(index)?.schemaVersion).toBe(999);
    expect(() => [...catalogEntries(index)]).toThrow(/made by a newer ks-input \(schema 999\)/u);
  });
});
