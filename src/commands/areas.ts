import { AREAS } from '../extract/areas-nb.js';
import type { OpenIndex } from '../index/open.js';
import { areaKindsOf } from '../index/store.js';
import { type Kind, KINDS } from '../model/types.js';
import { buildFilter, type Filter, type FilterOptions, locate, matches } from '../query/filter.js';
import { type AreaRecord, emptyKindCounts, isDemand } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

/** `areas`: the 17 areas with counts per kind (every statement, any filters applied). */
export async function areas(options: FilterOptions, context: Context): Promise<CommandResult> {
  const filter = buildFilter({ ...options, kind: options.kind ?? 'all' });
  const index = await openIndex(context, filter, filter.docs?.length === 1 ? filter.docs[0] : undefined);
  const records = new Map<string, AreaRecord>(
    AREAS.map((a) => [a.slug, { slug: a.slug, label: a.label, english: a.english, statements: 0, demands: 0, ...emptyKindCounts() }]),
  );
  const count = (slug: string, kind: Kind, n: number) => {
    const record = records.get(slug);
    if (!record || n === 0) return;
    record.statements += n;
    record[kind] += n;
    if (isDemand(kind)) record.demands += n;
  };
  // By kind and document only, the catalogue's counts per area and kind answer without reading
  // a document (at 10,000 documents, reading them took 14 s: issue 18); a section or chapter
  // needs the statements.
  const counted = filter.section === undefined && filter.chapter === undefined ? fromCatalogue(index, filter) : null;
  if (counted) {
    for (const [slug, kinds] of counted) for (const kind of KINDS) if (!filter.kinds || filter.kinds.has(kind)) count(slug, kind, kinds[kind]);
    return { type: 'areas', records: [...records.values()] };
  }
  const docs = await index.load(filter.docs ?? undefined, 'statements');
  for (const located of locate(docs)) {
    const { kind, areas: slugs } = located.sentence;
    if (kind === null || !matches(filter, located)) continue;
    for (const slug of slugs) count(slug, kind, 1);
  }
  return { type: 'areas', records: [...records.values()] };
}

/**
 * Statements per area and kind of the documents `--doc` names (all by default: the catalogue's
 * sum), summed; null if a document lacks its counts.
 */
function fromCatalogue(index: OpenIndex, filter: Filter): Map<string, Record<Kind, number>> | null {
  if (!filter.docs && index.catalog.kinds !== undefined) return areaKindsOf(index.catalog.kinds);
  const sums = new Map<string, Record<Kind, number>>();
  const entries = index.catalog.documents.filter((e) => !filter.docs || filter.docs.includes(e.id));
  if (entries.length > 1) index.outlines();
  for (const entry of entries) {
    const kinds = areaKindsOf(index.outline(entry)?.kinds);
    if (!kinds) return null;
    for (const [slug, counts] of kinds) {
      const sum = sums.get(slug) ?? emptyKindCounts();
      for (const kind of KINDS) sum[kind] += counts[kind];
      sums.set(slug, sum);
    }
  }
  return sums;
}
