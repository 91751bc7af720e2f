// The words a pattern requires, read off regexpp's parse of it (src/nlp/literals.ts): every
// piece of syntax a hand-written reader could misread. Each case gives the words expected and a
// text the pattern matches, which the filter must then let through. The cases marked "before"
// failed with the hand-written reader (wrong words, a matching text skipped, or nothing found).
import { describe, expect, it } from 'vitest';
import { foldForLiterals, LiteralFilter, requiredWords } from '../../src/nlp/literals.js';
import { nbRegex } from '../../src/nlp/norwegian.js';

/** pattern, the required words (one conjunction of sets per branch), a text it matches */
type Case = [RegExp, string[][][], string];

const CASES: Record<string, Case[]> = {
  'character escapes': [
    [/ab\cJcd/u, [[['ab\ncd']]], 'ab\ncd'], // before: `abcjcd`, and "ab\ncd" was skipped
    [/\x4bS\u0020mener/u, [[['ks mener']]], 'KS mener'], // before: nothing required
    [/kan\tikke/u, [[['kan\tikke']]], 'kan\tikke'], // before: nothing required
    [/\u{1F600}ab/u, [[['😀ab']]], '😀ab'], // before: nothing required
    [/a\.b\/c/u, [[['a.b/c']]], 'a.b/c'],
  ],
  classes: [
    [/[\]x]yz/u, [[[']yz', 'xyz']]], ']yz'],
    [/[\u{1F600}]ab/u, [[['😀ab']]], '😀ab'], // before: only `ab`
    [/[a-c]kk/u, [[['akk', 'bkk', 'ckk']]], 'bkk'],
    [/[^a]bc/u, [[['bc']]], 'xbc'],
    [/[\d]{2}\s*kr/u, [[['00'], ['kr']]], '12 kr'],
    [/\p{Lu}ks/u, [[['ks']]], 'Aks'],
  ],
  alternations: [
    [/(?:fast|lege)+r/u, [[['fast', 'lege']]], 'legefastr'],
    [/ks (?:mener|vil)|vi ber/u, [[['ks mener', 'ks vil', 'vi ber']]], 'vi ber'],
    [/abc|x*/u, [], ''],
    // each branch keeps all its words: the first branch's `mangel`, `på` or the second's three
    [/mangel\s+på|kommunene\s+sliter\s+med/u, [[['mangel'], ['på']], [['kommunene'], ['sliter'], ['med']]], 'kommunene sliter med'],
    // a nested alternation multiplies out: `godt nok` or `nok`, each with the words around it
    [/(?:ikke|ikkje)\s+(?:nok|godt\s+nok)\s+(?:penger|midler)/u, [[['midler', 'penger'], ['godt'], ['ikke', 'ikkje'], ['nok']], [['midler', 'penger'], ['ikke', 'ikkje'], ['nok']]], 'ikkje godt nok midler'],
  ],
  'optional groups': [
    [/behov(?:et)?\s+for/u, [[['behov', 'behovet'], ['for']]], 'behovet for'],
    [/(?:ikke\s+)?kan/u, [[['kan']]], 'kan'],
    [/x{2}y/u, [[['xxy']]], 'xxy'],
  ],
  lookarounds: [
    [/(?<=a\))bcd/u, [[['bcd']]], 'a)bcd'],
    [/(?!ikke)kan(?=[)\]])/u, [[['kan']]], 'kan)'],
    [nbRegex('\\bmå\\b(?!\\s+kunne)'), [[['må']]], 'Vi må'],
  ],
  'back-references': [
    [/(ab)\1c/u, [[['ab']]], 'ababc'], // before: nothing required
    [/\k<n>(?<n>ab)cd/u, [[['abcd']]], 'abcd'], // before: nothing required
  ],
  'flags i and u': [
    [/µg/iu, [], 'μg'], // µ matches μ under i; before: `µg`, and "μg" was skipped
    [/ΟΣ/u, [], 'ΟΣ'], // Σ folds by its place (ς at the end); before: `οσ`, and "ΟΣ" was skipped
    [/ks mener/i, [[['ks mener']]], 'KS MENER'],
    [/skal/iu, [[['skal']]], 'ſkal'],
    [/kr/iu, [[['kr']]], '\u212Ar'], // the Kelvin sign matches k under iu and folds to k
    [/ære/u, [[['ære']]], 'ære'],
  ],
};

describe('requiredWords reads the parsed pattern', () => {
  for (const [syntax, cases] of Object.entries(CASES)) {
    it(syntax, () => {
      for (const [pattern, words, text] of cases) {
        expect(requiredWords(pattern), String(pattern)).toEqual(words);
        expect(pattern.test(text), `${pattern} matches ${JSON.stringify(text)}`).toBe(true);
        expect(new LiteralFilter([pattern]).scan(foldForLiterals(text))[0], `${pattern} let through for ${JSON.stringify(text)}`).toBe(1);
      }
    });
  }

  it('requires nothing of a pattern it cannot parse', () => {
    expect(requiredWords({ source: 'ab(', flags: 'u' } as RegExp)).toEqual([]);
  });
});
