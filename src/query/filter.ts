// The list filters (SPEC `list`): pure predicates over located sentences.
import { UsageError } from '../model/errors.js';
import type { Actor, IndexedDocument, Kind } from '../model/types.js';
import { ACTORS, DEMAND_KINDS, KINDS } from '../model/types.js';
import { closest } from '../nlp/distance.js';
import { fold, resolveAreas } from './areas.js';
import { sectionPath } from '../segment/outline.js';
import { chapterOf, type Located, sectionsById } from './records.js';

export interface FilterOptions {
  area?: string;
  kind?: string;
  section?: string;
  chapter?: string;
  actor?: string;
  page?: string;
  doc?: string;
  match?: string;
}

export interface Filter {
  /** null: every sentence, statements or not */
  kinds: Set<Kind> | null;
  areas: string[] | null;
  section?: string;
  chapter?: string;
  actors: Actor[] | null;
  pages: [number, number] | null;
  docs: string[] | null;
  match: string | null;
}

/** `--kind`: a comma list of kinds, `all` (every statement) or `demand`; default demand kinds. */
export function parseKinds(input: string | undefined, fallback: readonly Kind[] | 'sentences' = DEMAND_KINDS): Set<Kind> | null {
  if (input === undefined) return fallback === 'sentences' ? null : new Set(fallback);
  const kinds = new Set<Kind>();
  for (const raw of input.split(',').map((s) => fold(s)).filter(Boolean)) {
    if (raw === 'all' || raw === 'alle') KINDS.forEach((k) => kinds.add(k));
    else if (raw === 'demand' || raw === 'demands' || raw === 'krav-alle') DEMAND_KINDS.forEach((k) => kinds.add(k));
    else if ((KINDS as readonly string[]).includes(raw)) kinds.add(raw as Kind);
    else {
      const near = closest([...KINDS, 'all'], raw, 2);
      throw new UsageError(`unknown kind '${raw}'${near.length ? `; did you mean ${near.join(', ')}?` : ''} (kinds: ${KINDS.join(', ')}, all)`);
    }
  }
  if (kinds.size === 0) throw new UsageError('empty --kind');
  return kinds;
}

export function parseActors(input: string | undefined): Actor[] | null {
  if (input === undefined) return null;
  const names = input.split(',').map((s) => fold(s)).filter(Boolean);
  if (names.length === 0) throw new UsageError(`empty --actor (actors: ${ACTORS.join(', ')})`);
  return names.map((raw) => {
    const hit = ACTORS.find((a) => a === raw || a.startsWith(raw));
    if (!hit) throw new UsageError(`unknown actor '${raw}' (actors: ${ACTORS.join(', ')})`);
    return hit;
  });
}

/** `--doc a,b`: document ids. */
function parseDocs(input: string | undefined): string[] | null {
  if (input === undefined) return null;
  const ids = input.split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError('empty --doc; give a document id (see `ks-input sections` or the ids in `list`)');
  return ids;
}

/** `--page 7` or `--page 3-5`. */
export function parsePages(input: string | undefined): [number, number] | null {
  if (input === undefined) return null;
  const m = input.trim().match(/^(\d+)(?:\s*[-–]\s*(\d+))?$/u);
  if (!m) throw new UsageError(`bad page '${input}': give a page number or a range like 3-5`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to < from) throw new UsageError(`bad page range '${input}'`);
  return [from, to];
}

export function buildFilter(options: FilterOptions, defaultKinds: readonly Kind[] | 'sentences' = DEMAND_KINDS): Filter {
  return {
    kinds: parseKinds(options.kind, defaultKinds),
    areas: options.area === undefined ? null : resolveAreas(options.area),
    section: options.section,
    chapter: options.chapter,
    actors: parseActors(options.actor),
    pages: parsePages(options.page),
    docs: parseDocs(options.doc),
    match: options.match === undefined ? null : options.match.toLocaleLowerCase('nb'),
  };
}

/** Does a section (by id or title words) match a `--section`/`--chapter` value? */
export function sectionMatches(id: string, title: string, wanted: string): boolean {
  const w = wanted.includes(':') ? wanted.slice(wanted.indexOf(':') + 1) : wanted;
  if (/^\d+(\.\d+)*$/u.test(w)) return id === w || id.startsWith(`${w}.`);
  return fold(title).includes(fold(w));
}

export function matches(filter: Filter, { doc, sentence: s }: Located): boolean {
  if (filter.kinds && (s.kind === null || !filter.kinds.has(s.kind))) return false;
  if (filter.areas && !s.areas.some((a) => filter.areas!.includes(a))) return false;
  if (filter.docs && !filter.docs.includes(doc.id)) return false;
  if (filter.actors && !s.actors.some((a) => filter.actors!.includes(a))) return false;
  if (filter.pages && (s.page === null || s.page < filter.pages[0] || s.page > filter.pages[1])) return false;
  if (filter.match && !s.text.toLocaleLowerCase('nb').includes(filter.match)) return false;
  if (filter.section !== undefined) {
    // a section matches itself and everything below it, by id or by title words
    const wanted = filter.section;
    if (!sectionPath(sectionsById(doc), s.sectionId).some((cur) => sectionMatches(cur.id, cur.title, wanted))) return false;
  }
  if (filter.chapter !== undefined) {
    const chapter = chapterOf(doc, s.sectionId);
    if (!chapter || !sectionMatches(chapter.id, chapter.title, filter.chapter)) return false;
  }
  return true;
}

/** Every sentence of the documents, in document order, with its context. */
export function* locate(docs: Iterable<IndexedDocument>): Generator<Located> {
  for (const doc of docs) {
    for (let index = 0; index < doc.sentences.length; index++) yield { doc, sentence: doc.sentences[index]!, index };
  }
}
