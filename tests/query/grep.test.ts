// grep's matcher: Unicode word boundaries, flags, bad patterns and the time limit.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.js';
import { compilePattern, grepTexts, highlighter, mayBacktrack, requiredText, textMatcher, unicodeBoundaries } from '../../src/query/grep.js';

const texts = ['KS ønsker velkommen nye initiativ.', 'Kommunene ønsket dette.', 'Regjeringen vil ØNSKER.', 'Helse og omsorg.'];
const hits = (pattern: string, options = {}) => grepTexts(texts, compilePattern(pattern, options), options).map((m) => m.index);

describe('grep matching', () => {
  it('\\b knows Norwegian letters (JavaScript\'s own \\b does not)', () => {
    expect(/\bønsker\b/u.test('KS ønsker')).toBe(false); // the engine's limitation we work around
    expect(hits('\\bønsker\\b')).toEqual([0]);
    expect(hits('\\Bsker')).toEqual([0]);
    expect(hits('\\Bønsker')).toEqual([]);
  });
  it('-w matches whole words only, with æøå as word letters', () => {
    expect(hits('ønske', { wordRegexp: true })).toEqual([]);
    expect(hits('ønsker', { wordRegexp: true })).toEqual([0]);
    expect(hits('ønske[rt]', { wordRegexp: true })).toEqual([0, 1]);
  });
  it('-i ignores case (also for æøå), -v inverts', () => {
    expect(hits('ønsker', { ignoreCase: true })).toEqual([0, 2]);
    expect(hits('ønsk', { invertMatch: true })).toEqual([2, 3]);
  });
  it('reports the matched substrings, for highlighting', () => {
    const [first] = grepTexts(['a1 b22 c333'], compilePattern('\\d+'));
    expect(first!.matches).toEqual(['1', '22', '333']);
    expect('x (a+) y'.replace(highlighter(['(a+)'])!, '<$&>')).toBe('x <(a+)> y');
  });

  it('collects every match only when asked (highlighting), otherwise the first of each text, in the vm too', () => {
    const texts = ['a1 b22 c333', 'none', 'd4'];
    for (const pattern of ['\\d+', '(\\d)+']) {
      // the second may backtrack, so it runs in the vm
      const all = grepTexts(texts, compilePattern(pattern));
      const first = grepTexts(texts, compilePattern(pattern), { allMatches: false });
      expect(all.map((m) => m.index), pattern).toEqual([0, 2]);
      expect(first.map((m) => m.index), pattern).toEqual([0, 2]);
      expect(all[0]!.matches, pattern).toEqual(['1', '22', '333']);
      expect(first[0]!.matches, pattern).toEqual(['1']);
      expect(grepTexts(texts, compilePattern(pattern), { allMatches: false, invertMatch: true }).map((m) => m.index), pattern).toEqual([1]);
    }
  });
  it('leaves \\b inside a character class alone', () => {
    expect(unicodeBoundaries('[\\b]x')).toBe('[\\b]x');
  });
  it('a bad pattern is a usage error (exit 2) with the engine\'s reason', () => {
    let error: unknown;
    try {
      compilePattern('(unclosed');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toMatch(/bad pattern '\(unclosed': .*group/iu);
  });
  it('an alternation without a quantifier can be catastrophic too: it stops at the time limit', () => {
    const started = Date.now();
    expect(() => grepTexts([`${'a'.repeat(60)}`], compilePattern(`${'(.|.)'.repeat(25)}QQQ`), { timeoutMs: 200 })).toThrow(/took longer than 0.2 s/u);
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('a catastrophic pattern stops at the time limit with a usage error', () => {
    const evil = [`${'a'.repeat(40)}!`];
    const started = Date.now();
    expect(() => grepTexts(evil, compilePattern('(a+)+$'), { timeoutMs: 200 })).toThrow(/took longer than 0.2 s/u);
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('only a pattern with a quantifier or a back-reference runs under the time limit', () => {
    for (const safe of ['fastlege', '(?:ab)c', '(?<=a)b', '(?<n>x)', '[*+?{|]', 'a\\?', 'a\\|b', '^KS$']) expect(mayBacktrack(safe), safe).toBe(false);
    for (const risky of ['a+', 'x*', 'y?', 'x{2}', '(a)\\1', '\\k<n>', '(?:a|b)+', 'foo|bar', `${'(.|.)'.repeat(20)}QQQ`]) expect(mayBacktrack(risky), risky).toBe(true);
    // -w wraps a safe pattern in look-arounds, which quantify nothing
    expect(mayBacktrack(compilePattern('ønsker', { wordRegexp: true }).source)).toBe(false);
  });
  it('both ways of matching give the same matches', () => {
    const many = [...texts, '', 'ønsker ønsker', 'KS'];
    for (const [pattern, options] of [['ønsker', {}], ['ønsker', { invertMatch: true }], ['ønske[rt]', { ignoreCase: true }], ['', {}], ['^', { invertMatch: true }]] as const) {
      const direct = textMatcher(compilePattern(pattern, options), options)(many);
      // the same pattern made to look risky (a quantifier that changes nothing) goes through the vm
      const viaVm = textMatcher(compilePattern(`(?:${pattern}){1}`, options), options)(many);
      expect(viaVm, pattern).toEqual(direct);
    }
  });
  it('a plain word is text every match contains; any syntax, -i or -v and there is none', () => {
    expect(requiredText('fastlege')).toBe('fastlege');
    expect(requiredText('Helse- og omsorgsdepartementet', { wordRegexp: true })).toBe('Helse- og omsorgsdepartementet');
    for (const [pattern, options] of [['fast.ege', {}], ['\\bfast', {}], ['a|b', {}], ['fastlege', { ignoreCase: true }], ['fastlege', { invertMatch: true }], ['', {}]] as const) {
      expect(requiredText(pattern, options), pattern).toBeNull();
    }
  });
});
