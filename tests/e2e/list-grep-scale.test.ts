// list and grep over a multi-document index read the lean statement rows a few documents at a
// time, testing kind and area on a row's bytes and the pattern on its text before decoding
// (index/statement-rows.ts): they must print exactly what filtering every loaded document does.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMAND_KINDS, type IndexedDocument, KINDS } from '../../src/model/types.js';
import { buildFilter, type FilterOptions, locate, matches } from '../../src/query/filter.js';
import { compilePattern, grepTexts } from '../../src/query/grep.js';
import { qualify } from '../../src/query/records.js';
import { join } from 'node:path';
import { cli, ndjson, ROOT, tempDir } from '../helpers/cli.js';
import { multiDocumentIndex } from '../helpers/multi-index.js';

let index = '';
let docs: IndexedDocument[] = [];

beforeAll(async () => {
  ({ index, docs } = await multiDocumentIndex(3));
}, 120_000);

/** Ids of the statements filtering every whole document gives, in document order. */
function expected(options: FilterOptions, pattern?: string, flags: { ignoreCase?: boolean; invertMatch?: boolean } = {}) {
  const filter = buildFilter(options, pattern === undefined ? DEMAND_KINDS : KINDS);
  let found = [...locate(docs)].filter((l) => l.sentence.kind !== null && matches(filter, l));
  if (pattern !== undefined) {
    const hits = grepTexts(found.map((l) => l.sentence.text), compilePattern(pattern, flags), flags);
    found = hits.map((h) => found[h.index]!);
  }
  return found.map((l) => qualify(l.doc.id, l.sentence.id, true));
}

const ids = (args: string[]) => {
  const out = cli([...args, '--index', index, '--format', 'ndjson']);
  expect(out.code, out.stderr).toBe(out.stdout ? 0 : 1);
  return ndjson<{ id: string }>(out.stdout).map((r) => r.id);
};

describe('list over the lean rows of a multi-document index', () => {
  it.each<[FilterOptions]>([
    [{}],
    [{ area: 'helse' }],
    [{ area: 'helse,okonomi', kind: 'all' }],
    [{ kind: 'bekymring' }],
    [{ area: 'klima', actor: 'staten' }],
    [{ page: '2-6', kind: 'all' }],
    [{ section: '7', area: 'helse' }],
    [{ match: 'fastlege' }],
    [{ doc: 'h1-horing-helse', kind: 'all' }],
  ])('%j', (options) => {
    const flags = Object.entries(options).flatMap(([k, v]) => [`--${k}`, String(v)]);
    const want = expected(options);
    expect(want.length).toBeGreaterThan(0);
    expect(ids(['list', ...flags])).toEqual(want);
  });

  it('--limit stops across documents', () => {
    expect(ids(['list', '--kind', 'all', '--limit', '250'])).toEqual(expected({ kind: 'all' }).slice(0, 250));
  });

  it('an area only some documents have: the others are skipped by the catalogue, the output is the same', () => {
    const holders = (slug: string) => new Set(docs.filter((d) => d.sentences.some((s) => s.kind !== null && s.areas.includes(slug))).map((d) => d.id));
    const slug = ['forsvar', 'samferdsel', 'klima', 'kultur', 'landbruk', 'beredskap', 'innvandring', 'utdanning']
      .find((a) => { try { buildFilter({ area: a }); } catch { return false; } const n = holders(a).size; return n > 0 && n < docs.length; });
    expect(slug).toBeDefined();
    expect(ids(['list', '--area', slug!, '--kind', 'all'])).toEqual(expected({ area: slug!, kind: 'all' }));
  });
});

describe('grep over the lean rows of a multi-document index', () => {
  it.each<[string, FilterOptions, { ignoreCase?: boolean; invertMatch?: boolean }]>([
    ['fastlege', {}, {}],
    ['KOMMUNE', {}, { ignoreCase: true }],
    ['staten', { area: 'okonomi' }, {}],
    ['må', { actor: 'regjeringen', kind: 'krav' }, {}],
    ['\\bikke\\b', {}, { invertMatch: true }],
  ])('%s %j %j', (pattern, options, flags) => {
    const args = [
      ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, String(v)]),
      ...(flags.ignoreCase ? ['-i'] : []),
      ...(flags.invertMatch ? ['-v'] : []),
    ];
    const want = expected(options, pattern, flags);
    expect(want.length).toBeGreaterThan(0);
    expect(ids(['grep', pattern, ...args])).toEqual(want);
    const count = cli(['grep', pattern, ...args, '-c', '--index', index]);
    expect(count.stdout).toBe(`${want.length}\n`);
  });
});

describe('grep --all-sentences, a document at a time', () => {
  it('gives every matching sentence of every document, statements or not, in document order', () => {
    const want = [...locate(docs)]
      .filter((l) => /kommune/iu.test(l.sentence.text))
      .map((l) => qualify(l.doc.id, l.sentence.id, true));
    expect(want.length).toBeGreaterThan(docs.length);
    expect(ids(['grep', '-i', 'kommune', '--all-sentences'])).toEqual(want);
    expect(ids(['grep', '-i', 'kommune', '--all-sentences', '--limit', '7'])).toEqual(want.slice(0, 7));
    expect(ids(['grep', '-i', 'kommune', '--all-sentences', '--doc', 'h2-statsbudsjett'])).toEqual(want.filter((id) => id.startsWith('h2-statsbudsjett:')));
  });
});

describe('expected values from outside this index', () => {
  // not computed from this index's documents with the same functions: the bundled corpus' own
  // index and a one-document index answer for each part of the multi-document one
  it('each held-out document answers in the large index as it does in an index of its own', () => {
    for (const name of ['h1-horing-helse', 'h2-statsbudsjett', 'h4-horing-plan']) {
      const alone = join(tempDir(), 'alone');
      expect(cli(['ingest', join(ROOT, 'tests', 'fixtures', 'heldout', `${name}.txt`), '--index', alone, '-q']).code).toBe(0);
      const own = ndjson<{ id: string; kind: string; areas: string[] }>(cli(['list', '--kind', 'all', '--format', 'ndjson', '--index', alone]).stdout);
      expect(own.length).toBeGreaterThan(10);
      const inLarge = ndjson<{ id: string; kind: string; areas: string[] }>(cli(['list', '--kind', 'all', '--doc', name, '--format', 'ndjson', '--index', index]).stdout);
      expect(inLarge.map((r) => [r.id, r.kind, r.areas.join()])).toEqual(own.map((r) => [`${name}:${r.id}`, r.kind, r.areas.join()]));
    }
  });
});
