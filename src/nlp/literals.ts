// Literal pre-filters for regular expressions. Most cue and actor patterns are absent from most
// sentences, yet a regex engine must try them at every position. Each pattern has words a match
// cannot do without (`ikke` or `ikkje`, one of `fullfinansiert|finansiert|…`); this module reads
// them off the pattern, parsed by regexpp (the parser ESLint uses), and one scan of a sentence
// (an Aho–Corasick automaton over all the words of a set of patterns) tells which patterns can
// match at all.
//
// What a pattern requires is a disjunction of conjunctions: a match of `mangel\s+på|kommunene\s+
// sliter\s+med` contains `mangel` and `på`, or `kommunene` and `sliter` and `med`. Each branch
// keeps all its words, so the pattern is tried only on a sentence that holds all the words of
// one branch (one set of words for the whole pattern, `mangel|kommunene`, let it through on
// every sentence naming the municipalities).
//
// The words are lower-cased and the text is folded the same way (`foldForLiterals`), so the
// filter is sound for case-insensitive patterns too: it only ever skips a pattern that cannot
// match. It never changes what a pattern finds. Digits are one letter to the filter (`0`, the
// scan reads every digit as `0`), so `\d` is a requirement too (figures need a digit).

import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { withoutBoundaries } from './regex-nb.js';

type Alternative = AST.Alternative;
type CharacterClass = AST.CharacterClass;
type Node = AST.Node;
type Pattern = AST.Pattern;

/** A set of strings one of which every match contains (lower-cased). */
type AnyOf = ReadonlySet<string>;
/** Sets a match contains a string of each of. */
type AllOf = AnyOf[];

interface Info {
  /** the node matches exactly one of these strings (lower-cased), or null when unknown/too many */
  exact: Set<string> | null;
  /**
   * What every match contains besides `exact`: for one of these conjunctions, a string of each
   * of its sets. `[[]]` (one empty conjunction) when nothing is known to be required.
   */
  any: AllOf[];
}

const MAX_EXACT = 64;
const MAX_CLASS = 4;
/**
 * Conjunctions kept for a node; beyond, each is narrowed to its best set and their union kept,
 * one set for the node (`narrow`).
 */
const MAX_ALTERNATIVES = 64;

const unknown = (): Info => ({ exact: null, any: [[]] });
const empty = (): Info => ({ exact: new Set(['']), any: [[]] });

/**
 * Usefulness of a required set: its shortest word counts (a one-letter word filters nothing; a
 * digit, rare in prose, counts as three letters).
 */
function score(set: AnyOf): number {
  return shortest(set) * 1000 - set.size;
}

function shortest(set: AnyOf): number {
  let min = Infinity;
  for (const s of set) {
    let weight = 0;
    for (const ch of s) weight += ch === DIGIT ? 3 : 1;
    min = Math.min(min, weight);
  }
  return min === Infinity ? 0 : min;
}


/** What every digit is to the filter. */
const DIGIT = '0';

/** The exact strings as a requirement, when none is empty. */
function exactReq(exact: Set<string> | null): AnyOf | null {
  if (!exact || exact.size === 0) return null;
  for (const s of exact) if (s === '') return null;
  return exact;
}

function best(reqs: AllOf): AnyOf | null {
  let top: AnyOf | null = null;
  for (const r of reqs) if (!top || score(r) > score(top)) top = r;
  return top;
}

/** What every match of the node contains, `exact` included: a disjunction of conjunctions. */
function conjunctions(info: Info): AllOf[] {
  const e = exactReq(info.exact);
  return e ? info.any.map((c) => [e, ...c]) : info.any;
}

/**
 * One conjunction of one set in place of several: the union of each conjunction's best set (a
 * match holds a word of the best set of the conjunction it satisfies). `[[]]` when one of them
 * requires nothing.
 */
function narrow(any: AllOf[]): AllOf[] {
  if (any.length <= 1) return any;
  const union = new Set<string>();
  for (const c of any) {
    const r = best(c);
    if (!r) return [[]];
    for (const s of r) union.add(s);
  }
  return [[union]];
}

/** What a match of one node and then another contains: each conjunction of one with each of the other. */
function both(a: AllOf[], b: AllOf[]): AllOf[] {
  if (b.length === 1 && b[0]!.length === 0) return a;
  if (a.length === 1 && a[0]!.length === 0) return b;
  if (a.length * b.length > MAX_ALTERNATIVES) b = narrow(b);
  if (a.length * b.length > MAX_ALTERNATIVES) a = narrow(a);
  return a.flatMap((x) => b.map((y) => [...x, ...y]));
}

function concat(items: Info[]): Info {
  // `run`: the exact strings of the current run of exact items (null inside a non-exact stretch)
  let run: Set<string> | null = new Set(['']);
  let allExact = true;
  let any: AllOf[] = [[]];
  const endRun = () => {
    const e = exactReq(run);
    if (e) any = any.map((c) => [...c, e]);
  };
  for (const item of items) {
    any = both(any, item.any);
    if (item.exact && run && run.size * item.exact.size <= MAX_EXACT) {
      const next = new Set<string>();
      for (const a of run) for (const b of item.exact) next.add(a + b);
      run = next;
      continue;
    }
    allExact = false;
    endRun();
    run = item.exact ? new Set(item.exact) : null;
  }
  if (allExact) return { exact: run, any };
  endRun();
  return { exact: null, any };
}

/**
 * What a match of one of the branches contains: the branches' conjunctions side by side, those
 * of a single set merged into one set (a word of one or of another).
 */
function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const union = new Set<string>();
    for (const b of branches) for (const s of b.exact!) union.add(s);
    if (union.size <= MAX_EXACT) return { exact: union, any: [[]] };
  }
  const single = new Set<string>();
  const any: AllOf[] = [];
  for (const b of branches) {
    for (const c of conjunctions(b)) {
      if (c.length === 0) return unknown();
      if (c.length === 1) for (const s of c[0]!) single.add(s);
      else any.push(c);
    }
  }
  if (single.size > 0) any.push([single]);
  return { exact: null, any: any.length > MAX_ALTERNATIVES ? narrow(any) : any };
}

/**
 * What a character is to the filter: itself folded as the text is (a digit: DIGIT), or null when
 * the text it matches may fold otherwise. `toLowerCase` folds a Latin letter and its case
 * variants alike (the Kelvin and Ångström signs too; the long s by foldForLiterals), but not every
 * cased character: Greek's sigma folds by its place in the word, and under `i` `µ` matches `μ`.
 * A cased character beyond the Latin letters, or `µ`, is left unknown.
 */
function charInfo(codePoint: number): string | null {
  const c = String.fromCodePoint(codePoint);
  if (codePoint >= 0x30 && codePoint <= 0x39) return DIGIT;
  if ((codePoint >= 0x250 || codePoint === 0xb5) && c.toLowerCase() !== c.toUpperCase()) return null;
  return foldForLiterals(c);
}

/** A character class: the few characters it matches, or unknown. */
function classInfo(node: CharacterClass): Info {
  if (node.negate) return unknown();
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') {
      const c = charInfo(element.value);
      if (c === null) return unknown();
      chars.add(c);
    } else if (element.type === 'CharacterClassRange') {
      const { min, max } = element;
      if (min.value >= 0x30 && max.value <= 0x39) chars.add(DIGIT);
      else if (max.value - min.value >= MAX_CLASS) return unknown();
      else {
        for (let cp = min.value; cp <= max.value; cp++) {
          const c = charInfo(cp);
          if (c === null) return unknown();
          chars.add(c);
        }
      }
    } else if (element.type === 'CharacterSet' && element.kind === 'digit' && !element.negate) {
      chars.add(DIGIT);
    } else {
      return unknown(); // \w, \s, \p{…}, a nested class or a string (v-mode)
    }
    if (chars.size > MAX_CLASS) return unknown();
  }
  return chars.size === 0 ? unknown() : { exact: chars, any: [[]] };
}

/** A quantified element: what `min` to `max` repetitions of it require. */
function repeat(atom: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return atom;
  if (min === max && atom.exact && atom.exact.size ** min <= MAX_EXACT) return concat(Array.from({ length: min }, () => atom));
  if (min === 0 && max === 1 && atom.exact && atom.exact.size < MAX_EXACT) return { exact: new Set(['', ...atom.exact]), any: [[]] };
  if (min === 0) return unknown();
  return { exact: null, any: conjunctions(atom) }; // at least once: its requirements hold
}

/**
 * What the matches of a parsed pattern (regexpp's AST) must contain. Look-arounds and word
 * boundaries consume nothing and require nothing; a back-reference may match the empty string.
 */
function analyzeNode(node: Node): Info {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group':
      return alternation(node.alternatives);
    case 'Alternative': {
      // a run of characters is one exact string (fewer sets to build than one per character)
      const items: Info[] = [];
      let run = '';
      for (const element of node.elements) {
        const c = element.type === 'Character' ? charInfo(element.value) : null;
        if (c !== null) {
          run += c;
          continue;
        }
        if (run) items.push({ exact: new Set([run]), any: [[]] });
        run = '';
        items.push(analyzeNode(element));
      }
      if (run) items.push({ exact: new Set([run]), any: [[]] });
      return concat(items);
    }
    case 'Quantifier':
      return repeat(analyzeNode(node.element), node.min, node.max);
    case 'Character': {
      const c = charInfo(node.value);
      return c === null ? unknown() : { exact: new Set([c]), any: [[]] };
    }
    case 'CharacterClass':
      return classInfo(node);
    case 'CharacterSet':
      return node.kind === 'digit' && !node.negate ? { exact: new Set([DIGIT]), any: [[]] } : unknown();
    case 'Assertion':
      return empty();
    default:
      return unknown(); // a back-reference, a v-mode class expression
  }
}

function alternation(alternatives: Alternative[]): Info {
  const branches = alternatives.map((a) => analyzeNode(a));
  return branches.length === 1 ? branches[0]! : alternate(branches);
}

let parser: RegExpParser | undefined; // made on first use: the build's table usually answers

/** What the matches of a pattern source with these flags must contain; unknown if it does not parse. */
function analyze(source: string, flags: string): Info {
  let pattern: Pattern;
  try {
    pattern = (parser ??= new RegExpParser({ ecmaVersion: 2025 })).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return unknown();
  }
  return analyzeNode(pattern);
}

/**
 * The words a match of `pattern` must contain, as a disjunction of conjunctions: a match holds,
 * for one of the conjunctions, a word of each of its sets. In each conjunction the strongest set
 * (the longest shortest word: the rarest, most likely) comes first: LiteralFilter looks at a
 * conjunction only on a text that holds its first set. Empty when nothing useful is required
 * (the pattern is always tried). Words are lower-cased; test them on `foldForLiterals(text)`.
 */
export function requiredWords(pattern: RegExp): string[][][] {
  // the word boundaries nbRegex writes are look-arounds, which require nothing: left out, they
  // save the parser most of its reading
  const info = analyze(withoutBoundaries(pattern.source), pattern.flags);
  const out: string[][][] = [];
  const keys = new Set<string>();
  for (const c of conjunctions(info)) {
    const sets: string[][] = [];
    const setKeys = new Set<string>();
    for (const set of [...c].filter((s) => shortest(s) >= 2).sort((a, b) => score(b) - score(a))) {
      // a required letter filters nothing (a digit does)
      const words = [...set].sort();
      const key = words.join('\u0000');
      if (!setKeys.has(key)) sets.push(words);
      setKeys.add(key);
    }
    if (sets.length === 0) return []; // a branch that requires nothing: the pattern is always tried
    const key = sets.map((w) => w.join('\u0000')).join('\u0001');
    if (!keys.has(key)) out.push(sets);
    keys.add(key);
  }
  return out;
}

/**
 * Lower-case a text the way the required words are: `toLowerCase`, plus the long s that a
 * case-insensitive pattern takes for `s` (Unicode case folding) but `toLowerCase` keeps.
 */
export function foldForLiterals(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/gu, 's') : lower;
}

/**
 * Required words derived at build time, keyed by flags and source: deriving them for the few
 * hundred cue, actor and area patterns took ~20 ms of every ingest's start.
 * scripts/derive-literals.js writes the table from `derivedLiterals` below and the bundle
 * defines `__KS_LITERALS__` with it. A pattern not in it (the tsc build that tests run, or a
 * table edited since the build) is derived here as before; a key holds the pattern's whole
 * source, so no entry can be stale.
 */
declare const __KS_LITERALS__: string | undefined;
// JSON text rather than an object literal: V8 parses JSON text faster than the same data as code
const BUILT: Record<string, string[][][]> = typeof __KS_LITERALS__ === 'string' ? (JSON.parse(__KS_LITERALS__) as Record<string, string[][][]>) : {};
export const literalsKey = (pattern: RegExp) => `${pattern.flags}/${pattern.source}`;

/** Every pattern's required words, as this process's filters found them: what the build writes. */
export const derivedLiterals = new Map<string, string[][][]>();

function requiredOf(pattern: RegExp): string[][][] {
  const key = literalsKey(pattern);
  const words = Object.hasOwn(BUILT, key) ? BUILT[key]! : requiredWords(pattern);
  derivedLiterals.set(key, words);
  return words;
}

/**
 * A pre-filter for one pattern, as plain regular expressions: a folded text (foldForLiterals) can
 * match `pattern` only if it holds, for one of its conjunctions, a word of each set; each set is
 * tested as an alternation of its words (a digit, `0` to the filter, as `\\d`), the first, the
 * strongest, first. Always true when the pattern requires nothing. For one pattern tested a
 * sentence at a time this is cheaper than a LiteralFilter of its own (its automaton and scan cost
 * the seed's one-document ingest some 5 % of its instructions; literal alternations are what V8's
 * regex engine scans fastest). Lets through exactly what a LiteralFilter of the pattern would.
 */
export function requiredWordsTest(pattern: RegExp): (folded: string) => boolean {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replaceAll(DIGIT, '\\d');
  const conjunctions = requiredOf(pattern).map((c) => c.map((set) => new RegExp(set.map(escape).join('|'), 'u')));
  if (conjunctions.length === 0) return () => true;
  return (folded) => conjunctions.some((c) => c.every((re) => re.test(folded)));
}

/**
 * A pre-filter for a list of patterns: `scan(folded)` returns which of them can match the text
 * (folded with foldForLiterals): those for which one conjunction of required sets
 * (`requiredWords`) holds. A pattern with no required word is always a candidate.
 *
 * A conjunction is looked at only when the text holds its first set, the strongest (most likely
 * the rarest): after the scan, only the conjunctions of the sets found are checked.
 */
export class LiteralFilter {
  /** per conjunction b, its sets are needIds[needStart[b] .. needStart[b + 1]) */
  private readonly needStart: Int32Array;
  private readonly needIds: Int32Array;
  /** per conjunction b, the pattern it is of */
  private readonly patternOf: Int32Array;
  /** per set s, the conjunctions it comes first in: firstIds[firstStart[s] .. firstStart[s + 1]) */
  private readonly firstStart: Int32Array;
  private readonly firstIds: Int32Array;
  /** 1 for each pattern that requires nothing */
  private readonly always: Uint8Array;
  /** the sets the current text holds, hits[0 .. count) */
  private readonly hits: Int32Array;
  /** the automaton: transitions per state over a compact alphabet */
  private readonly delta: Int32Array;
  /** code unit → letter of the alphabet, or -1 for one no word holds */
  private readonly alphabet = new Int16Array(0x10000).fill(-1);
  private readonly width: number;
  /** per state s, the word sets it completes: outIds[outStart[s] .. outStart[s + 1]) */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly candidates: Uint8Array;

  constructor(patterns: readonly RegExp[]) {
    const setIds = new Map<string, number>();
    const sets: string[][] = [];
    const id = (words: string[]) => {
      const key = words.join('\u0000');
      let n = setIds.get(key);
      if (n === undefined) {
        n = sets.length;
        sets.push(words);
        setIds.set(key, n);
      }
      return n;
    };
    const branches = patterns.map((p) => requiredOf(p).map((conjunction) => conjunction.map(id)));
    this.always = Uint8Array.from(branches, (b) => (b.length === 0 ? 1 : 0));
    const needs = branches.flat();
    this.needStart = offsets(needs);
    this.needIds = Int32Array.from(needs.flat());
    this.patternOf = Int32Array.from(branches.flatMap((b, p) => b.map(() => p)));
    const firsts: number[][] = sets.map(() => []);
    needs.forEach((conjunction, b) => firsts[conjunction[0]!]!.push(b));
    this.firstStart = offsets(firsts);
    this.firstIds = Int32Array.from(firsts.flat());
    this.hits = new Int32Array(sets.length);
    // words → trie; the automaton reads code units (a character outside the BMP is two of them)
    const wordSets = new Map<string, number[]>();
    sets.forEach((words, id) => {
      for (const w of words) wordSets.set(w, [...(wordSets.get(w) ?? []), id]);
    });
    let size = 0;
    for (const w of wordSets.keys()) {
      for (let k = 0; k < w.length; k++) if (this.alphabet[w.charCodeAt(k)] === -1) this.alphabet[w.charCodeAt(k)] = size++;
    }
    // every digit reads as the digit of the words (`lower` in analyze)
    const digit = this.alphabet[DIGIT.charCodeAt(0)]!;
    for (let c = 0x30; c <= 0x39; c++) this.alphabet[c] = digit;
    const width = (this.width = Math.max(1, size));
    const goto: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    for (const [w, ids] of wordSets) {
      let s = 0;
      for (let k = 0; k < w.length; k++) {
        const a = this.alphabet[w.charCodeAt(k)]!;
        let next = goto[s]!.get(a);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[s]!.set(a, next);
        }
        s = next;
      }
      ends[s]!.push(...ids);
    }
    // failure links, breadth first, folded into a full transition table
    const delta = (this.delta = new Int32Array(goto.length * width));
    const fail = new Int32Array(goto.length);
    const out: number[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (const [a, next] of goto[0]!) {
      delta[a] = next;
      queue.push(next);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      out[s]!.push(...out[f]!);
      // the failure state's row (complete: it is nearer the root), then this state's own moves
      delta.copyWithin(s * width, f * width, f * width + width);
      for (const [a, next] of goto[s]!) {
        fail[next] = delta[f * width + a]!;
        delta[s * width + a] = next;
        queue.push(next);
      }
    }
    const unique = out.map((o) => [...new Set(o)]);
    this.outStart = offsets(unique);
    this.outIds = Int32Array.from(unique.flat());
    this.seen = new Uint32Array(sets.length);
    this.candidates = new Uint8Array(patterns.length);
  }

  /**
   * Which patterns can match `folded` (a text folded with foldForLiterals): 1 at a pattern's
   * index when it can. The array is reused by the next call.
   */
  scan(folded: string): Uint8Array {
    let stamp = this.stamp + 1;
    if (stamp === 0xffffffff) {
      this.seen.fill(0);
      stamp = 1;
    }
    this.stamp = stamp;
    const delta = this.delta;
    const alphabet = this.alphabet;
    const width = this.width;
    const outStart = this.outStart;
    const outIds = this.outIds;
    const seen = this.seen;
    const hits = this.hits;
    let count = 0;
    let s = 0;
    for (let k = 0, n = folded.length; k < n; k++) {
      const a = alphabet[folded.charCodeAt(k)]!;
      if (a < 0) {
        s = 0;
        continue;
      }
      s = delta[s * width + a]!;
      for (let j = outStart[s]!, end = outStart[s + 1]!; j < end; j++) {
        const id = outIds[j]!;
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        hits[count++] = id;
      }
    }
    const candidates = this.candidates;
    candidates.set(this.always);
    const needStart = this.needStart;
    const needIds = this.needIds;
    const patternOf = this.patternOf;
    const firstStart = this.firstStart;
    const firstIds = this.firstIds;
    // the conjunctions whose first set the text holds: do their other sets hold too?
    for (let h = 0; h < count; h++) {
      const id = hits[h]!;
      for (let f = firstStart[id]!, last = firstStart[id + 1]!; f < last; f++) {
        const b = firstIds[f]!;
        const p = patternOf[b]!;
        if (candidates[p] === 1) continue;
        let ok = 1;
        for (let j = needStart[b]! + 1, end = needStart[b + 1]!; j < end; j++) {
          if (seen[needIds[j]!] !== stamp) {
            ok = 0;
            break;
          }
        }
        candidates[p] = ok;
      }
    }
    return candidates;
  }
}

/** Where each list starts in the lists laid end to end, and where the last ends. */
function offsets(lists: ReadonlyArray<readonly unknown[]>): Int32Array {
  const out = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) out[k + 1] = out[k]! + lists[k]!.length;
  return out;
}
