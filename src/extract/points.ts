// The points after a lead-in that proposes or demands (`KS foreslår derfor at …:`, then `a) …`,
// `- …`): the lead-in announces, its points are the positions. A point without a cue of its own
// takes the lead-in's kind (index.ts applies it).
import type { Kind, Sentence } from '../model/types.js';
import { LEAD_IN_ASKS } from './cues-nb.js';

/** Per sentence: whether it is a lead-in whose points follow, and the ask of the lead-in it is a point of. */
export interface PointReading {
  leadIn: boolean;
  // `governs`: the point continues the lead-in's at-clause (`Landstinget krev at:` / `- staten tek …`),
  // so the lead-in's verb is its verb, whatever its own words say
  ask: { kind: Kind; match: string; governs: boolean } | null;
}

/** A lead-in ending in a bare complementizer (`… krev at:`, `… ber om at:`): its points finish its clause. */
const ENDS_IN_AT = /\b(?:at|om)\s*:$/u;
/** A point that goes on in lower case: the rest of a clause, not a sentence of its own. */
const LOWER_START = /^[-–•▪*]?\s*\p{Ll}/u;

/**
 * Read lead-ins and their points. A lead-in is a sentence ending in a colon that asks
 * (LEAD_IN_ASKS); its points follow it line by line in its section: the first may stand after a
 * blank of one or two empty lines, and the next empty line, another section or another sentence ending in a colon ends
 * them. A sentence ending in a colon that asks nothing ends the points too. A lead-in is one only
 * when a point follows it.
 */
export function readPoints(sentences: ReadonlyArray<Pick<Sentence, 'text' | 'sectionId' | 'lines'>>): PointReading[] {
  const out: PointReading[] = sentences.map(() => ({ leadIn: false, ask: null }));
  let open: { from: number; sectionId: string; ask: { kind: Kind; match: string }; atClause: boolean; line: number; gap: number } | null = null;
  sentences.forEach((s, i) => {
    if (open && (open.sectionId !== s.sectionId || s.lines[0] > open.line + open.gap)) open = null;
    if (open) {
      out[i]!.ask = { ...open.ask, governs: open.atClause && LOWER_START.test(s.text) };
      if (i === open.from + 1) out[open.from]!.leadIn = true;
      open.line = s.lines[1];
      open.gap = 1;
    }
    if (s.text.endsWith(':')) {
      open = null;
      for (const { kind, pattern } of LEAD_IN_ASKS) {
        const m = pattern.exec(s.text);
        if (m) {
          // the first point may stand after a blank of one or two empty lines (plain text from a PDF)
          open = { from: i, sectionId: s.sectionId, ask: { kind, match: m[0] }, atClause: ENDS_IN_AT.test(s.text), line: s.lines[1], gap: 3 };
          break;
        }
      }
    }
  });
  return out;
}
