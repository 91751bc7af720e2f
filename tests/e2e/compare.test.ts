// End-to-end: `ks-input compare` and `ks-input similar` spawned as a user runs them, on the
// made-up benchmark pairs (tests/fixtures/compare/, with answer keys) copied into a folder whose
// path has spaces and æøå. The pairs are scored as ../shared/eval/score_compare.py scores them
// (a side matches a key text when their word multisets have Dice ≥ 0.75).
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, ROOT, tempDir } from '../helpers/cli.js';

interface Side {
  id: string;
  doc: string;
  kind: string | null;
  areas: string[];
  text: string;
}
interface Rec {
  change: string;
  similarity: number;
  old: Side | null;
  new: Side | null;
  kinds?: string;
}
interface Key {
  pairs: Array<{ a: string; b: string; class: string }>;
  dropped: Array<{ a: string }>;
  new: Array<{ b: string }>;
}

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'compare');
const PAIRS = readdirSync(FIXTURES).filter((f) => f.endsWith('.key.json')).map((f) => f.replace(/\.key\.json$/u, '')).sort();

// score_compare.py's test, ported: word multisets, Dice ≥ 0.75
const tokens = (s: string): string[] => (s.normalize('NFC').toLowerCase().replace(/-\s+/gu, '-').match(/[\p{L}\p{N}_]+/gu) ?? []);
function dice(a: string, b: string): number {
  const ta = tokens(a);
  const left = tokens(b);
  const n = ta.length + left.length;
  let shared = 0;
  for (const t of ta) {
    const at = left.indexOf(t);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return n ? (2 * shared) / n : 0;
}
const same = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && dice(x, y) >= 0.75;
const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

function score(key: Key, recs: Rec[]) {
  const pairs = recs.filter((r) => r.old && r.new).map((r) => ({ a: r.old!.text, b: r.new!.text, change: r.change }));
  const hit = (g: Key['pairs'][number]) => pairs.find((p) => same(g.a, p.a) && same(g.b, p.b));
  const tp = key.pairs.filter(hit).length;
  const fp = pairs.filter((p) => !key.pairs.some((g) => same(g.a, p.a) && same(g.b, p.b))).length;
  const side = (label: string, gold: string[], pick: (r: Rec) => string | undefined) => {
    const got = recs.filter((r) => r.change === label).map(pick);
    const t = gold.filter((g) => got.some((o) => same(g, o))).length;
    return f1(t, got.filter((o) => !gold.some((g) => same(g, o))).length, gold.length - t);
  };
  const modal = key.pairs.filter((g) => g.class === 'strengthened' || g.class === 'weakened');
  return {
    pairs: f1(tp, fp, key.pairs.length - tp),
    new: side('new', key.new.map((n) => n.b), (r) => r.new?.text),
    dropped: side('dropped', key.dropped.map((d) => d.a), (r) => r.old?.text),
    modalWrong: modal.filter((g) => hit(g)?.change !== g.class).length,
  };
}

let work: string;
let index: string;
const file = (name: string) => join(work, name);
beforeAll(() => {
  work = join(tempDir('ks-input compare æøå '), 'mine dokumenter');
  index = join(work, 'indeks');
  mkdirSync(work, { recursive: true });
  for (const f of readdirSync(FIXTURES)) if (f.endsWith('.md')) copyFileSync(join(FIXTURES, f), file(f));
  // the shared index holds every pair; the first tests ingest through compare into their own
  const ingest = cli(['ingest', '--index', index, ...PAIRS.flatMap((n) => [file(`${n}-old.md`), file(`${n}-new.md`)])]);
  expect(ingest.code, ingest.stderr).toBe(0);
});

const compare = (args: string[]) => cli(['compare', '--index', index, ...args], { cwd: work });

describe('compare OLD NEW on the benchmark pairs', () => {
  for (const name of PAIRS) {
    it(`${name}: ingests the files, and meets the issue's figures against the answer key`, () => {
      const own = join(work, `indeks ${name}`);
      const out = cli(['compare', '--index', own, `${name}-old.md`, `${name}-new.md`, '--format', 'ndjson'], { cwd: work });
      expect(out.code, out.stderr).toBe(0);
      const recs = ndjson<Rec>(out.stdout);
      const key = JSON.parse(readFileSync(join(FIXTURES, `${name}.key.json`), 'utf8')) as Key;
      const s = score(key, recs);
      expect(s.pairs).toBeGreaterThanOrEqual(0.95);
      expect(s.new).toBeGreaterThanOrEqual(0.9);
      expect(s.dropped).toBeGreaterThanOrEqual(0.9);
      expect(s.modalWrong).toBeLessThanOrEqual(1);
      // every statement of either document has exactly one record
      const list = (doc: string) => ndjson<Side>(cli(['list', '--kind', 'all', '--doc', doc, '--index', own, '--format', 'ndjson']).stdout).map((r) => r.id);
      expect(recs.filter((r) => r.old).map((r) => r.old!.id).sort()).toEqual(list(`${name}-old`).sort());
      expect(recs.filter((r) => r.new).map((r) => r.new!.id).sort()).toEqual(list(`${name}-new`).sort());
      for (const r of recs) {
        expect(r.similarity).toBeGreaterThanOrEqual(0);
        expect(r.similarity).toBeLessThanOrEqual(1);
        expect(r.old === null).toBe(r.change === 'new');
        expect(r.new === null).toBe(r.change === 'dropped');
      }
    });
  }

  it('takes document ids once the documents are in the index, and names a changed kind', () => {
    const recs = ndjson<Rec>(compare(['budsjett-old', 'budsjett-new', '--format', 'ndjson']).stdout);
    const strengthened = recs.find((r) => r.change === 'strengthened' && r.old!.text.startsWith('Øremerkede tilskudd bør'));
    expect(strengthened?.new?.text).toBe('Øremerkede tilskudd må innlemmes i rammetilskuddet så raskt som mulig.');
    expect(strengthened?.kinds).toBe('anbefaling → krav');
  });

  it('exits 1 when the documents hold the same statements', () => {
    const out = compare(['klima-old', 'klima-old', '--format', 'ndjson']);
    expect(out.code).toBe(1);
    const recs = ndjson<Rec>(out.stdout);
    expect(recs.length).toBeGreaterThan(10);
    expect(recs.every((r) => r.change === 'repeated' && r.similarity === 1)).toBe(true);
  });

  it('applies the list filters to both sides', () => {
    const all = ndjson<Rec>(compare(['budsjett-old', 'budsjett-new', '--format', 'ndjson']).stdout);
    const krav = ndjson<Rec>(compare(['budsjett-old', 'budsjett-new', '--kind', 'krav', '--format', 'ndjson']).stdout);
    expect(krav.length).toBeGreaterThan(0);
    expect(krav.length).toBeLessThan(all.length);
    expect(krav.every((r) => r.old?.kind === 'krav' || r.new?.kind === 'krav')).toBe(true);
    // a pair keeps its other side: anbefaling → krav is still strengthened, not new
    expect(krav.some((r) => r.change === 'strengthened' && r.old?.kind === 'anbefaling')).toBe(true);
    const bolig = ndjson<Rec>(compare(['budsjett-old', 'budsjett-new', '--area', 'bolig', '--format', 'ndjson']).stdout);
    expect(bolig.length).toBeGreaterThan(0);
    expect(bolig.every((r) => r.old?.areas.includes('bolig') || r.new?.areas.includes('bolig'))).toBe(true);
    const matched = ndjson<Rec>(compare(['budsjett-old', 'budsjett-new', '--match', 'startlån', '--format', 'ndjson']).stdout);
    expect(matched.map((r) => r.change)).toEqual(['reworded']);
  });

  it('writes tsv, json and grouped text', () => {
    const tsv = compare(['budsjett-old', 'budsjett-new', '--format', 'tsv', '--header']).stdout.replace(/\n$/u, '').split('\n');
    expect(tsv[0]).toBe('change\tsimilarity\told\tnew\told_kind\tnew_kind\tareas\told_text\tnew_text');
    expect(tsv.slice(1).every((l) => l.split('\t').length === 9)).toBe(true);
    const json = JSON.parse(compare(['budsjett-old', 'budsjett-new', '--format', 'json']).stdout) as Rec[];
    expect(json.length).toBe(tsv.length - 1);
    const text = compare(['budsjett-old', 'budsjett-new']).stdout.trimEnd().split('\n');
    const changes = text.filter((l) => !l.startsWith('#')).map((l) => l.split('\t')[0]);
    // grouped: new, dropped, strengthened, weakened, reworded; repeated only counted
    expect(changes).toEqual([...changes].sort((a, b) => ORDER.indexOf(a!) - ORDER.indexOf(b!)));
    expect(changes).not.toContain('repeated');
    expect(text.at(-1)).toMatch(/^# \d+ repeated \(--all lists them\)$/u);
    const reworded = text.find((l) => l.startsWith('reworded') && l.includes('startlån'))!;
    expect(reworded).toContain('budsjett-old:');
    expect(reworded).toContain(' → budsjett-new:');
    const withAll = compare(['budsjett-old', 'budsjett-new', '--all']).stdout;
    expect(withAll).toMatch(/^repeated\t1\.00\t/mu);
  });

  it('writes a Markdown report: summary per area, then new, dropped, strengthened and weakened, reworded', () => {
    const out = compare(['budsjett-old', 'budsjett-new', '--format', 'markdown', '--lang', 'en']);
    expect(out.code).toBe(0);
    const headings = out.stdout.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(1)).toEqual(['## Summary', '## New', '## Dropped', '## Strengthened and weakened', '## Reworded']);
    expect(out.stdout).toMatch(/^\| Area +\| New \| Dropped \| Strengthened \| Weakened \| Reworded \| Repeated \|$/mu);
    expect(out.stdout).toMatch(/^\| Total +\| +4 \| +3 \| /mu);
    // a reworded pair: the old and the new text, each with its citation
    expect(out.stdout).toMatch(/\*\*Before, Recommendation:\*\* Det er viktig at Husbankens rammer .* \(l\. \d+, budsjett-old:[\d.]+-\d+\)/u);
    expect(out.stdout).toMatch(/\*\*Now, Recommendation:\*\* Husbanken bør få større rammer .* \(l\. \d+, budsjett-new:[\d.]+-\d+\)/u);
    expect(out.stdout).not.toContain('## Repeated');
    expect(compare(['budsjett-old', 'budsjett-new', '--format', 'markdown', '--lang', 'en', '--all']).stdout).toContain('## Repeated');
  });

  it('refuses an unknown document with exit status 2', () => {
    const out = compare(['budsjett-old', 'no-such-document']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/no document 'no-such-document'/u);
  });
});

const ORDER = ['new', 'dropped', 'strengthened', 'weakened', 'reworded', 'repeated'];

describe('similar ID', () => {
  it("ranks a reworded statement's counterpart first, for all but one", () => {
    let wrong = 0;
    let all = 0;
    for (const name of PAIRS) {
      const recs = ndjson<Rec>(compare([`${name}-old`, `${name}-new`, '--format', 'ndjson']).stdout).filter((r) => r.change === 'reworded');
      for (const r of recs) {
        all++;
        const hits = ndjson<Side & { similarity: number }>(cli(['similar', r.old!.id, '--index', index, '--format', 'ndjson']).stdout);
        if (hits[0]?.id !== r.new!.id) wrong++;
      }
    }
    expect(all).toBeGreaterThanOrEqual(10);
    expect(wrong).toBeLessThanOrEqual(1);
  });

  it('lists other documents first, then its own, each by similarity; --limit and --doc', () => {
    const target = 'budsjett-old:2-5';
    const out = cli(['similar', target, '--index', index, '--format', 'ndjson', '--limit', '50'], { cwd: work });
    expect(out.code, out.stderr).toBe(0);
    const hits = ndjson<Side & { similarity: number }>(out.stdout);
    expect(hits.some((h) => h.id === target)).toBe(false);
    const own = hits.map((h) => h.doc === 'budsjett-old');
    expect(own).toEqual([...own].sort((a, b) => Number(a) - Number(b)));
    expect(own).toContain(true);
    const others = hits.filter((h) => h.doc !== 'budsjett-old').map((h) => h.similarity);
    expect(others).toEqual([...others].sort((a, b) => b - a));
    expect(hits[0]).toMatchObject({ id: 'budsjett-new:2-5', doc: 'budsjett-new' });
    expect(hits[0]!.similarity).toBeGreaterThan(0.9);
    expect(ndjson(cli(['similar', target, '--index', index, '--format', 'ndjson', '--limit', '3']).stdout)).toHaveLength(3);
    const inKlima = ndjson<Side>(cli(['similar', target, '--index', index, '--format', 'ndjson', '--doc', 'klima-new']).stdout);
    expect(inKlima.every((h) => h.doc === 'klima-new')).toBe(true);
  });

  it('says so when the id is unknown (exit 1) and writes text and tsv', () => {
    expect(cli(['similar', 'budsjett-old:99-1', '--index', index]).code).toBe(1);
    const text = cli(['similar', 'budsjett-old:2-5', '--index', index, '--limit', '2']).stdout.trimEnd().split('\n');
    expect(text).toHaveLength(2);
    expect(text[0]).toMatch(/^1\.00\tbudsjett-new:2-5\tkrav\t/u);
    const tsv = cli(['similar', 'budsjett-old:2-5', '--index', index, '--limit', '2', '--format', 'tsv']).stdout.trimEnd().split('\n');
    expect(tsv[0]!.split('\t')).toHaveLength(7);
  });
});
