// Actors of a sentence: who is asked to act, where the sentence names them (SPEC).
import { ACTORS, type Actor } from '../model/types.js';
import { foldForLiterals, LiteralFilter } from '../nlp/literals.js';
import { LATIN_LETTER_RANGES, latinLetters, nbRegex } from '../nlp/norwegian.js';
import { ACTOR_DEFS, NOT_ACTOR_BEFORE } from './actors-nb.js';
import { maskQuotes } from './classify.js';

/**
 * Per actor, the patterns that find it: for names, one pattern of them all (with the look-behind
 * that refuses a recipient); whole patterns as written (any one of them).
 */
const COMPILED = ACTOR_DEFS.map((d) => {
  if (d.patterns) return { actor: d.actor, tests: d.patterns.map((re) => ({ re, gate: null })) };
  const sorted = [...(d.names ?? [])].sort((a, b) => b.length - a.length);
  const names = sorted.join('|');
  const re = nbRegex(`(?<!\\b${NOT_ACTOR_BEFORE}\\s+)\\b(?:${names})\\b(?![’'-])`, 'giu');
  // The bare names, a word ending (`\p{L}*departementet`) as its literal part. Every match of
  // the pattern starts a word, and the words of the gate's matches: no match starts before the
  // word of the gate's first match, so the pattern is tried from there (its look-behind, tried
  // at every position of every sentence, was most of findActors' time).
  const gate = new RegExp(latinLetters(`(?:${sorted.map((n) => n.replace(/^\\p\{L\}\*/u, '')).join('|')})`), 'iu');
  return { actor: d.actor, tests: [{ re, gate }] };
});

/** Most sentences name no one: one scan for the words each pattern needs (nlp/literals.ts). */
const ACTOR_WORDS = new LiteralFilter(COMPILED.flatMap((d) => d.tests.map((t) => t.re)));

/** Actors named in a sentence as agents or addressees, in SPEC order. */
export function findActors(text: string): Actor[] {
  const t = maskQuotes(text.normalize('NFC'));
  const candidates = ACTOR_WORDS.scan(foldForLiterals(t));
  const found = new Set<Actor>();
  let at = 0;
  for (const def of COMPILED) {
    for (const { re, gate } of def.tests) {
      if (!candidates[at++] || found.has(def.actor)) continue;
      if (gate === null) {
        if (re.test(t)) found.add(def.actor);
        continue;
      }
      const first = t.search(gate);
      if (first < 0) continue;
      re.lastIndex = wordStart(t, first);
      if (re.test(t)) found.add(def.actor);
      re.lastIndex = 0;
    }
  }
  return ACTORS.filter((a) => found.has(a));
}

/** A letter as nbRegex's word boundaries see it (case-insensitive, as the actor patterns are). */
const LETTER = new RegExp(`[${LATIN_LETTER_RANGES}]`, 'iu');

/** Where the word holding offset `at` starts. */
function wordStart(text: string, at: number): number {
  while (at > 0 && LETTER.test(text[at - 1]!)) at--;
  return at;
}
