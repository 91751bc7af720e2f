// Records as SPEC "Records" defines them: built once per sentence or section and rendered by
// format, so the formats never disagree.
import type { CatalogEntry } from '../index/store.js';
import type { AnalyzedSentence, IndexedDocument, Kind, Section } from '../model/types.js';
import { DEMAND_KINDS, KINDS } from '../model/types.js';
import type { DocumentRecord, SectionRecord, SentenceRecord } from '../model/result.js';
import { sectionPath } from '../segment/outline.js';

// The record types live in model/result.ts, with what commands return, for render/ and commands/
// alike; re-exported here for the stages that build records.
export type { AreaRecord, DocumentRecord, SectionRecord, SentenceRecord } from '../model/result.js';

/** A sentence with the document and section context its record needs. */
export interface Located {
  doc: IndexedDocument;
  sentence: AnalyzedSentence;
  /** index of the sentence in its document, for neighbours */
  index: number;
}

export const isDemand = (kind: Kind | null) => kind !== null && DEMAND_KINDS.includes(kind);

/** Ids carry the document id when the index holds more than one document (`ks-2021:3.2-4`). */
export function qualify(docId: string, id: string, multi: boolean): string {
  return multi ? `${docId}:${id}` : id;
}

const sectionMaps = new WeakMap<IndexedDocument, Map<string, Section>>();
export function sectionsById(doc: IndexedDocument): Map<string, Section> {
  let map = sectionMaps.get(doc);
  if (!map) {
    map = new Map(doc.sections.map((s) => [s.id, s]));
    sectionMaps.set(doc, map);
  }
  return map;
}

export function chapterOf(doc: IndexedDocument, sectionId: string): Section | undefined {
  return placeOf(doc, sectionId).chapter;
}

/** A sentence's chapter (its top section) and section (null when that is the chapter itself). */
interface Place {
  chapter: Section | undefined;
  section: Section | null;
}

// a document's places by section id, made in one pass over its sections when a record first
// needs one: a section's chapter is its parent's, parents come before their children
const places = new WeakMap<IndexedDocument, Map<string, Place>>();
const NOWHERE: Place = { chapter: undefined, section: null };
function placeOf(doc: IndexedDocument, sectionId: string): Place {
  let byId = places.get(doc);
  if (!byId) {
    byId = new Map();
    for (const s of doc.sections) {
      const parent = s.parent === null ? undefined : byId.get(s.parent);
      // a parent listed after its child (an index written by hand) is found the long way
      const chapter = s.parent === null ? s : parent ? parent.chapter : sectionPath(sectionsById(doc), s.id).at(-1);
      byId.set(s.id, { chapter, section: s.level > 1 ? s : null });
    }
    places.set(doc, byId);
  }
  return byId.get(sectionId) ?? NOWHERE;
}

export function sentenceRecord({ doc, sentence: s }: Located, multi: boolean): SentenceRecord {
  const { chapter, section } = placeOf(doc, s.sectionId);
  return {
    id: qualify(doc.id, s.id, multi),
    doc: doc.id,
    kind: s.kind,
    kinds: s.kinds,
    demand: isDemand(s.kind),
    areas: s.areas,
    actors: s.actors,
    figures: s.figures,
    chapter: chapter?.title ?? null,
    section: section?.title ?? null,
    sectionId: qualify(doc.id, s.sectionId, multi),
    page: s.page,
    lines: s.lines,
    text: s.text,
  };
}

/** `show` adds the neighbours and the reasons for kind and areas. */
export function detailedRecord(located: Located, multi: boolean): SentenceRecord {
  const { doc, sentence, index } = located;
  const near = (i: number) => {
    const other = doc.sentences[i];
    return other && other.sectionId === sentence.sectionId ? other.text : null;
  };
  return {
    ...sentenceRecord(located, multi),
    before: near(index - 1),
    after: near(index + 1),
    cues: sentence.cues,
    areaTerms: sentence.areaTerms,
  };
}

export interface SectionCounts {
  sentences: number;
  statements: number;
  demands: number;
}

/** A document's section records, counted from its sentences. */
export function sectionRecords(doc: IndexedDocument, multi: boolean): SectionRecord[] {
  const counts = new Map<string, SectionCounts>();
  for (const s of doc.sentences) {
    const c = counts.get(s.sectionId) ?? { sentences: 0, statements: 0, demands: 0 };
    c.sentences += 1;
    if (s.kind) c.statements += 1;
    if (isDemand(s.kind)) c.demands += 1;
    counts.set(s.sectionId, c);
  }
  return doc.sections.map((section) => sectionRecord(doc.id, section, multi, counts.get(section.id) ?? { sentences: 0, statements: 0, demands: 0 }));
}

/** One section's record, its counts given (from its sentences, or the catalogue's outline). */
export function sectionRecord(docId: string, section: Section, multi: boolean, counts: SectionCounts): SectionRecord {
  return {
    id: qualify(docId, section.id, multi),
    doc: docId,
    level: section.level,
    title: section.title,
    parent: section.parent === null ? null : qualify(docId, section.parent, multi),
    page: section.page,
    line: section.line,
    ...counts,
  };
}

export function emptyKindCounts(): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
}

export function documentRecord(entry: CatalogEntry): DocumentRecord {
  const { stats } = entry;
  return {
    id: entry.id,
    title: entry.title,
    format: entry.format,
    pages: entry.pages,
    sections: stats.sections,
    sentences: stats.sentences,
    statements: stats.statements,
    demands: stats.demands,
    source: entry.path,
    indexed: entry.indexed ?? null,
    publisher: entry.publisher ?? null,
    year: entry.year ?? null,
  };
}
