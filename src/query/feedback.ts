// Section-level pseudo-relevance feedback (issue 19): a second ranking made from the first and
// the documents' section structure, without any term data.
//
// Why: judges mark whole passages about a query's subject, and most of a passage's sentences
// never name the subject ("Dette …", "Tiltaket …", the field's other words). The first ranking
// finds the sentences that do; the best of them tell where the subject is discussed. The
// sentences around them in their section then rank by a share of their score, as if they held a
// weaker form of the query.
//
// The rule keeps what the first ranking found: a sentence's score is the larger of its own and
// its share (never their sum), so no score falls, the seeds keep their order among themselves,
// and a sentence outside the first ranking's top `n` could only enter it by its share. That
// makes the result over the top `n` of a ranking the same as over the whole ranking (search
// ranks keeping only its best hits, for memory).
import type { Reason } from '../model/result.js';
import { decodePostings, SECTION_STARTS, type TermCounts } from '../index/term-file.js';

/** A ranked sentence: its document (source) and index there, its score, and why it matched. */
export interface FeedbackHit {
  source: number;
  sentence: number;
  score: number;
  why?: Reason[];
}

/** What feedback needs of a document: where its sections start (ascending; null when unknown) and how many sentences it has. */
export interface SectionStructure {
  starts: readonly number[] | null;
  sentences: number;
}

/**
 * The seeds: the best SEEDS hits of the first ranking. Few, as a seed's section is lent to
 * whether or not it is about the query, and the top hits are the ones most surely about it.
 */
export const FEEDBACK_SEEDS = 3;

/**
 * The share of a seed's score the sentences around it get: as postings.ts's section share
 * (SECTION_SUBJECT_WEIGHT). (On dev sets 1–19: 0.3 and 0.5 gained less recall; 0.5 lost MRR.)
 */
export const FEEDBACK_WEIGHT = 0.4;

/** How far around a seed, within its section, its share reaches: the discussion goes on after the subject is named more than it leads up to it. */
export const FEEDBACK_BEFORE = 1;
export const FEEDBACK_AFTER = 3;

/**
 * How many of the first ranking's best hits (all, when it has fewer) keep their place: a share
 * that would pass them stops level with the last, after it. (Below 5, sets whose first hits were not relevant lost
 * MRR: a wrong seed's neighbours came before the first relevant hit.)
 */
export const FEEDBACK_STAY = 5;

/** The documents whose structure feedback reads: those of the seeds (a caller reads only these). */
export function feedbackSources(hits: readonly FeedbackHit[]): number[] {
  return [...new Set(hits.slice(0, FEEDBACK_SEEDS).map((h) => h.source))];
}

export interface FeedbackOptions {
  /** keep, per sentence that came in by feedback, why (the seed's reasons, via `feedback`) */
  explain?: boolean;
  seeds?: number;
  weight?: number;
  before?: number;
  after?: number;
  /** how many of the first ranking's best hits keep their place */
  stay?: number;
}

/**
 * The second ranking: `hits` (the first, best first, ties in document order) with the sentences
 * around its seeds lent a share of the seed's score. `order` gives a sentence's place in the
 * documents, for ties. Pure: reads nothing but its arguments.
 */
export function withFeedback<H extends FeedbackHit>(
  hits: readonly H[],
  structureOf: (source: number) => SectionStructure | undefined,
  options: FeedbackOptions = {},
): Array<H | FeedbackHit> {
  const seeds = options.seeds ?? FEEDBACK_SEEDS;
  const weight = options.weight ?? FEEDBACK_WEIGHT;
  const before = options.before ?? FEEDBACK_BEFORE;
  const after = options.after ?? FEEDBACK_AFTER;
  if (hits.length === 0 || seeds <= 0 || weight <= 0) return [...hits];
  // per sentence (source, sentence): the best share lent to it, and by which seed
  const lent = new Map<string, { score: number; seed: FeedbackHit }>();
  for (const seed of hits.slice(0, seeds)) {
    const structure = structureOf(seed.source);
    // a document of one section (or of unknown sections) has no passage narrower than itself
    // to be about the query (as postings.ts shareBySection)
    if (!structure?.starts?.length) continue;
    const { start, end } = sectionAround(structure, seed.sentence);
    const share = weight * seed.score;
    for (let r = Math.max(start, seed.sentence - before); r < Math.min(end, seed.sentence + after + 1); r++) {
      if (r === seed.sentence) continue;
      const key = `${seed.source}:${r}`;
      const was = lent.get(key);
      if (!was || was.score < share) lent.set(key, { score: share, seed });
    }
  }
  if (lent.size === 0) return [...hits];
  // the best hits stay first: no share reaches the score of the last of them
  const stay = Math.min(options.stay ?? FEEDBACK_STAY, hits.length);
  if (stay > 0) {
    const floor = hits[stay - 1]!.score;
    for (let i = 0; i < stay; i++) lent.delete(`${hits[i]!.source}:${hits[i]!.sentence}`);
    for (const share of lent.values()) if (share.score >= floor) share.score = floor;
  }
  const out: Array<{ hit: H | FeedbackHit; first: number }> = [];
  hits.forEach((hit, i) => {
    const key = `${hit.source}:${hit.sentence}`;
    const share = lent.get(key);
    lent.delete(key);
    // a raised hit ranks among the others raised as one outside the first ranking would (in
    // document order, below the first ranking's hits of its score): the same whether or not the
    // first ranking kept it
    if (share && share.score > hit.score) out.push({ hit: raised(hit, share, options.explain === true), first: Infinity });
    else out.push({ hit, first: i });
  });
  for (const [key, share] of lent) {
    const colon = key.indexOf(':');
    const hit: FeedbackHit = { source: Number(key.slice(0, colon)), sentence: Number(key.slice(colon + 1)), score: 0 };
    out.push({ hit: raised(hit, share, options.explain === true), first: Infinity });
  }
  // by score; ties: the first ranking's order, then document order (source, sentence)
  out.sort((x, y) => y.hit.score - x.hit.score || x.first - y.first || x.hit.source - y.hit.source || x.hit.sentence - y.hit.sentence);
  return out.map((o) => o.hit);
}

/** A hit raised to a seed's share, with the seed's reasons told as feedback (its own kept first). */
function raised<H extends FeedbackHit>(hit: H | FeedbackHit, share: { score: number; seed: FeedbackHit }, explain: boolean): FeedbackHit {
  const out: FeedbackHit = { ...hit, score: share.score };
  if (explain) out.why = [...(hit.why ?? []), ...(share.seed.why ?? []).filter((r) => r.via !== 'feedback').map((r) => ({ ...r, via: 'feedback' as const }))];
  return out;
}

/** The section of a sentence: [start, end) of its sentences (the whole document when its sections are unknown). */
export function sectionAround(structure: SectionStructure, sentence: number): { start: number; end: number } {
  let start = 0;
  let end = structure.sentences;
  for (const s of structure.starts ?? []) {
    if (s <= sentence) start = s;
    else {
      end = s;
      break;
    }
  }
  return { start, end };
}

/** A document's section structure from its term lines (its SECTION_STARTS line; null starts when the lines do not hold it). */
export function structureOfTerms(source: Pick<TermCounts, 'lines' | 'sentences'>): SectionStructure {
  const line = source.lines.get(SECTION_STARTS);
  return { starts: line ? (line.stops ? decodePostings(line.stops).ids : []) : null, sentences: source.sentences };
}
