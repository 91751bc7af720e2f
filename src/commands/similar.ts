// `similar ID`: the statements in the index most like one statement — has KS asked this before?
// Other documents' statements first, then the statement's own document's, each by similarity
// (the measure `compare` pairs by: query/align.ts, rarity over every statement in the index).
import { NotFoundError, UsageError } from '../model/errors.js';
import type { IndexedDocument } from '../model/types.js';
import { profiles, rarity, SimilarityIndex } from '../query/align.js';
import { type Located, type SentenceRecord, sentenceRecord } from '../query/records.js';
import { type Context, openIndex } from './context.js';
import type { CommandResult } from './result.js';

export interface SimilarOptions {
  limit?: number;
  doc?: string;
}

export const DEFAULT_SIMILAR_LIMIT = 10;

export async function similar(id: string, options: SimilarOptions, context: Context): Promise<CommandResult> {
  if (options.limit !== undefined && !(options.limit > 0)) throw new UsageError('--limit must be a positive whole number');
  const limit = options.limit ?? DEFAULT_SIMILAR_LIMIT;
  const docsWanted = options.doc?.split(',').map((s) => s.trim()).filter(Boolean);
  const index = await openIndex(context);
  const docs = await index.load(undefined, 'statements');
  const multi = index.catalog.documents.length > 1;
  const all: Located[] = [];
  for (const doc of docs) doc.sentences.forEach((sentence, i) => sentence.kind !== null && all.push({ doc, sentence, index: i }));
  const target = find(id.trim(), all, docs);
  const profs = profiles(all.map((l) => l.sentence.text));
  const scores = new SimilarityIndex(profs, rarity(profs)).scores(profs[all.indexOf(target)]!);
  const hits = [...scores]
    .map(([i, similarity]) => ({ located: all[i]!, similarity }))
    .filter((h) => h.located !== target && (!docsWanted || docsWanted.includes(h.located.doc.id)));
  const own = (h: (typeof hits)[number]) => (h.located.doc === target.doc ? 1 : 0);
  hits.sort((a, b) => own(a) - own(b) || b.similarity - a.similarity);
  const records = hits
    .slice(0, limit)
    .map((h) => ({ ...sentenceRecord(h.located, multi), similarity: Math.round(h.similarity * 1000) / 1000 }));
  return { type: 'similar', target: sentenceRecord(target, multi), records };
}

/** A statement by id, qualified (`doc:3.2-4`) or short when only one document has it. */
function find(id: string, all: Located[], docs: IndexedDocument[]): Located {
  const colon = id.lastIndexOf(':');
  const docId = colon >= 0 ? id.slice(0, colon) : null;
  const local = colon >= 0 ? id.slice(colon + 1) : id;
  const hits = all.filter((l) => l.sentence.id === local && (docId === null || l.doc.id === docId));
  if (hits.length === 0) throw new NotFoundError(`no statement with id '${id}'; see \`ks-input list --kind all\``);
  if (hits.length > 1) throw new NotFoundError(`id '${id}' is in ${hits.length} documents; qualify it, e.g. ${docs[0]!.id}:${local}`);
  return hits[0]!;
}
