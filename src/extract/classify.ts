// Kind of a sentence from the cue data in cues-nb.ts: which cues occur, in which voice and
// clause, and the primary kind by SPEC's order of strength.
import { KINDS, type Cue, type Kind } from '../model/types.js';
import { bokmalReading } from '../nlp/bokmal-reading.js';
import { foldForLiterals, LiteralFilter, requiredWordsTest } from '../nlp/literals.js';
import { nbRegex } from '../nlp/norwegian.js';
import {
  CLAUSE_BREAK,
  COPULA_BEFORE_RELATIVE,
  CUES,
  FIRST_PERSON_SINGULAR,
  NOT_KS_SPEAKER,
  OWN_SUBJECT,
  QUOTE_ATTRIBUTION,
  KS_QUOTE_LEADIN,
  KS_PERSON_INTRO,
  JUDGED_CLAIM,
  LEAD_IN_COUNT,
  LEAD_IN_ANNOUNCED,
  OWN_VOICE_RESUMES,
  QUOTES,
  RELATIVE,
  RELATIVE_CLOSED,
  REPORTED_FRAMES,
  REPORTED_SUBJECT,
  SUBORDINATORS,
  type CueDef,
} from './cues-nb.js';

/** `KS mener at …`, `Vi viser til at …`: the at-clause of an own stance is KS' position, not a subordinate clause. */
const STANCE_THAT = nbRegex(`\\b${OWN_SUBJECT}\\s+(?:\\p{L}+\\s+)?(?:mener|meiner|understreker|påpeker|fastholder|konstaterer|vil\\s+understreke|vil\\s+påpeke|viser\\s+(?:her\\s+|også\\s+)?til|peker\\s+(?:også\\s+)?på|minner\\s+(?:også\\s+)?om)\\s+at\\b`, 'giu');

/**
 * A cheap first test for LEAD_IN_ANNOUNCED: the words it cannot match without (its verbs and its
 * count words), read off the pattern itself (nlp/literals.ts), so the test and the pattern cannot
 * drift apart; most sentences with a cue hold none, and the big pattern is then never compiled.
 */
const announcedWords = requiredWordsTest(LEAD_IN_ANNOUNCED);
const mayAnnounce = (text: string): boolean => announcedWords(foldForLiterals(text));

/** The modal cues, whose content a judgement's at-clause can hold. */
const MODAL_CUES = new Set(['må', 'skal']);
/** From a judgement to a modal: its at-clause, opened within two words, with no clause break before the modal. */
const JUDGED_AT_CLAUSE = /^\s*(?:\p{L}+\s+){0,2}?at\s[^,;:.]*$/u;

/** A sentence that ends in a colon, before a list. */
const LEAD_IN_END = /:\s*$/u;

/** Evidence needed for a statement: one ordinary cue. */
const MIN_STATEMENT_WEIGHT = 1;
/** How far back (characters) an own-voice subject may stand before its verb. */
const OWN_SUBJECT_REACH = 90;
const OWN_SUBJECT_RE = nbRegex(`\\b${OWN_SUBJECT}\\b(?![’'])`, 'iu');

export interface Classification {
  kind: Kind | null;
  kinds: Kind[];
  cues: Cue[];
}

/** Blank quoted text (keeping offsets) so cues inside a quotation of the platform do not count. */
export function maskQuotes(text: string): string {
  const attribution = ksAttribution(text);
  // KS' own words quoted (`«…», sier KS-lederen.`): the quote is KS' voice; the attribution is not
  if (attribution >= 0) return text.slice(0, attribution).replace(/[«»“”"]/gu, ' ').replace(/^(\s*)[–—-]\s/u, '$1  ') + ' '.repeat(text.length - attribution);
  // a KS speaker introduces the quote (`KS' styreleder sa at «…»`): the quote is KS' voice too
  if (KS_QUOTE_LEADIN.test(text)) return text.replace(/[«»“”"]/gu, ' ');
  return text.replace(QUOTES, (m) => ' '.repeat(m.length));
}

/**
 * The surnames of the people a document introduces as speaking for KS (KS_PERSON_INTRO): read once
 * per document, so that a later `Lindvik peker på at …` is read as KS' own stance.
 */
export function ksSpeakers(sentences: readonly string[]): string[] {
  const names = new Set<string>();
  // only a sentence naming KS (as the pattern writes it, in capitals) and a role can introduce
  // anyone: the pattern (names, Unicode classes) is tried on those alone, not on the whole document
  for (const text of sentences) {
    if (!text.includes('KS') || !mayIntroduce(foldForLiterals(text))) continue;
    for (const m of text.matchAll(KS_PERSON_INTRO)) {
      const surname = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').split(/\s+/u).pop()!;
      if (surname && surname !== 'KS') names.add(surname);
    }
  }
  return [...names];
}

/** The words KS_PERSON_INTRO cannot match without (its role words), read off the pattern (nlp/literals.ts), as a cheap first test. */
const mayIntroduce = requiredWordsTest(KS_PERSON_INTRO);

/** A KS speaker's surname standing alone, and their `jeg`, read as `KS` (padded, so offsets keep). */
function asKS(text: string, speakers: readonly string[]): string {
  let out = text.replace(FIRST_PERSON_SINGULAR, (m) => (m.length === 2 ? 'KS' : 'KS '));
  for (const name of speakers) {
    if (!out.includes(name)) continue;
    out = out.replace(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'), (m) => 'KS' + ' '.repeat(m.length - 2));
  }
  return out;
}

/** Where the attribution of a quote to a KS speaker starts (`, sier KS-lederen.`), or -1. */
export function ksAttribution(text: string): number {
  const m = QUOTE_ATTRIBUTION.exec(text);
  QUOTE_ATTRIBUTION.lastIndex = 0;
  if (!m || NOT_KS_SPEAKER.test(text.slice(m.index))) return -1;
  return m.index;
}

/** Offset from which the sentence speaks in KS' voice: 0, or after a reported frame. */
export function ownVoiceFrom(text: string): number {
  const t = text.trimStart();
  const lead = text.length - t.length;
  for (const frame of REPORTED_FRAMES) {
    const m = frame.exec(t);
    if (!m) continue;
    OWN_VOICE_RESUMES.lastIndex = 0;
    for (const r of t.matchAll(OWN_VOICE_RESUMES)) {
      if (r.index >= m[0].length) return lead + r.index;
    }
    return Infinity;
  }
  return 0;
}

/** The clause a cue stands in: the text before it, back to the last clause break. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let start = 0;
  let previous = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) {
    previous = start;
    start = m.index + 1;
  }
  const clause = before.slice(start);
  // the comma closes a relative clause on the subject (`KS vil at elever som flytter, skal få …`):
  // the verb after it belongs to the clause the relative interrupts, read up to its `som`
  if (start > 0 && before[start - 1] === ',' && clause.trim() === '') {
    const interrupted = RELATIVE_CLOSED.exec(before.slice(previous, start - 1));
    if (interrupted) return interrupted[1]!;
  }
  return clause;
}

function accepted(def: CueDef, text: string, at: number, whole: string): boolean {
  if (def.unless && (Array.isArray(def.unless) ? def.unless : [def.unless]).some((re: RegExp) => re.test(whole))) return false;
  const clause = clauseBefore(text, at);
  if (def.voice && REPORTED_SUBJECT.test(clause)) return false;
  if (def.voice === 'own' && !OWN_SUBJECT_RE.test(text.slice(Math.max(0, at - OWN_SUBJECT_REACH), at))) return false;
  if (def.notRelative && RELATIVE.test(clause) && !COPULA_BEFORE_RELATIVE.test(clause)) return false;
  if (def.mainClause && SUBORDINATORS.test(clause.replace(STANCE_THAT, ' '))) return false;
  if (def.notIn && def.notIn.test(clause)) return false;
  // inside the claim an agreement or a denial judges, the stance decides (JUDGED_CLAIM)
  if (!def.keptInClaim && clause.includes(' at ') && JUDGED_CLAIM.test(clause)) return false;
  return true;
}

/**
 * One scan of the sentence for the words each cue cannot match without (read off the patterns,
 * see nlp/literals.ts; all the words of one of a pattern's branches): most sentences hold the
 * words of only a few cues, and only those cues' patterns are tried. (This replaced a pre-test per cue, the pattern without its look-arounds
 * which cost compiling another regex per cue and saved nothing after the scan.)
 */
const CUE_WORDS = new LiteralFilter(CUES.map((def) => def.pattern));

/** Every cue of the data module found in a sentence, in voice and clause. */
export function findCues(text: string, speakers: readonly string[] = []): Array<Cue & { fallback: boolean; evaluation: boolean; at: number; end: number }> {
  // nynorsk read word for word as bokmål, the language of the cue data; matches shown as written
  const normal = text.normalize('NFC');
  const reading = bokmalReading(maskQuotes(speakers.length ? asKS(normal, speakers) : normal));
  const masked = reading.text;
  const from = ownVoiceFrom(masked);
  if (from === Infinity) return [];
  const whole = masked.trim();
  const found: Array<Cue & { fallback: boolean; evaluation: boolean; at: number; end: number }> = [];
  const candidates = CUE_WORDS.scan(foldForLiterals(masked));
  for (let c = 0; c < CUES.length; c++) {
    if (!candidates[c]) continue;
    const def = CUES[c]!;
    const re = def.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
      if (m[0] === '') re.lastIndex = nextIndex(masked, re.lastIndex);
      if (m.index < from) continue;
      if (!accepted(def, masked, m.index, whole)) continue;
      const match = reading.writtenSlice(m.index, m.index + m[0].length).trim().replace(/\s+/gu, ' ');
      if (found.some((f) => f.cue === def.cue && f.match === match)) continue;
      found.push({ kind: def.kind, cue: def.cue, match, weight: def.weight, fallback: def.fallback ?? false, evaluation: def.evaluation ?? false, at: m.index, end: m.index + m[0].length });
    }
    re.lastIndex = 0;
  }
  return found;
}

/** After an empty match, the next index to search from (a whole code point on: the `u` flag). */
function nextIndex(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

/**
 * Classify a sentence: null when no cue (or only cues in reported voice, quotations, relative
 * clauses) is found; otherwise the primary kind is the strongest ask among the kinds found
 * (krav > anbefaling > onske > bekymring > stotte > tilsagn), the others secondary. `speakers`:
 * the surnames of the document's KS speakers (ksSpeakers).
 */
export function classify(text: string, speakers: readonly string[] = []): Classification {
  const found = findCues(text, speakers);
  // a modal inside the at-clause of a judgement (`KS er urolig over at kommunene må betale …`) is
  // what is judged, not asked for: the judgement sets the kind
  const judged = found.filter((c) => !c.fallback && (c.kind === 'bekymring' || c.kind === 'stotte'));
  const all = judged.length === 0 ? found : found.filter((c) => !(MODAL_CUES.has(c.cue) && judged.some((j) => j.end <= c.at && JUDGED_AT_CLAUSE.test(text.slice(j.end, c.at)))));
  const main = all.filter((c) => !c.fallback);
  // with only fallbacks, an evaluation read in the stance's content replaces the bare stance
  const evaluated = all.some((c) => c.evaluation) ? all.filter((c) => c.evaluation || c.kind !== 'anbefaling') : all;
  // a lead-in to a list (`KS vil særlig peke på tre tiltak:`) announces; a stance alone before a
  // colon is no position yet (a demand or a judgement before the colon still counts)
  if (main.length === 0 && LEAD_IN_END.test(text)) return { kind: null, kinds: [], cues: [] };
  // a lead-in that counts its points (`KS ber om fire ting:`) announces even with a demand cue
  if (LEAD_IN_COUNT.test(text)) return { kind: null, kinds: [], cues: [] };
  const used = main.length > 0 ? main : evaluated;
  const total = used.reduce((s, c) => s + c.weight, 0);
  if (used.length === 0 || total < MIN_STATEMENT_WEIGHT - 0.15) return { kind: null, kinds: [], cues: [] };
  // … or says it will point out a number of things, ending in a full stop (tested only where a cue was found)
  if (mayAnnounce(text) && LEAD_IN_ANNOUNCED.test(text)) return { kind: null, kinds: [], cues: [] };
  const weightOf = new Map<Kind, number>();
  for (const c of used) weightOf.set(c.kind, (weightOf.get(c.kind) ?? 0) + c.weight);
  const kinds = KINDS.filter((k) => weightOf.has(k));
  const cues: Cue[] = used
    .map(({ kind, cue, match, weight }) => ({ kind, cue, match, weight }))
    .sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || b.weight - a.weight);
  return { kind: kinds[0] ?? null, kinds, cues };
}
