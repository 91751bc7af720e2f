import { NotFoundError } from '../model/errors.js';
import type { IndexedDocument } from '../model/types.js';
import { detailedRecord, type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

/**
 * `show ID…`: a sentence with its context and the reasons for its kind and areas, or a
 * section's sentences in order. Ids may be qualified (`ks-2021:3.2-4`) or short when only
 * one document has them.
 */
export async function show(ids: string[], context: Context): Promise<CommandResult> {
  const index = await openIndex(context);
  const docs = await index.load();
  const multi = docs.length > 1;
  const records: SentenceRecord[] = [];
  for (const raw of ids) records.push(...lookup(raw.trim(), docs, multi));
  return { type: 'sentences', view: 'show', records };
}

function lookup(id: string, docs: IndexedDocument[], multi: boolean): SentenceRecord[] {
  const colon = id.lastIndexOf(':');
  const docId = colon >= 0 ? id.slice(0, colon) : null;
  const local = colon >= 0 ? id.slice(colon + 1) : id;
  const candidates = docs.filter((d) => docId === null || d.id === docId);
  const hits: SentenceRecord[][] = [];
  for (const doc of candidates) {
    const index = doc.sentences.findIndex((s) => s.id === local);
    if (index >= 0) {
      hits.push([detailedRecord({ doc, sentence: doc.sentences[index]!, index }, multi)]);
      continue;
    }
    if (doc.sections.some((s) => s.id === local)) {
      hits.push(
        // a section's sentences and its sub-sections', in order: a chapter with no text of its
        // own before its first section shows its sections
        doc.sentences.flatMap((sentence, i) =>
          sentence.sectionId === local || sentence.sectionId.startsWith(`${local}.`) ? [sentenceRecord({ doc, sentence, index: i }, multi)] : [],
        ),
      );
    }
  }
  if (hits.length === 0) throw new NotFoundError(`no sentence or section with id '${id}'; see \`ks-input sections\``);
  if (hits.length > 1) {
    throw new NotFoundError(`id '${id}' is in ${hits.length} documents; qualify it, e.g. ${candidates[0]!.id}:${local}`);
  }
  return hits[0]!;
}
