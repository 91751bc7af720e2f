// show, areas and sections over a multi-document index answer from the catalogue (outline, counts
// per area and kind) and read only the documents they name (issue 18). Expected values come from
// elsewhere: one-document indexes of the same files, `list` (which reads the statement rows), and
// the documents' sentences counted here.
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMAND_KINDS, type IndexedDocument, type Kind, KINDS } from '../../src/model/types.js';
import { cli, ndjson, ROOT, tempDir } from '../helpers/cli.js';
import { multiDocumentIndex } from '../helpers/multi-index.js';

const HELD_OUT = ['h1-horing-helse', 'h2-statsbudsjett', 'h4-horing-plan'];

let index = '';
let docs: IndexedDocument[] = [];
/** each held-out document in an index of its own */
const alone = new Map<string, string>();

beforeAll(async () => {
  ({ index, docs } = await multiDocumentIndex(3));
  for (const name of HELD_OUT) {
    const dir = join(tempDir(), 'alone');
    const out = cli(['ingest', join(ROOT, 'tests', 'fixtures', 'heldout', `${name}.txt`), '--index', dir, '-q']);
    expect(out.code, out.stderr).toBe(0);
    alone.set(name, dir);
  }
}, 240_000);

interface SectionRec {
  id: string;
  doc: string;
  parent: string | null;
  title: string;
  level: number;
  sentences: number;
  statements: number;
  demands: number;
}
interface SentenceRec {
  id: string;
  kind: Kind | null;
  areas: string[];
  sectionId: string;
  text: string;
  before?: string | null;
  after?: string | null;
  cues?: unknown[];
}
interface AreaRec extends Record<Kind, number> {
  slug: string;
  statements: number;
  demands: number;
}

function run(args: string[], expectCode = 0) {
  const out = cli([...args, '--format', 'ndjson']);
  expect(out.code, out.stderr).toBe(expectCode);
  return out;
}

describe('sections, a document at a time', () => {
  it('each held-out document has the sections and counts of its own index', () => {
    for (const name of HELD_OUT) {
      const own = ndjson<SectionRec>(run(['sections', '--index', alone.get(name)!]).stdout);
      expect(own.length).toBeGreaterThan(3);
      const inLarge = ndjson<SectionRec>(run(['sections', '--doc', name, '--index', index]).stdout);
      const q = (id: string | null) => (id === null ? null : `${name}:${id}`);
      expect(inLarge).toEqual(own.map((r) => ({ ...r, id: q(r.id), parent: q(r.parent) })));
    }
  });

  it('counts each section\'s sentences, statements and demands as the documents hold them', () => {
    const records = ndjson<SectionRec>(run(['sections', '--index', index]).stdout);
    const want = docs.flatMap((doc) =>
      doc.sections.map((section) => {
        const mine = doc.sentences.filter((s) => s.sectionId === section.id);
        return {
          id: `${doc.id}:${section.id}`,
          sentences: mine.length,
          statements: mine.filter((s) => s.kind !== null).length,
          demands: mine.filter((s) => s.kind !== null && DEMAND_KINDS.includes(s.kind)).length,
        };
      }),
    );
    expect(want.length).toBeGreaterThan(100);
    expect(records.map((r) => ({ id: r.id, sentences: r.sentences, statements: r.statements, demands: r.demands }))).toEqual(want);
  });

  it('json is one array of the same records; tsv has one header; piped text is one record a line', () => {
    const lines = ndjson<SectionRec>(run(['sections', '--index', index]).stdout);
    const json = cli(['sections', '--index', index, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(lines);
    const tsv = cli(['sections', '--index', index, '--format', 'tsv', '--header']).stdout.trimEnd().split('\n');
    expect(tsv.filter((l) => l.startsWith('id\t'))).toHaveLength(1);
    expect(tsv).toHaveLength(lines.length + 1);
    // piped, no document heading lines: every line a record whose id carries its document
    const text = cli(['sections', '--index', index]).stdout.trimEnd().split('\n');
    expect(text).toHaveLength(lines.length);
    expect(text.map((l) => l.split('\t')[0])).toEqual(lines.map((r) => r.id));
    const one = cli(['sections', '--index', index, '--doc', 'h1-horing-helse']).stdout.split('\n');
    expect(one).not.toContain('h1-horing-helse');
    // a document the index does not hold is a usage error (issue 17)
    expect(cli(['sections', '--index', index, '--doc', 'nope']).code).toBe(2);
  });
});

describe('areas from the catalogue', () => {
  /** Statements per area and kind, counted from `list --kind all` records. */
  function counted(records: SentenceRec[]): Map<string, Record<Kind, number>> {
    const out = new Map<string, Record<Kind, number>>();
    for (const r of records) {
      for (const area of r.areas) {
        const c = out.get(area) ?? (Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>);
        c[r.kind!] += 1;
        out.set(area, c);
      }
    }
    return out;
  }
  function expectMatches(areas: AreaRec[], list: SentenceRec[]) {
    const want = counted(list);
    expect(want.size).toBeGreaterThan(3);
    for (const a of areas) {
      const c = want.get(a.slug) ?? (Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>);
      for (const k of KINDS) expect([a.slug, k, a[k]]).toEqual([a.slug, k, c[k]]);
      expect(a.statements).toBe(KINDS.reduce((n, k) => n + c[k], 0));
      expect(a.demands).toBe(DEMAND_KINDS.reduce((n, k) => n + c[k], 0));
    }
  }

  it('the whole index: as many statements per area and kind as list finds', () => {
    expectMatches(ndjson<AreaRec>(run(['areas', '--index', index]).stdout), ndjson<SentenceRec>(run(['list', '--kind', 'all', '--index', index]).stdout));
  });

  it('--doc: as the document\'s own index says, and as list finds there', () => {
    for (const name of HELD_OUT) {
      const own = ndjson<AreaRec>(run(['areas', '--index', alone.get(name)!]).stdout);
      expect(ndjson<AreaRec>(run(['areas', '--doc', name, '--index', index]).stdout)).toEqual(own);
      expectMatches(own, ndjson<SentenceRec>(run(['list', '--kind', 'all', '--index', alone.get(name)!]).stdout));
    }
    const two = ndjson<AreaRec>(run(['areas', '--doc', 'h1-horing-helse,doc-0001', '--index', index]).stdout);
    expectMatches(two, ndjson<SentenceRec>(run(['list', '--kind', 'all', '--doc', 'h1-horing-helse,doc-0001', '--index', index]).stdout));
  });

  it('--kind and --section as list finds', () => {
    const krav = ndjson<AreaRec>(run(['areas', '--kind', 'krav,stotte', '--index', index]).stdout);
    expectMatches(krav, ndjson<SentenceRec>(run(['list', '--kind', 'krav,stotte', '--index', index]).stdout));
    const section = ndjson<AreaRec>(run(['areas', '--section', '2', '--index', index]).stdout);
    expectMatches(section, ndjson<SentenceRec>(run(['list', '--kind', 'all', '--section', '2', '--index', index]).stdout));
  });
});

/** Section ids held by exactly `n` documents (by the documents' own sections). */
function sectionIdsIn(n: number): string[] {
  const holders = new Map<string, number>();
  for (const doc of docs) for (const s of doc.sections) holders.set(s.id, (holders.get(s.id) ?? 0) + 1);
  return [...holders].filter(([, k]) => k === n).map(([id]) => id);
}

describe('show, from the one document an id names', () => {
  it('a qualified id answers as in the document\'s own index', () => {
    for (const name of HELD_OUT) {
      const doc = docs.find((d) => d.id === name)!;
      for (const sentence of [doc.sentences[0]!, doc.sentences[Math.floor(doc.sentences.length / 2)]!, doc.sentences.at(-1)!]) {
        const own = ndjson<SentenceRec>(run(['show', sentence.id, '--index', alone.get(name)!]).stdout);
        expect(own).toHaveLength(1);
        const large = ndjson<SentenceRec>(run(['show', `${name}:${sentence.id}`, '--index', index]).stdout);
        expect(large).toEqual(own.map((r) => ({ ...r, id: `${name}:${r.id}`, doc: name, sectionId: `${name}:${r.sectionId}` })));
      }
      const section = doc.sections.find((s) => doc.sentences.some((t) => t.sectionId === s.id))!;
      const large = ndjson<SentenceRec>(run(['show', `${name}:${section.id}`, '--index', index]).stdout);
      expect(large.map((r) => r.text)).toEqual(doc.sentences.filter((s) => s.sectionId === section.id).map((s) => s.text));
    }
  });

  it('a short id held by one document is found there; held by several asks to qualify it; unknown is unknown', () => {
    const unique = sectionIdsIn(1).find((id) => docs.some((d) => d.sentences.some((s) => s.sectionId === id)));
    expect(unique).toBeDefined();
    const holder = docs.find((d) => d.sections.some((s) => s.id === unique))!;
    const first = holder.sentences.find((s) => s.sectionId === unique)!;
    expect(ndjson<SentenceRec>(run(['show', first.id, '--index', index]).stdout).map((r) => r.id)).toEqual([`${holder.id}:${first.id}`]);
    // the first sentence of chapter 1: every document has one
    const everywhere = cli(['show', '1-1', '--index', index]);
    expect(everywhere.code).toBe(1);
    expect(everywhere.stderr).toMatch(new RegExp(`'1-1' is in ${docs.length} documents; qualify it, e\\.g\\. ${docs[0]!.id}:1-1`, 'u'));
    // a sentence past the end of its section is in no document
    const longest = Math.max(...docs.map((d) => d.sentences.filter((s) => s.sectionId === '1').length));
    const past = cli(['show', `1-${longest + 1}`, '--index', index]);
    expect([past.code, past.stderr]).toEqual([1, `ks-input: no sentence or section with id '1-${longest + 1}'; see \`ks-input sections\`\n`]);
    expect(cli(['show', 'nope-1', '--index', index]).code).toBe(1);
    expect(cli(['show', `${holder.id}:9.9.9-1`, '--index', index]).code).toBe(1);
  });

  it('reads no other document: show and sections --doc answer with every other document corrupt', () => {
    const copy = join(tempDir(), 'copy');
    cpSync(index, copy, { recursive: true });
    const target = 'h2-statsbudsjett';
    const docsDir = join(copy, 'docs');
    for (const name of readdirSync(docsDir)) if (!name.startsWith(`${target}.`)) writeFileSync(join(docsDir, name), 'not an index file\n');
    const doc = docs.find((d) => d.id === target)!;
    const sentence = doc.sentences[3]!;
    const want = ndjson<SentenceRec>(run(['show', `${target}:${sentence.id}`, '--index', index]).stdout);
    expect(ndjson<SentenceRec>(run(['show', `${target}:${sentence.id}`, '--index', copy]).stdout)).toEqual(want);
    const unique = sectionIdsIn(1).find((id) => doc.sections.some((s) => s.id === id) && doc.sentences.some((s) => s.sectionId === id));
    if (unique) expect(run(['show', unique, '--index', copy]).code).toBe(0);
    expect(cli(['show', 'nope-1', '--index', copy]).code).toBe(1); // unknown, not corrupt (3)
    expect(run(['sections', '--doc', target, '--index', copy]).stdout).toBe(run(['sections', '--doc', target, '--index', index]).stdout);
    expect(run(['areas', '--doc', 'doc-0001', '--index', copy]).stdout).toBe(run(['areas', '--doc', 'doc-0001', '--index', index]).stdout);
    // the document named is read: corrupt, it says so
    const other = docs.find((d) => d.id === 'doc-0001')!;
    const corrupt = cli(['show', `doc-0001:${other.sentences[0]!.id}`, '--index', copy]);
    expect(corrupt.code).toBe(3);
    expect(corrupt.stderr).toMatch(/document doc-0001 is (corrupt|unreadable)/u);
  });
});
