// Filters that name what no document has (`--doc nope`, `--section 9.9`, `--chapter helse`,
// `--page 99`) are usage errors naming the closest ones, as an unknown `--area` is: otherwise
// they print nothing with exit 1, as if the documents said nothing on it.
import type { Catalog } from '../index/store.js';
import type { OpenIndex } from '../index/open.js';
import { UsageError } from '../model/errors.js';
import type { Section } from '../model/types.js';
import { closest } from '../nlp/distance.js';
import { type Filter, sectionMatches } from '../query/filter.js';

/** --doc and --page, from the catalogue alone: before anything is read. */
export function checkDocumentTargets(filter: Filter, catalog: Catalog): void {
  // a catalogue opened by its header (open.ts openWhole) parses its documents only when asked
  const ids = filter.docs?.length ? catalog.documents.map((d) => d.id) : [];
  for (const wanted of filter.docs ?? []) {
    if (ids.includes(wanted)) continue;
    const near = [...new Set([...ids.filter((id) => id.startsWith(wanted)), ...closest(ids, wanted, 3)])].slice(0, 3);
    const hint = near.length ? `did you mean ${near.join(', ')}?` : `the index holds ${listed(ids)}`;
    throw new UsageError(`no document '${wanted}' in the index; ${hint}`);
  }
  if (filter.pages) {
    const chosen = catalog.documents.filter((d) => !filter.docs || filter.docs.includes(d.id));
    const most = Math.max(0, ...chosen.map((d) => d.pages ?? 0));
    if (most === 0) throw new UsageError('--page: the documents have no pages (Markdown has none); use --section or --chapter');
    if (filter.pages[0] > most) throw new UsageError(`no page ${filter.pages[0]}: the ${chosen.length === 1 ? 'document has' : 'documents have at most'} ${most} pages`);
  }
}

/**
 * --section and --chapter, once a query found nothing: is there such a section at all? Only
 * then are the documents' outlines read (a query that found something needs no check).
 */
export async function checkSectionTargets(filter: Filter, index: OpenIndex): Promise<void> {
  if (filter.section === undefined && filter.chapter === undefined) return;
  const docs = await index.load(filter.docs ?? undefined, 'statements');
  for (const [flag, wanted, chapters] of [['--section', filter.section, false], ['--chapter', filter.chapter, true]] as const) {
    if (wanted === undefined) continue;
    const sections = docs.flatMap((d) => d.sections).filter((s) => !chapters || s.level === 1);
    if (sections.some((s) => sectionMatches(s.id, s.title, wanted))) continue;
    const byId = /^[\d.:a-z-]*\d$/iu.test(wanted);
    throw new UsageError(`${flag} '${wanted}': no ${chapters ? 'chapter' : 'section'} has that ${byId ? 'id' : 'title'}; ${hintFor(wanted, byId, sections, docs.flatMap((d) => d.sections))}`);
  }
}

/** The closest ids; for title words, a section that has them (when a chapter was asked for), or the titles there are. */
function hintFor(wanted: string, byId: boolean, candidates: Section[], all: Section[]): string {
  if (byId) {
    const near = closest([...new Set(candidates.map((s) => s.id))], wanted, 3);
    return near.length ? `did you mean ${near.join(', ')}?` : 'see `ks-input sections`';
  }
  const deeper = all.find((s) => sectionMatches(s.id, s.title, wanted));
  if (deeper) return `section ${deeper.id} "${deeper.title}" has it: use --section '${wanted}'`;
  const titles = [...new Set(candidates.map((s) => `${s.id} ${s.title}`))];
  return `there are ${listed(titles)}; see \`ks-input sections\``;
}

const listed = (ids: string[]) => (ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`);

/** Pass a stream's batches on; if none held a record, check the section filters (checkSectionTargets). */
export async function* checkedWhenEmpty<T extends { records: readonly unknown[] }>(batches: AsyncIterable<T>, filter: Filter, index: OpenIndex): AsyncGenerator<T> {
  let found = false;
  for await (const batch of batches) {
    found ||= batch.records.length > 0;
    yield batch;
  }
  if (!found) await checkSectionTargets(filter, index);
}
