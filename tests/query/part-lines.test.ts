// The lines search's second pass keeps (query/postings.ts partLines, issue 18): a line it leaves
// out must be one no ranking reads, so rankings with and without the filter are the same, hit
// for hit, score for score, with every reason (--explain), over the seed and the blind sets'
// documents and every judged query of the seed and blind sets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUDGED } from '../../bench/search-eval.js';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import { searchFiles } from '../../src/index/terms.js';
import { parseQuery } from '../../src/nlp/search-analyzer.js';
import { type LineFilter, SECTION_HEADINGS } from '../../src/index/term-file.js';
import { keptHeadings } from '../../src/query/kept-terms.js';
import { addToVocabulary, backoffPass, HeadingsLeftOut, queryProbes, rankSentences, secondPass, type TermSource, termSource, vocabularyOf, withLines } from '../../src/query/postings.js';
import { sourceFromBytes } from '../../src/source/read.js';
import { ROOT, SEED } from '../helpers/cli.js';

const BLIND = join(ROOT, 'tests', 'fixtures', 'search-blind');
const blindQueries = readdirSync(join(ROOT, 'bench'))
  .filter((f) => /^search-queries.*\.json$/u.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(join(ROOT, 'bench', f), 'utf8')) as { queries: Array<{ query: string }> }).queries.map((q) => q.query));

const QUERIES = [
  ...new Set([
    ...JUDGED.map((q) => q.query),
    ...blindQueries,
    'fastlege', 'eldrebølgen', 'barnehagebemanning', 'handlingsplan eldreomsorg', 'år', 'kunstig intelligens', '"kunstig intelligens"',
    '"nasjonal transportplan"', 'lærarnorm', 'kommunane', 'fylkesveiforfall', 'pårørendeavlastning', 'og', '"det er"', 'xyzzyplugh',
  ]),
];

/**
 * Rank as search does: a first pass, a second for the parts and synonyms, keeping every line it
 * reads or only partLines' (and of the heading lines only the entries keptHeadings keeps).
 */
function rank(files: string[], query: string, filtered: boolean) {
  const parsed = parseQuery(query);
  const probes = queryProbes(parsed);
  let sources: TermSource[] = files.map((f) => termSource(f, probes));
  const second = secondPass(parsed, sources, probes);
  let headings: string[] | undefined;
  let headingBytes = 0;
  // a later pass's lines, the heading line cut to the entries the heading probes read (as search does)
  const readMore = (file: string, more: string[], keep: LineFilter) => {
    const read = termSource(file, more, filtered ? keep : undefined);
    const line = read.lines.get(SECTION_HEADINGS);
    if (line && headings) {
      const kept = keptHeadings(line.stops, headings);
      if (kept) (read.lines as Map<string, typeof line>).set(SECTION_HEADINGS, { ...line, stops: kept });
      else (read.lines as Map<string, typeof line>).delete(SECTION_HEADINGS);
    }
    return read;
  };
  if (second.probes.length) {
    if (filtered) headings = second.headingProbes();
    sources = sources.map((s, i) => {
      const read = readMore(files[i]!, second.probes, second.keep);
      headingBytes += read.lines.get(SECTION_HEADINGS)?.stops.length ?? 0;
      return withLines(s, read);
    });
    addToVocabulary(sources, second.leftOut);
  }
  const third = backoffPass(parsed, sources, [...probes, ...second.probes]);
  if (third.probes.length) {
    sources = sources.map((s, i) => withLines(s, readMore(files[i]!, third.probes, third.keep)));
    addToVocabulary(sources, [...second.leftOut, ...third.leftOut]);
  }
  let ranked;
  let leftOut = false;
  try {
    ranked = rankSentences(sources, parsed, { explain: true, ...(headings ? { headings } : {}) });
  } catch (error) {
    if (!(error instanceof HeadingsLeftOut)) throw error;
    // as search does: the heading lines read again whole, and the ranking again
    leftOut = true;
    // (in place: the sources' vocabulary is kept by the array)
    sources.forEach((s, i) => {
      const lines = new Map(s.lines);
      const line = termSource(files[i]!, [SECTION_HEADINGS]).lines.get(SECTION_HEADINGS);
      if (line) lines.set(SECTION_HEADINGS, line);
      else lines.delete(SECTION_HEADINGS);
      sources[i] = { ...s, lines };
    });
    ranked = rankSentences(sources, parsed, { explain: true });
  }
  return { ...ranked, vocabulary: [...vocabularyOf(sources)].sort(), lines: sources.reduce((n, s) => n + s.lines.size, 0), headingBytes, leftOut, backoff: third.probes.length > 0 };
}

describe('partLines: the term lines search keeps from its second pass', () => {
  it('keep every line a ranking reads, over the seed and the blind sets (same hits, scores, reasons, vocabulary)', async () => {
    await loadMarkdown();
    const docs = [analyzeSource(sourceFromBytes(SEED, readFileSync(SEED)), { id: 'seed' })];
    for (const name of readdirSync(BLIND).filter((f) => f.endsWith('.md')).sort()) {
      const path = join(BLIND, name);
      docs.push(analyzeSource(sourceFromBytes(path, readFileSync(path)), { id: name.replace(/\.md$/u, '') }));
    }
    const files = await Promise.all(docs.map(async (d) => (await searchFiles(`${d.id}.x`, d))[0]![1] as string));
    expect(QUERIES.length).toBeGreaterThan(200);
    let kept = 0;
    let read = 0;
    let headingsKept = 0;
    let headingsRead = 0;
    for (const q of QUERIES) {
      const whole = rank(files, q, false);
      const narrow = rank(files, q, true);
      // the heading probes of every rare word are among the second pass's (no fallback needed),
      // but for a back-off's parts, which only the third pass finds (then read again whole)
      if (narrow.leftOut) expect(narrow.backoff, q).toBe(true);
      headingsKept += narrow.headingBytes;
      headingsRead += whole.headingBytes;
      expect(narrow.hits, q).toEqual(whole.hits);
      expect(narrow.phrases, q).toEqual(whole.phrases);
      expect(narrow.vocabulary, q).toEqual(whole.vocabulary);
      kept += narrow.lines;
      read += whole.lines;
    }
    // the filter does leave lines out (most of those a short probe finds)
    expect(kept).toBeLessThan(read * 0.75);
    // and of the heading lines most entries
    expect(headingsKept).toBeLessThan(headingsRead * 0.5);
  }, 120_000);

  it('keeps of a heading line the entries holding a probe, each with the start of the entry after it', () => {
    const line = '0:kommune økonomi|4:fastlege ordning|9:bolig|12:eldre omsorg|20:barnehage|31:klima';
    expect(keptHeadings(line, ['fast'])).toBe('4:fastlege ordning|9:');
    expect(keptHeadings(line, ['eldr', 'klim'])).toBe('12:eldre omsorg|20:|31:klima');
    expect(keptHeadings(line, ['kommun', 'fast'])).toBe('0:kommune økonomi|4:fastlege ordning|9:');
    expect(keptHeadings(line, ['xyz'])).toBe('');
    // a probe is tested as rankSentences' candidates test it: on the whole entry, its start too
    expect(keptHeadings(line, ['31'])).toBe('31:klima');
  });

  it('a ranking whose heading probes the kept entries do not cover says so (HeadingsLeftOut)', () => {
    const text = ['ks-terms 2 3', '1,1,1', '', 'fastlege\t0', '§§|\t\t1', '§§^\t\t0:fastlege|1:pasient'].join('\n');
    const sources = [termSource(text, null)];
    // `fastlegepasient` is rare (no line), so its heading probes are read; none is among ['xyz']
    expect(() => rankSentences(sources, parseQuery('fastlegepasient'), { headings: ['xyz'] })).toThrow(HeadingsLeftOut);
    expect(() => rankSentences(sources, parseQuery('fastlegepasient'), {})).not.toThrow();
  });

  it('keeps the lines of sentences that refer back and of headings, leaves out a form no expansion accepts, and keeps its form for the vocabulary', () => {
    const text = ['ks-terms 2 2', '1,2', '', 'arbeid\t0', 'fastlege\t1', 'arg\t\t1', '§§\t\t1', '§§^\t\t0:arbeid'].join('\n');
    const parsed = parseQuery('fastlege');
    const first = [termSource(text, ['fast'])];
    const { keep, leftOut } = secondPass(parsed, first, ['fast']);
    const source = termSource(text, ['ar', 'fast', '§§'], keep);
    expect([...source.lines.keys()]).toEqual(['fastlege', '§§', '§§^']);
    // a form with postings left out counts in the vocabulary; one only of stopwords does not
    expect([...leftOut]).toEqual(['arbeid']);
    const sources = [source];
    addToVocabulary(sources, leftOut);
    expect([...vocabularyOf(sources)].sort()).toEqual(['arbeid', 'fastlege']);
  });
});
