// Search postings: BM25+ ranking over the term files of index/term-file.ts, for `search` and
// `kwic`, without reading the sentences.
//
// Ranking is MiniSearch's BM25+ (k 1.2, b 0.7, d 0.5; a sentence's length is its number of
// distinct index terms, the average is kept as MiniSearch keeps it), computed over the postings
// of the query's expansions only, with the same order of additions, so scores are the ones
// MiniSearch gave over the same sentences (tests/query/postings.test.ts compares them).
import type { Reason } from '../model/result.js';
import { acceptedForms, CORRESPONDENCE_WEIGHT, backoffCandidatesOf, splitSidesOf, backoffProbes, fieldCandidatesOf, expandWordWhy, formOrigins, PARTS_BELOW, phraseSynonyms, SENSE_WEIGHT, type ParsedQuery, type PlanOptions, phraseSynonymProbes, planQuery, type Sense, splitCandidates, splitCompound, type WordPlan, splitProbes, synonymProbes, synonymsOf, type TermVia, type TermWhy, wordProbes } from '../nlp/search-analyzer.js';
import { countPostings, decodePostings, type LineFilter, REFERS_BACK, SECTION_HEADINGS, SECTION_STARTS, type TermCounts } from '../index/term-file.js';

/** The line of the sentences that refer back (term-file.ts), read with one probe. */
const REFERRING = [REFERS_BACK];

/** A sentence that refers back gets this share of the score of a match shortly before it, for a rare query word. */
export const CONTEXT_WEIGHT = 0.3;

/** How many sentences back, within its section, a sentence that refers back looks for a match. */
const CONTEXT_REACH = 3;

/**
 * A section whose heading names a rare query word (or its synonym, or its parts) carries it as
 * its subject: each of its sentences gets this share of the word's best score, times how well the
 * heading matched. Not past CONTEXT_BELOW sentences: a heading word that common names no subject.
 * (0.4, not 0.25: judges mark whole sections about a query; a little higher on sets 2-7, lower on
 * set 1 at 0.6.)
 */
export const HEADING_WEIGHT = 0.4;

/** A word matched in this many sentences or more gets no share by context. */
const CONTEXT_BELOW = 100;

// the term-file format moved to index/; re-exported for the callers and tests that use it here
export { decodePostings, encodeTerms, occurrences, TERMS_HEADER, termSource, type TermCounts, type TermLine, type TermSource } from '../index/term-file.js';

/** Probes of a query: a term text's lines are read only when their form contains one. */
export function queryProbes(parsed: ParsedQuery): string[] {
  const words = [...parsed.words, ...parsed.phrases.flat()];
  return [...new Set(words.flatMap((w) => wordProbes(w)))];
}

/**
 * Probes for a second pass over the term files, for the query words the first pass found in
 * fewer than PARTS_BELOW sentences: their synonyms' words, and the rest of each compound after a
 * first part the first pass's vocabulary holds (`barnehage|bemanning` → `bema`;
 * search-analyzer.ts splitCandidates). Only probes the first pass did not cover. A word the
 * index has a page of is searched as itself alone, so common queries read what they read before.
 */
export function partProbes(parsed: ParsedQuery, sources: readonly TermCounts[], first: readonly string[]): string[] {
  return secondPass(parsed, sources, first).probes;
}

/** A second pass over the term files (partProbes): what it reads, and which of those lines it keeps (partLines). */
export interface SecondPass extends PartLines {
  probes: string[];
}

export function secondPass(parsed: ParsedQuery, sources: readonly TermCounts[], first: readonly string[]): SecondPass {
  const vocabulary = vocabularyOf(sources);
  const sentencesWith = sentenceCounter(sources);
  const rare = parsed.words.filter((w) => sentencesWith(expandWordWhy(w, vocabulary).keys()) < PARTS_BELOW);
  const more = new Set([
    ...rare.flatMap((w) => [...synonymProbes(w), ...splitProbes(w, vocabulary)]),
    ...phraseSynonymProbes(parsed.words),
    // the sentences that refer back, for the rare words' context (rankSentences)
    ...(rare.length ? REFERRING : []),
  ]);
  return { probes: [...more].filter((p) => !first.some((f) => p.includes(f))), ...partLines(parsed, rare, vocabulary) };
}

/**
 * The lines a second pass keeps (issue 18: memory). Its probes are short (a compound's rest
 * `bolg`, a synonym's word `ar`) and find a hundred lines a document, nearly all of words no
 * expansion of the query accepts; held for every document until the ranking ends, they made
 * search's memory grow with the corpus. A line is kept when a word the ranking may expand
 * (search-analyzer.ts planQuery) accepts its form: a query word, its phrases' synonyms' words,
 * and for a rare word its synonyms' words, the parts of its splits and their one-word synonyms
 * (a word rare in the first pass may turn common with the second's lines, never the reverse). An
 * expansion judges a form by itself alone (expandWordWhy), so the verdict is kept per form,
 * across documents. The `§§` lines are kept. The first pass keeps every line it reads.
 *
 * The splits are those the first pass's vocabulary allows (splitCandidates), plus the one after
 * the first three letters: a form the second pass adds can vouch for a first part only if it
 * begins with that part, and every form beginning with four letters of a query form was read by
 * the first pass (its probe, search-analyzer.ts probeOf), so only a three-letter part is new.
 */
export interface PartLines {
  keep: LineFilter;
  /**
   * The probes of every word the ranking may expand (the words whose lines `keep` accepts): a
   * rare word's headings are read only for its probes, its synonyms' and its parts' (rankSentences
   * headingProbes), so a SECTION_HEADINGS line needs only the entries holding one of these
   * (keptHeadings). Made when first asked.
   */
  headingProbes(): string[];
  /** the forms with postings of the lines left out: the vocabulary holds them still (addToVocabulary), as compounds are split by it */
  leftOut: Set<string>;
}

function partLines(parsed: ParsedQuery, rare: readonly string[], vocabulary: ReadonlySet<string>): PartLines {
  const expanded = () => {
    const words = new Set<string>(parsed.words);
    const withSynonyms = (w: string, all: boolean) => {
      words.add(w);
      for (const m of synonymsOf(w)) if (all || m.words.length === 1) for (const x of m.words) words.add(x);
    };
    for (const members of phraseSynonyms(parsed.words)) for (const m of members) for (const x of m.words) words.add(x);
    for (const w of rare) {
      withSynonyms(w, true);
      const splits = [...splitCandidates(w, vocabulary)];
      for (const [form, origin] of formOrigins(w)) {
        if (origin !== 'word' && origin !== 'variant') continue;
        splits.push({ left: form.slice(0, 3), right: form.slice(3) });
        // a first part of four letters less its linking s or e (`hel|s|etilbud`)
        if (/^...[se]/u.test(form)) splits.push({ left: form.slice(0, 3), right: form.slice(4) });
      }
      for (const { left, right } of splits) {
        withSynonyms(left, false);
        withSynonyms(right, false);
      }
    }
    return [...words].map((w) => ({ w, probes: wordProbes(w) }));
  };
  // made at the first line asked about: a query with no second pass does not load the synonyms
  let probed: ReturnType<typeof expanded> | null = null;
  const { keep, leftOut } = lineKeeper((form) => form.startsWith(REFERS_BACK) || formOfAny((probed ??= expanded()), form));
  const headingProbes = () => {
    probed ??= expanded();
    return [...new Set(probed.flatMap(({ probes }) => probes))];
  };
  return { keep, leftOut, headingProbes };
}

/**
 * A third pass, after the second (search-analyzer.ts planQuery's back-off): for a query word no
 * sentence holds that the vocabulary so far does not split into two known parts, the lines of
 * each end of it (backoffPart) and of the kindred nouns of its sides (fieldSplit). Only then: a
 * compound the corpus splits (`barnehagebemanning`) reads nothing more. Keeps the lines one of
 * those words accepts.
 */
export function backoffPass(parsed: ParsedQuery, sources: readonly TermCounts[], read: readonly string[]): Pick<SecondPass, 'probes' | 'keep' | 'leftOut'> {
  const vocabulary = vocabularyOf(sources);
  const absent = parsed.words.filter((w) => expandWordWhy(w, vocabulary).size === 0 && splitCompound(w, vocabulary) === null);
  const parts = [...new Set(absent.flatMap((w) => [...backoffCandidatesOf(w), ...fieldCandidatesOf(w)]))];
  const probes = [...new Set([...absent.flatMap((w) => backoffProbes(w)), ...parts.flatMap((p) => wordProbes(p))])].filter((p) => !read.some((f) => p.includes(f)));
  // the lines it reads may split the word after all (`fag|skole` by `realfag`): the lines of any
  // split's sides and their one-word synonyms are kept too, as the second pass keeps them (partLines)
  const sides = absent.flatMap((w) => splitSidesOf(w).flatMap(({ left, right }) => [left, right]));
  const words = new Set([...parts, ...sides, ...sides.flatMap((p) => synonymsOf(p).filter((m) => m.words.length === 1).map((m) => m.words[0]!))]);
  const probed = [...words].map((w) => ({ w, probes: wordProbes(w) }));
  return { probes, ...lineKeeper((form) => formOfAny(probed, form)) };
}

/**
 * A LineFilter keeping the lines whose form `usable` accepts (asked once a form), and the forms
 * of the lines with postings it leaves out (the vocabulary holds them still: addToVocabulary).
 */
function lineKeeper(usable: (form: string) => boolean): { keep: LineFilter; leftOut: Set<string> } {
  const verdicts = new Map<string, boolean>();
  const leftOut = new Set<string>();
  const keep: LineFilter = (form, hasPostings) => {
    let ok = verdicts.get(form);
    if (ok === undefined) {
      ok = usable(form);
      verdicts.set(form, ok);
    }
    if (!ok && hasPostings) leftOut.add(form);
    return ok;
  };
  return { keep, leftOut };
}

/** Whether a line's form is a form of one of the words: holds one of its probes, and the word expands to it. */
function formOfAny(probed: ReadonlyArray<{ w: string; probes: readonly string[] }>, form: string): boolean {
  return probed.some(({ w, probes }) => probes.some((p) => form.includes(p)) && expandWordWhy(w, [form]).size > 0);
}

/** Add forms to the vocabulary of sources (vocabularyOf): those of the lines a read left out (partLines). */
export function addToVocabulary(sources: readonly TermCounts[], forms: Iterable<string>): void {
  const vocabulary = vocabularyOf(sources);
  for (const form of forms) vocabulary.add(form);
}

/** A source with the lines of another read of the same file added (a second pass's probes). */
export function withLines<T extends TermCounts>(source: T, more: TermCounts): T {
  if (more.lines.size === 0) return source;
  const lines = new Map(source.lines);
  for (const [form, line] of more.lines) if (!lines.has(form)) lines.set(form, line);
  return { ...source, lines };
}

/** How many sentences of the sources hold one of the terms, counted up to PARTS_BELOW (PlanOptions.sentencesWith). */
function sentenceCounter(sources: readonly TermCounts[]): (terms: Iterable<string>) => number {
  return (terms) => sentencesHolding(sources, [...terms], PARTS_BELOW);
}

/**
 * How many sentences of the sources hold one of the terms, counted up to `cap`: a source with one
 * of the terms' lines counts its postings undecoded; with several, the union of their sentences.
 */
function sentencesHolding(sources: readonly TermCounts[], terms: readonly string[], cap = Infinity): number {
  let n = 0;
  for (const s of sources) {
    let first: string | null = null;
    let several: string[] | null = null;
    for (const term of terms) {
      const postings = s.lines.get(term)?.postings;
      if (!postings) continue;
      if (first === null) first = postings;
      else (several ??= [first]).push(postings);
    }
    if (first === null) continue;
    n += several ? new Set(several.flatMap((p) => decodePostings(p).ids)).size : countPostings(first);
    if (n >= cap) return cap;
  }
  return n;
}

/** Vocabulary of the sources: index terms only, or every form (`withStops`), in file order. */
export function vocabularyOf(sources: readonly TermCounts[], withStops = false): Set<string> {
  const kept = withStops ? undefined : vocabularies.get(sources);
  if (kept) return kept;
  const out = new Set<string>();
  for (const s of sources) for (const [form, line] of s.lines) if (withStops || line.postings !== '') out.add(form);
  if (!withStops) vocabularies.set(sources, out);
  return out;
}

// partProbes and rankSentences ask for the same sources' vocabulary (a thousand documents' lines)
const vocabularies = new WeakMap<readonly TermCounts[], Set<string>>();

export interface RankedSentence {
  /** index of the source (document) and of the sentence in it */
  source: number;
  sentence: number;
  score: number;
  /** with `explain`: per query word it matches, what matched */
  why?: Reason[];
}

/** Why a sentence matched a query word (`search --explain`). */
// what matched (search --explain): a record's field, so its type is model/result.ts's
export type { Reason } from '../model/result.js';

export interface Ranking {
  /** best first; ties in document order */
  hits: RankedSentence[];
  /** per quoted phrase, per word, the forms it accepts: hits must pass hasPhrase on their text */
  phrases: Array<Array<Set<string>>>;
}

export interface RankOptions extends PlanOptions {
  /** keep, per hit, why it matched each query word */
  explain?: boolean;
  /** keep only this many hits, the best (memory: the others are dropped as each document is ranked); all without it */
  limit?: number;
  /**
   * The mean sentence length of the sources, folded by the caller as it read them (MeanLength):
   * the sources' `lengths` are then read only where a line has postings, so a caller may leave
   * them out of the documents without one (search: memory flat in the corpus, issue 18).
   */
  lengths?: { average: number };
  /**
   * The sources' SECTION_HEADINGS lines hold only the entries with one of these probes (search's
   * second pass, keptHeadings): a rare word's heading probes must each hold one of them, else the
   * ranking throws HeadingsLeftOut and the caller reads the lines whole.
   */
  headings?: readonly string[];
  /**
   * Rank every rare word whose own terms and parts are rare over the whole corpus at once, however
   * many sentences its senses match (the ranking before fewMatches, issue 18; the same hits: the
   * tests compare the two).
   */
  allAtOnce?: boolean;
}

/** A ranking needed heading entries its sources' lines left out (RankOptions.headings). */
export class HeadingsLeftOut extends Error {
  constructor() {
    super('a heading probe outside the kept headings');
    this.name = 'HeadingsLeftOut';
  }
}

/**
 * The mean sentence length of documents, in document order, as MiniSearch keeps it: a running
 * mean, one sentence at a time. Floating point makes it depend on the order of the additions, so
 * a caller that folds it while reading (search) must add the documents in order, and every
 * ranking gets the same figure whether it folded the lengths or was given them.
 */
export function meanLengthOf(sources: readonly TermCounts[]): number {
  const mean = new MeanLength();
  for (const s of sources) mean.add(s.lengths);
  return mean.average;
}

/** A running mean of sentence lengths (meanLengthOf), added to a document at a time. */
export class MeanLength {
  total = 0;
  average = 0;
  add(lengths: Iterable<number>): void {
    for (const length of lengths) {
      this.average = (this.average * this.total + length) / (this.total + 1);
      this.total += 1;
    }
  }
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * A synonym's share of its score where the corpus writes the query word itself: a sentence that
 * states the word then ranks above one with only a synonym (`sjølvkost` above `gebyrene`), as
 * SENSE_WEIGHT.synonym alone did not make it when the synonym's sentence is shorter.
 */
export const WRITTEN_SYNONYM_SHARE = 0.8;

interface Scored {
  score: number;
  /** scoreTerms with `best`: the term that gave the score */
  best?: string;
  /** how many terms matched (the literal sense rounds as MiniSearch did: score × n / n) */
  n: number;
  source: number;
  sentence: number;
  terms?: string[];
  /** a compound's parts found in other sentences of its section (scoreSense), as their terms */
  section?: string[];
}

/** The order of `via`s when a word matched a sentence through several terms: the closest first. */
const VIA_ORDER: readonly TermVia[] = ['word', 'inflection', 'variant', 'compound', 'derived'];

/**
 * Rank the sentences of the sources for a query. Each query word is scored by its senses
 * (search-analyzer.ts planQuery): its own forms as the OR of their expansions, each weighted; a
 * synonym as the mean of its words' scores where all its words occur, times its weight; the
 * parts of a compound as the sum of its parts' scores times the share of parts that occur,
 * times its weight. A word's score is its best sense's; a sentence's score is the sum of its
 * word scores times the number of query words it matches.
 */
export function rankSentences(sources: readonly TermCounts[], parsed: ParsedQuery, options: RankOptions = {}): Ranking {
  const vocabulary = vocabularyOf(sources);
  const explain = options.explain === true;
  let referring: ReturnType<typeof referringSentences> | null = null;
  const offsets: number[] = [];
  let total = 0;
  for (const s of sources) {
    offsets.push(total);
    total += s.sentences;
  }
  const average = options.lengths?.average ?? meanLengthOf(sources);
  // the one thing per term a score needs from the whole corpus: in how many sentences it occurs
  // (counted from the encoded postings, not decoded: the documents are then decoded one at a time)
  const dfs = new Map<string, number>();
  const dfOf = (term: string): number => {
    let n = dfs.get(term);
    if (n === undefined) {
      n = 0;
      for (const s of sources) {
        const line = s.lines.get(term);
        if (line && line.postings !== '') n += countPostings(line.postings);
      }
      dfs.set(term, n);
    }
    return n;
  };
  /** how many sentences hold a part as itself (its word and inflections, not inside other words) */
  const ownDf = (terms: ReadonlyMap<string, TermWhy>): number => {
    let n = 0;
    for (const [term, why] of terms) if (why.weight >= 1 && why.via !== 'compound') n += dfOf(term);
    return n;
  };
  // what scoreSense asks of a term set's matches in the whole corpus while it scores one document
  const sizes = new WeakMap<ReadonlyMap<string, TermWhy>, number>();
  const corpus: CorpusSizes = {
    any: (terms) => [...terms.keys()].some((t) => dfOf(t) > 0),
    size: (terms) => {
      let n = sizes.get(terms);
      if (n === undefined) {
        n = sentencesHolding(sources, [...terms.keys()]);
        sizes.set(terms, n);
      }
      return n;
    },
  };
  // a term set's terms in their own order (scoreTerms), sorted once, not once per document
  const sortedTerms = new WeakMap<ReadonlyMap<string, TermWhy>, Array<[string, TermWhy]>>();
  const inOrder = (terms: ReadonlyMap<string, TermWhy>) => {
    let list = sortedTerms.get(terms);
    if (!list) sortedTerms.set(terms, (list = [...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    return list;
  };
  // where the corpus writes a query word itself, its synonyms count less (WRITTEN_SYNONYM_SHARE):
  // a fact of the plan, asked once, not once per document ranked
  const written = new WeakMap<WordPlan, boolean>();
  const writtenIn = (plan: WordPlan): boolean => {
    let is = written.get(plan);
    if (is === undefined) {
      const own = plan.senses[0];
      written.set(plan, (is = own?.kind === 'word' && own.terms.size > 0 && ownDf(own.terms) > 0));
    }
    return is;
  };
  const { k, b, d } = BM25;
  /** Scoring over some of the sources (all of them, or one document): its postings decoded when asked, and dropped with it. */
  const scorer = (scope: readonly number[]) => {
    const decoded = new Map<string, Array<{ source: number; ids: number[]; tfs: number[] }>>();
    const listsOf = (term: string) => {
      let lists = decoded.get(term);
      if (!lists) {
        lists = [];
        for (const source of scope) {
          const line = sources[source]!.lines.get(term);
          if (!line || line.postings === '') continue;
          const { ids, tfs } = decodePostings(line.postings);
          lists.push({ source, ids, tfs });
        }
        decoded.set(term, lists);
      }
      return lists;
    };
    /**
     * A term's postings in the sources of `within` only, decoded for this call (a synonym's
     * common word, scored only in the sentences its rarest holds: decoded and kept for the whole
     * corpus, it held every document's postings of `befolkning` for a rare word's synonym; issue 18)
     */
    const listsWithin = (term: string, holding: ReadonlySet<number>) => {
      const kept = decoded.get(term);
      if (kept) return kept;
      const lists: Array<{ source: number; ids: number[]; tfs: number[] }> = [];
      for (const source of scope) {
        if (!holding.has(source)) continue;
        const line = sources[source]!.lines.get(term);
        if (!line || line.postings === '') continue;
        const { ids, tfs } = decodePostings(line.postings);
        lists.push({ source, ids, tfs });
      }
      return lists;
    };
    /** BM25+ of the terms, each times its weight, summed per sentence */
    const scoreTerms = (terms: ReadonlyMap<string, TermWhy>, best = false, pooled = false, within?: ReadonlyMap<number, { source: number }>): Map<number, Scored> => {
      const matched = new Map<number, Scored>();
      // the documents `within` holds sentences of (in a scope of several)
      let holding: Set<number> | undefined;
      if (within && scope.length > 1) {
        holding = new Set();
        for (const m of within.values()) holding.add(m.source);
      }
      // pooled: every term weighs as rare as the word they all stand for, by the sentences that
      // hold any of them (the sum of their counts): a compound's common part (`ordning`) is
      // written in many forms, each rare alone (`ordningene`, `fastlegeordningen`), and would
      // otherwise outweigh the part that says what the compound is about (`konsultasjon`)
      let pool = 0;
      if (pooled) for (const term of terms.keys()) pool += dfOf(term);
      // in the terms' own order, not the vocabulary's: the sums are then the same however the
      // lines were read (one pass or two)
      for (const [term, { weight: boost }] of inOrder(terms)) {
        const lists = holding ? listsWithin(term, holding) : listsOf(term);
        if (lists.length === 0) continue;
        const own = dfOf(term);
        const df = pooled ? Math.min(total, Math.sqrt(own * pool)) : own;
        const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
        for (const { source, ids, tfs } of lists) {
          const lengths = sources[source]!.lengths;
          for (let i = 0; i < ids.length; i++) {
            const id = offsets[source]! + ids[i]!;
            // only the sentences asked (a synonym's other words: those its rarest holds)
            if (within && !within.has(id)) continue;
            const tf = tfs[i]!;
            const length = lengths[ids[i]!]!;
            const raw = idf * (d + tf * (k + 1) / (tf + k * (1 - b + b * length / average)));
            const weighted = boost * raw;
            const entry = matched.get(id);
            if (entry) {
              if (!best) entry.score += weighted;
              else if (weighted > entry.score) [entry.score, entry.best] = [weighted, term];
              entry.n += 1;
              entry.terms?.push(term);
            } else {
              matched.set(id, { score: weighted, n: 1, source, sentence: ids[i]!, terms: explain ? [term] : undefined, ...(best ? { best: term } : {}) });
            }
          }
        }
      }
      return matched;
    };
    // the sections of a source (scoreSense): its section starts ascending (null: an index without
    // them), decoded when first asked
    const startsOf = new Map<number, number[] | null>();
    const sectionsOf = (source: number): number[] | null => {
      let starts = startsOf.get(source);
      if (starts === undefined) startsOf.set(source, (starts = sectionStarts(sources[source]!)));
      return starts;
    };
    const sectionOf: SectionOf = {
      count: (source) => {
        const starts = sectionsOf(source);
        return starts === null ? 0 : starts.length + 1;
      },
      of: (source, sentence) => {
        const starts = sectionsOf(source);
        if (starts === null) return -1;
        // how many sections start at or before the sentence (a binary search); the first section
        // starts at sentence 0 without a start of its own
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (starts[mid]! <= sentence) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      },
    };
    /** A query word's best sense per sentence of the scope. */
    const senses = (plan: WordPlan, global: CorpusSizes): Best => {
      const best: Best = new Map();
      const own = plan.senses[0];
      const written = writtenIn(plan);
      const scoring: SenseScoring = { scoreTerms, sectionOf, ownDf, corpus: global, bestForm: !options.literal, ...(own?.kind === 'word' ? { wordTerms: own.terms } : {}) };
      for (const sense of plan.senses) {
        const scored = sense.kind === 'synonym' && scope.length > 1 ? synonymByDocument(sense, global) : scoreSense(sense, scoring);
        if (written && sense.kind === 'synonym') for (const m of scored.values()) m.score *= WRITTEN_SYNONYM_SHARE;
        for (const [id, m] of scored) {
          const before = best.get(id);
          if (before && before.score >= m.score) continue;
          if (explain) (m as Scored & { reason?: Reason }).reason = reasonOf(plan.word, sense, m.terms ?? [], m.section);
          best.set(id, m);
        }
      }
      return best;
    };
    /**
     * A synonym's matches over several documents, scored a document at a time (its words' scores
     * are a sentence's own, their weights the corpus'), in the order scoring them at once gives:
     * by the first of its rarest word's terms (in their order) that holds the sentence, then
     * document, then sentence. (Issue 18: at once, the rarest word of `flere eldre`, common
     * itself, held a match for most of the corpus' sentences, 15 MB at 10,000 documents, for a
     * synonym that matched none.)
     */
    const synonymByDocument = (sense: Extract<Sense, { kind: 'synonym' }>, global: CorpusSizes): Map<number, Scored> => {
      const sizes = sense.words.map((terms) => global.size(terms));
      const rarest = sense.words.map((_, i) => i).sort((x, y) => sizes[x]! - sizes[y]!)[0];
      const terms = rarest === undefined ? [] : inOrder(sense.words[rarest]!).map(([t]) => t);
      const found: Array<{ first: number; id: number; m: Scored }> = [];
      for (const source of scope) {
        const lines = sources[source]!.lines;
        if (!terms.some((t) => (lines.get(t)?.postings ?? '') !== '')) continue;
        const one = scorer([source]);
        const out = scoreSense(sense, { scoreTerms: one.scoreTerms, sectionOf: one.sectionOf, ownDf, corpus: global, bestForm: !options.literal });
        if (out.size === 0) continue;
        // each match's first term of the rarest word
        const first = new Map<number, number>();
        terms.forEach((t, i) => {
          const line = lines.get(t);
          if (!line || line.postings === '') return;
          for (const sentence of decodePostings(line.postings).ids) if (!first.has(sentence)) first.set(sentence, i);
        });
        const here = [...out].map(([id, m]) => ({ first: first.get(m.sentence)!, id, m }));
        here.sort((x, y) => x.m.sentence - y.m.sentence);
        for (const f of here) found.push(f);
      }
      // stable: by document and sentence within each term
      found.sort((x, y) => x.first - y.first);
      return new Map(found.map((f) => [f.id, f.m]));
    };
    return { senses, sectionOf, sectionsOf, scoreTerms };
  };
  const sentencesWith = sentenceCounter(sources);
  const plans = planQuery(parsed.words, vocabulary, { sentencesWith, ...options });
  // a rare word (searched by its senses too) takes shares from the sentences around its matches
  const rare = plans.map((plan) => {
    const own = plan.senses[0];
    return !options.literal && own?.kind === 'word' && sentencesWith(own.terms.keys()) < PARTS_BELOW;
  });
  // A rare word is ranked over the whole corpus at once when its matches may be fewer than
  // CONTEXT_BELOW (the sentences that refer back and the sections about it then share in them:
  // few sentences, by that bound). Every other word is ranked one document at a time: a term of
  // its own forms or its parts in CONTEXT_BELOW sentences or more makes its matches as many, and
  // only a heading's share then needs the corpus (its best score, lent once all are ranked).
  // Nor is one whose senses (its synonyms above all) match CONTEXT_BELOW sentences or more: the
  // sentences that refer back and the sections about it then take no share, and its matches held
  // for the whole corpus at once grew with it (issue 18: `eldrebølgen`'s synonyms, a match or two
  // a document); ranked a document at a time, its scores are the same (each sentence's senses are
  // its document's), and its headings lend as any rare word's do.
  const whole = plans.map((plan, p) => rare[p]! && !plan.senses.some((s) => (s.kind === 'word' ? [s.terms] : s.kind === 'parts' ? s.words : []).some((terms) => [...terms.keys()].some((t) => dfOf(t) >= CONTEXT_BELOW))) && fewMatches(plan));
  const everything = sources.map((_, source) => source);
  const perSource = plans.map((plan, p) => {
    if (!whole[p]) return null;
    const all = scorer(everything);
    // the corpus' sizes (CorpusSizes) are the whole scope's: a synonym's common word is then scored only where its rarest occurs
    const best = all.senses(plan, corpus);
    contextShares(plan, best);
    const headings = headingSections(plan);
    if (headings.sentences < CONTEXT_BELOW) lendHeadings(plan, best, headings.found, nominal(ownTop(best)));
    // a rare word: the sentences of a section where several sentences hold it (shareBySection)
    if (best.size < CONTEXT_BELOW) shareBySection(best, plan.word, all.sectionOf, all.sectionsOf, sources, offsets, explain);
    const bySource = new Map<number, Best>();
    for (const [id, m] of best) {
      let held = bySource.get(m.source);
      if (!held) bySource.set(m.source, (held = new Map()));
      held.set(id, m);
    }
    return bySource;
  });
  // the headings of the rare words ranked by document: their sections are known before any
  // score, the share they lend (a share of the word's best score) only after the last document
  const headings = plans.map((plan, p) => {
    if (whole[p] || !rare[p]) return null;
    const h = headingSections(plan);
    return h.sentences < CONTEXT_BELOW ? h.found : null;
  });
  const tops = plans.map(() => 0);
  const waiting = new Set<number>();
  for (const found of headings) for (const f of found ?? []) waiting.add(f.source);
  const held = new Map<number, Array<Best | null>>();
  const kept = new TopHits(options.limit);
  for (let source = 0; source < sources.length; source++) {
    const one = scorer([source]);
    const bests = plans.map((plan, p) => {
      if (whole[p]) return null;
      const best = one.senses(plan, corpus);
      if (headings[p]) tops[p] = Math.max(tops[p]!, ownTop(best));
      return best;
    });
    if (waiting.has(source)) held.set(source, bests);
    else addHits(source, bests);
  }
  for (const [source, bests] of held) {
    plans.forEach((plan, p) => {
      const found = headings[p]?.filter((f) => f.source === source);
      if (found?.length) lendHeadings(plan, bests[p]!, found, nominal(tops[p]!));
    });
    addHits(source, bests);
  }
  const phrases = parsed.phrases.map((phrase) => phrase.map((w) => acceptedForms(w, vocabulary)));
  return { hits: kept.best(), phrases };

  /**
   * Whether a word's senses match fewer than CONTEXT_BELOW sentences in all: counted a document
   * at a time, in document order, until they reach it (a document none of the senses' terms has
   * postings in matches nothing).
   */
  function fewMatches(plan: WordPlan): boolean {
    if (options.allAtOnce) return true;
    const terms = [...new Set(plan.senses.flatMap((s) => (s.kind === 'word' ? [s.terms] : s.words).flatMap((t) => [...t.keys()])))];
    let n = 0;
    for (let source = 0; source < sources.length; source++) {
      const lines = sources[source]!.lines;
      if (lines.size === 0 || !terms.some((t) => (lines.get(t)?.postings ?? '') !== '')) continue;
      n += scorer([source]).senses(plan, corpus).size;
      if (n >= CONTEXT_BELOW) return false;
    }
    return true;
  }

  /** A document's sentences' scores: the sum of their query words' scores times how many they hold. */
  function addHits(source: number, bests: ReadonlyArray<Best | null>): void {
    const scores = new Map<number, { sum: number; words: number; sentence: number; why?: Reason[] }>();
    for (let p = 0; p < plans.length; p++) {
      const best = bests[p] ?? perSource[p]!.get(source);
      if (!best) continue;
      for (const [id, m] of best) {
        const entry = scores.get(id) ?? { sum: 0, words: 0, sentence: m.sentence, why: explain ? [] : undefined };
        entry.sum += m.score;
        // a match by context adds its score but does not count as a query word the sentence holds
        if (!m.context) entry.words += 1;
        if (m.reason) entry.why!.push(m.reason);
        scores.set(id, entry);
      }
    }
    // plain objects, no spread or rest per hit: a common word has tens of thousands of hits
    for (const [id, { sum, words, sentence, why }] of scores) {
      const hit: RankedSentence = { source, sentence, score: sum * Math.max(1, words) };
      if (why) hit.why = why;
      kept.add(hit, id);
    }
  }

  /**
   * A rare word: a sentence shortly after a match, in the same section, that refers back to it
   * ("KS går imot denne utvidelsen", "Ordningen bør utvides") shares in the match, weakly; the
   * nearest match (or share) before it counts. Only while the word's matches are few: past
   * CONTEXT_BELOW, a weak share never reaches a page.
   */
  function contextShares(plan: WordPlan, best: Best): void {
    if (best.size >= CONTEXT_BELOW) return;
    referring ??= referringSentences(sources);
    const bySource = new Map<number, true>();
    for (const m of best.values()) bySource.set(m.source, true);
    for (const source of bySource.keys()) {
      const { refers, starts } = referring(source);
      // without the section starts (an index written before them) only the sentence just before
      const reach = starts ? CONTEXT_REACH : 1;
      for (const r of refers) {
        const id = offsets[source]! + r;
        if (best.has(id)) continue;
        for (let k = 1; k <= reach && r - k >= 0; k++) {
          if (starts?.has(r - k + 1)) break;
          const m = best.get(id - k);
          if (!m) continue;
          best.set(id, {
            score: CONTEXT_WEIGHT * m.score, n: 1, source, sentence: r, context: true,
            ...(explain ? { reason: { word: plan.word, via: 'context' as const, terms: m.reason?.terms ?? [] } } : {}),
          });
          break;
        }
      }
    }
  }

  /**
   * A rare word: the sections whose heading names it (however many sentences its parts match:
   * what bounds the cost is the sections found), in document order, until they hold
   * CONTEXT_BELOW sentences. A heading is read only when it holds a probe of the word, its
   * synonyms or its parts, as the term lines are.
   */
  function headingSections(plan: WordPlan): { found: FoundHeading[]; sentences: number } {
    const probes = headingProbes(plan);
    const kept = options.headings;
    if (kept && !probes.every((p) => kept.some((k) => p.includes(k)))) throw new HeadingsLeftOut();
    // two walks over the heading lines, not a list of every candidate: a short probe (`ar` of a
    // synonym's `år`) is in most headings, and their sections held at once grew with the corpus
    // (issue 18). The first gathers the forms the matcher expands the word over (headingMatcher:
    // every candidate's, a set of the corpus' words), the second matches the candidates in
    // document order until they hold CONTEXT_BELOW sentences.
    const vocabulary = new Set<string>();
    for (const h of candidates(probes)) for (const f of h.forms) vocabulary.add(f);
    const match = headingMatcher(plan, vocabulary);
    const found: FoundHeading[] = [];
    let sentences = 0;
    for (const h of candidates(probes)) {
      const { share, terms } = match(h.forms);
      if (share <= 0) continue;
      found.push({ ...h, share, terms });
      if ((sentences += h.end - h.start) >= CONTEXT_BELOW) break;
    }
    return { found, sentences };
  }

  /** The sections whose heading holds one of the probes, in document order (the sources' SECTION_HEADINGS lines). */
  function* candidates(probes: readonly string[]): Generator<Heading> {
    for (let source = 0; source < sources.length; source++) {
      const line = sources[source]!.lines.get(SECTION_HEADINGS)?.stops;
      if (!line || !probes.some((p) => line.includes(p))) continue;
      const entries = line.split('|');
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (!probes.some((p) => e.includes(p))) continue;
        const colon = e.indexOf(':');
        const next = entries[i + 1];
        yield { source, start: Number(e.slice(0, colon)), end: next === undefined ? sources[source]!.sentences : Number(next.slice(0, next.indexOf(':'))), forms: e.slice(colon + 1).split(' ') };
      }
    }
  }

  /** Lend the sentences of the sections found (headingSections) their share of the word's best score. */
  function lendHeadings(plan: WordPlan, best: Best, found: readonly FoundHeading[], top: number): void {
    for (const f of found) {
      const reason = explain ? { word: plan.word, via: 'heading' as const, terms: f.terms } : undefined;
      for (let r = f.start; r < f.end; r++) lendShare(best, offsets[f.source]! + r, HEADING_WEIGHT * f.share * top, f.source, r, reason);
    }
  }
}

/** The best score of a word's own matches (not by context); 0 when it has none. */
function ownTop(best: Best): number {
  let top = 0;
  for (const m of best.values()) if (!m.context && m.score > top) top = m.score;
  return top;
}

/** The score a heading's share is taken of: a word no sentence holds gets a nominal one, so its sections still come up. */
const nominal = (top: number): number => (top === 0 ? 1 : top);

/** What scoreSense asks of the whole corpus when it scores one document: whether a term set matches at all, and how many sentences. */
interface CorpusSizes {
  any(terms: ReadonlyMap<string, TermWhy>): boolean;
  size(terms: ReadonlyMap<string, TermWhy>): number;
}

/** A section whose heading names a query word (headingSections), and how well. */
interface FoundHeading extends Heading {
  share: number;
  terms: string[];
}

/**
 * The best hits in rank order (score, then document order), keeping only the first `limit`
 * (a heap whose root is the worst kept), or all of them without a limit.
 */
export class TopHits {
  private readonly heap: Array<{ hit: RankedSentence; order: number }> = [];
  constructor(private readonly limit?: number) {}

  add(hit: RankedSentence, order: number): void {
    const heap = this.heap;
    if (this.limit === undefined) {
      heap.push({ hit, order });
      return;
    }
    if (this.limit <= 0) return;
    if (heap.length < this.limit) {
      heap.push({ hit, order });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return;
    }
    const entry = { hit, order };
    if (!worse(heap[0]!, entry)) return;
    heap[0] = entry;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) break;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  }

  /** the hits kept, best first; ties in document order */
  best(): RankedSentence[] {
    return [...this.heap].sort((x, y) => y.hit.score - x.hit.score || x.order - y.order).map((r) => r.hit);
  }
}

/** Does x rank below y (a lower score, or the same later in the documents)? */
function worse(x: { hit: RankedSentence; order: number }, y: { hit: RankedSentence; order: number }): boolean {
  return x.hit.score < y.hit.score || (x.hit.score === y.hit.score && x.order > y.order);
}

/**
 * A section where this many sentences or more hold a rare query word (or its parts, variants,
 * synonyms) is about it, around them: judges mark such a passage whole, and its other sentences go on about
 * the subject without naming it ("Tilskuddet til utleieboliger er redusert … Nedgangen står ikke
 * i forhold til behovet").
 */
export const SECTION_SUBJECT_MIN = 2;

/**
 * The share of the section's best score each sentence of such a section gets: a sentence that
 * holds the word gains it (it speaks of the subject where the subject is discussed, not in
 * passing), one that does not is found by it. Below CONTEXT_WEIGHT's neighbour, as it reaches
 * further. (0.3 until session 11; at 0.5 sets 8 and 10 gain more, the seed and sets 5–6 lose;
 * at 0.4, with the common part's share, sets 8–12 gain 0.01–0.02 recall, set 6 loses 0.012 MRR.)
 */
export const SECTION_SUBJECT_WEIGHT = 0.4;

type Best = Map<number, Scored & { reason?: Reason; context?: true }>;

/**
 * How far around the sentences of such a section that hold the word the share reaches: from
 * SECTION_SUBJECT_BEFORE sentences before the first to SECTION_SUBJECT_AFTER after the last. A
 * long section takes up more than one subject, and the discussion goes on after the subject is
 * named more than it leads up to it. (Anywhere from 2-3 before and 3-5 after does as well on the
 * sets; the whole section ranked a section's other subject's sentences above the query's.)
 */
export const SECTION_SUBJECT_BEFORE = 2;
export const SECTION_SUBJECT_AFTER = 3;

/**
 * Sections that hold a rare word in SECTION_SUBJECT_MIN sentences or more lend the sentences
 * around those SECTION_SUBJECT_WEIGHT of their best sentence's score (rankSentences). Matches by
 * context do not count. The caller bounds the matches (CONTEXT_BELOW), so the sections walked.
 */
function shareBySection(best: Best, word: string, sectionOf: SectionOf, sectionsOf: (source: number) => number[] | null, sources: readonly TermCounts[], offsets: readonly number[], explain: boolean): void {
  // per source and section: how many sentences hold the word, the first and last, the best score and its terms
  const sections = new Map<number, { source: number; k: number; n: number; first: number; last: number; top: number; terms: string[] }>();
  for (const m of best.values()) {
    if (m.context) continue;
    const k = sectionOf.of(m.source, m.sentence);
    if (k < 0) continue;
    const key = m.source * 0x10000 + k;
    const s = sections.get(key);
    if (!s) sections.set(key, { source: m.source, k, n: 1, first: m.sentence, last: m.sentence, top: m.score, terms: m.reason?.terms ?? [] });
    else {
      s.n += 1;
      if (m.sentence < s.first) s.first = m.sentence;
      if (m.sentence > s.last) s.last = m.sentence;
      if (m.score > s.top) [s.top, s.terms] = [m.score, m.reason?.terms ?? s.terms];
    }
  }
  for (const s of sections.values()) {
    if (s.n < SECTION_SUBJECT_MIN) continue;
    const starts = sectionsOf(s.source)!;
    // a document of one section has no subject narrower than itself
    if (starts.length === 0) continue;
    const start = s.k === 0 ? 0 : starts[s.k - 1]!;
    const end = s.k < starts.length ? starts[s.k]! : sources[s.source]!.sentences;
    const reason = explain ? { word, via: 'section' as const, terms: s.terms } : undefined;
    for (let r = Math.max(start, s.first - SECTION_SUBJECT_BEFORE); r < Math.min(end, s.last + SECTION_SUBJECT_AFTER + 1); r++) {
      lendShare(best, offsets[s.source]! + r, SECTION_SUBJECT_WEIGHT * s.top, s.source, r, reason);
    }
  }
}

/**
 * Lend a sentence a share of a match found around it (its section's heading, its section's
 * other sentences): a sentence that matches itself as well gains the share (it speaks of the
 * subject twice); one that does not takes it as a match by context, unless it has a larger one.
 */
function lendShare(best: Best, id: number, score: number, source: number, sentence: number, reason: Reason | undefined): void {
  const before = best.get(id);
  if (before && !before.context) {
    before.score += score;
    return;
  }
  if (before && before.score >= score) return;
  best.set(id, { score, n: 1, source, sentence, context: true, ...(reason ? { reason } : {}) });
}

/** The sentences of a source that start a section, ascending, from its SECTION_STARTS line (null: an index without it). */
function sectionStarts(source: TermCounts): number[] | null {
  const line = source.lines.get(SECTION_STARTS);
  return line ? (line.stops ? decodePostings(line.stops).ids : []) : null;
}

/**
 * Which sentences of a source hold a word that refers back (anaphora-nb.ts), ascending, and
 * which start a section (null when the term file does not say): its REFERS_BACK and
 * SECTION_STARTS lines, decoded when asked.
 */
function referringSentences(sources: readonly TermCounts[]): (source: number) => { refers: number[]; starts: Set<number> | null } {
  const decoded = new Map<number, { refers: number[]; starts: Set<number> | null }>();
  return (source) => {
    let out = decoded.get(source);
    if (!out) {
      const lines = sources[source]!.lines;
      const refers = lines.get(REFERS_BACK);
      const starts = sectionStarts(sources[source]!);
      out = {
        refers: refers?.stops ? decodePostings(refers.stops).ids : [],
        starts: starts ? new Set(starts) : null,
      };
      decoded.set(source, out);
    }
    return out;
  };
}

interface Heading {
  source: number;
  /** the section's sentences [start, end) */
  start: number;
  end: number;
  /** its heading's words in search form */
  forms: string[];
}

/** The probes a heading must hold to name a query word: the word's, its synonyms' and its parts'. */
function headingProbes(plan: { word: string; senses: Sense[] }): string[] {
  const words = [plan.word, ...plan.senses.flatMap((s) => (s.kind === 'synonym' ? s.members : s.kind === 'parts' ? s.parts : []))];
  return [...new Set(words.flatMap((w) => wordProbes(w)))];
}

/**
 * How well a heading names a query word: the best of its senses (the word's own forms; a
 * synonym, all of whose words the heading holds; the word's parts, by the share it holds), as a
 * weight, with the heading words that matched.
 */
function headingMatcher(plan: { word: string; senses: Sense[] }, vocabulary: Set<string>): (forms: string[]) => { share: number; terms: string[] } {
  const own = expandWordWhy(plan.word, vocabulary);
  const synonyms = plan.senses.flatMap((s) => (s.kind === 'synonym' ? [s.members.map((w) => expandWordWhy(w, vocabulary))] : []));
  const parts = plan.senses.flatMap((s) => (s.kind === 'parts' ? [s.parts.map((w) => expandWordWhy(w, vocabulary))] : []));
  /** the best weight among the forms one expansion accepts, and the form */
  const bestOf = (terms: ReadonlyMap<string, TermWhy>, forms: string[]) => {
    let weight = 0;
    let term = '';
    for (const f of forms) {
      const w = terms.get(f)?.weight ?? 0;
      if (w > weight) [weight, term] = [w, f];
    }
    return { weight, term };
  };
  return (forms) => {
    let share = 0;
    let terms: string[] = [];
    const consider = (s: number, t: string[]) => {
      if (s > share) [share, terms] = [s, t];
    };
    const w = bestOf(own, forms);
    consider(w.weight, [w.term]);
    for (const words of synonyms) {
      const each = words.map((t) => bestOf(t, forms));
      if (each.every((e) => e.weight > 0)) consider(SENSE_WEIGHT.synonym * Math.min(...each.map((e) => e.weight)), each.map((e) => e.term));
    }
    for (const words of parts) {
      const each = words.map((t) => bestOf(t, forms)).filter((e) => e.weight > 0);
      consider((SENSE_WEIGHT.parts * each.reduce((a, e) => a + e.weight, 0)) / words.length, each.map((e) => e.term));
    }
    return { share, terms };
  };
}

/** Parts score by the sentences that hold any form of the part (scoreTerms' `pooled`): off, as it cost about 3 % more instructions at 1,000 documents for +0.006 recall on set 5 (bench/RESULTS-search-blind-5.md). */
const POOLED_PARTS = false;

/**
 * A compound's part a sentence lacks but another sentence of its section holds counts at this
 * share of that part's best score there: a section names the parts apart ("Det er stor mangel på
 * fosterhjem … Fosterforeldre trenger tett oppfølging") and its sentences are about the whole.
 */
export const SECTION_PART_WEIGHT = 0.5;

/**
 * A sentence that holds a compound's common parts but not its most specific one (the part the
 * fewest sentences hold), neither itself nor in its section, counts at this share of its parts'
 * score: `krav` alone is no `innsynskrav`, `kommune` alone no `kommunegjeld`.
 */
export const COMMON_PART_SHARE = 0.3;

/** The sections of a source: how many, and which a sentence is in (0, 1, …; -1 if unknown). */
interface SectionOf {
  count(source: number): number;
  of(source: number, sentence: number): number;
}

/** What scoreSense scores a sense with. */
interface SenseScoring {
  /** BM25+ of a term set over the scope (rankSentences' scorer): with `best`, a sentence's best term, not their sum; `pooled`, as rare as all of them; `within`, only those sentences */
  scoreTerms: (terms: ReadonlyMap<string, TermWhy>, best?: boolean, pooled?: boolean, within?: ReadonlyMap<number, { source: number }>) => Map<number, Scored>;
  sectionOf: SectionOf;
  /** how many sentences of the corpus hold a term set's own forms */
  ownDf: (terms: ReadonlyMap<string, TermWhy>) => number;
  /** what the sense weighs by the whole corpus */
  corpus: CorpusSizes;
  /** a word counts by its best form in a sentence (false: the sum of its forms, the literal ranking) */
  bestForm?: boolean;
  /** the query word's own terms (a parts sense: one of them is no spelling of the compound) */
  wordTerms?: ReadonlyMap<string, TermWhy>;
}

/**
 * A sense's score per sentence (see rankSentences). `corpus`: the sentences are one document's,
 * and what the sense weighs by the whole corpus (a synonym's rarest word, whether a part matches
 * at all) is asked of it.
 */
function scoreSense(sense: Sense, { scoreTerms, sectionOf, ownDf, corpus, bestForm = true, wordTerms }: SenseScoring): Map<number, Scored> {
  if (sense.kind === 'word') {
    if (sense.terms.size === 0) return new Map();
    // a word counts by its best form in the sentence, not the sum of its forms there: BM25
    // saturates one term's repeats, not a word's several forms, and a sentence writing the word
    // once lost to one with two weaker forms (`førstegangsvelgere … velgerne` above `velgere`);
    // literal (MiniSearch's ranking, kept to compare with it): the sum
    const out = scoreTerms(sense.terms, bestForm);
    // as MiniSearch: the sum times the number of matched terms, then divided by it again
    for (const m of out.values()) m.score = (sense.weight * m.score * m.n) / m.n;
    return out;
  }
  // a synonym's or a part's words count by their best term in the sentence, not the sum of its
  // forms there: an expansion must not outweigh the word a sentence states once
  const out = new Map<number, Scored>();
  if (sense.kind === 'synonym') {
    // every word of the synonym must occur: start from the rarest, and score the others only in
    // the sentences it holds (issue 18: a common word of a synonym, `flere` of `flere eldre`,
    // scored over the whole corpus at once held a match for most of the corpus' sentences); the
    // sizes are the corpus', so a document's ranking orders the words as the whole corpus does
    const sizes = sense.words.map((terms) => corpus.size(terms));
    const order = sense.words.map((_, i) => i).sort((x, y) => sizes[x]! - sizes[y]!);
    const first = order.length ? scoreTerms(sense.words[order[0]!]!, true) : undefined;
    const rest = order.slice(1).map((i) => scoreTerms(sense.words[i]!, true, false, first));
    for (const [id, m] of first ?? []) {
      if (!rest.every((r) => r.has(id))) continue;
      const parts = [m, ...rest.map((r) => r.get(id)!)];
      const score = (sense.weight * parts.reduce((a, p) => a + p.score, 0)) / parts.length;
      out.set(id, { score, n: parts.length, source: m.source, sentence: m.sentence, terms: m.terms ? parts.flatMap((p) => p.terms!) : undefined });
    }
    return out;
  }
  const each = sense.words.map((terms) => scoreTerms(terms, true, POOLED_PARTS));
  // parts: the more of them a sentence holds, the closer it is to the whole word
  const found = new Map<number, Scored[]>();
  for (const scored of each) {
    for (const [id, m] of scored) {
      const list = found.get(id);
      if (list) list.push(m);
      else found.set(id, [m]);
    }
  }
  // the part fewest sentences hold says what the compound is about (`innsyn` of `innsynskrav`,
  // `gjeld` of `kommunegjeld`); a sentence without it, in itself or its section, holds only the
  // common part (`krav`, `kommune`) and counts at COMMON_PART_SHARE
  let specific = sense.specific ?? -1;
  if (each.length > 1 && sense.specific === undefined) {
    let fewest = Infinity;
    sense.words.forEach((terms, i) => {
      const df = ownDf(terms);
      if (corpus.any(terms) && df > 0 && df < fewest) [fewest, specific] = [df, i];
    });
  }
  // per part, per source, its best score in each section that holds it (only where the parts are
  // several): typed arrays by section, as Maps of every match cost a compound query at a thousand
  // documents several per cent; with `explain`, the terms of that best match too
  const inSection = each.length > 1 ? each.map((scored) => {
    const bySource: Array<Float64Array | undefined> = [];
    const terms = new Map<string, string[]>();
    for (const m of scored.values()) {
      const k = sectionOf.of(m.source, m.sentence);
      if (k < 0) continue;
      const best = (bySource[m.source] ??= new Float64Array(sectionOf.count(m.source)));
      if (best[k]! >= m.score) continue;
      best[k] = m.score;
      if (m.terms) terms.set(`${m.source}:${k}`, m.terms);
    }
    return { bySource, terms };
  }) : null;
  for (const [id, parts] of found) {
    // the mean of the parts' scores times the share of parts found: below the whole word, whose
    // own score is usually higher (a compound is rarer than its parts)
    let sum = 0;
    for (const p of parts) sum += p.score;
    const { source, sentence } = parts[0]!;
    let spread: string[] | undefined;
    let aboutIt = specific < 0 || each[specific]!.has(id);
    if (inSection !== null && parts.length < each.length) {
      const k = sectionOf.of(source, sentence);
      for (let i = 0; k >= 0 && i < each.length; i++) {
        const there = inSection[i]!.bySource[source]?.[k];
        if (!there || each[i]!.has(id)) continue;
        if (i === specific) aboutIt = true;
        sum += SECTION_PART_WEIGHT * there;
        const terms = inSection[i]!.terms.get(`${source}:${k}`);
        if (terms) (spread ??= []).push(...terms);
      }
    }
    if (!aboutIt) sum *= COMMON_PART_SHARE;
    let score = (sense.weight * sum) / each.length;
    // one word that is every part's best term is the compound written otherwise (`vasskuterar`
    // for `vann|scooter`: each part by its variant): it counts as a spelling of the word, at
    // CORRESPONDENCE_WEIGHT of its own score, not at the low weight of a part inside a compound;
    // not a term the word's own forms hold (a longer compound of the word: `naturskadeordning`)
    const one = each.length > 1 && parts.length === each.length ? parts[0]!.best : undefined;
    if (one !== undefined && !wordTerms?.has(one) && parts.every((p, i) => p.best === one && sense.words[i]!.has(one))) {
      const raw = parts[0]!.score / sense.words[0]!.get(one)!.weight;
      score = Math.max(score, CORRESPONDENCE_WEIGHT * raw);
    }
    const scored: Scored = { score, n: parts.length, source, sentence, terms: parts[0]!.terms ? parts.flatMap((p) => p.terms!) : undefined };
    if (spread) scored.section = spread;
    out.set(id, scored);
  }
  return out;
}

function reasonOf(word: string, sense: Sense, terms: string[], section?: string[]): Reason {
  if (sense.kind === 'synonym') return { word, via: 'synonym', terms, synonym: sense.synonym };
  if (sense.kind === 'parts') {
    // a part matched by its synonym says so: `forfall ~ etterslep`
    const parts = sense.parts.map((p, i) => {
      const synonym = [...terms, ...(section ?? [])].map((t) => sense.words[i]!.get(t)).find((w) => w?.synonym !== undefined)?.synonym;
      return synonym === undefined ? p : `${p} ~ ${synonym}`;
    });
    return { word, via: 'parts', terms, parts, ...(section?.length ? { section: [...new Set(section)] } : {}) };
  }
  const vias = terms.map((t) => sense.terms.get(t)!.via);
  const via = VIA_ORDER.find((v) => vias.includes(v)) ?? 'word';
  return { word, via, terms };
}
