// What became of a statement from one input to the next (SPEC-like records for `compare`).
import type { Kind } from '../model/types.js';
import { MODAL_STRENGTH } from './align-nb.js';

/**
 * Same kind and at least this share of the word sequence unchanged (align.ts
 * sequenceSimilarity): `repeated`, not `reworded`. A changed year or a word is repeated; clause
 * order turned round is reworded.
 */
export const REPEATED_THRESHOLD = 0.85;

import type { Change } from '../model/result.js';
export { CHANGES, type Change } from '../model/result.js';

/** How strongly a kind asks: krav > anbefaling > onske > any statement that is no demand. */
export function demandRank(kind: Kind | null): number {
  switch (kind) {
    case 'krav': return 3;
    case 'anbefaling': return 2;
    case 'onske': return 1;
    default: return 0;
  }
}

/**
 * The change of a paired statement: its demand kind moved up or down (to or from a non-demand
 * kind counts too), else repeated when the same kind keeps nearly all its words in order, else
 * reworded (synonyms, clause order, a word added or swapped, a kind change between two non-demand
 * kinds). Repeated wants the same content words (align.ts sameContentWords: a changed year or
 * inflection is allowed) and nearly the same order.
 */
export function pairChange(old: Side, now: Side, sequenceSimilarity: number | (() => number), sameContentWords = true): Change {
  const from = demandRank(old.kind);
  const to = demandRank(now.kind);
  if (to > from) return 'strengthened';
  if (to < from) return 'weakened';
  if (from > 0 && old.kind === now.kind) {
    // the same demand kind, but its modal verb moved (`KS mener at … bør` → `… må`)
    const modalFrom = modalStrength(old.text);
    const modalTo = modalStrength(now.text);
    if (modalFrom > 0 && modalTo > modalFrom) return 'strengthened';
    if (modalTo > 0 && modalTo < modalFrom) return 'weakened';
  }
  if (old.kind !== now.kind || !sameContentWords) return 'reworded';
  // the word order only when it can still decide (it is the costly part, an edit distance)
  const sequence = typeof sequenceSimilarity === 'number' ? sequenceSimilarity : sequenceSimilarity();
  return sequence >= REPEATED_THRESHOLD ? 'repeated' : 'reworded';
}

interface Side {
  kind: Kind | null;
  text: string;
}

/** The strongest modal word of a text (align-nb.ts MODAL_STRENGTH), 0 if none. */
export function modalStrength(text: string): number {
  const lower = text.toLowerCase();
  let best = 0;
  for (const [pattern, strength] of MODAL_STRENGTH) if (strength > best && pattern.test(lower)) best = strength;
  return best;
}
