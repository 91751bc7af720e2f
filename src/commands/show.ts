import type { OpenIndex } from '../index/open.js';
import { resolveIndex } from '../index/location.js';
import { type CatalogEntry, readCatalogHeader, SCHEMA_VERSION, sentencesInSection } from '../index/store.js';
import { NotFoundError } from '../model/errors.js';
import type { IndexedDocument } from '../model/types.js';
import { detailedRecord, type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

/**
 * `show ID…`: a sentence with its context and the reasons for its kind and areas, or a
 * section's sentences in order. Ids may be qualified (`ks-2021:3.2-4`) or short when only
 * one document has them.
 *
 * Which documents hold a short id is known from ids.txt (lookup-files.ts: each section id's
 * documents and sentence counts; without it, from their outlines in outlines.txt), so only the
 * one document that holds it is read: at 10,000 documents, reading them all took a minute
 * (issue 18), and an unknown id is known to be unknown without reading any. Ids that all name
 * one document open the index for it alone.
 */
export async function show(ids: string[], context: Context): Promise<CommandResult> {
  // An id of no possible form (`nope-1`) is in no document, whatever the sources say now: with
  // an index of this schema there, it is unknown without checking a source (at 10,000
  // documents, stating them all is most of a whole-index question's time). The first id
  // decides, as in the lookup below.
  const first = ids[0]?.trim() ?? '';
  if (!ID_FORM.test(first.slice(first.lastIndexOf(':') + 1)) && indexOfThisSchema(context)) throw unknownId(first);
  const prefixes = new Set(ids.map((raw) => (raw.trim().includes(':') ? raw.trim().slice(0, raw.trim().lastIndexOf(':')) : null)));
  const only = prefixes.size === 1 ? [...prefixes][0] ?? undefined : undefined;
  const index = await openIndex(context, undefined, only);
  const multi = index.documents > 1;
  const read = new Map<string, IndexedDocument>();
  const load = async (entry: CatalogEntry): Promise<IndexedDocument | undefined> => {
    if (!read.has(entry.id)) read.set(entry.id, await index.loadEntry(entry));
    return read.get(entry.id);
  };
  const records: SentenceRecord[] = [];
  for (const raw of ids) {
    for (const record of await lookup(raw.trim(), multi, load, index)) records.push(record);
  }
  return { type: 'sentences', view: 'show', records };
}

/** The form of every section id (`0`, `3`, `3.2`, `6.1.2`: segment/document.ts) and sentence id (`3.2-4`). */
const ID_FORM = /^\d+(?:\.\d+)*(?:-\d+)?$/u;

const unknownId = (id: string) => new NotFoundError(`no sentence or section with id '${id}'; see \`ks-input sections\``);

/** Is there an index of this schema where the command looks (one of another is rebuilt or refused when opened)? */
function indexOfThisSchema(context: Context): boolean {
  const location = resolveIndex(context);
  return location.origin !== 'bundled' && readCatalogHeader(location.dir)?.schemaVersion === SCHEMA_VERSION;
}

async function lookup(
  id: string,
  multi: boolean,
  load: (entry: CatalogEntry) => Promise<IndexedDocument | undefined>,
  index: OpenIndex,
): Promise<SentenceRecord[]> {
  const colon = id.lastIndexOf(':');
  const docId = colon >= 0 ? id.slice(0, colon) : null;
  const local = colon >= 0 ? id.slice(colon + 1) : id;
  // a short id: the documents holding it by ids.txt, the catalogue's other lines not parsed
  const held = docId === null ? index.holders(local) : null;
  const one = held?.length === 1 ? index.entry(held[0]!) : null;
  if (held && held.length !== 1) {
    if (held.length === 0) throw unknownId(id);
    throw new NotFoundError(`id '${id}' is in ${held.length} documents; qualify it, e.g. ${held[0]!}:${local}`);
  }
  if (one) {
    const records = found(await load(one), local, multi);
    if (records === null) throw unknownId(id);
    return records;
  }
  const entries = index.catalog.documents;
  const holders: CatalogEntry[] = [];
  // a short id asks the outlines which documents have its section (or the sentence's)
  const dash = local.lastIndexOf('-');
  const scan = docId === null ? index.outlinesWith(dash > 0 ? [local, local.slice(0, dash)] : [local]) : null;
  const outlineOf = (entry: CatalogEntry) => {
    if (!scan) return index.outline(entry)?.outline;
    return scan.found.get(entry.file)?.outline ?? (scan.lined.has(entry.file) ? '' : undefined);
  };
  for (const entry of entries) {
    if (docId !== null && entry.id !== docId) continue;
    // a qualified id names its document: read it, no outline asked (found() says if it holds the id)
    const holds = docId !== null || holdsId(outlineOf(entry), local);
    // an entry without an outline (a hand-made catalogue) is read to know
    if (holds === true || (holds === undefined && found(await load(entry), local) !== null)) holders.push(entry);
  }
  if (holders.length === 0) throw unknownId(id);
  if (holders.length > 1) {
    throw new NotFoundError(`id '${id}' is in ${holders.length} documents; qualify it, e.g. ${holders[0]!.id}:${local}`);
  }
  const doc = await load(holders[0]!);
  const records = found(doc, local, multi);
  if (records === null) throw unknownId(id);
  return records;
}

/**
 * Does a document hold a sentence or section with this id, by its outline? A
 * sentence's id is its section's and its ordinal in the section (`3.2-4`), so a section with
 * four sentences or more holds it. Undefined when there is no outline.
 */
function holdsId(outline: string | undefined, local: string): boolean | undefined {
  const section = sentencesInSection(outline, local);
  if (section === undefined) return undefined;
  if (section !== null) return true;
  const dash = local.lastIndexOf('-');
  if (dash <= 0) return false;
  const ordinal = Number(local.slice(dash + 1));
  if (!/^\d+$/u.test(local.slice(dash + 1))) return false;
  const sentences = sentencesInSection(outline, local.slice(0, dash));
  return sentences === undefined ? undefined : sentences !== null && ordinal >= 1 && ordinal <= sentences;
}

/** The records an id names in a document: its sentence with context, or its section's sentences; null when it has no such id. */
function found(doc: IndexedDocument | undefined, local: string, multi = false): SentenceRecord[] | null {
  if (!doc) return null;
  const index = doc.sentences.findIndex((s) => s.id === local);
  if (index >= 0) return [detailedRecord({ doc, sentence: doc.sentences[index]!, index }, multi)];
  if (!doc.sections.some((s) => s.id === local)) return null;
  // a section's sentences and its sub-sections', in order: a chapter with no text of its own
  // before its first section shows its sections
  return doc.sentences.flatMap((sentence, i) =>
    sentence.sectionId === local || sentence.sectionId.startsWith(`${local}.`) ? [sentenceRecord({ doc, sentence, index: i }, multi)] : [],
  );
}
