// The tokenizers scan by hand (a table per code unit); they must find exactly the words of the
// regular expression they replace, `[\p{L}\p{N}]+` over the NFC text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithOffsets } from '../../src/nlp/norwegian.js';

const reference = (text: string) =>
  [...text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

describe('tokenize', () => {
  it('splits at hyphens, slashes and apostrophes, keeps case and offsets', () => {
    expect(tokenize('EU/EØS-saker og e-helse')).toEqual(['EU', 'EØS', 'saker', 'og', 'e', 'helse']);
    expect(tokenizeWithOffsets('Kommunenes økonomi')).toEqual([
      { text: 'Kommunenes', start: 0, end: 10 },
      { text: 'økonomi', start: 11, end: 18 },
    ]);
  });

  it('finds the words the regular expression finds (any text, surrogates and marks included)', () => {
    const unit = fc.constantFrom('a', 'Ø', 'å', '1', '٣', ' ', '-', '’', '\u00ad', 'e\u0301', '𝐀', '\ud835', '\udc00', '😀');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })), (text) => {
        const want = reference(text);
        expect(tokenizeWithOffsets(text)).toEqual(want);
        expect(tokenize(text)).toEqual(want.map((t) => t.text));
      }),
      { numRuns: 3000 },
    );
  });
});
