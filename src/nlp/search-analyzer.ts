// Norwegian analysis for `search` and `kwic`: what a query word matches among the words of
// the corpus.
//
// Algorithm. The search index holds every word of every sentence as written, lower-cased and
// folded to ASCII (`helseløsningene` → `helselosningene`; stopwords left out). A query word is
// not stemmed into the index; it is *expanded* against the index's vocabulary (the distinct
// words), and each vocabulary word it matches becomes a search term with a weight:
//
//   1.0   the same word or an inflection of it (`barnehage` → `barnehagene`, `lærer` → `lærere`)
//   0.75  the word as the head or middle of a compound (`lærer` → `yrkesfaglærere`,
//         `helse` → `primærhelsetjenesten`)
//   0.6   the word as the first part of a compound (`lærer` → `lærerutdanning`)
//   0.4   an adjective derived from it (`fremtid` → `fremtidig`, `økonomi` → `økonomiske`)
//
// Inflection and compound boundaries are decided by nlp/compound.ts (natural's Norwegian stemmer
// plus boundary rules and derivational suffixes: `natur` does not match `naturlig`). Before
// matching, a query word is widened to its spelling variants (vei/veg, ferje/ferge, fram/frem)
// and to the lemma behind a contracted plural (`legemidler` → `legemiddel`, so it finds
// `legemiddelliste`). A short list of false friends (`eldre` in `foreldre`, `arbeid` in
// `samarbeid`, `vei` in `veiledning`, `helse` in `helst`) is refused. Words of one or two letters (`EU`) match only
// themselves and their inflections; three-letter words (`vei`) match as the head of a compound,
// never in the middle.
//
// Why not stem the index? natural's stemmer over-stems (`fastlege` → `fast`, `bolig` → `bol`)
// and leaves compounds whole, so stem equality both merges unrelated words and misses the
// compounds users mean. Expanding against the real vocabulary keeps the index plain and lets
// BM25 weigh each surface form.
import { termMatches } from './compound.js';
import { asciiFold, isStopword, tokenizeWithOffsets, type Token } from './norwegian.js';

/** The form every word takes in the search index: lower-case ASCII (`Økonomi` → `okonomi`). */
export function searchForm(word: string): string {
  return asciiFold(word);
}

/** Index terms of a text: every word in search form, stopwords left out. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenizeWithOffsets(text)) {
    if (isStopword(t.text)) continue;
    out.push(searchForm(t.text));
  }
  return out;
}

/** Words of a text with offsets into its NFC form (see norwegian.ts). */
export function wordsOf(text: string): Token[] {
  return tokenizeWithOffsets(text);
}

export interface ParsedQuery {
  /** every word to score, phrase words included, stopwords dropped (unless nothing else is left) */
  words: string[];
  /** quoted phrases: their words in order, stopwords kept */
  phrases: string[][];
}

/** Split a query into words and "quoted phrases" (also «guillemets» and “curly quotes”). */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(/"([^"]*)"|«([^»]*)»|“([^”]*)”/gu, (_m, a?: string, b?: string, c?: string) => {
    const words = tokenizeWithOffsets(a ?? b ?? c ?? '').map((t) => t.text);
    if (words.length > 1) phrases.push(words);
    return ` ${words.join(' ')} `;
  });
  const all = tokenizeWithOffsets(rest).map((t) => t.text);
  const content = all.filter((w) => !isStopword(w));
  const words = unique((content.length ? content : all).map((w) => w.normalize('NFC')));
  return { words, phrases };
}

/** Spelling pairs bokmål allows side by side; each side is tried for the other. */
export const VARIANTS: ReadonlyArray<[string, string]> = [
  ['vei', 'veg'],
  ['ferje', 'ferge'],
  ['frem', 'fram'],
  ['hoyhastighets', 'hoyhastighet'],
];

/** Words that contain a term without meaning it: the term's search form → word patterns. */
const FALSE_FRIENDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^eldr/u, /foreldr/u],
  [/^arbeid/u, /samarbeid/u],
  [/^ve[ig]$/u, /ve[ig]led/u],
  [/^natur$/u, /naturlig/u],
  [/^helse?$/u, /^helst/u],
  [/^lar(er)?$/u, /larerik/u],
];

/** The forms a query word is matched by: itself, its spelling variants and its lemma. */
export function queryForms(word: string): string[] {
  const w = searchForm(word);
  const forms = new Set([w]);
  for (const [a, b] of VARIANTS) {
    for (const f of [...forms]) {
      if (f.includes(a)) forms.add(f.replace(a, b));
      if (f.includes(b)) forms.add(f.replace(b, a));
    }
  }
  for (const f of [...forms]) {
    for (const lemma of lemmas(f)) forms.add(lemma);
    const base = bare(f);
    if (base) forms.add(base);
  }
  return [...forms];
}

/**
 * The bare form of a definite or plural noun (`statsforvalteren` → `statsforvalter`, so it finds
 * `statsforvalterne`; `læreplasser` → `læreplass`, so it finds `læreplasstilgangen`). Only
 * endings of two letters or more, and only where five letters remain.
 */
function bare(form: string): string | null {
  const m = form.match(/^(.{5,}?)(?:ene|ane|en|et|er|ar)$/u);
  return m ? m[1]! : null;
}

/** Derivational endings that keep the meaning close (`fremtid` → `fremtidig`, `økonomi` → `økonomisk`). */
const DERIVED = /^(?:ig|ige|igere|isk|iske|lig|lige)$/u;

/**
 * Lemmas behind a contracted plural: `-el`/`-er` nouns drop their `e` before an ending and may
 * undouble a consonant (`middel` → `midler`, `eksempel` → `eksempler`, `sykkel` → `sykler`).
 */
function lemmas(form: string): string[] {
  const m = form.match(/^(.*[^aeiouyæøå])([lr])(?:er|ene|ar|ane|a|en|e)$/u);
  if (!m || m[1]!.length < 3) return [];
  const [, base, liquid] = m as unknown as [string, string, string];
  const out = [`${base}e${liquid}`];
  const last = base[base.length - 1]!;
  if (!/[aeiouy]/u.test(base[base.length - 2] ?? 'a')) return out; // `eksempl` → only `eksempel`
  out.push(`${base}${last}e${liquid}`); // `midl` → `middel`
  return out;
}

export const WEIGHT = { word: 1, head: 0.75, start: 0.6, derived: 0.4 } as const;

/** How a vocabulary word relates to a query form, or null. */
export function relation(vocabWord: string, form: string): number | null {
  if (vocabWord === form) return WEIGHT.word;
  if (form.length < 2) return null;
  if (FALSE_FRIENDS.some(([term, friend]) => term.test(form) && friend.test(vocabWord))) return null;
  if (termMatches(vocabWord, form, 'word')) return WEIGHT.word;
  if (form.length <= 2) return null;
  if (form.length >= 4 && termMatches(vocabWord, form, 'start')) return WEIGHT.start;
  if (termMatches(vocabWord, form, 'any')) {
    if (vocabWord.startsWith(form)) return form.length >= 4 ? WEIGHT.start : null;
    // three-letter words only as the head of a compound: `fylkes|veger`, not `ut|vei|ning`
    if (form.length === 3 && !headMatch(vocabWord, form)) return null;
    return WEIGHT.head;
  }
  // a derived adjective of the word itself, weakly (`natur` → `naturlig` is a false friend above)
  if (form.length >= 4) {
    for (const base of form.endsWith('e') ? [form, form.slice(0, -1)] : [form]) {
      if (vocabWord.startsWith(base) && DERIVED.test(vocabWord.slice(base.length))) return WEIGHT.derived;
    }
  }
  return null;
}

function headMatch(vocabWord: string, form: string): boolean {
  const at = vocabWord.lastIndexOf(form);
  return at >= 3 && /^(|e|er|ene|en|a|ane|ar|s|es)$/u.test(vocabWord.slice(at + form.length));
}

/** Every search form a query word accepts: its own, and the vocabulary words it expands to. */
export function acceptedForms(word: string, vocabulary: Iterable<string>): Set<string> {
  const forms = new Set(expandWord(word, vocabulary).keys());
  forms.add(searchForm(word));
  return forms;
}

/**
 * Where a run of words matches: the start of each run of `forms` whose words are accepted by
 * `matchers` in turn (phrases in search, terms of several words in kwic).
 */
export function* matchingRuns(forms: readonly string[], matchers: ReadonlyArray<ReadonlySet<string>>): Generator<number> {
  if (matchers.length === 0) return;
  outer: for (let i = 0; i + matchers.length <= forms.length; i++) {
    for (let k = 0; k < matchers.length; k++) if (!matchers[k]!.has(forms[i + k]!)) continue outer;
    yield i;
  }
}

/** The vocabulary words a query word matches, with weights (best weight kept). */
export function expandWord(word: string, vocabulary: Iterable<string>): Map<string, number> {
  const forms = queryForms(word);
  const out = new Map<string, number>();
  const probes = probesOf(forms);
  for (const v of vocabulary) {
    if (!probes.some((p) => v.includes(p))) continue;
    let best = 0;
    for (const f of forms) best = Math.max(best, relation(v, f) ?? 0);
    if (best > 0) out.set(v, best);
  }
  return out;
}

/**
 * Probes of a query word: a vocabulary word can only match it when it contains one of them (the
 * first three letters of some form), so a caller can narrow a large vocabulary to its candidates.
 */
export function wordProbes(word: string): string[] {
  return probesOf(queryForms(word));
}

function probesOf(forms: string[]): string[] {
  return unique(forms.map((f) => f.slice(0, Math.min(3, f.length))));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
