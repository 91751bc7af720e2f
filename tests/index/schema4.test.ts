// An index made by the previous release (schema 4: one whole-document JSON file per document,
// no area counts in the catalogue) is rebuilt when it is next used, including a document whose
// source is gone (kept from its old file).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFilesOf, readDocument, type Catalog } from '../../src/index/store.js';
import { cli, ingestFiles, ndjson } from '../helpers/cli.js';

describe('an index of schema 4', () => {
  it('is rebuilt on first use, a document without its source kept from its old file', async () => {
    const { paths, index: idx } = ingestFiles({
      'a.md': '# Helse\n\nKS mener at staten må finansiere helse.\n',
      'b.md': '# Skole\n\nRegjeringen bør styrke skolen.\n',
    });
    const b = paths['b.md']!;
    // turn it into what schema 4 wrote
    const catalogFile = join(idx, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
    for (const entry of catalog.documents) {
      const doc = await readDocument(idx, entry);
      writeFileSync(join(idx, 'docs', `${entry.file}.json`), JSON.stringify({ sections: doc.sections, sentences: doc.sentences }));
      for (const name of documentFilesOf(entry.file)) rmSync(join(idx, 'docs', name));
      entry.file = `${entry.file}.json`;
      delete (entry.stats as Partial<typeof entry.stats>).areas;
    }
    writeFileSync(catalogFile, JSON.stringify({ ...catalog, schemaVersion: 4 }, null, 1));
    rmSync(b);

    const out = cli(['list', '--kind', 'all', '--index', idx, '--format', 'ndjson']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toMatch(/updated the index/u);
    expect(ndjson<{ id: string }>(out.stdout).map((r) => r.id)).toEqual(['a:1-1', 'b:1-1']);
    const rebuilt = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
    expect(rebuilt.schemaVersion).toBeGreaterThan(4);
    expect(readdirSync(join(idx, 'docs')).filter((n) => n.endsWith('.json'))).toEqual([]);
    expect(existsSync(b)).toBe(false);
  });
});
