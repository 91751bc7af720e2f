// Statements written in nynorsk (issue 13): the bokmål cue and area data find them through a
// word-for-word bokmål reading (nlp/bokmal-reading.ts), and `show` gives the words as written.
// Sentences written for this test, not taken from the held-out documents.
import { describe, expect, it } from 'vitest';
import { scoreAreas } from '../../src/extract/areas.js';
import { classify } from '../../src/extract/classify.js';

describe('nynorsk statements', () => {
  it.each([
    ['Det er ikkje godt nok.', 'bekymring'],
    ['Landstinget vil åtvare mot at kommunane vert pålagde nye oppgåver utan finansiering.', 'bekymring'],
    ['KS meiner at regjeringa må gje kommunane fleire verkemiddel.', 'krav'],
    ['Kommunane treng fleire lærarar i skulen.', 'krav'],
    ['Staten bør ta ein større del av kostnadene.', 'anbefaling'],
    ['KS rår regjeringa til å vente med lovendringa.', 'anbefaling'],
    ['Me rår til at ordninga blir vidareført.', 'anbefaling'],
    ['Vi er ikkje overtydde om at den nye modellen gjev betre tenester.', 'bekymring'],
    ['KS er ikkje overtydd om at forslaget vil verke.', 'bekymring'],
    ['KS skal saman med fylka lage eit nytt opplegg for kurs.', 'tilsagn'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classify(text).kind).toBe(kind);
  });

  it('shows the cue as the sentence writes it', () => {
    const cues = classify('Landstinget vil åtvare mot at fylkeskommunane vert tvinga til å kutte i busstilbodet.').cues;
    expect(cues.map((c) => c.match)).toContain('åtvare');
  });

  it('finds areas in nynorsk compounds and shows the words as written', () => {
    const areas = scoreAreas('Kommunane treng fleire bustader og plassar på sjukeheimane.');
    const bolig = areas.find((a) => a.slug === 'bolig');
    expect(bolig?.words).toContain('bustader');
  });

  it('leaves bokmål alone: `vert` is a host, not `blir`', () => {
    expect(classify('KS var vert for konferansen om kommuneøkonomi i Bodø.').kind).toBeNull();
  });

  it('reads a demand addressed to the government and another body as a demand', () => {
    expect(classify('Regjeringen og Stortinget må sikre en vekst i de frie inntektene.').kind).toBe('krav');
    expect(classify('Regjeringa og Stortinget må sikre ein vekst i dei frie inntektene.').kind).toBe('krav');
  });
});
