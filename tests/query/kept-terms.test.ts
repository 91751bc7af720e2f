// What search keeps of each document's term file (query/kept-terms.ts, issue 18): the lines in
// KeptLines' flat chunks, read back through KeptView as the Map they were, and rankings over
// them the same as over the Maps, hit for hit, score for score, with every reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUDGED } from '../../bench/search-eval.js';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import { searchFiles } from '../../src/index/terms.js';
import { parseQuery } from '../../src/nlp/search-analyzer.js';
import { type LineFilter, SECTION_HEADINGS, type TermCounts, type TermLine } from '../../src/index/term-file.js';
import { KeptDocument, KeptLines, LengthChunks, slim, withRead } from '../../src/query/kept-terms.js';
import { addToVocabulary, backoffPass, HeadingsLeftOut, meanLengthOf, queryProbes, rankSentences, secondPass, type TermSource, termSource, withLines } from '../../src/query/postings.js';
import { sourceFromBytes } from '../../src/source/read.js';
import { ROOT, SEED } from '../helpers/cli.js';

const lines = (entries: Array<[string, string, string?]>): Map<string, TermLine> => new Map(entries.map(([form, postings, stops]) => [form, { postings, stops: stops ?? '' }]));

describe('KeptLines: the lines of every document in flat chunks', () => {
  it('gives back each document\'s lines as the Map it was given: forms, order, postings, stops', () => {
    const kept = new KeptLines();
    const a = lines([['fastlege', '1,4:2,9'], ['fastlegene', '', '3,5'], [SECTION_HEADINGS, '', '0:kommune økonomi|4:fastlege ordning']]);
    const b = lines([['fastlege', '0'], ['fastlegeordningen', '2:3']]);
    const one = kept.document(10, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], a);
    const two = kept.document(3, [1, 2, 300], b);
    for (const [doc, map] of [[one, a], [two, b]] as const) {
      expect(doc).toBeInstanceOf(KeptDocument);
      expect(doc.lines.size).toBe(map.size);
      expect([...doc.lines]).toEqual([...map]);
      expect([...doc.lines.keys()]).toEqual([...map.keys()]);
      expect([...doc.lines.values()]).toEqual([...map.values()]);
      for (const [form, line] of map) {
        expect(doc.lines.get(form)).toEqual(line);
        expect(doc.lines.has(form)).toBe(true);
      }
      expect(doc.lines.get('helse')).toBeUndefined();
      expect(doc.lines.has('fastlegeordningen')).toBe(map.has('fastlegeordningen'));
      expect(new Map(doc.lines)).toEqual(map);
    }
    expect([...one.lengths]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // a length past a byte: its own wider array
    expect([...two.lengths]).toEqual([1, 2, 300]);
    expect(two.lengths).toBeInstanceOf(Uint16Array);
  });

  it('keeps nothing of a document without lines but its sentence count (one object a count), and no lengths without postings', () => {
    const kept = new KeptLines();
    const x = kept.document(7, [1, 2, 3, 4, 5, 6, 7], new Map());
    const y = kept.document(7, [2, 2, 2, 2, 2, 2, 2], new Map());
    expect(x).toBe(y);
    expect(x.sentences).toBe(7);
    expect(x.lines.size).toBe(0);
    expect(x.lengths.length).toBe(0);
    // stop postings only: the ranking reads no length of it
    expect(kept.document(2, [1, 1], lines([['og', '', '0,1']])).lengths.length).toBe(0);
  });

  it('adds a later read\'s lines after a document\'s own, only forms it lacks, and its lengths when the first read brought no postings', () => {
    const kept = new KeptLines();
    const first = kept.document(4, [1, 2, 3, 4], lines([['og', '', '1']]));
    // another document between the reads: chains stay apart
    const other = kept.document(2, [5, 6], lines([['bolig', '0']]));
    const more = kept.more(first, [1, 2, 3, 4], lines([['og', '', '1,2'], ['bolig', '3'], ['boliger', '0:2']]));
    // the same object, its chain longer: no object a document a pass
    expect(more).toBe(first);
    expect([...more.lines]).toEqual([...lines([['og', '', '1'], ['bolig', '3'], ['boliger', '0:2']])]);
    expect([...more.lengths]).toEqual([1, 2, 3, 4]);
    expect([...other.lines]).toEqual([...lines([['bolig', '0']])]);
    // nothing new: the same document
    expect(kept.more(more, [1, 2, 3, 4], lines([['bolig', '3']]))).toBe(more);
    // a document the first read kept nothing of
    const bare = kept.document(3, [1, 1, 1], new Map());
    const added = kept.more(bare, [1, 1, 1], lines([['eldre', '2']]));
    expect([...added.lines]).toEqual([...lines([['eldre', '2']])]);
    expect([...added.lengths]).toEqual([1, 1, 1]);
    expect(bare.lines.size).toBe(0);
  });

  it('holds a line longer than a chunk, and many documents across chunks', () => {
    const kept = new KeptLines();
    const long = Array.from({ length: 400_000 }, (_, i) => i).join(',');
    const docs: Array<[TermCounts, Map<string, TermLine>]> = [];
    for (let d = 0; d < 3000; d++) {
      const map = lines([[`form${d % 50}`, `${d},${d + 1}:2`], ['æøå', '', `${d}`]]);
      if (d === 1500) map.set('long', { postings: long, stops: 'ø'.repeat(10) });
      docs.push([kept.document(d + 2, Array.from({ length: d + 2 }, (_, i) => i % 200), map), map]);
    }
    for (const [doc, map] of docs) expect([...doc.lines]).toEqual([...map]);
    expect(docs[1500]![0].lines.get('long')!.postings.length).toBe(long.length);
    expect([...docs[2999]![0].lengths]).toEqual(Array.from({ length: 3001 }, (_, i) => i % 200));
  });

  it('packs lengths into shared chunks', () => {
    const chunks = new LengthChunks();
    const a = chunks.packed([1, 2, 3]);
    const b = chunks.packed([4, 5]);
    expect(a.chunk).toBe(b.chunk);
    expect([...a.chunk.subarray(a.start, a.start + 3), ...b.chunk.subarray(b.start, b.start + 2)]).toEqual([1, 2, 3, 4, 5]);
    expect(chunks.packed([70_000]).chunk).toBeInstanceOf(Uint32Array);
  });
});

// Rankings over the kept lines against rankings over the Maps, as search ranks (first pass,
// second, back-off, heading lines read again when a ranking needs them), over the seed and the
// blind sets' documents.
const BLIND = join(ROOT, 'tests', 'fixtures', 'search-blind');
const QUERIES = [
  ...new Set([
    ...JUDGED.map((q) => q.query),
    'fastlege', 'eldrebølgen', 'kommune', 'skule', 'barnehagebemanning', 'handlingsplan eldreomsorg', 'år', '"kunstig intelligens"',
    'lærarnorm', 'kommunane', 'fylkesveiforfall', 'pårørendeavlastning', 'og', 'xyzzyplugh',
  ]),
];

function rank(files: string[], query: string, flat: boolean) {
  const parsed = parseQuery(query);
  const probes = queryProbes(parsed);
  const kept = new KeptLines();
  const reads = files.map((f) => termSource(f, probes));
  // the mean length from every document's lengths, as search folds it while reading (LengthsInOrder)
  const average = meanLengthOf(reads);
  let sources: TermCounts[] = reads.map((read) => (flat ? slim(read, kept) : read));
  const add = (s: TermCounts, read: TermSource, headings?: string[]) => (flat ? withRead(s, read, kept, headings) : withLines(s, read));
  const second = secondPass(parsed, sources, probes);
  if (second.probes.length) {
    sources = sources.map((s, i) => add(s, termSource(files[i]!, second.probes, second.keep as LineFilter)));
    addToVocabulary(sources, second.leftOut);
  }
  const third = backoffPass(parsed, sources, [...probes, ...second.probes]);
  if (third.probes.length) {
    sources = sources.map((s, i) => add(s, termSource(files[i]!, third.probes, third.keep)));
    addToVocabulary(sources, [...second.leftOut, ...third.leftOut]);
  }
  try {
    return rankSentences(sources, parsed, { explain: true, limit: 20, lengths: { average } });
  } catch (error) {
    if (!(error instanceof HeadingsLeftOut)) throw error;
    return null;
  }
}

describe('search over KeptLines', () => {
  it('ranks as over the Maps: same hits, scores and reasons, over the seed and the blind sets', async () => {
    await loadMarkdown();
    const docs = [analyzeSource(sourceFromBytes(SEED, readFileSync(SEED)), { id: 'seed' })];
    for (const name of readdirSync(BLIND).filter((f) => f.endsWith('.md')).sort()) {
      const path = join(BLIND, name);
      docs.push(analyzeSource(sourceFromBytes(path, readFileSync(path)), { id: name.replace(/\.md$/u, '') }));
    }
    const files = await Promise.all(docs.map(async (d) => (await searchFiles(`${d.id}.x`, d))[0]![1] as string));
    let hits = 0;
    for (const q of QUERIES) {
      const maps = rank(files, q, false);
      const flat = rank(files, q, true);
      expect(flat, q).toEqual(maps);
      hits += maps?.hits.length ?? 0;
    }
    expect(hits).toBeGreaterThan(QUERIES.length * 5);
  }, 120_000);
});
