// Property tests: random raw text in the seed's layout loses and duplicates no word on its way to
// sections and sentences; random Unicode never makes a stage throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/markdown.js';
import { classifyLines, normalizeRawText } from '../../src/normalize/raw-text.js';
import { segmentDocument } from '../../src/segment/document.js';
import { splitSentences } from '../../src/segment/sentences.js';

// Norwegian-ish words: syllables, sometimes capitalised, sometimes followed by punctuation,
// sometimes one of the connecting words the layout rules look at, sometimes an abbreviation.
const syllable = fc.constantFrom('kom', 'mu', 'ne', 'hel', 'se', 'stat', 'øko', 'no', 'mi', 'bar', 'ne', 'ha', 'ge', 'vel', 'ferd', 'tje', 'nes', 'te', 'år', 'skole', 'fylke', 'sam', 'ar', 'beid', 'løs', 'ning');
const plainWord = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const word = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(plainWord, fc.boolean()).map(([w, cap]) => (cap ? w[0]!.toUpperCase() + w.slice(1) : w)) },
  { weight: 2, arbitrary: fc.constantFrom('og', 'i', 'på', 'for', 'å', 'KS', 'EØS', 'e', 'Kommunal') },
  { weight: 1, arbitrary: fc.constantFrom('bl.a.', 'f.eks.', 'mv.', 'jf.', 'kr', '2022', '50', '%', '«sitat»', '[..]', '–', '-') },
);
const punct = fc.constantFrom('', '', '', '', '', '.', '.', ',', ':', '?', '!', '.»');
const token = fc.tuple(word, punct).map(([w, p]) => w + p);

/** One source line of the raw layout, or a layout artefact. */
type RawLine = { kind: 'text'; words: string[]; hyphenEnd: boolean; pageMark: boolean; trailing: number } | { kind: 'empty' } | { kind: 'spaces'; n: number };
const rawLine: fc.Arbitrary<RawLine> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      // a line opening with `50.` may be a list point, whose number is list structure, not a word
      words: fc.array(token, { minLength: 1, maxLength: 16 }).filter((ws) => !/^\d+[.)]$/u.test(ws[0]!)),
      hyphenEnd: fc.boolean(),
      pageMark: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))), // about one in four
      trailing: fc.integer({ min: 0, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('spaces' as const), n: fc.integer({ min: 1, max: 4 }) }) },
);

function render(lines: RawLine[]): string {
  return lines
    .map((l) => {
      if (l.kind === 'empty') return '';
      if (l.kind === 'spaces') return ' '.repeat(l.n);
      let text = l.words.join(' ');
      // a line-end hyphen splits the last word of a line (`helse-` + next line's first word)
      if (l.hyphenEnd && /\p{L}$/u.test(text)) text += '-';
      return (l.pageMark ? ' ' : '') + text + ' '.repeat(l.trailing);
    })
    .join('\n');
}

/** Words: maximal runs of letters and digits (hyphens and punctuation separate, so joins don't matter). */
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
/** The letters and digits of a text in order: a word divided at a line end and joined again is the same. */
const letters = (s: string) => words(s).join('');

describe('property: nothing lost, nothing duplicated', () => {
  it('every word of random raw text is in exactly one sentence or heading, in order', () => {
    fc.assert(
      fc.property(fc.array(rawLine, { minLength: 1, maxLength: 40 }), (lines) => {
        const raw = render(lines);
        const n = normalizeRawText(raw);
        const seg = segmentDocument(n.root, n.pageOfLine, 'Dokument');
        const units = [
          ...seg.sections.filter((s) => s.id !== '0').map((s) => ({ line: s.line, text: s.title })),
          ...seg.sentences.map((s) => ({ line: s.lines[0], text: s.text })),
        ].sort((a, b) => a.line - b.line); // stable: sentences on one line keep their order
        // (but page furniture — page numbers, running headers and footers — left out on purpose)
        const kept = classifyLines(raw).lines.filter((l) => l.kind !== 'furniture').map((l) => l.raw);
        expect(units.map((u) => letters(u.text)).join('')).toEqual(letters(kept.join('\n')));

        const lineCount = raw.split('\n').length;
        for (const s of seg.sentences) {
          expect(s.lines[0]).toBeGreaterThanOrEqual(1);
          expect(s.lines[1]).toBeLessThanOrEqual(lineCount);
          expect(s.lines[0]).toBeLessThanOrEqual(s.lines[1]);
          expect(s.page).toBe(n.pageOfLine[s.lines[0]]);
          expect(s.text.length).toBeGreaterThan(0);
          // the words of a sentence stand on its lines (a word divided at a line end, joined again, as its two parts)
          const own = raw.split('\n').slice(s.lines[0] - 1, s.lines[1]).filter((l) => l.trim() !== '');
          const sourceWords = new Set(own.flatMap(words));
          own.forEach((l, i) => {
            const [head, tail] = [l.match(/([\p{L}\p{N}]+)-\s*$/u)?.[1], own[i + 1]?.trim().match(/^[\p{L}\p{N}]+/u)?.[0]];
            if (head && tail) sourceWords.add(head + tail);
          });
          for (const w of words(s.text)) expect(sourceWords.has(w)).toBe(true);
        }
        expect(new Set(seg.sentences.map((s) => s.id)).size).toBe(seg.sentences.length);
        expect(new Set(seg.sections.map((s) => s.id)).size).toBe(seg.sections.length);
      }),
      { numRuns: 400 },
    );
  });

  it('splitSentences covers every word of a text once, in order, with non-overlapping spans', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.constantFrom(' ', '  ', '\u00a0', ' \n'), (tokens, sep) => {
        const text = tokens.join(sep);
        const spans = splitSentences(text);
        let last = 0;
        for (const [s, e] of spans) {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          last = e;
        }
        expect(spans.flatMap(([s, e]) => words(text.slice(s, e)))).toEqual(words(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: random Unicode never throws', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(fc.constantFrom(' ', '\n', '\r', '\t', '-', '.', '«', '»', '[', ']', '#', '1', 'A', 'å', '\u00ad', '\u200b', '\ufeff', '\ud800', ':'), { maxLength: 200 }).map((a) => a.join('')),
  );

  it('normalizeRawText, segmentDocument and splitSentences', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const n = normalizeRawText(text);
        const seg = segmentDocument(n.root, n.pageOfLine, 'T');
        for (const s of seg.sentences) expect(s.lines[0]).toBeGreaterThanOrEqual(1);
        splitSentences(text);
      }),
      { numRuns: 500 },
    );
  });

  it('parseMarkdown and segmentDocument', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        segmentDocument(parseMarkdown(text), null, 'T');
      }),
      { numRuns: 300 },
    );
  });
});
