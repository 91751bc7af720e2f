// Actors of a sentence: who is asked to act, where the sentence names them (SPEC).
import { ACTORS, type Actor } from '../model/types.js';
import { latinLetters, nbRegex } from '../nlp/norwegian.js';
import { ACTOR_DEFS, NOT_ACTOR_BEFORE } from './actors-nb.js';
import { maskQuotes } from './classify.js';

/** Per actor, tests a sentence must pass: a cheap pre-test of the names, then the full pattern. */
const COMPILED = ACTOR_DEFS.map((d) => {
  if (d.patterns) return { actor: d.actor, tests: [...d.patterns] };
  const names = [...(d.names ?? [])].sort((a, b) => b.length - a.length).join('|');
  // the names alone, without the look-behind: a cheap pre-test (most sentences name no one)
  const gate = new RegExp(latinLetters(`(?:${names})`), 'iu');
  const full = nbRegex(`(?<!\\b${NOT_ACTOR_BEFORE}\\s+)\\b(?:${names})\\b(?![’'-])`, 'iu');
  return { actor: d.actor, tests: [gate, full], all: true };
});

/** Actors named in a sentence as agents or addressees, in SPEC order. */
export function findActors(text: string): Actor[] {
  const t = maskQuotes(text.normalize('NFC'));
  const found = new Set<Actor>();
  for (const def of COMPILED) {
    // names: the pre-test and the pattern must both match; whole patterns: any one of them
    const hit = 'all' in def ? def.tests.every((re) => re.test(t)) : def.tests.some((re) => re.test(t));
    if (hit) found.add(def.actor);
  }
  return ACTORS.filter((a) => found.has(a));
}
