// A query about one document (`show ID:…`, `sections --doc`, `areas --doc`) opens the index
// for it alone: its line of the catalogue, its source checked (issue 18). Never from stale
// data: a change to its own source is re-ingested first; a change to another's waits for a
// query that reads that one. And a schema-7 index (outlines in the catalogue) becomes schema 8
// without analysing a document again.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLINES_FILE, readOutlines, SCHEMA_VERSION } from '../../src/index/store.js';
import { catalogOf, ingestFiles, ndjson, queryIndex } from '../helpers/cli.js';

const A = '# Helse\n\nKS mener regjeringen må styrke fastlegeordningen.\n';
const B = '# Skole\n\nKS mener staten bør styrke lærerutdanningen i kommunene.\n';

function twoDocuments() {
  const { paths, index } = ingestFiles({ 'a.md': A, 'b.md': B });
  return { a: paths['a.md']!, b: paths['b.md']!, index };
}

const run = queryIndex;

describe('a query about one document', () => {
  it('re-ingests that document when its own source changed, before answering', () => {
    const { a, index } = twoDocuments();
    writeFileSync(a, '# Helse\n\nKS mener staten må finansiere legevakten. Det haster.\n');
    const shown = run(['show', 'a:1-2'], index);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stderr).toMatch(/updated the index .*1 source changed/u);
    expect(ndjson<{ text: string }>(shown.stdout).map((r) => r.text)).toEqual(['Det haster.']);
    writeFileSync(a, '# Helse\n\nEn. To. Tre.\n');
    const sections = ndjson<{ id: string; sentences: number }>(run(['sections', '--doc', 'a'], index).stdout);
    expect(sections).toMatchObject([{ id: 'a:1', sentences: 3 }]);
    const before = ndjson<{ slug: string; statements: number }>(run(['areas', '--doc', 'a'], index).stdout);
    expect(before.find((r) => r.slug === 'utdanning')?.statements).toBe(0);
    writeFileSync(a, '# Skole\n\nKS mener staten må styrke lærerutdanningen.\n');
    const areas = ndjson<{ slug: string; statements: number }>(run(['areas', '--doc', 'a'], index).stdout);
    expect(areas.find((r) => r.slug === 'utdanning')?.statements).toBe(1);
  });

  it('answers from its own line when another source changed, and the next whole query re-ingests that one', () => {
    const { b, index } = twoDocuments();
    writeFileSync(b, '# Skole\n\nKS mener at kommunene må få flere lærere.\n');
    const shown = run(['show', 'a:1-1'], index);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stderr).toBe('');
    expect(ndjson<{ id: string; text: string }>(shown.stdout)).toMatchObject([{ id: 'a:1-1', text: expect.stringContaining('fastlegeordningen') }]);
    // multi-document ids and counts as in the whole index
    expect(ndjson<{ id: string }>(run(['sections', '--doc', 'a'], index).stdout).map((r) => r.id)).toEqual(['a:1']);
    const listed = run(['list', '--kind', 'all'], index);
    expect(listed.stderr).toMatch(/updated the index/u);
    expect(listed.stdout).toContain('flere lærere');
  });

  it('an unknown document or id is said so as by the whole index', () => {
    const { index } = twoDocuments();
    expect(run(['show', 'c:1-1'], index)).toMatchObject({ code: 1, stderr: expect.stringContaining("no sentence or section with id 'c:1-1'") });
    expect(run(['show', 'a:9-9'], index)).toMatchObject({ code: 1, stderr: expect.stringContaining("no sentence or section with id 'a:9-9'") });
    expect(run(['sections', '--doc', 'c'], index)).toMatchObject({ code: 2, stderr: expect.stringContaining("no document 'c'") });
  });

  it('a document whose outline line is lost is read instead', () => {
    const { index } = twoDocuments();
    writeFileSync(join(index, OUTLINES_FILE), '');
    expect(ndjson<{ id: string; sentences: number }>(run(['sections', '--doc', 'b'], index).stdout)).toMatchObject([{ id: 'b:1', sentences: 1 }]);
    expect(ndjson<{ id: string }>(run(['show', '1-1'], index).stdout)).toHaveLength(0);
    expect(run(['show', 'b:1-1'], index).code).toBe(0);
    const areas = ndjson<{ slug: string; statements: number }>(run(['areas', '--doc', 'b'], index).stdout);
    expect(areas.find((r) => r.slug === 'utdanning')?.statements).toBe(1);
  });
});

describe('an index of schema 7', () => {
  it('becomes schema 8 on first use, its documents taken over without analysing them again', () => {
    const { index } = twoDocuments();
    const current = catalogOf(index);
    const outlines = readOutlines(index);
    const docs = join(index, 'docs');
    const before = new Map(readdirSync(docs).map((n) => [n, statSync(join(docs, n)).mtimeMs]));
    // schema 7: each entry's outline and counts per kind in the catalogue, no outlines.txt
    const old = {
      schemaVersion: 7,
      tool: current.tool,
      documents: current.documents.map((e) => ({ ...e, stats: { ...e.stats, ...outlines.get(e.file) } })),
    };
    writeFileSync(join(index, 'catalog.json'), JSON.stringify(old));
    writeFileSync(join(index, OUTLINES_FILE), '');
    const areas = run(['areas'], index);
    expect(areas.code, areas.stderr).toBe(0);
    expect(areas.stderr).toBe('');
    expect(ndjson<{ slug: string; statements: number }>(areas.stdout).find((r) => r.slug === 'helse')?.statements).toBe(1);
    const upgraded = catalogOf(index);
    expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
    expect(upgraded.documents.map((e) => e.stats)).toEqual(current.documents.map((e) => e.stats));
    expect(readOutlines(index)).toEqual(outlines);
    // the same files, none rewritten
    expect(new Map(readdirSync(docs).map((n) => [n, statSync(join(docs, n)).mtimeMs]))).toEqual(before);
  });
});
