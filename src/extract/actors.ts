// Actors of a sentence: who is asked to act, where the sentence names them (SPEC).
import { ACTORS, type Actor } from '../model/types.js';
import { latinLetters, nbRegex } from '../nlp/norwegian.js';
import { ACTOR_DEFS, NOT_ACTOR_BEFORE } from './actors-nb.js';
import { maskQuotes } from './classify.js';

const COMPILED = ACTOR_DEFS.map((d) => {
  const names = [...d.names].sort((a, b) => b.length - a.length).join('|');
  return {
    actor: d.actor,
    re: nbRegex(`(?<!\\b${NOT_ACTOR_BEFORE}\\s+)\\b(?:${names})\\b(?![’'-])`, 'giu'),
    // the names alone, without the look-behind: a cheap pre-test (most sentences name no one)
    gate: new RegExp(latinLetters(`(?:${names})`), 'iu'),
  };
});
const KS_CASE = nbRegex('\\bKS\\b(?![’\'])', 'gu');

/** Actors named in a sentence as agents or addressees, in SPEC order. */
export function findActors(text: string): Actor[] {
  const t = maskQuotes(text.normalize('NFC'));
  const found = new Set<Actor>();
  for (const { actor, re, gate } of COMPILED) {
    re.lastIndex = 0;
    if (actor === 'ks') {
      KS_CASE.lastIndex = 0;
      if (KS_CASE.test(t) || /(?:^|[.,;:]\s*|\s)[Vv]i\s+(?:vil|mener|ønsker|ber|anbefaler|forventer|støtter|ser|er|kan)\b/u.test(t)) found.add('ks');
      continue;
    }
    if (gate.test(t) && re.test(t)) found.add(actor);
  }
  return ACTORS.filter((a) => found.has(a));
}
