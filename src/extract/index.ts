// Sentences → statements: kind, areas, actors, figures for every sentence of a document.
import type { AnalyzedSentence, Section, Sentence } from '../model/types.js';

/** Analyze every sentence of one document; `sections` gives each sentence's headings. */
export function analyzeSentences(sentences: Sentence[], sections: Section[]): AnalyzedSentence[] {
  void sections;
  return sentences.map((s) => ({ ...s, kind: null, kinds: [], areas: [], actors: [], figures: [], cues: [], areaTerms: {} }));
}
