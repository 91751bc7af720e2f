// Statements → the digest's groups (`--by section|area|kind`). By section and by kind every
// statement lands in exactly one group; by area it stands under every area it carries (within
// `--area`, if given), as `list --area X` would find it there, so a statement may appear more
// than once. Groups come in a fixed order:
// document order for sections, the areas table's order for areas, KINDS' order for kinds;
// statements keep document order inside a group.
import { AREAS } from '../../extract/areas-nb.js';
import { KINDS } from '../../model/types.js';
import { sectionPath } from '../../segment/outline.js';
import { type Located, qualify, type SentenceRecord, sectionsById } from '../../query/records.js';
import { areaName, type Grouping, type Lang, labelsFor } from './labels.js';

/** A statement with its context: the record the digest cites, and where it stands. */
export interface DigestItem {
  located: Located;
  record: SentenceRecord;
}

/** One heading on the way to a group; `key` is unique in the digest. */
export interface HeadingStep {
  key: string;
  title: string;
}

export interface DigestGroup {
  key: string;
  /** the group's name in the summary table */
  label: string;
  /** headings from the outermost to the group's own (section digests nest chapters in documents) */
  path: HeadingStep[];
  items: DigestItem[];
}

export interface GroupOptions {
  by: Grouping;
  lang: Lang;
  /** more than one document in the index: ids are qualified and documents get headings */
  multi: boolean;
  /** `--area` slugs: an area digest files a statement under each of its areas asked for */
  areas: readonly string[] | null;
}

export function groupItems(items: readonly DigestItem[], options: GroupOptions): DigestGroup[] {
  switch (options.by) {
    case 'section':
      return bySection(items, options);
    case 'area':
      return byArea(items, options);
    case 'kind':
      return byKind(items, options);
  }
}

/** Insert in first-seen order (document order for sections); an item goes into each of its keys' groups. */
function collect(items: readonly DigestItem[], keysOf: (item: DigestItem) => string | string[], make: (item: DigestItem, key: string) => Omit<DigestGroup, 'items'>): DigestGroup[] {
  const groups = new Map<string, DigestGroup>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      let group = groups.get(key);
      if (!group) {
        group = { ...make(item, key), items: [] };
        groups.set(key, group);
      }
      group.items.push(item);
    }
  }
  return [...groups.values()];
}

function bySection(items: readonly DigestItem[], { multi }: GroupOptions): DigestGroup[] {
  return collect(
    items,
    ({ located }) => `${located.doc.id}\u0000${located.sentence.sectionId}`,
    ({ located }) => {
      const { doc } = located;
      const steps: HeadingStep[] = sectionPath(sectionsById(doc), located.sentence.sectionId)
        .reverse()
        .map((s) => ({ key: `${doc.id}\u0000${s.id}`, title: `${qualify(doc.id, s.id, multi)} ${s.title}` }));
      if (steps.length === 0) {
        // a sentence outside any known section: file it under its section id
        const id = qualify(doc.id, located.sentence.sectionId, multi);
        steps.push({ key: `${doc.id}\u0000${located.sentence.sectionId}`, title: id });
      }
      const path = multi ? [{ key: `${doc.id}\u0000`, title: doc.title || doc.id }, ...steps] : steps;
      const own = steps[steps.length - 1]!;
      return { key: own.key, label: own.title, path };
    },
  );
}

/** The order of groups in a digest (by section: as first met, in document order). */
export function compareGroups(by: Grouping): ((a: Pick<DigestGroup, 'key'>, b: Pick<DigestGroup, 'key'>) => number) | null {
  if (by === 'area') {
    const order = (slug: string) => {
      const i = AREAS.findIndex((a) => a.slug === slug);
      return slug === '' ? AREAS.length + 1 : i < 0 ? AREAS.length : i;
    };
    return (a, b) => order(a.key.slice(5)) - order(b.key.slice(5)) || a.key.localeCompare(b.key);
  }
  if (by === 'kind') {
    const order = (key: string) => {
      const i = (KINDS as readonly string[]).indexOf(key.slice(5));
      return i < 0 ? KINDS.length : i;
    };
    return (a, b) => order(a.key) - order(b.key);
  }
  return null;
}

function byArea(items: readonly DigestItem[], { lang, areas }: GroupOptions): DigestGroup[] {
  const NONE = '';
  const areasOf = ({ record }: DigestItem) => {
    const kept = areas ? record.areas.filter((a) => areas.includes(a)) : record.areas;
    return kept.length ? kept : [NONE];
  };
  const groups = collect(items, areasOf, (_item, slug) => {
    const label = slug === NONE ? labelsFor(lang).noArea : areaName(slug, lang);
    return { key: `area:${slug}`, label, path: [{ key: `area:${slug}`, title: label }] };
  });
  return groups.sort(compareGroups('area')!);
}

function byKind(items: readonly DigestItem[], { lang }: GroupOptions): DigestGroup[] {
  const labels = labelsFor(lang);
  const groups = collect(
    items,
    ({ record }) => record.kind ?? '',
    ({ record }) => {
      const label = record.kind ? labels.kinds[record.kind] : '-';
      return { key: `kind:${record.kind ?? ''}`, label, path: [{ key: `kind:${record.kind ?? ''}`, title: label }] };
    },
  );
  return groups.sort(compareGroups('kind')!);
}
