// The read-time filter of search's term lines (query/postings.ts usableLines, issue 18): a line
// it drops must be one no ranking reads, so rankings with and without it are the same, hit for
// hit, score for score, with every reason (--explain), over the seed and the blind sets' documents
// and every judged query of the seed and blind sets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUDGED } from '../../bench/search-eval.js';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import { searchFiles } from '../../src/index/terms.js';
import { parseQuery } from '../../src/nlp/search-analyzer.js';
import { partProbes, queryProbes, rankSentences, type TermSource, termSource, usableLines, useVocabulary, vocabularyOf, withLines } from '../../src/query/postings.js';
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

/** Rank as search does: a first pass, a second for the parts and synonyms, with or without the filter. */
function rank(files: string[], query: string, filtered: boolean) {
  const parsed = parseQuery(query);
  const probes = queryProbes(parsed);
  const usable = filtered ? usableLines(parsed) : null;
  let sources: TermSource[] = files.map((f, i) => termSource(f, probes, usable?.reader(i, 0)));
  if (usable) useVocabulary(sources, usable.vocabulary());
  const more = partProbes(parsed, sources, probes);
  if (more.length) {
    sources = sources.map((s, i) => withLines(s, termSource(files[i]!, more, usable?.reader(i, 1))));
    if (usable) useVocabulary(sources, usable.vocabulary());
  }
  return { ...rankSentences(sources, parsed, { explain: true }), vocabulary: [...vocabularyOf(sources)], lines: sources.reduce((n, s) => n + s.lines.size, 0) };
}

describe('usableLines: the term lines search keeps', () => {
  it('keep every line a ranking reads, over the seed and the blind sets (same hits, scores, reasons, vocabulary in order)', async () => {
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
    // the filter does drop lines (most of those a short probe finds)
    expect(kept).toBeLessThan(read / 2);
  }, 120_000);

  it('keeps the lines of sentences that refer back and of headings, and drops a form no expansion accepts', () => {
    const text = ['ks-terms 2 2', '1,2', '', 'arbeid\t0', 'fastlege\t1', '§§\t\t1', '§§^\t\t0:arbeid'].join('\n');
    const usable = usableLines(parseQuery('fastlege'));
    const source = termSource(text, ['ar', 'fast', '§§'], usable.reader(0, 0));
    expect([...source.lines.keys()]).toEqual(['fastlege', '§§', '§§^']);
    expect([...usable.vocabulary()]).toEqual(['arbeid', 'fastlege']);
  });
});
