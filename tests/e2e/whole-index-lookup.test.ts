// Questions about the whole index — `areas` without --doc, `show` of a short or unknown id —
// answer from the catalogue's first line, sources.txt and ids.txt (issue 18), never from stale
// data: every source is still checked, since any document may change the answer.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDS_FILE, SOURCES_FILE } from '../../src/index/lookup-files.js';
import { SCHEMA_VERSION } from '../../src/index/store.js';
import { KINDS } from '../../src/model/types.js';
import { catalogOf, ingestFiles, ndjson, queryIndex } from '../helpers/cli.js';

// a: section 1 with three sentences; b: section 1 with one
const A = '# Helse\n\nKS mener regjeringen må styrke fastlegeordningen. Det haster. Legevakten må sikres.\n';
const B = '# Skole\n\nKS mener staten bør styrke lærerutdanningen i kommunene.\n';

function twoDocuments() {
  const { paths, index } = ingestFiles({ 'a.md': A, 'b.md': B });
  return { a: paths['a.md']!, b: paths['b.md']!, index };
}

const run = queryIndex;

interface AreaRec extends Record<string, number | string> {
  slug: string;
  statements: number;
  demands: number;
}
const areasOf = (args: string[], index: string) => {
  const out = run(['areas', ...args], index);
  expect(out.code, out.stderr).toBe(0);
  return ndjson<AreaRec>(out.stdout);
};
const statementsIn = (records: AreaRec[], slug: string) => records.find((r) => r.slug === slug)!.statements;

const AMBIGUOUS = "ks-input: id '1-1' is in 2 documents; qualify it, e.g. a:1-1\n";
const unknown = (id: string) => `ks-input: no sentence or section with id '${id}'; see \`ks-input sections\`\n`;

describe('show of a short or unknown id over several documents', () => {
  it('finds the one document holding it, asks to qualify one held by two, knows an unknown one', () => {
    const { index } = twoDocuments();
    const shown = run(['show', '1-3'], index);
    expect([shown.code, shown.stderr]).toEqual([0, '']);
    expect(ndjson<{ id: string; text: string }>(shown.stdout)).toMatchObject([{ id: 'a:1-3', text: 'Legevakten må sikres.' }]);
    expect(ndjson<{ id: string }>(run(['show', '1'], index).stdout)).toHaveLength(0); // section 1: in both
    for (const [id, code, stderr] of [
      ['1-1', 1, AMBIGUOUS],
      ['1-4', 1, unknown('1-4')],
      ['1-0', 1, unknown('1-0')],
      ['nope-1', 1, unknown('nope-1')],
      ['9.9', 1, unknown('9.9')],
    ] as const) {
      expect([id, run(['show', id], index)]).toEqual([id, { code, stdout: '', stderr }]);
    }
  });

  it('reads neither the other documents nor the catalogue\'s other lines', () => {
    const { index } = twoDocuments();
    const areas = run(['areas'], index).stdout;
    // b's line of the catalogue and b's files made garbage: what needs b fails, the rest answers
    const catalog = readFileSync(join(index, 'catalog.json'), 'utf8');
    writeFileSync(join(index, 'catalog.json'), catalog.replace(/\n\{"id":"b",[^\n]*\n/u, '\n{"id":"b", not json\n'));
    for (const name of readdirSync(join(index, 'docs'))) if (name.startsWith('b.')) writeFileSync(join(index, 'docs', name), 'garbage\n');
    expect(run(['show', '1-3'], index)).toMatchObject({ code: 0, stderr: '' });
    expect(run(['show', '1-4'], index)).toEqual({ code: 1, stdout: '', stderr: unknown('1-4') });
    expect(run(['show', '1-1'], index)).toEqual({ code: 1, stdout: '', stderr: AMBIGUOUS });
    expect(run(['areas'], index)).toEqual({ code: 0, stdout: areas, stderr: '' });
    // a command that reads the catalogue whole says it is corrupt
    expect(run(['list'], index).code).toBe(3);
  });
});

describe('an id of no possible form', () => {
  it('is unknown without a source checked; a well-formed unknown id checks them', () => {
    const { a, index } = twoDocuments();
    rmSync(a);
    const warning = `ks-input: warning: ${a} is gone or not a file; answering from the copy of document a indexed earlier\n`;
    expect(run(['show', 'nope-1'], index)).toEqual({ code: 1, stdout: '', stderr: unknown('nope-1') });
    expect(run(['show', 'a:1-x', '1-3'], index)).toEqual({ code: 1, stdout: '', stderr: unknown('a:1-x') });
    expect(run(['show', '9.9-1'], index)).toEqual({ code: 1, stdout: '', stderr: `${warning}${unknown('9.9-1')}` });
    // the first id decides: a well-formed one is looked up (and its source checked) first
    expect(run(['show', '1-3', 'nope-1'], index)).toEqual({ code: 1, stdout: '', stderr: `${warning}${unknown('nope-1')}` });
    // no index there: said so, not "no such id"
    const none = run(['show', 'nope-1'], join(index, 'nothing'));
    expect([none.code, none.stderr]).toEqual([3, expect.stringContaining('no index at')]);
  });
});

describe('areas of the whole index', () => {
  it('are the sums of each document\'s counts', () => {
    const { index } = twoDocuments();
    const all = areasOf([], index);
    const a = areasOf(['--doc', 'a'], index);
    const b = areasOf(['--doc', 'b'], index);
    expect(all.reduce((n, r) => n + r.statements, 0)).toBeGreaterThan(3);
    for (const [i, r] of all.entries()) {
      for (const key of ['statements', 'demands', ...KINDS]) expect([r.slug, key, r[key]]).toEqual([r.slug, key, (a[i]![key] as number) + (b[i]![key] as number)]);
    }
  });
});

describe('never from stale data', () => {
  it('a short id another source now holds too: re-ingested first, then ambiguous', () => {
    const { b, index } = twoDocuments();
    writeFileSync(b, '# Skole\n\nKS mener staten bør styrke lærerutdanningen. Det haster. Flere lærere trengs. Og mer.\n');
    const now = run(['show', '1-3'], index);
    expect(now.code).toBe(1);
    expect(now.stderr).toMatch(/updated the index .*\(1 source changed\)\n.*'1-3' is in 2 documents; qualify it, e\.g\. a:1-3/u);
    // an id no document held: the changed one holds it now
    expect(ndjson<{ id: string; text: string }>(run(['show', '1-4'], index).stdout)).toEqual([expect.objectContaining({ id: 'b:1-4', text: 'Og mer.' })]);
  });

  it('an unknown id that a changed source now holds is found', () => {
    const { a, index } = twoDocuments();
    expect(run(['show', '1-5'], index).code).toBe(1);
    writeFileSync(a, `${A.trimEnd()} Fire. Fem.\n`);
    const shown = run(['show', '1-5'], index);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stderr).toMatch(/updated the index/u);
    expect(ndjson<{ id: string }>(shown.stdout).map((r) => r.id)).toEqual(['a:1-5']);
  });

  it('areas: a changed source is re-ingested first; a removed one answers from its copy, and says so', () => {
    const { a, b, index } = twoDocuments();
    const before = areasOf([], index);
    expect(statementsIn(before, 'utdanning')).toBe(1);
    writeFileSync(b, '# Skole\n\nKS mener staten bør styrke lærerutdanningen. Kommunene må få flere lærere i grunnskolen.\n');
    const changed = run(['areas'], index);
    expect(changed.stderr).toMatch(/updated the index .*\(1 source changed\)/u);
    expect(statementsIn(ndjson<AreaRec>(changed.stdout), 'utdanning')).toBe(2);
    // a: gone; its statements still counted, with a warning every time
    const counted = areasOf([], index);
    rmSync(a);
    for (let i = 0; i < 2; i++) {
      const gone = run(['areas'], index);
      expect(gone.code).toBe(0);
      expect(gone.stderr).toBe(`ks-input: warning: ${a} is gone or not a file; answering from the copy of document a indexed earlier\n`);
      expect(ndjson<AreaRec>(gone.stdout)).toEqual(counted);
    }
    const shown = run(['show', '1-3'], index);
    expect([shown.code, shown.stderr]).toEqual([0, expect.stringContaining('is gone or not a file')]);
    expect(ndjson<{ id: string }>(shown.stdout).map((r) => r.id)).toEqual(['a:1-3']);
  });

  it('a source rewritten in place, its size the same: noticed by areas and by show of a short id', () => {
    const { b, index } = twoDocuments();
    const kinds = (records: AreaRec[]) => [records.find((r) => r.slug === 'utdanning')!.krav, records.find((r) => r.slug === 'utdanning')!.anbefaling];
    expect(kinds(areasOf([], index))).toEqual([0, 1]);
    const same = B.replace('bør', 'må ');
    expect(Buffer.byteLength(same)).toBe(Buffer.byteLength(B));
    writeFileSync(b, same);
    expect(statSync(b).size).toBe(Buffer.byteLength(B));
    const changed = run(['areas'], index);
    expect(changed.stderr).toMatch(/updated the index .*\(1 source changed\)/u);
    expect(kinds(ndjson<AreaRec>(changed.stdout))).toEqual([1, 0]);
    writeFileSync(b, B);
    const shown = run(['show', '1-1'], index);
    expect([shown.code, shown.stderr]).toEqual([1, expect.stringMatching(/updated the index .*\(1 source changed\)\n.*'1-1' is in 2 documents/u)]);
  });

  it('without sources.txt and ids.txt of the catalogue\'s generation: the same answers from the catalogue, staleness too', () => {
    const { b, index } = twoDocuments();
    const questions = [['show', '1-3'], ['show', '1-1'], ['show', 'nope-1'], ['areas']];
    const want = questions.map((q) => run(q, index));
    const sources = readFileSync(join(index, SOURCES_FILE), 'utf8');
    writeFileSync(join(index, SOURCES_FILE), sources.replace(/^(ks-input-sources\t)[0-9a-f]+/u, '$1deadbeefdeadbeef'));
    rmSync(join(index, IDS_FILE));
    expect(questions.map((q) => run(q, index))).toEqual(want);
    writeFileSync(b, '# Skole\n\nKS mener staten bør styrke lærerutdanningen. Det haster. Flere lærere trengs.\n');
    expect(run(['show', '1-3'], index)).toMatchObject({ code: 1, stderr: expect.stringMatching(/updated the index[^]*'1-3' is in 2 documents/u) });
    // the update wrote them anew
    expect(readFileSync(join(index, SOURCES_FILE), 'utf8').split('\t')[1]).toBe(catalogOf(index).generation);
    expect(existsSync(join(index, IDS_FILE))).toBe(true);
  });
});

describe('an index of schema 8', () => {
  it('becomes schema 9 on first use, sources.txt and ids.txt written, no document analysed again', () => {
    const { index } = twoDocuments();
    const current = catalogOf(index);
    const docs = join(index, 'docs');
    const before = new Map(readdirSync(docs).map((n) => [n, statSync(join(docs, n)).mtimeMs]));
    const { generation: _g, ...old } = current;
    writeFileSync(join(index, 'catalog.json'), JSON.stringify({ ...old, schemaVersion: 8 }));
    rmSync(join(index, SOURCES_FILE));
    rmSync(join(index, IDS_FILE));
    const shown = run(['show', '1-3'], index);
    expect([shown.code, shown.stderr]).toEqual([0, '']);
    expect(ndjson<{ id: string }>(shown.stdout).map((r) => r.id)).toEqual(['a:1-3']);
    const upgraded = catalogOf(index);
    expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
    expect(upgraded.generation).toBe(current.generation); // the same documents, the same lines
    expect(readFileSync(join(index, SOURCES_FILE), 'utf8').split('\t')[1]).toBe(current.generation);
    expect(existsSync(join(index, IDS_FILE))).toBe(true);
    expect(new Map(readdirSync(docs).map((n) => [n, statSync(join(docs, n)).mtimeMs]))).toEqual(before);
  });
});
