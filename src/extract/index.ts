// Sentences → statements: kind, areas, actors, figures for every sentence of a document.
//   classify.ts  kind and cues       (language data: cues-nb.ts)
//   areas.ts     areas and terms     (language data: areas-nb.ts; matching: nlp/compound.ts)
//   actors.ts    who is asked to act (language data: actors-nb.ts)
//   figures.ts   amounts, periods, ratios
//   points.ts    lead-ins that ask and the points after them (language data: cues-nb.ts)
import type { AnalyzedSentence, Section, Sentence } from '../model/types.js';
import { findActors } from './actors.js';
import { assignAreas, headingAreas, type AreaScore } from './areas.js';
import { classify, ksSpeakers } from './classify.js';
import { areaContexts, refineAreas, type AreaModel } from './area-model.js';
import { fallbackGate, fallbackKind, ksSpeaks, type FallbackModel } from './fallback.js';
import { FALLBACK_MODEL } from './fallback-model-nb.js';
import { AREA_MODEL } from './area-model-nb.js';
import { findFigures } from './figures.js';
import { readPoints } from './points.js';
import { sectionPath } from '../segment/outline.js';

export { classify, findCues, ksSpeakers } from './classify.js';
export { assignAreas, scoreAreas, headingAreas, AREA_MATCHER } from './areas.js';
export { findActors } from './actors.js';
export { findFigures } from './figures.js';
export { fallbackApplies, fallbackFeatures, fallbackKind, probability, type FallbackModel } from './fallback.js';

export interface AnalyzeOptions {
  /** The learned fallback for sentences without cues; null for the rules alone (training, evaluation). */
  fallback?: FallbackModel | null;
  /** The learned area model; null for the rules alone (training, evaluation). */
  areaModel?: AreaModel | null;
}

/** The headings above a section, nearest first, each with its areas. */
export function headingChains(sections: Section[]): Map<string, Array<{ title: string; areas: AreaScore[]; lastResort?: boolean }>> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const own = new Map(sections.map((s) => [s.id, { title: s.title, areas: headingAreas(s.title) }]));
  // the title's main topic only: a title naming two matters (`… bolig og innovasjon`) says the
  // document is mostly about the first
  const titleTopic = sections[0] ? { title: sections[0].title, areas: own.get(sections[0].id)!.areas.slice(0, 1), lastResort: true } : null;
  const chains = new Map<string, Array<{ title: string; areas: AreaScore[]; lastResort?: boolean }>>();
  // The document's title (its first heading) is the topic of last resort: a section headed
  // `Avsluttende merknader` or `1. Overordnede merknader` in a response on housing is about housing.
  const title = sections[0];
  for (const s of sections) {
    const chain = sectionPath(byId, s.id).map((cur) => own.get(cur.id)!);
    if (title && titleTopic && title.level === 1 && !chain.includes(own.get(title.id)!)) chain.push(titleTopic);
    chains.set(s.id, chain);
  }
  return chains;
}

/** Analyze every sentence of one document; `sections` gives each sentence's headings. */
export function analyzeSentences(sentences: Sentence[], sections: Section[], options: AnalyzeOptions = {}): AnalyzedSentence[] {
  const chains = headingChains(sections);
  const model = options.fallback === undefined ? FALLBACK_MODEL : options.fallback;
  // The learned area model refines the rules' areas (area-model.ts). It gained area micro-F1 on
  // every blind round it was measured on (rounds 10-12: +0.016; +0.009 and +0.006; +0.008; score-before.txt)
  // for about 7 % more ingest instructions; null turns it off (training, evaluation).
  const areaModel = options.areaModel === undefined ? AREA_MODEL : options.areaModel;
  let previous: { sectionId: string; statement: boolean } | null = null;
  // the rules' areas first: the area model also reads the areas of the other sentences of a section
  const byRulesAll = sentences.map((s) => assignAreas(s.text, chains.get(s.sectionId) ?? []));
  const contexts = areaModel ? areaContexts(sentences.map((s, i) => ({ sectionId: s.sectionId, own: byRulesAll[i]!.own }))) : null;
  // who speaks for KS by name: a surname alone later in the document is KS' voice
  const speakers = ksSpeakers(sentences.map((s) => s.text));
  // a lead-in that proposes or demands announces; its points are the positions (points.ts)
  const points = readPoints(sentences);
  const otherVoice = quotesInOtherVoice(sentences);
  return sentences.map((s, i) => {
    let { kind, kinds, cues } = classify(s.text, speakers);
    // a block quote that opens in another's voice (`> Departementet foreslår …`) is that voice
    // throughout: its `skal` and `må` are the proposal's, not KS' (unless KS is quoted in it)
    const quotesOther = s.quote !== undefined && otherVoice.has(s.quote);
    if (quotesOther && !ksSpeaks(s.text)) {
      kind = null;
      kinds = [];
      cues = [];
    }
    // the rules' own finding, as in training (a point's inherited kind is not one)
    const ruled = kind !== null;
    const { leadIn, ask } = points[i]!;
    if (leadIn) {
      kind = null;
      kinds = [];
      cues = [];
    } else if (ask && (kind === null || ask.governs)) {
      // a point without a cue of its own, or one that finishes the lead-in's at-clause, has the lead-in's kind
      const own = kinds.filter((k) => k !== ask.kind);
      kind = ask.kind;
      kinds = [ask.kind, ...own];
      cues = [{ kind: ask.kind, cue: 'punkt etter innledning', match: ask.match, weight: 1 }, ...cues];
    }
    // no cue: the learned fallback may still read critique or support in it (fallback.ts)
    if (kind === null && model && !leadIn && !quotesOther) {
      const decision = fallbackKind(s.text, { first: s.ordinal === 1, afterStatement: previous?.sectionId === s.sectionId && previous.statement }, model);
      if (decision) {
        kind = decision.kind;
        kinds = [decision.kind];
        cues = [{ kind: decision.kind, cue: 'classifier', match: decision.words.join(', '), weight: decision.probability }];
      }
    }
    // the rules' finding, as in training: the fallback's own decisions do not cascade
    previous = { sectionId: s.sectionId, statement: ruled };
    const chain = chains.get(s.sectionId) ?? [];
    const byRules = byRulesAll[i]!;
    let { areas, areaTerms } = byRules;
    // the learned area model corrects the rules' areas of a statement where it is confident
    // (area-model.ts; show names it). Other sentences keep the rules' areas: the model learned
    // from statements, and reading every sentence would cost the ingest a tenth more time.
    if (areaModel && kind !== null) {
      const decision = refineAreas(s.text, chain.map((h) => h.title), byRules, contexts![i]!, areaModel);
      if (decision.removed.length || Object.keys(decision.added).length) {
        areas = decision.areas;
        const terms: Record<string, string[]> = {};
        for (const a of areas) terms[a] = areaTerms[a] ?? decision.added[a]!;
        areaTerms = terms;
      }
    }
    // Written out rather than `{ ...s, kind, … }`: V8 copies a spread followed by more properties
    // on a slow path (about 25 µs a sentence). Same keys, same order as a Sentence's.
    return {
      id: s.id,
      sectionId: s.sectionId,
      ordinal: s.ordinal,
      page: s.page,
      lines: s.lines,
      text: s.text,
      kind,
      kinds,
      areas,
      actors: findActors(s.text),
      figures: findFigures(s.text),
      cues,
      areaTerms,
    };
  });
}

/**
 * The block quotes (Sentence.quote) whose first sentence speaks in another voice: neither KS
 * speaking nor the sector as subject, where the learned fallback would not read it either
 * (fallback.ts fallbackGate: `Departementet foreslår at …`, `Etter forslaget skal …`). A
 * response that quotes the proposal before answering it; a pull quote of KS' own words
 * (`> – Vi krever …, sier styrelederen`, `> Kommunene må …`) stays KS'.
 */
export function quotesInOtherVoice(sentences: readonly Pick<Sentence, 'quote' | 'text'>[]): Set<number> {
  const seen = new Set<number>();
  const other = new Set<number>();
  for (const s of sentences) {
    if (s.quote === undefined || seen.has(s.quote)) continue;
    seen.add(s.quote);
    if (fallbackGate(s.text) === null) other.add(s.quote);
  }
  return other;
}
