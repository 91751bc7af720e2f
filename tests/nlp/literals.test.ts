// Literal pre-filters: the words a pattern cannot match without, and the scan that uses them.
// The filter may let a pattern through that then fails; it must never skip one that matches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CUES } from '../../src/extract/cues-nb.js';
import { ACTOR_DEFS } from '../../src/extract/actors-nb.js';
import { FIGURE } from '../../src/extract/figures.js';
import { foldForLiterals, LiteralFilter, requiredWords, requiredWordsTest } from '../../src/nlp/literals.js';
import { nbRegex } from '../../src/nlp/norwegian.js';
import { ROOT } from '../helpers/cli.js';

describe('requiredWords', () => {
  it('reads the required words off a pattern', () => {
    expect(requiredWords(nbRegex('\\bforventer\\b'))).toEqual([[['forventer']]]);
    expect(requiredWords(nbRegex('\\b(?:bør|burde)\\b'))).toEqual([[['burde', 'bør']]]);
    // the strongest set first (the longest shortest word)
    expect(requiredWords(nbRegex('\\bkan\\s+(?:ikke|ikkje)\\s+se\\b'))).toEqual([[['ikke', 'ikkje'], ['kan'], ['se']]]);
    // a word in an optional part or a look-around is not required
    expect(requiredWords(nbRegex('\\bmå\\b(?!\\s+kunne)(?:\\s+ikke)?'))).toEqual([[['må']]]);
    expect(requiredWords(nbRegex('\\p{L}*departementet\\b'))).toEqual([[['departementet']]]);
    // a digit is one letter to the filter, and rare enough to count
    expect(requiredWords(/\d{1,3}(?:[ ]\d{3})+|kr\.?\s*\d+/u)).toEqual([[[' 000'], ['0']], [['0'], ['kr', 'kr.']]]);
    expect(requiredWords(/\b\d{1,4}\s*[-–]\s*\d{1,4}\b/u)).toEqual([[['0']]]);
  });

  it('keeps the words of each branch together', () => {
    const sliter = nbRegex('\\bmangel\\s+på\\b|\\b(?:kommuner|kommunene)\\s+(?:\\p{L}+\\s+)?sliter\\s+med\\b');
    expect(requiredWords(sliter)).toEqual([[['mangel'], ['på']], [['kommunene', 'kommuner'], ['sliter'], ['med']]]);
    const f = new LiteralFilter([sliter]);
    expect(f.scan(foldForLiterals('Kommunene har fått mer med seg.'))[0]).toBe(0);
    expect(f.scan(foldForLiterals('Mange kommuner sliter med rekruttering.'))[0]).toBe(1);
    expect(f.scan(foldForLiterals('Det er mangel på fagfolk.'))[0]).toBe(1);
  });

  it('requires nothing when any text may match', () => {
    expect(requiredWords(/\d+|k/u)).toEqual([]);
    expect(requiredWords(/[^a]+/u)).toEqual([]);
    expect(requiredWords(/(?:a)?b?/u)).toEqual([]);
    // one branch that requires nothing (a single letter filters nothing): the whole pattern
    expect(requiredWords(/forventer|k\s+x/u)).toEqual([]);
  });
});

const PATTERNS = [...CUES.map((c) => c.pattern), ...ACTOR_DEFS.flatMap((d) => d.patterns ?? []), FIGURE];

/** Pieces of the cue patterns' words, so random texts often hold (parts of) a cue. */
const WORDS = [
  ...new Set(PATTERNS.flatMap((p) => requiredWords(p).flat(2)).flatMap((w) => [w, w.toUpperCase(), w.slice(0, -1)])),
  'KS', 'vi', 'at', 'som', 'er', 'ikke', 'ſkal', 'vil', 'kan', 'må', 'Må', '«', '»', ',', '.', 'og',
  '2022', '300', '000', '1', '66/34', '%', 'kr', 'prosent', 'millioner', 'per', 'år', '–', '\u00a0', '٣',
];

describe('LiteralFilter', () => {
  const filter = new LiteralFilter(PATTERNS);

  it('never skips a pattern that matches (random texts from the cue words)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), fc.array(fc.constantFrom(' ', '  ', '\n', '-', ''), { maxLength: 14 }), (words, seps) => {
        const text = words.map((w, i) => w + (seps[i] ?? ' ')).join('');
        const candidates = filter.scan(foldForLiterals(text));
        PATTERNS.forEach((p, i) => {
          p.lastIndex = 0;
          if (p.test(text)) expect(candidates[i], `${p.source} on ${text}`).toBe(1);
          p.lastIndex = 0;
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('skips a pattern whose words are absent', () => {
    const f = new LiteralFilter([nbRegex('\\bforventer\\b'), nbRegex('\\b(?:bør|burde)\\b'), /\d+/u, /\w+/u]);
    expect([...f.scan(foldForLiterals('KS FORVENTER at staten …'))]).toEqual([1, 0, 0, 1]);
    expect([...f.scan(foldForLiterals('Dette burde skje i 2025'))]).toEqual([0, 1, 1, 1]);
  });
});

describe('requiredWordsTest: one pattern pre-filtered by regular expressions (cost, issue 13)', () => {
  it('lets through exactly what a LiteralFilter of the pattern lets through (random texts from the cue words)', () => {
    const sample = PATTERNS.slice(0, 40);
    const tests = sample.map((p) => requiredWordsTest(p));
    const filters = sample.map((p) => new LiteralFilter([p]));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), (words) => {
        const folded = foldForLiterals(words.join(' '));
        sample.forEach((p, i) => expect(tests[i]!(folded), p.source).toBe(filters[i]!.scan(folded)[0] === 1));
      }),
      { numRuns: 500 },
    );
  });
  it('reads a digit as any digit and a pattern that requires nothing as always possible', () => {
    const test = requiredWordsTest(nbRegex('\\b\\d+\\s+kroner\\b'));
    expect(test(foldForLiterals('om lag 7 kroner'))).toBe(true);
    expect(test(foldForLiterals('mange kroner'))).toBe(false);
    expect(requiredWordsTest(/\w+/u)('')).toBe(true);
  });
});

describe('the required words the build derives (dist/literals.json, scripts/derive-literals.js)', () => {
  it('cover every pattern of the extract stage, each with the words derivation gives', async () => {
    // a fresh module graph: its filters are the extract stage's alone, not this file's tests'
    vi.resetModules();
    await import('../../src/extract/index.js');
    const fresh = (await import('../../src/nlp/literals.js')).derivedLiterals;
    const built = JSON.parse(readFileSync(join(ROOT, 'dist', 'literals.json'), 'utf8')) as Record<string, string[][][]>;
    expect(Object.keys(built).sort()).toEqual([...fresh.keys()].sort());
    expect(Object.keys(built).length).toBeGreaterThan(50);
    for (const [key, words] of Object.entries(built)) {
      const [, flags, source] = /^(\w*)\/(.*)$/su.exec(key)!;
      expect(requiredWords(new RegExp(source!, flags)), key).toEqual(words);
      expect(fresh.get(key), key).toEqual(words);
    }
  });
});

describe('nbRegex and escaped brackets', () => {
  it('an escaped `[` outside a class opens no class: the `\\p{L}` after it is still a letter class', () => {
    const re = nbRegex('^(?:\\[\\d+\\]\\s+)?\\p{L}*planen\\s+forutsetter\\b', 'iu');
    expect(re.test('[2] Handlingsplanen forutsetter at')).toBe(true);
    expect(re.test('Handlingsplanen forutsetter at')).toBe(true);
    expect(re.test('Kommunen forutsetter at')).toBe(false);
  });
});
