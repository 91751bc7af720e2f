// Aligning the statements of two documents, and finding the statements most like one.
//
// Measure. A statement becomes a set of weighted units built from its content words:
//   - the word's key: lower-case ASCII (the search form), spelling variants made one (vei/veg,
//     ferje/ferge: the search analyzer's pairs), one inflection ending cut and synonyms made one
//     (align-nb.ts), so `kommunene` and `kommunen` are one unit, `økes` and `styrkes` too; weight 1
//   - its compound parts, where a split leaves parts that stand as words of their own elsewhere
//     in the texts compared (`fastlege|ordningen` meets `ordningen for fastleger`); weight 0.6
//   - the first six letters of a long key, for derivations (`kompensasjon`, `kompensert`); 0.4
//   - the base of a derived adjective (`statlig` → `stat`, `økonomiske` → `økonomi`);     0.6
//   a word any policy text uses whatever its topic (`betydelig`, `styrkes`: align-nb.ts) counts
//   only by its key, with weight 0.4.
// Stopwords, numbers (years change from one input to the next) and the words of modality (`må`,
// `bør`, `KS mener`, align-nb.ts) are left out: a demand that went from `bør` to `må` is the
// same point. Each unit counts by its rarity, idf = ln(1 + N / df) over the N statements
// compared (df: statements holding it; in `align`, those not repeated word for word), so shared rare words (`institusjonsplasser`) weigh far
// more than the topic words every statement of a section holds (`kommunene`, `barnehage`).
// The similarity of two statements is the weighted Dice coefficient of their units,
//   sim(A, B) = 2 Σ_u min(a_u, b_u) idf_u / (Σ_u a_u idf_u + Σ_u b_u idf_u),   0..1.
// Statements repeated word for word are paired first; the rest greedily by similarity (best
// first, each statement used once, in any order of the documents) down to PAIR_THRESHOLD.
import { asciiFold, isStopword, tokenize } from '../nlp/norwegian.js';
import { VARIANTS } from '../nlp/search-analyzer.js';
import { COMPOUND_LINKS, DERIVATION_ENDINGS, GENERIC_WORDS, INFLECTION_ENDINGS, MODALITY_WORDS, SYNONYMS } from './align-nb.js';

/** Pairs below this similarity are not made: the statements count as dropped and new. */
export const PAIR_THRESHOLD = 0.3;

// Weights in tenths and idf in 1/256ths: integer arithmetic, which V8 does without allocating
// (a float result is a heap object until the code is optimised, and compare runs once, cold).
const WORD_WEIGHT = 10;
const PART_WEIGHT = 6;
const PREFIX_WEIGHT = 4;
const GENERIC_WEIGHT = 4;
const IDF_SCALE = 256;
const PREFIX_LENGTH = 6;
const MIN_KEY = 4;
const MIN_PART = 3;

const MODALITY = new Set([...MODALITY_WORDS].map((w) => asciiFold(w)));

/**
 * A statement's units (ids into the vocabulary of the texts compared, ascending) and their
 * weights before idf, and its text.
 */
export interface Profile {
  ids: Int32Array;
  /** in tenths: 10 a word's key, 6 a compound part or base, 4 a prefix */
  weights: Uint8Array;
  text: string;
}

/** Profiles of texts compared together, and the units they are made of. */
export interface Profiles {
  profiles: Profile[];
  /** unit names by id (keys, `prefix…` units) */
  units: string[];
}

/** The key of a word in search form: variants made one, one inflection ending cut, synonyms made one. */
export function wordKey(form: string): string {
  let key = keys.get(form);
  if (key === undefined) {
    const inflected = inflectionKey(form);
    key = synonymOf().get(inflected) ?? inflected;
    if (keys.size > 200_000) keys.clear();
    keys.set(form, key);
  }
  return key;
}

// the same words recur in every statement, and compound splitting asks for the keys of their tails
const keys = new Map<string, string>();

let generic: Set<string> | undefined;
function genericKeys(): Set<string> {
  return (generic ??= new Set(GENERIC_WORDS.map((w) => wordKey(asciiFold(w)))));
}

let synonyms: Map<string, string> | undefined;
function synonymOf(): Map<string, string> {
  if (!synonyms) {
    synonyms = new Map();
    for (const group of SYNONYMS) {
      const keys = group.split(' ').map((w) => inflectionKey(asciiFold(w)));
      for (const k of keys) if (!synonyms.has(k)) synonyms.set(k, keys[0]!);
    }
  }
  return synonyms;
}

function inflectionKey(form: string): string {
  let w = form;
  for (let v = 0; v < VARIANTS.length; v++) {
    const [a, b] = VARIANTS[v]!;
    if (w.includes(b)) w = w.replace(b, a);
  }
  for (let e = 0; e < INFLECTION_ENDINGS.length; e++) {
    const ending = INFLECTION_ENDINGS[e]!;
    if (w.endsWith(ending) && w.length - ending.length >= MIN_KEY) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length - 1 >= MIN_KEY) w = w.slice(0, -1);
  return w;
}

/** The content words of a text in search form (no stopwords, numbers or words of modality). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    let form = contentForms.get(tokens[i]!);
    if (form === undefined) {
      form = contentForm(tokens[i]!);
      if (contentForms.size > 200_000) contentForms.clear();
      contentForms.set(tokens[i]!, form);
    }
    if (form) out.push(form);
  }
  return out;
}

/** A token's search form, or '' when it is no content word. */
function contentForm(token: string): string {
  if (/^\d/u.test(token) || isStopword(token)) return '';
  const form = asciiFold(token);
  return form.length < 2 || MODALITY.has(form) ? '' : form;
}

const contentForms = new Map<string, string>();

/** Every word of a text, lower-case ASCII, in order: what `repeated` compares. */
export function sequenceWords(text: string): string[] {
  return tokenize(text).map((t) => asciiFold(t));
}

/**
 * Profiles of texts, compared with each other: compound parts are recognised against the keys of
 * words that stand alone somewhere in these texts. Units are numbered, so that the work per
 * statement is over typed arrays, not maps of strings (compare stays within twice `list`).
 */
export function profileTexts(texts: readonly string[]): Profiles {
  const words = texts.map(contentWords);
  const known = new Set<string>();
  for (let i = 0; i < words.length; i++) for (let k = 0; k < words[i]!.length; k++) known.add(wordKey(words[i]![k]!));
  const ids = new Map<string, number>();
  const units: string[] = [];
  const id = (unit: string) => {
    let n = ids.get(unit);
    if (n === undefined) {
      ids.set(unit, (n = units.length));
      units.push(unit);
    }
    return n;
  };
  // a word's units, worked out once for each distinct word of the texts: id, weight, id, weight…
  const unitsOf = new Map<string, number[]>();
  const wordUnits = (form: string): number[] => {
    let found = unitsOf.get(form);
    if (!found) {
      const key = wordKey(form);
      if (genericKeys().has(key)) {
        // a generic word counts weakly, and its parts and prefixes not at all
        found = [id(key), GENERIC_WEIGHT];
        unitsOf.set(form, found);
        return found;
      }
      found = [id(key), WORD_WEIGHT];
      for (const p of compoundParts(form, known)) found.push(id(p), PART_WEIGHT);
      if (key.length > PREFIX_LENGTH) found.push(id(`${key.slice(0, PREFIX_LENGTH)}…`), PREFIX_WEIGHT);
      const base = derivationBase(key);
      if (base) found.push(id(base), PART_WEIGHT);
      unitsOf.set(form, found);
    }
    return found;
  };
  for (let i = 0; i < words.length; i++) for (let k = 0; k < words[i]!.length; k++) wordUnits(words[i]![k]!);
  const best = new Uint8Array(units.length);
  const profiles = texts.map((text, i): Profile => {
    const touched: number[] = [];
    const ws = words[i]!;
    for (let n = 0; n < ws.length; n++) {
      const found = wordUnits(ws[n]!);
      for (let k = 0; k < found.length; k += 2) {
        const u = found[k]!;
        if (best[u] === 0) touched.push(u);
        if (found[k + 1]! > best[u]!) best[u] = found[k + 1]!;
      }
    }
    const ids = Int32Array.from(touched).sort();
    const weights = new Uint8Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      weights[k] = best[ids[k]!]!;
      best[ids[k]!] = 0;
    }
    return { ids, weights, text };
  });
  return { profiles, units };
}

/** Profiles of texts compared with each other (profileTexts without the unit names). */
export function profiles(texts: readonly string[]): Profile[] {
  return profileTexts(texts).profiles;
}

/** The base of a derived adjective (`statlig` → `stat`), or null. */
export function derivationBase(key: string): string | null {
  for (const ending of DERIVATION_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_PART) return wordKey(key.slice(0, -ending.length));
  }
  return null;
}

/**
 * The parts of a compound, as keys: splits whose head (and, if known, whose first part, with or
 * without a linking s/e) stand as words of their own among `known`. Only the head is given when
 * the first part is not known (`fastlege|ordningen` with `ordning` known gives `ordning`).
 */
export function compoundParts(form: string, known: ReadonlySet<string>): string[] {
  if (form.length < 2 * MIN_PART + 1) return [];
  const out = new Set<string>();
  const whole = wordKey(form);
  const starts = startsOf(known);
  for (let i = MIN_PART; i <= form.length - MIN_PART; i++) {
    // most split points fail here, before any key is made: no known word begins so
    if (!starts.has(form.slice(i, i + MIN_PART))) continue;
    const head = wordKey(form.slice(i));
    if (head.length < MIN_PART + 1 || head === whole || !known.has(head)) continue;
    const first = firstPart(form.slice(0, i), known);
    if (first) out.add(first);
    // a bare head only where it is long enough to mean something alone (`ordning`, not `lag`)
    if (first || head.length >= 5) out.add(head);
  }
  return [...out];
}

/** The key of a compound's first part when it stands as a known word, with or without a linking s/e. */
function firstPart(left: string, known: ReadonlySet<string>): string | undefined {
  let key = wordKey(left);
  if (key.length >= MIN_PART && known.has(key)) return key;
  for (let l = 0; l < COMPOUND_LINKS.length; l++) {
    const link = COMPOUND_LINKS[l]!;
    if (left.length <= MIN_PART || !left.endsWith(link)) continue;
    key = wordKey(left.slice(0, -link.length));
    if (key.length >= MIN_PART && known.has(key)) return key;
  }
  return undefined;
}

const startSets = new WeakMap<ReadonlySet<string>, Set<string>>();
/** The first three letters of the known keys (and of synonyms and spelling variants: a key may begin otherwise than its word). */
function startsOf(known: ReadonlySet<string>): Set<string> {
  let starts = startSets.get(known);
  if (!starts) {
    starts = new Set([...known].map((k) => k.slice(0, MIN_PART)));
    for (const group of SYNONYMS) for (const w of group.split(' ')) starts.add(asciiFold(w).slice(0, MIN_PART));
    for (const pair of VARIANTS) for (const w of pair) starts.add(w.slice(0, MIN_PART));
    startSets.set(known, starts);
  }
  return starts;
}

/** Inverse document frequency of each unit over the profiles, by unit id: ln(1 + N / df), in 1/256ths. */
export function rarity(all: readonly Profile[]): Int32Array {
  let size = 0;
  for (let i = 0; i < all.length; i++) {
    const ids = all[i]!.ids;
    if (ids.length) size = Math.max(size, ids[ids.length - 1]! + 1);
  }
  const idf = new Int32Array(size);
  for (let i = 0; i < all.length; i++) {
    const ids = all[i]!.ids;
    for (let k = 0; k < ids.length; k++) idf[ids[k]!]! += 1;
  }
  for (let u = 0; u < size; u++) if (idf[u]! > 0) idf[u] = Math.max(1, Math.round(IDF_SCALE * Math.log(1 + all.length / idf[u]!)));
  return idf;
}

/** Σ weight × idf of a profile: the denominator's share. */
export function mass(p: Profile, idf: Int32Array): number {
  let m = 0;
  for (let k = 0; k < p.ids.length; k++) m += p.weights[k]! * idf[p.ids[k]!]!;
  return m;
}

/** Weighted Dice similarity of two profiles, 0..1. */
export function similarity(a: Profile, b: Profile, idf: Int32Array): number {
  const total = mass(a, idf) + mass(b, idf);
  return total === 0 ? 0 : (2 * sharedMass(a, b, idf)) / total;
}

/** Σ min(weights) × idf over the units two profiles share. */
function sharedMass(a: Profile, b: Profile, idf: Int32Array): number {
  let shared = 0;
  // both id lists ascend: merge them
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      shared += Math.min(a.weights[i]!, b.weights[j]!) * idf[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Similarity of one profile to many, through an inverted index over `others`: a profile is scored
 * only when it shares a unit that is not among the most common (held by more than a
 * `commonShare` of the profiles, such as `kommune` in an input to the government): sharing only
 * those never makes a pair, and skipping their long posting lists keeps `compare` and `similar`
 * fast. Candidates then get their exact similarity.
 */
export class SimilarityIndex {
  /** unit id → the profiles holding it, and its weight in each */
  private readonly at: Array<number[] | undefined> = [];
  private readonly weight: Array<number[] | undefined> = [];
  /** unit id → 1 when it is among the most common (not in `at`) */
  private readonly common: Uint8Array;
  private readonly masses: Int32Array;
  /** per profile of `others`: its shared mass through the indexed units (reset after each call) */
  private readonly shared: Int32Array;

  constructor(
    private readonly others: readonly Profile[],
    private readonly idf: Int32Array,
    commonShare = 0.05,
  ) {
    this.shared = new Int32Array(others.length);
    this.masses = Int32Array.from(others, (p) => mass(p, idf));
    const df = new Int32Array(idf.length);
    for (let i = 0; i < others.length; i++) {
      const ids = others[i]!.ids;
      for (let k = 0; k < ids.length; k++) df[ids[k]!]! += 1;
    }
    const most = Math.max(5, Math.ceil(commonShare * others.length));
    this.common = new Uint8Array(df.length);
    for (let u = 0; u < df.length; u++) if (df[u]! > most) this.common[u] = 1;
    for (let i = 0; i < others.length; i++) {
      const { ids, weights } = others[i]!;
      for (let k = 0; k < ids.length; k++) {
        const u = ids[k]!;
        if (this.common[u]) continue;
        (this.at[u] ??= []).push(i);
        (this.weight[u] ??= []).push(weights[k]!);
      }
    }
  }

  /**
   * Calls `found(index, similarity)` for each candidate among `others` (see above) that may reach
   * `atLeast`: one whose similarity could not, even if it shared every common unit of `p`, is
   * passed over without its exact similarity being worked out.
   */
  each(p: Profile, found: (index: number, similarity: number) => void, atLeast = 0): void {
    const { shared, idf } = this;
    const touched: number[] = [];
    let commonMass = 0;
    for (let k = 0; k < p.ids.length; k++) {
      const u = p.ids[k]!;
      if (this.common[u]) {
        commonMass += p.weights[k]! * idf[u]!;
        continue;
      }
      const at = this.at[u];
      if (!at) continue;
      const weights = this.weight[u]!;
      const w = p.weights[k]!;
      for (let m = 0; m < at.length; m++) {
        const i = at[m]!;
        if (shared[i] === 0) touched.push(i);
        shared[i]! += Math.min(w, weights[m]!) * idf[u]!;
      }
    }
    const own = mass(p, idf);
    for (let t = 0; t < touched.length; t++) {
      const i = touched[t]!;
      const total = own + this.masses[i]!;
      const bound = total === 0 ? 0 : (2 * (shared[i]! + commonMass)) / total;
      shared[i] = 0;
      if (bound < atLeast) continue;
      found(i, total === 0 ? 0 : (2 * sharedMass(p, this.others[i]!, idf)) / total);
    }
  }

  /** Indexes of candidates among `others`, with their similarity. */
  scores(p: Profile): Map<number, number> {
    const out = new Map<number, number>();
    this.each(p, (i, s) => out.set(i, s));
    return out;
  }
}

export interface Pair {
  old: number;
  new: number;
  similarity: number;
}

/**
 * One-to-one pairs of old and new statements: every candidate pair at or above `threshold`,
 * taken best first, each statement at most once. Ties go to the pair nearer in document order.
 */
export function alignProfiles(olds: readonly Profile[], news: readonly Profile[], idf: Int32Array, threshold = PAIR_THRESHOLD): Pair[] {
  const index = new SimilarityIndex(news, idf);
  const candidates: Pair[] = [];
  olds.forEach((p, i) => {
    index.each(
      p,
      (j, s) => {
        if (s >= threshold) candidates.push({ old: i, new: j, similarity: s });
      },
      threshold,
    );
  });
  const span = (c: Pair) => Math.abs(c.old / Math.max(1, olds.length) - c.new / Math.max(1, news.length));
  candidates.sort((x, y) => y.similarity - x.similarity || span(x) - span(y));
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    pairs.push(c);
  }
  return pairs;
}

/**
 * Align two lists of texts. Statements repeated word for word are paired first, in document
 * order (similarity 1; in an input revised a year later most are); the rest get profiles and
 * rarity over the rest, then pairs. `olds`/`news` hold the profiles made (none for the identical).
 */
export function align(
  oldTexts: readonly string[],
  newTexts: readonly string[],
  threshold = PAIR_THRESHOLD,
): { pairs: Pair[]; olds: Array<Profile | undefined>; news: Array<Profile | undefined> } {
  const pairs: Pair[] = [];
  const waiting = new Map<string, number[]>();
  oldTexts.forEach((t, i) => {
    const key = normalText(t);
    const list = waiting.get(key);
    if (list) list.push(i);
    else waiting.set(key, [i]);
  });
  const restNew: number[] = [];
  newTexts.forEach((t, j) => {
    const i = waiting.get(normalText(t))?.shift();
    if (i === undefined) restNew.push(j);
    else pairs.push({ old: i, new: j, similarity: 1 });
  });
  const pairedOld = new Set(pairs.map((p) => p.old));
  const restOld = oldTexts.map((_, i) => i).filter((i) => !pairedOld.has(i));
  const made = profiles([...restOld.map((i) => oldTexts[i]!), ...restNew.map((j) => newTexts[j]!)]);
  const olds = new Array<Profile | undefined>(oldTexts.length);
  const news = new Array<Profile | undefined>(newTexts.length);
  restOld.forEach((i, k) => (olds[i] = made[k]));
  restNew.forEach((j, k) => (news[j] = made[restOld.length + k]));
  const rest = alignProfiles(made.slice(0, restOld.length), made.slice(restOld.length), rarity(made), threshold);
  for (const p of rest) pairs.push({ old: restOld[p.old]!, new: restNew[p.new]!, similarity: p.similarity });
  return { pairs, olds, news };
}

/** A text as compared word for word: whitespace made single, case kept (the index's texts are NFC already). */
const normalText = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Do two profiles hold the same content words (by key; numbers, stopwords and inflection aside)? */
export function sameContentWords(a: Profile, b: Profile): boolean {
  // both id lists ascend: walk them side by side over the word keys (weight 10) only
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.ids.length && a.weights[i] !== WORD_WEIGHT) i++;
    while (j < b.ids.length && b.weights[j] !== WORD_WEIGHT) j++;
    if (i === a.ids.length || j === b.ids.length) return i === a.ids.length && j === b.ids.length;
    if (a.ids[i] !== b.ids[j]) return false;
    i++;
    j++;
  }
}

/** Share of a word sequence unchanged: 1 − (word-level edit distance) / (longer length). */
export function sequenceSimilarity(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  // two rows of the edit-distance table, integers only
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const replace = prev[j - 1]! + (x === b[j - 1] ? 0 : 1);
      const drop = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      cur[j] = replace < drop ? (replace < insert ? replace : insert) : drop < insert ? drop : insert;
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - prev[b.length]! / n;
}
