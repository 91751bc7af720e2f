// Compound-aware vocabulary matching for Norwegian.
//
// Norwegian writes compounds as one word (`primær|helse|tjenesten`, `barnevern|s|reformen`), so a
// vocabulary term counts when it stands at a compound boundary of a word:
//   start   the word begins with the term: `barnehage|lærere`, `skole|bygg`, `helse|stasjon`
//   end     the term is the head of the word: `fast|legen`, `grunn|skole`, `fylkes|veger`
//   middle  (terms of five letters or more) between two parts: `kommune|helse|tjenesten`
// Inflection is handled with natural's stemmer: the term's stem must be followed by the rest of
// the term and an inflection ending (`barnehage|ne`, `hels|a`), or by another compound part of at
// least three letters, optionally after a linking `s` or `e`. A continuation that is only a
// derivational suffix (`natur|lig`, `digital|isere` is fine, `natur|lige` is not) is no compound.
// Terms may be marked case-sensitive (`EU`, `EØS`): they match the token exactly.
// Phrases (`frie inntekter`, `bo hjemme`) match word by word, each word inflected.
//
// Compile a vocabulary once (module load) and reuse it: lookups go through an index of term
// stems by length and a per-word cache, so matching is linear in the text, not in the vocabulary.
import { memoize } from './fold.js';
import { fold, stem, tokenizeWithOffsets } from './norwegian.js';

/** Endings that inflect a noun, adjective or verb without changing what it names. */
const INFLECTIONS: ReadonlySet<string> = new Set([
  '', 'e', 'en', 'et', 'er', 'ere', 'erne', 'ene', 'a', 'ar', 'ane', 'as', 's', 'es', 'ens', 'ets',
  'ers', 'enes', 'n', 'r', 'ne', 'nes', 't', 'te', 'de', 'ede', 'est', 'este', 'ste',
]);

/** Derivational suffixes: a "continuation" that is only one of these makes no compound. */
const DERIVATIONS = /^(lig|lige|ligere|ligst|ligste|ligvis|ligheten?|ig|ige|isk|iske|het|heten|else|elsen|sk|ske|ik|ikk|ikken|inne|inner)$/u;

/** Linking letters between compound parts (`barnevern|s|reform`, `barne|hage`). */
const LINKS = ['', 's', 'e'];

/** Shortest compound part accepted after a term (`bolig|lån`). */
const MIN_PART = 3;
/** Shortest part accepted before a term that is the head or middle of a compound. */
const MIN_PREFIX = 3;
/** Terms at least this long may also match in the middle of a compound. */
const MIN_MIDDLE_TERM = 5;

export type TermPosition = 'any' | 'start' | 'word';

/** One vocabulary entry as given by a data module. */
export interface TermSpec<K extends string = string> {
  /** what a match means, e.g. an area slug */
  key: K;
  /** the term as written: a word (`barnehage`), a phrase (`frie inntekter`) or an acronym (`EU`) */
  term: string;
  /** contribution of one match; default 1 */
  weight?: number;
  /** match the exact token only (acronyms: `EU`, never `eu` inside a word) */
  caseSensitive?: boolean;
  /** `start`: only as the first part of a compound or alone; `word`: only the whole word, inflected */
  position?: TermPosition;
}

/** A match of a term in a text. */
export interface TermMatch<K extends string = string> {
  key: K;
  term: string;
  /** the word (or words, for a phrase) of the text that matched */
  word: string;
  weight: number;
  start: number;
  end: number;
}

interface Compiled<K extends string> {
  spec: Required<TermSpec<K>>;
  root: string;
  tail: string;
}

/** Split a term into its stem (`root`) and the rest of the written form (`tail`). */
export function rootOf(term: string): { root: string; tail: string } {
  const t = fold(term);
  const s = stem(t);
  let i = 0;
  while (i < s.length && i < t.length && s[i] === t[i]) i++;
  // a stem shorter than three letters is too unspecific (`bo`): keep the whole word as root
  const root = i >= 3 || i === t.length ? t.slice(0, i) : t;
  return { root, tail: t.slice(root.length) };
}

/**
 * Does the rest after a root make an inflected form of the term? The rest of the written term
 * then an ending (`barnehag`+`e`+`ne`, `lær`+`er`+`e`), or, where the stem dropped at most a final
 * vowel, an ending in its place (`hels`+`a` for `helsa`).
 */
function inflected(rest: string, tail: string): boolean {
  if (rest.startsWith(tail) && INFLECTIONS.has(rest.slice(tail.length))) return true;
  return tail.length <= 1 && INFLECTIONS.has(rest);
}

/** Does the rest after a root continue the word as a compound? (`e` + `vakt` after `leg`) */
function continues(rest: string, tail: string): boolean {
  if (!rest.startsWith(tail)) return false;
  const after = rest.slice(tail.length);
  for (const link of LINKS) {
    if (!after.startsWith(link)) continue;
    const part = after.slice(link.length);
    if (part.length >= MIN_PART && !DERIVATIONS.test(after) && !DERIVATIONS.test(part)) return true;
  }
  return false;
}

/**
 * Does `word` contain `term` at a compound boundary (start, end, or middle for long terms),
 * inflected? `termMatches('fastlegeordningen', 'fastlege')`, `termMatches('barnehagelærere',
 * 'lærer')` are true; `termMatches('naturlig', 'natur')` is false.
 */
export function termMatches(word: string, term: string, position: TermPosition = 'any'): boolean {
  const w = fold(word);
  const { root, tail } = rootOf(term);
  return matchAt(w, root, tail, position);
}

function matchAt(w: string, root: string, tail: string, position: TermPosition, at?: number): boolean {
  const positions = at === undefined ? allPositions(w, root) : [at];
  for (const p of positions) {
    if (w.slice(p, p + root.length) !== root) continue;
    const rest = w.slice(p + root.length);
    if (p === 0) {
      if (inflected(rest, tail)) return true;
      if (position !== 'word' && continues(rest, tail)) return true;
    } else if (position === 'any' && p >= MIN_PREFIX) {
      if (inflected(rest, tail)) return true; // head of the compound
      if (root.length + tail.length >= MIN_MIDDLE_TERM && continues(rest, tail)) return true;
    }
  }
  return false;
}

function allPositions(w: string, root: string): number[] {
  const out: number[] = [];
  for (let i = w.indexOf(root); i >= 0; i = w.indexOf(root, i + 1)) out.push(i);
  return out;
}

export interface VocabularyMatcher<K extends string = string> {
  /** Terms matched by one word (cached). */
  matchWord(word: string): Array<Compiled<K>['spec']>;
  /** Every match in a text: single words, compounds, acronyms and phrases. */
  matchText(text: string): Array<TermMatch<K>>;
}

/**
 * Compile a vocabulary. `falseFriends` maps a term to words (or word beginnings/parts) that
 * contain it without meaning it: `eldre` → `foreldre`, `arbeid` → `samarbeid`.
 */
export function compileVocabulary<K extends string>(
  specs: ReadonlyArray<TermSpec<K>>,
  falseFriends: Readonly<Record<string, readonly string[]>> = {},
): VocabularyMatcher<K> {
  const byRoot = new Map<string, Array<Compiled<K>>>();
  const rootLengths = new Set<number>();
  const exact = new Map<string, Array<Required<TermSpec<K>>>>();
  const phrases: Array<{ spec: Required<TermSpec<K>>; words: Array<{ root: string; tail: string; stem: string }> }> = [];
  const ff = new Map<string, string[]>();
  for (const [term, words] of Object.entries(falseFriends)) ff.set(fold(term), words.map(fold));

  for (const s of specs) {
    const spec: Required<TermSpec<K>> = { weight: 1, caseSensitive: false, position: 'any', ...s };
    if (spec.caseSensitive) {
      const list = exact.get(spec.term) ?? [];
      list.push(spec);
      exact.set(spec.term, list);
      continue;
    }
    const parts = fold(spec.term).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length > 1) {
      phrases.push({ spec, words: parts.map((w) => ({ ...rootOf(w), stem: stem(w) })) });
      continue;
    }
    const { root, tail } = rootOf(spec.term);
    const list = byRoot.get(root) ?? [];
    list.push({ spec, root, tail });
    byRoot.set(root, list);
    rootLengths.add(root.length);
  }
  const lengths = [...rootLengths].sort((a, b) => b - a);
  // phrases indexed by the first three letters of their first word, so each token tries only a few
  const phrasesByHead = new Map<string, typeof phrases>();
  for (const ph of phrases) {
    const head = ph.words[0]!.root.slice(0, 3);
    const list = phrasesByHead.get(head) ?? [];
    list.push(ph);
    phrasesByHead.set(head, list);
  }
  const cache = new Map<string, Array<Required<TermSpec<K>>>>();

  const matchWord = (word: string): Array<Required<TermSpec<K>>> => {
    const w = fold(word);
    const hit = cache.get(w);
    if (hit) return hit;
    const found: Array<Required<TermSpec<K>>> = [];
    const seen = new Set<Required<TermSpec<K>>>();
    for (let p = 0; p < w.length; p = p === 0 ? MIN_PREFIX : p + 1) {
      for (const len of lengths) {
        if (p + len > w.length) continue;
        const entries = byRoot.get(w.slice(p, p + len));
        if (!entries) continue;
        for (const e of entries) {
          if (seen.has(e.spec)) continue;
          if (!matchAt(w, e.root, e.tail, e.spec.position, p)) continue;
          const friends = ff.get(fold(e.spec.term));
          if (friends && friends.some((f) => w.includes(f))) continue;
          seen.add(e.spec);
          found.push(e.spec);
        }
      }
    }
    if (cache.size > 200_000) cache.clear();
    cache.set(w, found);
    return found;
  };

  // What matchText needs of a token, all of it a function of the token's text: kept per word
  // (the same words recur from sentence to sentence).
  interface WordInfo {
    folded: string;
    /** case-sensitive terms (acronyms) of the token, then the terms of its word */
    specs: Array<Required<TermSpec<K>>>;
    phrases: typeof phrases | undefined;
    stem: string | undefined;
  }
  const infoOf = memoize(
    (token): WordInfo => {
      const folded = fold(token);
      const acronyms = exact.get(token) ?? exact.get(token.replace(/s$/u, '')) ?? [];
      return { folded, specs: [...acronyms, ...matchWord(token)], phrases: phrasesByHead.get(folded.slice(0, 3)), stem: undefined };
    },
    { limit: 200_000 },
  );

  const matchText = (text: string): Array<TermMatch<K>> => {
    const nfc = text.normalize('NFC');
    const tokens = tokenizeWithOffsets(nfc);
    const infos = tokens.map((tok) => infoOf(tok.text));
    const out: Array<TermMatch<K>> = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const info = infos[i]!;
      for (const spec of info.specs) {
        out.push({ key: spec.key, term: spec.term, word: tok.text, weight: spec.weight, start: tok.start, end: tok.end });
      }
      for (const ph of info.phrases ?? []) {
        if (i + ph.words.length > tokens.length) continue;
        const ok = ph.words.every((pw, k) => {
          const w = infos[i + k]!;
          const last = k === ph.words.length - 1;
          return (w.stem ??= stem(w.folded)) === pw.stem || matchAt(w.folded, pw.root, pw.tail, last ? 'start' : 'word', 0);
        });
        if (!ok) continue;
        const end = tokens[i + ph.words.length - 1]!.end;
        out.push({ key: ph.spec.key, term: ph.spec.term, word: nfc.slice(tok.start, end), weight: ph.spec.weight, start: tok.start, end });
      }
    }
    return out;
  };

  return { matchWord, matchText };
}
