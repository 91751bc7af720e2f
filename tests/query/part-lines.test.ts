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
import { addToVocabulary, backoffPass, queryProbes, rankSentences, secondPass, type TermSource, termSource, vocabularyOf, withLines } from '../../src/query/postings.js';
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

/** Rank as search does: a first pass, a second for the parts and synonyms, keeping every line it reads or only partLines'. */
function rank(files: string[], query: string, filtered: boolean) {
  const parsed = parseQuery(query);
  const probes = queryProbes(parsed);
  let sources: TermSource[] = files.map((f) => termSource(f, probes));
  const second = secondPass(parsed, sources, probes);
  if (second.probes.length) {
    sources = sources.map((s, i) => withLines(s, termSource(files[i]!, second.probes, filtered ? second.keep : undefined)));
    addToVocabulary(sources, second.leftOut);
  }
  const third = backoffPass(parsed, sources, [...probes, ...second.probes]);
  if (third.probes.length) {
    sources = sources.map((s, i) => withLines(s, termSource(files[i]!, third.probes, filtered ? third.keep : undefined)));
    addToVocabulary(sources, [...second.leftOut, ...third.leftOut]);
  }
  return { ...rankSentences(sources, parsed, { explain: true }), vocabulary: [...vocabularyOf(sources)].sort(), lines: sources.reduce((n, s) => n + s.lines.size, 0) };
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
    for (const q of QUERIES) {
      const whole = rank(files, q, false);
      const narrow = rank(files, q, true);
      expect(narrow.hits, q).toEqual(whole.hits);
      expect(narrow.phrases, q).toEqual(whole.phrases);
      expect(narrow.vocabulary, q).toEqual(whole.vocabulary);
      kept += narrow.lines;
      read += whole.lines;
    }
    // the filter does leave lines out (most of those a short probe finds)
    expect(kept).toBeLessThan(read * 0.75);
  }, 120_000);

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
