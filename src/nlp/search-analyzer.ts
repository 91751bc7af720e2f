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
import { rootOf, termMatches } from './compound.js';
import { memoize } from './fold.js';
import { asciiFold, isStopword, tokenizeWithOffsets, type Token } from './norwegian.js';
import { FIELDS_NB } from './fields-nb.js';
import { SYNONYMS_NB } from './synonyms-nb.js';
import { BOKMAL_SIDE_FORMS, CORRESPONDENCE_RULES, LOANWORD_RULES, NOUN_TO_VERB_ENDINGS, NOUN_VERB_ENDINGS, NYNORSK_RULES, SOUND_RULES, type SpellingRule, VARIANTS_ANYWHERE, VARIANTS_END, VARIANTS_START } from './variants-nb.js';

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

/** Spelling pairs in search form (variants-nb.ts): anywhere, at the start, at the end of a word. */
const fold3 = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([a, b]) => [searchForm(a), searchForm(b)] as const);
// pure, so a bundle that takes one constant from here need not keep the rest
const VARIANTS_ALL = /* @__PURE__ */ fold3(VARIANTS_ANYWHERE);
/** The bokmål side forms alone, in search form: what compare's alignment treats as one word. */
export const VARIANTS: ReadonlyArray<readonly [string, string]> = /* @__PURE__ */ fold3(BOKMAL_SIDE_FORMS);
const VARIANTS_AT_START = /* @__PURE__ */ fold3(VARIANTS_START);
/** The anywhere pairs whose forms both end in `e`, without it (`skul`/`skol`): see spellingVariants. */
const VARIANTS_STEM = /* @__PURE__ */ VARIANTS_ALL.filter(([a, b]) => a.endsWith('e') && b.endsWith('e') && a.length > 3 && b.length > 3).map(([a, b]) => [a.slice(0, -1), b.slice(0, -1)] as const);
const VARIANTS_AT_END = /* @__PURE__ */ fold3(VARIANTS_END);
const NOUN_VERB = /* @__PURE__ */ fold3(NOUN_VERB_ENDINGS);
const NOUN_TO_VERB = /* @__PURE__ */ fold3(NOUN_TO_VERB_ENDINGS);
/** At most this many forms a query word: the variant pairs combine, and each form costs a pass. */
const MAX_FORMS = 32;

/** Words that contain a term without meaning it: the term's search form → word patterns. */
const FALSE_FRIENDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^eldr/u, /foreldr/u],
  [/^arbeid/u, /samarbeid/u],
  [/^ve[ig]$/u, /ve[ig]led|^vegne$/u],
  [/^natur$/u, /naturlig/u],
  [/^helse?$/u, /^helst/u],
  [/^lar(er)?$/u, /larerik/u],
];

/** Spelling rules as regular expressions, each direction they apply in. */
function compileRules(rules: readonly SpellingRule[]): Array<{ from: RegExp; to: string; rule: SpellingRule }> {
  return rules.flatMap((r) => {
    const at = (from: string) => new RegExp(`${r.before ? `(?<=${r.before})` : ''}${from}${r.after ? `(?=${r.after})` : ''}`, 'gu');
    return [...(r.toNynorsk ? [] : [{ from: at(r.nn), to: r.nb, rule: r }]), ...(r.oneWay ? [] : [{ from: at(r.nb), to: r.nn, rule: r }])];
  });
}

const SPELLING_RULES = /* @__PURE__ */ compileRules(NYNORSK_RULES);
/**
 * The inflection rules that read the word as typed (ownOnly), then the sound correspondences
 * (SOUND_RULES), then NYNORSK_RULES, then the other
 * correspondences and loanword spellings, so they combine (`utgreiinga` → `utgreiingen` →
 * `utredningen`, `tryggingsmyndigheit` → `sikkerhetsmyndighet`) but a word of another stem is not
 * respelled after (`løyve` stays).
 */
const CORRESPONDENCES = /* @__PURE__ */ compileRules(
  [...CORRESPONDENCE_RULES.filter((r) => r.ownOnly), ...SOUND_RULES, ...NYNORSK_RULES, ...withFolded(CORRESPONDENCE_RULES.filter((r) => !r.ownOnly)), ...LOANWORD_RULES],
);

/**
 * Rules and, for those written with æøå, the same rule in search form, so a word that comes
 * folded (a compound's part: `felling|s|loyve`) is respelled too. Not NYNORSK_RULES: folded, their
 * `ø` would be every `o` (`au`/`ø` would make `faurfall` of `forfall`).
 */
function withFolded(rules: readonly SpellingRule[]): SpellingRule[] {
  return rules.flatMap((r) => {
    const nn = searchForm(r.nn);
    const nb = searchForm(r.nb);
    return nn === r.nn && nb === r.nb ? [r] : [r, { ...r, nn, nb }];
  });
}

/** At most this many forms from the spelling rules (each combination of rules is one). */
const MAX_RULE_FORMS = 8;

/**
 * The other spellings of a word by NYNORSK_RULES, in search form, without the word's own
 * (`straumbrot` → `strombrot`, `straumbrudd`, `strombrudd`). Takes the word as typed: the
 * rules tell `ø` from `o`, which the search form does not.
 */
export const ruleSpellings = /* @__PURE__ */ memoize((word: string): string[] => {
  const lower = word.normalize('NFC').toLowerCase();
  const forms = respelled(lower, SPELLING_RULES);
  forms.delete(lower);
  const own = searchForm(lower);
  return unique([...forms].map(searchForm)).filter((f) => f !== own);
});

/**
 * A word (lower case, as typed) and its spellings by the rules in turn, each applied to every form
 * so far (one that reads the word as typed, `ownOnly`, to it alone), up to MAX_RULE_FORMS.
 */
function respelled(lower: string, rules: ReturnType<typeof compileRules>): Set<string> {
  const forms = new Set([lower]);
  for (const { from, to, rule } of rules) {
    for (const f of rule.ownOnly ? [lower] : [...forms]) {
      if (forms.size >= MAX_RULE_FORMS) break;
      from.lastIndex = 0;
      if (from.test(f)) forms.add(f.replace(from, to));
    }
  }
  return forms;
}

/**
 * The spellings of a word by the regular correspondences of bokmål and nynorsk and by loanword
 * spelling (variants-nb.ts CORRESPONDENCE_RULES, LOANWORD_RULES), with NYNORSK_RULES combined, in
 * search form: those ruleSpellings does not make, without the word's own (`tolkelova` →
 * `tolkeloven`, `dyrehold` → `dyrehald`, `utskrivning` → `utskriving`, `taxi` → `taksi`).
 */
export const correspondenceSpellings = /* @__PURE__ */ memoize((word: string): string[] => {
  const lower = word.normalize('NFC').toLowerCase();
  const forms = respelled(lower, CORRESPONDENCES);
  const known = new Set([searchForm(lower), ...ruleSpellings(word)]);
  return unique([...forms].map(searchForm)).filter((f) => !known.has(f));
});

/** A form only the correspondences make (correspondenceSpellings) counts this much of the word's own. */
export const CORRESPONDENCE_WEIGHT = 0.9;

/** At most this many forms a query word gains by the correspondences (each costs a pass). */
const MAX_CORRESPONDENCE_FORMS = 8;

/** The spelling variants of a search form, itself first (`sjukeheim` → `sykeheim`, `sjukehjem`, `sykehjem` …); `seeds`: more forms to start from (the rules' spellings). */
export function spellingVariants(form: string, seeds: readonly string[] = []): string[] {
  const forms = new Set([form, ...seeds]);
  const add = (f: string) => {
    if (forms.size < MAX_FORMS) forms.add(f);
  };
  for (const [a, b] of VARIANTS_ALL) {
    for (const f of [...forms]) {
      if (f.includes(a)) add(f.replace(a, b));
      if (f.includes(b)) add(f.replace(b, a));
    }
  }
  // a stem written with a final `e` drops it before an ending that starts with a vowel
  // (`skule` → `skul|ane`, `skol|ene`): the pair applies to the stem there too
  for (const [a, b] of VARIANTS_STEM) {
    for (const f of [...forms]) {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const at = f.indexOf(x);
        if (at >= 0 && /[aeiouy]/u.test(f[at + x.length] ?? '')) add(f.slice(0, at) + y + f.slice(at + x.length));
      }
    }
  }
  for (const [a, b] of VARIANTS_AT_START) {
    for (const f of [...forms]) {
      if (f.startsWith(a) && f.length > a.length + 1) add(b + f.slice(a.length));
      if (f.startsWith(b) && f.length > b.length + 1) add(a + f.slice(b.length));
    }
  }
  for (const [a, b] of VARIANTS_AT_END) {
    for (const f of [...forms]) {
      if (f.endsWith(a) && f.length > a.length + 2) add(f.slice(0, -a.length) + b);
      if (f.endsWith(b) && f.length > b.length + 2) add(f.slice(0, -b.length) + a);
    }
  }
  return [...forms];
}

/** The forms a query word is matched by: itself, its spelling variants and its lemma. */
export function queryForms(word: string): string[] {
  return [...formOrigins(word).keys()];
}

/**
 * How a query form came from the word: the word itself, a spelling variant, its lemma, or the
 * verb or noun it is derived from or to (`kompensasjon` → `kompensere`).
 */
export type FormOrigin = 'word' | 'variant' | 'lemma' | 'derivation';

/** The forms of queryForms, each with where it came from (for `search --explain`). */
export function formOrigins(word: string): Map<string, FormOrigin> {
  return originsOf(word.normalize('NFC').toLowerCase());
}

const originsOf = /* @__PURE__ */ memoize((typed: string): Map<string, FormOrigin> => {
  const w = searchForm(typed);
  const out = new Map<string, FormOrigin>();
  for (const f of spellingVariants(w, ruleSpellings(typed))) out.set(f, f === w ? 'word' : 'variant');
  for (const [f, origin] of [...out]) {
    for (const lemma of lemmas(f)) if (!out.has(lemma)) out.set(lemma, origin === 'word' ? 'lemma' : origin);
    const base = bare(f);
    if (base && !out.has(base)) out.set(base, origin === 'word' ? 'lemma' : origin);
  }
  for (const [f, origin] of [...out]) {
    if (origin !== 'word' && origin !== 'variant') continue;
    for (const c of contracted(f)) if (!out.has(c) && out.size < MAX_FORMS) out.set(c, origin === 'word' ? 'lemma' : origin);
    for (const d of derivations(f)) if (!out.has(d) && out.size < MAX_FORMS) out.set(d, 'derivation');
  }
  // then the correspondences' forms, those forms' own variants and their bare forms and lemmas
  // (no derivations: `tillatelse` → `tillating` is not `tillate`), after all the rest, on a
  // budget of their own and weighed less (weakForms)
  const weak = new Set<string>();
  const add = (f: string) => {
    if (out.has(f) || weak.size >= MAX_CORRESPONDENCE_FORMS) return;
    out.set(f, 'variant');
    weak.add(f);
  };
  // the correspondences' own spellings before their variants: a compound's variants (`snau-` of
  // `snø-`) used up the budget before the spelling with every rule applied (`snøskuter`)
  const seeds = correspondenceSpellings(typed);
  for (const seed of seeds) add(seed);
  for (const seed of seeds) for (const f of spellingVariants(seed)) add(f);
  for (const f of [...weak]) {
    for (const lemma of lemmas(f)) add(lemma);
    const base = bare(f);
    if (base) add(base);
  }
  if (weak.size) weakForms.set(typed, weak);
  return out;
});

/** Per query word (search form), the forms only the correspondences make: weighed CORRESPONDENCE_WEIGHT. */
const weakForms = new Map<string, Set<string>>();

/**
 * The contracted plural of an `-el`/`-er` noun, the converse of lemmas(): `mangel` → `mangler`
 * (so "mangler sykepleiere" is found by `mangel`), `middel` → `midler`, `sykkel` → `sykler`,
 * `hinder` → `hindre`.
 */
function contracted(form: string): string[] {
  const m = form.match(/^(.*[^aeiouyæøå])e([lr])$/u);
  if (!m || m[1]!.length < 3) return [];
  const [, base, liquid] = m as unknown as [string, string, string];
  const undoubled = /(.)\1$/u.test(base) ? base.slice(0, -1) : base;
  // and an `-er` neuter's plural in `-re` (`hinder` → `hindre`, `teater` → `teatre`); not `-el`'s,
  // whose `-le` is a verb (`mangle`, `sykle`)
  return unique([`${base}${liquid}er`, `${undoubled}${liquid}er`, ...(liquid === 'r' ? [`${base}re`] : [])]);
}

/**
 * The verb behind a noun of action and the nouns of a verb (NOUN_VERB_ENDINGS in
 * variants-nb.ts): `kompensasjon` → `kompensere` (so it finds "kompenseres fullt ut"),
 * `finansiering` → `finansiere`, `evaluere` → `evaluering`. Only where four letters remain.
 */
function derivations(form: string): string[] {
  const out: string[] = [];
  for (const [noun, verb] of NOUN_VERB) {
    if (form.endsWith(noun) && form.length - noun.length >= 4) out.push(form.slice(0, -noun.length) + verb);
    else if (form.endsWith(verb) && form.length - verb.length >= 4) out.push(form.slice(0, -verb.length) + noun);
  }
  if (out.length) return out;
  for (const [noun, verb] of NOUN_TO_VERB) {
    // `-ning` after a consonant but `n` (`avlast|ning` → `avlaste`), else `-ing` (`bemann|ing` →
    // `bemanne`, `utbygg|ing` → `utbygge`); a consonant before the verb's `e`, four letters
    // before it. After a consonant `-ning` may also be `n` + `-ing` (`samordn|ing` → `samordne`,
    // `ordn|ing`, `tegn|ing`): both verbs, the vocabulary holds the right one
    if (!form.endsWith(noun) || form.length - noun.length < 4) continue;
    const stem = form.slice(0, -noun.length);
    if (/[aeiouy]$/u.test(stem) || (noun === 'ning' && stem.endsWith('n'))) continue;
    const v = stem + verb;
    WHOLE_VERBS.add(v);
    out.push(v);
    if (noun !== 'ning') break;
  }
  return out;
}

/**
 * Verbs made of an -ing noun (NOUN_TO_VERB_ENDINGS): they match only words that hold them whole
 * (`avlaste` → `avlaster`, not the noun `vekt` of `vekte` from `vekting`).
 */
const WHOLE_VERBS = new Set<string>();

/**
 * The bare form of a definite or plural noun (`statsforvalteren` → `statsforvalter`, so it finds
 * `statsforvalterne`; `læreplasser` → `læreplass`, so it finds `læreplasstilgangen`). Only
 * endings of two letters or more, and only where four (plural) or five letters remain.
 */
function bare(form: string): string | null {
  // four letters before the definite plural (`planane`, `planene` → `plan`), whose stems are
  // often short; five before the rest, where four would make `folk` of `folket`, `laer` of `laerer`
  const m = form.match(/^(.{4,}?)(?:ene|ane)$/u) ?? form.match(/^(.{5,}?)(?:en|et|er|ar)$/u);
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

/** A match through the verb or noun a word is derived from counts this much of the word's own. */
const DERIVATION_WEIGHT = 0.8;

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
    // inside a word, a stem of three letters only with the whole form (`hets` is not the `het`
    // of `mulighet`, which the stemmer's `hets` → `het` would let through)
    if (!vocabWord.includes(form) && rootOf(form).root.length < 4) return null;
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
  const out = new Map<string, number>();
  for (const [term, why] of expandWordWhy(word, vocabulary)) out.set(term, why.weight);
  return out;
}

/** How an index term relates to the query word that found it (`search --explain`). */
export type TermVia = 'word' | 'inflection' | 'compound' | 'derived' | 'variant';

export interface TermWhy {
  weight: number;
  via: TermVia;
  /** the query form that matched (the word, a spelling variant or its lemma) */
  form: string;
  /** a compound's part matched by a synonym of the part (planQuery): the synonym */
  synonym?: string;
}

/** expandWord with, per term, why it matched: the best weight and the form behind it. */
export function expandWordWhy(word: string, vocabulary: Iterable<string>): Map<string, TermWhy> {
  // a query asks for the same word in the same vocabulary more than once (second-pass probes,
  // then ranking): kept per vocabulary object while it lives
  let kept = expansions.get(vocabulary);
  if (!kept) expansions.set(vocabulary, (kept = new Map()));
  let out = kept.get(word);
  if (!out) kept.set(word, (out = expandAgainst(word, vocabulary)));
  return out;
}

const expansions = new WeakMap<object, Map<string, Map<string, TermWhy>>>();

function expandAgainst(word: string, vocabulary: Iterable<string>): Map<string, TermWhy> {
  const origins = formOrigins(word);
  const forms = [...origins.keys()];
  const weak = weakForms.get(word.normalize('NFC').toLowerCase());
  const out = new Map<string, TermWhy>();
  const probes = probesOf(forms);
  for (const v of vocabulary) {
    if (!probes.some((p) => v.includes(p))) continue;
    let best = 0;
    let form = '';
    for (const f of forms) {
      if (WHOLE_VERBS.has(f) && origins.get(f) === 'derivation' && !v.includes(f)) continue;
      const r = (relation(v, f) ?? 0) * (origins.get(f) === 'derivation' ? DERIVATION_WEIGHT : 1) * (weak?.has(f) ? CORRESPONDENCE_WEIGHT : 1);
      if (r > best) [best, form] = [r, f];
    }
    if (best > 0) out.set(v, { weight: best, via: viaOf(v, form, best, origins.get(form)!), form });
  }
  return out;
}

function viaOf(term: string, form: string, weight: number, origin: FormOrigin): TermVia {
  if (origin === 'variant') return 'variant';
  if (origin === 'derivation') return 'derived';
  if (weight === WEIGHT.word) return term === form && origin === 'word' ? 'word' : 'inflection';
  return weight === WEIGHT.derived ? 'derived' : 'compound';
}

/**
 * Probes of a query word: a vocabulary word can only match it when it contains one of them (the
 * first three letters of some form), so a caller can narrow a large vocabulary to its candidates.
 */
export function wordProbes(word: string): string[] {
  return probesOf(queryForms(word));
}

function probesOf(forms: string[]): string[] {
  return unique(forms.map(probeOf));
}

/**
 * A form's probe: every word it matches holds its root (compound.ts rootOf: the letters its stem
 * shares with it), so up to four of the root's letters; three for a short root (`lege` → `leg`).
 * Four letters read far fewer lines of a large index than three (`barn` against `bar`).
 */
const probeOf = /* @__PURE__ */ memoize((form: string): string => {
  if (form.length <= 3) return form;
  return form.slice(0, Math.max(3, Math.min(4, rootOf(form).root.length)));
});

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

// ---------------------------------------------------------------------------------------------
// Query plans (issue 19): besides its own forms, a query word is searched as the parts of a
// compound (`barnehagebemanning` → `barnehage` + `bemanning`, for "bemanningen i barnehagene")
// and as its synonyms (synonyms-nb.ts: `datadeling` → "deling av data"), each weighted below the
// word itself. A sentence's score for the word is the best of these senses.

/** Weight of a synonym's match against the word's own; of a compound's parts when all match. */
export const SENSE_WEIGHT = { synonym: 0.7, parts: 0.5, part: 0.3, field: 0.6 } as const;

/** Shortest query word split into parts, and shortest part. */
const MIN_SPLIT_WORD = 7;
const MIN_SPLIT_PART = 3;

export interface SynonymMember {
  /** as written in the table (`deling av data`) */
  text: string;
  /** its words that are not stopwords, each searched as a query word (all must match) */
  words: string[];
  /** those words in search form */
  forms: string[];
}

interface SynonymEntry {
  /** the member's single word in search form, matched against a query word's forms */
  key: string | null;
  member: SynonymMember;
  /** the members it finds */
  finds: SynonymMember[];
  /** its place in the table (line, then member) */
  order: number;
}

/** The entries of one line of the table, in order (read only when a query may need them). */
const lineEntries = /* @__PURE__ */ (() => {
  const kept = new Map<number, SynonymEntry[]>();
  const memberOf = (text: string): SynonymMember => {
    const words = tokenizeWithOffsets(text).map((t) => t.text).filter((w) => !isStopword(w));
    return { text: text.trim(), words, forms: words.map((w) => searchForm(w)) };
  };
  return (line: number): SynonymEntry[] => {
    let entries = kept.get(line);
    if (entries) return entries;
    entries = [];
    const [left, right] = SYNONYMS_NB[line]!.split('=>') as [string, string | undefined];
    const from = left.split(',').map(memberOf).filter((m) => m.words.length);
    const to = right === undefined ? from : right.split(',').map(memberOf).filter((m) => m.words.length);
    for (const m of from) {
      const finds = to.filter((t) => t !== m && t.text !== m.text);
      if (finds.length) entries.push({ key: m.words.length === 1 ? m.forms[0]! : null, member: m, finds, order: line * 1000 + entries.length });
      // a member of two words is also written as one compound (`sirkulær økonomi` →
      // `sirkulærøkonomi`, `digital sikkerhet` → `digitalsikkerhet`): that word finds the group
      // too, and the member as written
      if (m.words.length === 2 && m.text.split(/\s+/u).length === 2 && m.forms.every((f) => /^[a-z]{3,}$/u.test(f))) {
        entries.push({ key: m.forms.join(''), member: { text: m.words.join(''), words: [m.words.join('')], forms: [m.forms.join('')] }, finds: [m, ...finds], order: line * 1000 + entries.length });
      }
    }
    kept.set(line, entries);
    return entries;
  };
})();

/**
 * The table's lines by the first three letters (search form) of each word and letter run they
 * hold: a superset of the lines a query word can be a member of, found without reading the table
 * (a query reads the few lines that begin as its words do, not all of them).
 */
const synonymLinesByHead = /* @__PURE__ */ (() => {
  let byHead: Map<string, number[]> | null = null;
  return (): Map<string, number[]> => {
    if (byHead) return byHead;
    byHead = new Map();
    SYNONYMS_NB.forEach((line, i) => {
      const heads = new Set<string>();
      for (const chunk of line.split(/[\s,]+|=>/u)) {
        for (const piece of [chunk, ...chunk.split(/[^\p{L}\p{N}]+/u)]) if (piece) heads.add(searchForm(piece.slice(0, 3)).slice(0, 3));
      }
      for (const h of heads) {
        const list = byHead!.get(h);
        if (list) list.push(i);
        else byHead!.set(h, [i]);
      }
    });
    return byHead;
  };
})();

/** The entries of the lines that hold a word beginning as one of `forms` does, in table order. */
function entriesFor(forms: readonly string[]): SynonymEntry[] {
  const byHead = synonymLinesByHead();
  const lines = [...new Set(forms.flatMap((f) => byHead.get(f.slice(0, 3)) ?? []))].sort((x, y) => x - y);
  return lines.flatMap((line) => lineEntries(line));
}

/**
 * The synonyms of a query word: the members of every group it belongs to (as a member or an
 * inflection of one: `ladestasjonene` is `ladestasjon`), without itself.
 */
export const synonymsOf = /* @__PURE__ */ memoize((word: string): SynonymMember[] => {
  const forms = queryForms(word);
  const own = searchForm(word);
  const out = new Map<string, SynonymMember>();
  // a key that is the form, or either's inflection, begins as it does: only those are tried
  const heads = new Set(forms.map((f) => f.slice(0, 3)));
  for (const e of entriesFor(forms)) {
    const key = e.key;
    if (key === null || !heads.has(key.slice(0, 3))) continue;
    if (!forms.some((f) => f === key || (f.length > 3 && relation(key, f) === WEIGHT.word) || (key.length > 3 && relation(f, key) === WEIGHT.word))) continue;
    for (const m of e.finds) if (!(m.words.length === 1 && m.forms[0] === own)) out.set(m.text, m);
  }
  return [...out.values()];
});

/** Probes of a word's synonyms, known before any vocabulary is read. */
export function synonymProbes(word: string): string[] {
  return unique(synonymsOf(word).flatMap((m) => m.words.flatMap((w) => wordProbes(w))));
}

/**
 * Synonyms of the phrases a query spells out word by word: where consecutive query words are the
 * words of a member of several words (`kunstig intelligens`, inflected or not), each of those
 * query words also searches the group's other members (`KI`), so a sentence that says "KI"
 * matches both. Per query word, the members found this way.
 */
export function phraseSynonyms(words: readonly string[]): SynonymMember[][] {
  const key = words.join(' ');
  let out = phraseSynonymsKept.get(key);
  if (!out) {
    if (phraseSynonymsKept.size >= 1000) phraseSynonymsKept.clear();
    phraseSynonymsKept.set(key, (out = phraseSynonymsOf(words)));
  }
  return out.map((members) => [...members]);
}

const phraseSynonymsKept = new Map<string, SynonymMember[][]>();

function phraseSynonymsOf(words: readonly string[]): SynonymMember[][] {
  const out: SynonymMember[][] = words.map(() => []);
  if (words.length < 2) return out;
  const forms = words.map((w) => queryForms(w));
  const sameWord = (k: number, m: string) =>
    forms[k]!.some((f) => f === m || (f.length > 3 && m.length > 3 && (relation(f, m) === WEIGHT.word || relation(m, f) === WEIGHT.word)));
  // only the lines holding a word that begins as the query word at a phrase's start does (as
  // synonymsOf reads only those): most of the table is never read
  const found: Array<{ e: SynonymEntry; i: number }> = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const heads = new Set(forms[i]!.map((f) => f.slice(0, 3)));
    for (const e of entriesFor(forms[i]!)) {
      const m = e.member.forms;
      if (m.length < 2 || i + m.length > words.length || !heads.has(m[0]!.slice(0, 3))) continue;
      if (m.every((w, k) => sameWord(i + k, w))) found.push({ e, i });
    }
  }
  // in the table's order, as a scan of the whole table gave them
  found.sort((a, b) => a.e.order - b.e.order || a.i - b.i);
  for (const { e, i } of found) {
    for (let k = i; k < i + e.member.forms.length; k++) for (const m of e.finds) if (!out[k]!.some((x) => x.text === m.text)) out[k]!.push(m);
  }
  return out;
}

/** Probes of the synonyms of a query's phrases (phraseSynonyms), known before any vocabulary is read. */
export function phraseSynonymProbes(words: readonly string[]): string[] {
  return unique(phraseSynonyms(words).flat().flatMap((m) => m.words.flatMap((w) => wordProbes(w))));
}

/**
 * Where a query compound may split: each known first part (a word of the vocabulary, or the
 * first part of one of its compounds), with what is left after it and any linking `s` or `e`.
 * The first part is a beginning of the word, so the lines a query reads for the word hold it;
 * the rest needs lines of its own (splitProbes).
 */
export function splitCandidates(word: string, vocabulary: Iterable<string>): Array<{ left: string; right: string }> {
  // asked for by the second scan's probes and by the plan, each over the whole vocabulary
  let kept = splits.get(vocabulary);
  if (!kept) splits.set(vocabulary, (kept = new Map()));
  let out = kept.get(word);
  if (!out) kept.set(word, (out = splitAgainst(word, vocabulary)));
  return out;
}

const splits = new WeakMap<object, Map<string, Array<{ left: string; right: string }>>>();

function splitAgainst(word: string, vocabulary: Iterable<string>): Array<{ left: string; right: string }> {
  // the word and its spelling variants (`lærarnorm` splits as `lærer|norm`)
  const out: Array<{ left: string; right: string }> = [];
  const seen = new Set<string>();
  for (const [form, origin] of formOrigins(word)) {
    if (origin !== 'word' && origin !== 'variant') continue;
    for (const c of splitsOf(form, vocabulary)) {
      const key = `${c.left}|${c.right}`;
      if (!seen.has(key)) out.push(c), seen.add(key);
    }
  }
  return out;
}

/**
 * A compound's first part without its linking letter (`bemannings` → `bemanning`, `barne` →
 * `barn`), when at least `shortest` letters are left; null when it ends in none of `links`.
 * (splitsOf and firstPartSpellings both strip it: one rule, their bounds as arguments.)
 */
function unlinked(part: string, shortest = MIN_SPLIT_PART, links = /[se]$/u): string | null {
  return links.test(part) && part.length - 1 >= shortest ? part.slice(0, -1) : null;
}

function splitsOf(w: string, vocabulary: Iterable<string>): Array<{ left: string; right: string }> {
  if (w.length < MIN_SPLIT_WORD || !/^[a-z]+$/u.test(w)) return [];
  const head = w.slice(0, 3);
  // the word's own inflections apart: each would count as a compound its beginnings start
  // (`konsultasjonsord|ningen`) and use up the splits before the real boundary; they vouch for a
  // first part only before a linking `s` or `e`, which marks a boundary (`bemanning|s|norm`)
  const near: string[] = [];
  const own: string[] = [];
  for (const v of vocabulary) {
    if (!v.startsWith(head) || v === w) continue;
    (v.startsWith(w) && relation(v, w) === WEIGHT.word ? own : near).push(v);
  }
  // every first part that is a word of the vocabulary, and the two longest that only start a
  // compound there (most beginnings of a long word start some compound: `barneh|agen`); each
  // costs the second pass a probe
  const out: Array<{ left: string; right: string }> = [];
  let starts = 0;
  for (let i = w.length - MIN_SPLIT_PART; i >= MIN_SPLIT_PART; i--) {
    const left = w.slice(0, i);
    const right = w.slice(i);
    // a first part before a linking `s` that is a word without it is that word, not the start of
    // other compounds (`vigsel|s|gebyr`: `vigsel`, whose forms hold `vigsler`, not `vigsels`)
    const bare = unlinked(left, MIN_SPLIT_PART + 1, /s$/u);
    const linked = unlinked(left);
    for (const l of bare !== null && knownStart(bare, near) === 'word' ? [bare] : linked !== null ? [left, linked] : [left]) {
      if (inflectedPart(l, near)) continue;
      const known = knownStart(l, near);
      if (known === 'word' || (known === 'start' && starts++ < MAX_START_SPLITS) || (l !== left && knownStart(l, own) !== null)) {
        out.push({ left: l, right });
        break;
      }
    }
  }
  return out;
}

/**
 * A first part cut one letter past its stem, at an `a` (`hunde|a|ngrep`, `brann|a|larm`): the
 * stemmer reads `hundea` as `hunden` and `branna` as `brann`, so the cut looks like a known word.
 * A compound's first part is a stem, and a stem the text writes ending in `a` (`klima`, `data`)
 * stands as a word or starts as many words as it does without the `a` (`klim`); a cut past the
 * stem starts fewer (`hundea`: only `hundeavgift`, of the nine `hunde` starts).
 */
function inflectedPart(part: string, near: Iterable<string>): boolean {
  if (!part.endsWith('a')) return false;
  const stem = part.slice(0, -1);
  let withA = 0;
  let without = 0;
  for (const v of near) {
    if (!v.startsWith(stem)) continue;
    without++;
    if (!v.startsWith(part)) continue;
    if (A_WORD_ENDINGS.has(v.slice(part.length))) return false;
    withA++;
  }
  return withA < without;
}

/** What follows a word that ends in `a` as the text writes it (`klima`, `klimaet`, `klimaets`). */
const A_WORD_ENDINGS = new Set(['', 's', 'et', 'ets', 'en', 'ene', 'er', 'ane', 'ar']);

/** Split points whose first part only starts a compound of the vocabulary, longest first. */
const MAX_START_SPLITS = 2;

/** Is `part` a word of the vocabulary (inflected), or, from four letters, the start of a compound in it? */
function knownStart(part: string, near: readonly string[]): 'word' | 'start' | null {
  let found: 'start' | null = null;
  for (const v of near) {
    if (!v.startsWith(part)) continue;
    const r = relation(v, part);
    if (r === WEIGHT.word) return 'word';
    if (r !== null && part.length >= 4 && r >= WEIGHT.start) found = 'start';
  }
  return found;
}

/** Probes for the rest of each split. */
export function splitProbes(word: string, vocabulary: Iterable<string>): string[] {
  return unique(
    splitCandidates(word, vocabulary).flatMap(({ left, right }) => [
      ...probesOf(queryForms(right)),
      // the parts' one-word synonyms (partTerms)
      ...[left, right].flatMap((p) => synonymsOf(p).filter((m) => m.words.length === 1).flatMap((m) => wordProbes(m.words[0]!))),
    ]),
  );
}

/**
 * The parts of a query compound: the split whose parts both stand as words (or a compound's
 * first part) in the vocabulary, the one with the longest shorter part. Null if none: a word
 * whose rest is unknown (`mot|segn`, `kompensa|sjon`, `frivill|ige`) is not split, as its
 * "parts" would only find sentences about something else.
 */
export function splitCompound(word: string, vocabulary: ReadonlySet<string> | Iterable<string>): string[] | null {
  const candidates = splitCandidates(word, vocabulary);
  if (!candidates.length) return null;
  const words = [...vocabulary];
  const exact = vocabulary instanceof Set ? vocabulary : new Set(words);
  // a rest of five letters or more that stands only as the head of another compound
  // (`skole|struktur` by `fylkesstruktur`) is a last resort: where no split has a known rest
  const own = queryForms(word);
  const asHead = (f: string) => f.length >= 5 && words.some((v) => v.length > f.length && v.includes(f) && !own.some((o) => v.startsWith(o)) && relation(v, f) === WEIGHT.head);
  return bestSplit(candidates, words, exact, null) ?? bestSplit(candidates, words, exact, asHead);
}

function bestSplit(candidates: Array<{ left: string; right: string }>, words: string[], exact: ReadonlySet<string>, asHead: ((f: string) => boolean) | null): string[] | null {
  let best: { parts: string[]; rank: number } | null = null;
  for (const { left, right } of candidates) {
    if (NOT_A_PART.test(right)) continue;
    // the rest must stand as a word (or a compound's first part) somewhere, not only inside one;
    // a rest of three letters only as a word of its own (`start|lån`, not `mot|egn` by `egnet`)
    // (a rest of three letters inflected counts: `ferje|kai` by `kaiane`)
    const known = queryForms(right).some((f) =>
      asHead
        ? asHead(f)
        : f.length < 4
          ? exact.has(f) || SHORT_INFLECTIONS.some((e) => exact.has(f + e))
          : knownStart(f, words.filter((v) => v.startsWith(f.slice(0, 3)))) !== null,
    );
    if (!known) continue;
    // (as a head, the longest: `skole|struktur`, not `skoles|truktur` by `infras|truktur`)
    const rank = asHead ? right.length : Math.min(left.length, right.length);
    if (!best || rank > best.rank) best = { parts: [left, right], rank };
  }
  return best?.parts ?? null;
}

/** Shortest part a compound backs off to: three letters start words of other roots (`nød|vendig`). */
const MIN_BACKOFF_PART = 4;

/** The parts a compound may back off to (backoffPart): each end of each form, linking `s`/`e` off the first. */
export function backoffCandidatesOf(word: string): string[] {
  const out = new Set<string>();
  for (const [form, origin] of formOrigins(word)) {
    if ((origin !== 'word' && origin !== 'variant') || form.length < MIN_SPLIT_WORD || !/^[a-z]+$/u.test(form)) continue;
    for (let i = MIN_SPLIT_PART; i <= form.length - MIN_SPLIT_PART; i++) {
      const left = form.slice(0, i);
      for (const part of [form.slice(i), left, ...(/[se]$/u.test(left) ? [left.slice(0, -1)] : [])]) {
        if (part.length >= MIN_BACKOFF_PART && !NOT_A_PART.test(part)) out.add(part);
      }
    }
  }
  return [...out];
}

/**
 * The longest part of a compound that stands as a word (or inflected) in the vocabulary, where
 * the compound does not split into two known parts (splitCompound): `taxiløyve` → `løyve` (a
 * corpus that writes `drosjeløyver`), `muggsopp` → `mugg`. Null if none. The longest, as a longer
 * part is the more specific (`rapportering`, not `port`).
 */
export function backoffPart(word: string, vocabulary: Iterable<string>): string | null {
  const candidates = backoffCandidatesOf(word).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!candidates.length) return null;
  const words = [...vocabulary];
  const known = (part: string) => part.length >= MIN_BACKOFF_PART && words.some((v) => v.startsWith(part.slice(0, 3)) && relation(v, part) === WEIGHT.word);
  for (const part of candidates) {
    if (inflectedPart(part, words)) continue;
    // a first part with its linking `s` reads as a genitive of the word: the word without it (`grubbs|opp` → `grubb`)
    if (known(part)) return part.endsWith('s') && known(part.slice(0, -1)) ? part.slice(0, -1) : part;
  }
  return null;
}

/** Probes for backoffPart's parts (a compound's rest needs lines of its own: splitProbes). */
export function backoffProbes(word: string): string[] {
  return probesOf(backoffCandidatesOf(word));
}

/** The fields of fields-nb.ts, each member in search form → the other members of its lines (read when first asked). */
const fieldIndex = /* @__PURE__ */ (() => {
  let index: Map<string, string[]> | null = null;
  return (): Map<string, string[]> => {
    if (index) return index;
    index = new Map();
    for (const line of FIELDS_NB) {
      const members = line.split(',').map((m) => m.trim()).filter(Boolean);
      for (const m of members) {
        const key = searchForm(m);
        index.set(key, unique([...(index.get(key) ?? []), ...members.filter((o) => o !== m)]));
      }
    }
    return index;
  };
})();

/** The kindred nouns of a part (fields-nb.ts): those of each field it is a member of, as written or inflected. */
export const fieldMates = /* @__PURE__ */ memoize((part: string): string[] => {
  const index = fieldIndex();
  const forms = queryForms(part);
  const out: string[] = [];
  for (const [key, mates] of index) {
    if (forms.some((f) => f === key || (f.length > 3 && key.length > 3 && relation(f, key) === WEIGHT.word))) out.push(...mates);
  }
  return unique(out);
});

/** A part of a compound the corpus lacks, searched by its kindred nouns (fieldSplit): that much of their own weight. */
const FIELD_PART_WEIGHT = SENSE_WEIGHT.field;

/** The sides of each split of a word's forms, three letters or more, linking `s`/`e` off the first. */
export function splitSidesOf(word: string): Array<{ left: string; right: string }> {
  const out: Array<{ left: string; right: string }> = [];
  for (const [form, origin] of formOrigins(word)) {
    if ((origin !== 'word' && origin !== 'variant') || form.length < MIN_SPLIT_WORD || !/^[a-z]+$/u.test(form)) continue;
    for (let i = MIN_SPLIT_PART; i <= form.length - MIN_SPLIT_PART; i++) {
      const left = form.slice(0, i);
      const right = form.slice(i);
      out.push({ left, right });
      if (/[se]$/u.test(left) && left.length > MIN_SPLIT_PART) out.push({ left: left.slice(0, -1), right });
    }
  }
  return out;
}

/** The kindred nouns (fieldMates) of any side of a word's splits, for the second pass's probes and lines. */
export function fieldCandidatesOf(word: string): string[] {
  return unique(splitSidesOf(word).flatMap(({ left, right }) => [...fieldMates(left), ...fieldMates(right)]));
}

/**
 * A compound the corpus never writes, split where one side stands as a word in the corpus and
 * the other, which it lacks, has kindred nouns there (fields-nb.ts): `skole|lunsj` → `skole` +
 * `mat`/`måltid`. Each side with its terms (a kindred noun's at FIELD_PART_WEIGHT, marked with it
 * for `--explain`); the split with the longest shorter side. Failing that, where neither side stands
 * as a word, the longest kindred side alone. Null if there is none.
 */
export function fieldSplit(word: string, vocabulary: Iterable<string>): Array<{ part: string; terms: Map<string, TermWhy>; kindred: boolean }> | null {
  const words = [...vocabulary];
  const known = (part: string) => part.length >= MIN_BACKOFF_PART && words.some((v) => v.startsWith(part.slice(0, 3)) && relation(v, part) === WEIGHT.word);
  const kindred = (part: string): Map<string, TermWhy> | null => {
    const out = new Map<string, TermWhy>();
    for (const mate of fieldMates(part)) {
      for (const [term, why] of expandWordWhy(mate, words)) {
        const weight = why.weight * FIELD_PART_WEIGHT;
        if ((out.get(term)?.weight ?? 0) < weight) out.set(term, { ...why, weight, synonym: mate });
      }
    }
    return out.size ? out : null;
  };
  let best: { sides: Array<{ part: string; terms: Map<string, TermWhy>; kindred: boolean }>; rank: number } | null = null;
  for (const { left, right } of splitSidesOf(word)) {
    // a side the corpus has is searched as itself; only the side it lacks, by its kindred nouns
    const lOwn = known(left);
    const rOwn = known(right);
    if (lOwn && rOwn) continue;
    if (lOwn || rOwn) {
      const kin = lOwn ? kindred(right) : kindred(left);
      if (!kin) continue;
      const sides = lOwn ? [{ part: left, terms: expandWordWhy(left, words), kindred: false }, { part: right, terms: kin, kindred: true }] : [{ part: left, terms: kin, kindred: true }, { part: right, terms: expandWordWhy(right, words), kindred: false }];
      const rank = 100 + Math.min(left.length, right.length);
      if (!best || rank > best.rank) best = { sides, rank };
      continue;
    }
    // neither side known: the longer side with kindred nouns, alone (`nød|aggregat` → `nødstrøm`), ranked below any pair
    for (const side of [left, right]) {
      const kin = side.length >= MIN_BACKOFF_PART ? kindred(side) : null;
      if (kin && (!best || side.length > best.rank)) best = { sides: [{ part: side, terms: kin, kindred: true }], rank: side.length };
    }
  }
  return best?.sides ?? null;
}

/** Endings of a short noun's inflections that vouch for it as a word (`kai` by `kaiane`). */
const SHORT_INFLECTIONS = ['en', 'er', 'ar', 'ane', 'ene'];

/** Endings that make a noun or adjective of a stem, never a compound's second part (`rekrutte|ring`). */
const NOT_A_PART = /^(?:ring|ering|ing|ning|sjon|asjon|het|heten|else|ige|lig|lige|isk|iske|ende|inger|ingen|ninger|ningen)$/u;

/**
 * The terms a compound's part matches: its own forms, and those of its one-word synonyms
 * weighted as a synonym is (`fylkesvei|forfall` → `etterslep`, `pårørende|avlastning` →
 * `avlastningstilbud`), each marked with the synonym for `--explain`.
 */
function partTerms(part: string, vocabulary: ReadonlySet<string>): Map<string, TermWhy> {
  const own = expandWordWhy(part, vocabulary);
  const synonyms = synonymsOf(part).filter((m) => m.words.length === 1);
  if (!synonyms.length) return own;
  const out = new Map(own);
  for (const m of synonyms) {
    for (const [term, why] of expandWordWhy(m.words[0]!, vocabulary)) {
      const weight = why.weight * SENSE_WEIGHT.synonym;
      if ((out.get(term)?.weight ?? 0) < weight) out.set(term, { ...why, weight, synonym: m.text });
    }
  }
  return out;
}

/**
 * The first part as the word's spellings write it before the rest (`vann|scooter` → `vass`, by
 * the `vass`/`vann` rule that holds only before a consonant): the part alone never meets such a
 * rule, so `vann` did not find the `vass-` of `vasskuterar`, and the compound spelled otherwise
 * matched one part of two.
 */
export function firstPartSpellings(word: string, left: string, right: string): string[] {
  const rights = queryForms(right);
  const out = new Set<string>();
  for (const [form, origin] of formOrigins(word)) {
    if (origin !== 'word' && origin !== 'variant') continue;
    for (const r of rights) {
      if (!form.endsWith(r)) continue;
      const first = form.slice(0, form.length - r.length);
      // (its bound a letter above splitsOf's, as before the two shared unlinked)
      const linked = unlinked(first, MIN_SPLIT_PART + 1);
      for (const f of linked !== null ? [first, linked] : [first]) {
        if (f.length >= MIN_SPLIT_PART && f !== left && !left.startsWith(f)) out.add(f);
      }
    }
  }
  return [...out];
}

/** Adds to a first part's terms the compounds its spellings before the rest begin (firstPartSpellings), as variants of the part. */
function addFirstPartSpellings(terms: Map<string, TermWhy>, word: string, left: string, right: string, vocabulary: ReadonlySet<string>): void {
  for (const spelling of firstPartSpellings(word, left, right)) {
    for (const [term, why] of expandWordWhy(spelling, vocabulary)) {
      if (why.via !== 'compound' || terms.has(term)) continue;
      terms.set(term, { ...why, via: 'variant', weight: why.weight * CORRESPONDENCE_WEIGHT });
    }
  }
}

/** A way a query word is searched, with the index terms each of its words matches. */
export type Sense =
  | { kind: 'word'; weight: number; terms: Map<string, TermWhy> }
  | { kind: 'synonym'; weight: number; synonym: string; members: string[]; words: Array<Map<string, TermWhy>> }
  | { kind: 'parts'; weight: number; parts: string[]; words: Array<Map<string, TermWhy>>; specific?: number };

export interface WordPlan {
  word: string;
  senses: Sense[];
}

export interface PlanOptions {
  /** only the word's own forms: no compound parts, no synonyms (the ranking before issue 19) */
  literal?: boolean;
  /**
   * How many sentences hold one of these terms. Given, a word is searched by its synonyms and
   * parts only when its own forms are in fewer than PARTS_BELOW sentences: a word the index has
   * a page of fills the page itself, as the expansions weigh less (and `sykehjem` does not find
   * `sykehus` by `syke`).
   */
  sentencesWith?: (terms: Iterable<string>) => number;
}

/** A word in this many sentences or more (a page of results) is searched as itself alone. */
export const PARTS_BELOW = 10;

/** How each query word is searched in a vocabulary: its forms, then its parts and synonyms. */
export function planQuery(words: readonly string[], vocabulary: ReadonlySet<string>, options: PlanOptions = {}): WordPlan[] {
  const phrased = options.literal ? [] : phraseSynonyms(words);
  return words.map((word, i) => {
    const senses: Sense[] = [{ kind: 'word', weight: 1, terms: expandWordWhy(word, vocabulary) }];
    if (options.literal) return { word, senses };
    // a common word keeps the synonyms of the phrase it stands in (`nasjonal transportplan` →
    // `NTP`): they stand for the whole phrase, which is rarer than the word
    const common = options.sentencesWith !== undefined && options.sentencesWith(senses[0]!.kind === 'word' ? senses[0]!.terms.keys() : []) >= PARTS_BELOW;
    const own = common ? [] : synonymsOf(word);
    for (const m of [...own, ...phrased[i]!.filter((p) => !own.some((o) => o.text === p.text))]) {
      const words = m.words.map((w) => expandWordWhy(w, vocabulary));
      if (words.every((t) => t.size > 0)) senses.push({ kind: 'synonym', weight: SENSE_WEIGHT.synonym, synonym: m.text, members: m.words, words });
    }
    if (common) return { word, senses };
    const parts = splitCompound(word, vocabulary);
    if (parts) {
      const words = parts.map((p) => partTerms(p, vocabulary));
      if (parts.length === 2) addFirstPartSpellings(words[0]!, word, parts[0]!, parts[1]!, vocabulary);
      if (words.some((t) => t.size > 0)) senses.push({ kind: 'parts', weight: SENSE_WEIGHT.parts, parts, words });
    } else if (senses[0]!.kind === 'word' && senses[0]!.terms.size === 0 && senses.length === 1) {
      // a word the corpus never writes, nor any synonym of it: the one part of it the corpus
      // knows says what it is about (`taxi|løyve` → `løyve`, `mugg|sopp` → `mugg`)
      // first a pair of a side the corpus has and a kindred side (fieldSplit), then the side it
      // has alone (backoffPart), then a kindred side alone; the kindred side is what the compound
      // is about (`lunsj` of `skole|lunsj`), as the side the corpus lacks
      const field = fieldSplit(word, vocabulary);
      const part = field?.length === 2 ? null : backoffPart(word, vocabulary);
      if (part) senses.push({ kind: 'parts', weight: SENSE_WEIGHT.part, parts: [part], words: [partTerms(part, vocabulary)] });
      else if (field) senses.push({ kind: 'parts', weight: field.length === 2 ? SENSE_WEIGHT.parts : SENSE_WEIGHT.part, parts: field.map((p) => p.part), words: field.map((p) => p.terms), ...(field.length === 2 ? { specific: field.findIndex((p) => p.kindred) } : {}) });
    }
    return { word, senses };
  });
}
