// The literal pre-filter of findCues (nlp/literals.ts) on real sentences: every sentence of the
// seed and of the held-out documents h1–h35, each cue pattern tried on it. The filter may let a
// cue through that then does not match; it must never skip one that does, for the sentence as
// findCues reads it (quotes masked) nor for the sentence as written.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskQuotes } from '../../src/extract/classify.js';
import { CUES } from '../../src/extract/cues-nb.js';
import { analyzeSource, loadMarkdown } from '../../src/index/analyze.js';
import type { SourceText } from '../../src/model/types.js';
import { foldForLiterals, LiteralFilter } from '../../src/nlp/literals.js';
import { ROOT } from '../helpers/cli.js';

const HELDOUT = join(ROOT, 'tests', 'fixtures', 'heldout');
// h36 on are the latest blind rounds (heldout.test.ts): not read here either
const FILES = [
  join(ROOT, 'corpus', 'ks-2021-hurdalsplattformen.txt'),
  ...readdirSync(HELDOUT)
    .filter((f) => /^h\d+-.*\.(?:txt|md)$/u.test(f) && Number(/^h(\d+)/u.exec(f)![1]) <= 35)
    .map((f) => join(HELDOUT, f)),
];

function sentencesOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const source = { path, text, hash: createHash('sha256').update(text).digest('hex'), format: path.endsWith('.md') ? 'markdown' : 'text' } as SourceText;
  return analyzeSource(source).sentences.map((s) => s.text);
}

describe('the cue pre-filter on the seed and h1–h35', () => {
  beforeAll(async () => {
    await loadMarkdown();
  });

  it('lets every cue through on every sentence it matches', () => {
    expect(FILES.length).toBe(36);
    const filter = new LiteralFilter(CUES.map((def) => def.pattern));
    let sentences = 0;
    let matches = 0;
    const skipped: string[] = [];
    for (const path of FILES) {
      for (const sentence of sentencesOf(path)) {
        sentences++;
        for (const text of new Set([maskQuotes(sentence.normalize('NFC')), sentence])) {
          const candidates = filter.scan(foldForLiterals(text));
          CUES.forEach((def, c) => {
            def.pattern.lastIndex = 0;
            const found = def.pattern.test(text);
            def.pattern.lastIndex = 0;
            if (!found) return;
            matches++;
            if (!candidates[c]) skipped.push(`${def.cue}: ${text}`);
          });
        }
      }
    }
    expect(sentences).toBeGreaterThan(1700);
    expect(matches).toBeGreaterThan(1500);
    expect(skipped).toEqual([]);
  });
});
