// An index of schema 6 (sentences files uncompressed, one JSON object a line; no outline or
// counts per area and kind in the catalogue) is rebuilt when it is next used, a document whose
// source is gone kept from its old, uncompressed sentences file.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalog, readDocument, readOutlines, SCHEMA_VERSION, sentencesFileOf } from '../../src/index/store.js';
import { cli, ingestFiles, ndjson } from '../helpers/cli.js';

describe('an index of schema 6', () => {
  it('is rebuilt on first use, a document without its source kept from its uncompressed sentences', async () => {
    const { paths, index: idx } = ingestFiles({
      'a.md': '# Helse\n\nKS mener at staten må finansiere helse.\n',
      'b.md': '# Skole\n\nRegjeringen bør styrke skolen. Det er bra.\n',
    });
    const b = paths['b.md']!;
    const catalogFile = join(idx, 'catalog.json');
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
    for (const entry of catalog.documents) {
      const doc = await readDocument(idx, entry);
      const lines = [JSON.stringify(doc.sections), ...doc.sentences.map((s) => JSON.stringify(s))];
      writeFileSync(join(idx, 'docs', `${entry.file}.sentences.jsonl`), `${lines.join('\n')}\n`);
      rmSync(join(idx, 'docs', sentencesFileOf(entry.file)));
      const stats = entry.stats as Partial<typeof entry.stats>;
      delete stats.outline;
      delete stats.kinds;
    }
    writeFileSync(catalogFile, JSON.stringify({ ...catalog, schemaVersion: 6 }));
    rmSync(b);

    const out = cli(['show', 'b:1-2', '--index', idx, '--format', 'ndjson']);
    expect(out.code, out.stderr).toBe(0);
    // the document whose source is gone is kept, and said so
    expect(out.stderr).toMatch(/warning: .* is gone or not a file; answering from the copy of document/u);
    expect(ndjson<{ id: string; text: string }>(out.stdout)).toMatchObject([{ id: 'b:1-2', text: 'Det er bra.' }]);
    const rebuilt = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
    expect(rebuilt.schemaVersion).toBe(SCHEMA_VERSION);
    const outlines = readOutlines(idx);
    // `Det er bra.` is a statement (stotte: a good word as predicate, evaluation-nb.ts), so b counts two
    expect(rebuilt.documents.map((e) => outlines.get(e.file)?.outline)).toEqual(['1:1,1,1', '1:2,2,1']);
    expect(readdirSync(join(idx, 'docs')).filter((n) => n.endsWith('.jsonl'))).toEqual([]);
    expect(existsSync(b)).toBe(false);
    expect(ndjson<{ slug: string; statements: number }>(cli(['areas', '--index', idx, '--format', 'ndjson']).stdout).find((r) => r.slug === 'helse')?.statements).toBe(1);
  });
});
