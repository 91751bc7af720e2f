// Walking the outline: a section and the sections above it. One walk for every stage that needs
// a sentence's headings (areas from headings, filters, records, digest headings).
import type { Section } from '../model/types.js';

/** A section and the sections above it, nearest first; empty for an unknown id. */
export function sectionPath(byId: ReadonlyMap<string, Section>, id: string): Section[] {
  const path: Section[] = [];
  const seen = new Set<string>(); // a corrupt index could hold a cycle
  for (let cur = byId.get(id); cur && !seen.has(cur.id); cur = cur.parent === null ? undefined : byId.get(cur.parent)) {
    seen.add(cur.id);
    path.push(cur);
  }
  return path;
}
