import { AREAS } from '../extract/areas-nb.js';
import { buildFilter, type FilterOptions, locate, matches } from '../query/filter.js';
import { type AreaRecord, emptyKindCounts, isDemand } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

/** `areas`: the 17 areas with counts per kind (every statement, any filters applied). */
export async function areas(options: FilterOptions, context: Context): Promise<CommandResult> {
  const filter = buildFilter({ ...options, kind: options.kind ?? 'all' });
  const index = await openIndex(context, filter);
  const docs = await index.load(filter.docs ?? undefined, 'statements');
  const records = new Map<string, AreaRecord>(
    AREAS.map((a) => [a.slug, { slug: a.slug, label: a.label, english: a.english, statements: 0, demands: 0, ...emptyKindCounts() }]),
  );
  for (const located of locate(docs)) {
    const { kind, areas: slugs } = located.sentence;
    if (kind === null || !matches(filter, located)) continue;
    for (const slug of slugs) {
      const record = records.get(slug);
      if (!record) continue;
      record.statements += 1;
      record[kind] += 1;
      if (isDemand(kind)) record.demands += 1;
    }
  }
  return { type: 'areas', records: [...records.values()] };
}
