// Actors of a sentence: who is asked to act, where the sentence names them (SPEC).
import { ACTORS, type Actor } from '../model/types.js';
import { foldForLiterals, LiteralFilter } from '../nlp/literals.js';
import { nbRegex } from '../nlp/norwegian.js';
import { ACTOR_DEFS, NOT_ACTOR_BEFORE } from './actors-nb.js';
import { maskQuotes } from './classify.js';

/**
 * Per actor, the patterns that find it: for names, one pattern of them all (with the look-behind
 * that refuses a recipient); whole patterns as written (any one of them).
 */
const COMPILED = ACTOR_DEFS.map((d) => {
  if (d.patterns) return { actor: d.actor, tests: [...d.patterns] };
  const names = [...(d.names ?? [])].sort((a, b) => b.length - a.length).join('|');
  return { actor: d.actor, tests: [nbRegex(`(?<!\\b${NOT_ACTOR_BEFORE}\\s+)\\b(?:${names})\\b(?![’'-])`, 'iu')] };
});

/**
 * Most sentences name no one: one scan for the words each pattern needs (nlp/literals.ts) skips
 * the others. (It replaces a regex of the bare names as pre-test, which the `\p{L}*departementet`
 * names made slow: tried at every position of every sentence.)
 */
const PATTERNS = COMPILED.flatMap((d) => d.tests);
const ACTOR_WORDS = new LiteralFilter(PATTERNS, 3);

/** Actors named in a sentence as agents or addressees, in SPEC order. */
export function findActors(text: string): Actor[] {
  const t = maskQuotes(text.normalize('NFC'));
  const candidates = ACTOR_WORDS.scan(foldForLiterals(t));
  const found = new Set<Actor>();
  let at = 0;
  for (const def of COMPILED) {
    for (const re of def.tests) {
      if (candidates[at++] && !found.has(def.actor) && re.test(t)) found.add(def.actor);
    }
  }
  return ACTORS.filter((a) => found.has(a));
}
