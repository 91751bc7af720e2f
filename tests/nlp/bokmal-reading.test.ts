// Nynorsk read word for word as bokmål for the bokmål rules (nlp/bokmal-reading.ts): which
// words are read, which are left alone, and how offsets map back to the text as written.
import { describe, expect, it } from 'vitest';
import { bokmalReading } from '../../src/nlp/bokmal-reading.js';
import { NYNORSK_WORDS, NYNORSK_WORDS_IN_NYNORSK } from '../../src/nlp/nynorsk-nb.js';

describe('bokmalReading', () => {
  it.each([
    'KS var vert for konferansen i Bodø.',
    'Kommunenes gjeld har økt, og en viss andel må dekkes av staten.',
    'Fastlegen og kommunelegen må få bedre vilkår.',
    'Regjeringen bør sikre ei bedre ordning for de minste kommunene.',
    'Høgskolen i Innlandet tilbyr lærerutdanning.',
  ])('leaves a bokmål sentence as it is: %s', (text) => {
    const r = bokmalReading(text);
    expect(r.text).toBe(text);
    expect(r.writtenSlice(3, 10)).toBe(text.slice(3, 10));
  });

  it.each([
    ['Det er ikkje godt nok.', 'Det er ikke godt nok.'],
    ['Landstinget vil åtvare mot at fylkeskommunane vert tvinga til å kutte.', 'Landstinget vil advare mot at fylkeskommunene blir tvinga til å kutte.'],
    ['KS meiner at regjeringa må gje kommunane betre verktøy.', 'KS mener at regjeringen må gi kommunene bedre verktøy.'],
    // a word bokmål writes too (`vert`, `ei`) is read only in a sentence written in nynorsk
    ['Ordninga vert ikkje vidareført i ei ny form.', 'Ordningen blir ikke videreført i en ny form.'],
    // stems inside compounds, for the area vocabulary; a capital stays
    ['Sjukeheimane manglar fleire bustader og eit nytt utsleppsfritt anlegg.', 'Sykehjemane mangler flere boliger og et nytt utslippsfritt anlegg.'],
  ])('reads nynorsk as bokmål: %s', (text, reading) => {
    expect(bokmalReading(text).text).toBe(reading);
  });

  it('maps a match in the reading back to the words as written', () => {
    const r = bokmalReading('Landstinget vil åtvare mot at kommunane ikkje får dekt kostnadene.');
    const at = r.text.indexOf('advare mot');
    expect(r.writtenSlice(at, at + 'advare mot'.length)).toBe('åtvare mot');
    const ikke = r.text.indexOf('ikke får');
    expect(r.writtenSlice(ikke, ikke + 'ikke får'.length)).toBe('ikkje får');
    // an end inside a replaced word takes the whole word
    expect(r.writtenSlice(at, at + 3)).toBe('åtvare');
    expect(r.writtenSlice(0, 11)).toBe('Landstinget');
  });

  it('lists no word in both tables, and none that reads as itself', () => {
    for (const [nynorsk, bokmal] of [...NYNORSK_WORDS, ...NYNORSK_WORDS_IN_NYNORSK]) expect(nynorsk).not.toBe(bokmal);
    for (const word of NYNORSK_WORDS_IN_NYNORSK.keys()) expect(NYNORSK_WORDS.has(word), word).toBe(false);
  });
});
