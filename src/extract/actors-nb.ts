// Who is asked to act (SPEC actors): the words that name each actor in bokmål policy prose.
// extract/actors.ts finds them as the agent or addressee of a sentence, not as a recipient
// (`tilskudd til kommunene`) or possessor (`kommunenes økonomi`).
import type { Actor } from '../model/types.js';
import { nbRegex } from '../nlp/regex-nb.js';

export interface ActorDef {
  actor: Actor;
  /** regular-expression alternatives (compiled with Norwegian word boundaries, case-insensitive) */
  names?: readonly string[];
  /**
   * Whole patterns, tested as written, for an actor a list of names cannot catch: KS in capitals
   * only (not `ks` inside words or lower case), and `vi` only as the subject of a stance verb.
   */
  patterns?: readonly RegExp[];
}

export const ACTOR_DEFS: readonly ActorDef[] = [
  { actor: 'regjeringen', names: ['regjeringen', 'regjeringa', 'den nye regjeringen'] },
  {
    actor: 'staten',
    names: [
      'staten', 'stat', 'statlige myndigheter', 'nasjonale myndigheter', 'statsforvalteren', 'statsforvalterne',
      'fylkesmannen', '\\p{L}*departementet', 'departementene', '\\p{L}*direktoratet', 'Husbanken', 'NAV',
      'Helse- og omsorgsdepartementet', 'helseforetakene', 'spesialisthelsetjenesten', 'transportetatene', 'NVE',
      'Statens vegvesen', 'Norsk Helsenett', 'statsforvaltningen', 'det offentlige',
    ],
  },
  { actor: 'stortinget', names: ['stortinget', 'storting'] },
  {
    actor: 'ks',
    patterns: [
      nbRegex("\\bKS\\b(?![’'])", 'u'),
      nbRegex('(?:^|[.,;:]\\s*|\\s)[Vv]i\\s+(?:vil|mener|ønsker|ber|anbefaler|forventer|støtter|ser|er|kan)\\b', 'u'),
    ],
  },
  {
    actor: 'kommunene',
    names: [
      'kommunene', 'kommuner', 'fylkeskommunene', 'fylkeskommuner', 'kommunesektoren', 'kommunal sektor',
      'kommunen', 'fylkeskommunen', 'sektoren', 'folkevalgte organer', 'lokale myndigheter', 'lokalpolitikerne',
      'kommunehelsetjenesten', 'planforvaltningen',
    ],
  },
  {
    actor: 'partene',
    names: ['partene', 'partene i arbeidslivet', 'arbeidsgiver- og arbeidstakerorganisasjonene', 'partssamarbeidet', 'trepartssamarbeidet'],
  },
];

/**
 * Words right before a name that make it a recipient or a mere place, not an actor:
 * `til kommunene`, `i kommunene`, `for kommunene`, `over hele landet`.
 */
export const NOT_ACTOR_BEFORE = '(?:til|i|for|blant|hos|mellom|innen|innenfor|overfor|på|fra|om|alle|landets|norske|mange|flere|enkelte|store|små)';
