// The search files of a document, written at ingest beside its other files (store.ts) so that
// `search` and `kwic` never parse every sentence of the index:
//
//   docs/<id>.<hash>.terms.txt        its words in search form with their postings
//                                     (query/postings.ts: format and ranking)
//   docs/<id>.<hash>.sentences.jsonl.br  line 1 its sections, then one line per sentence, whole,
//                                     brotli-compressed: also the document `show` reads; the
//                                     term file holds the byte offset of each line in the
//                                     uncompressed text, so a query parses only the lines of the
//                                     sentences it shows
//
// A query reads every loaded document's term file as one string, keeps only the lines its
// probes match, ranks, and then reads the sentence lines of the hits it shows.
import { DataError } from '../model/errors.js';
import type { AnalyzedSentence, IndexedDocument, Section } from '../model/types.js';
import { encodeTerms, type LineFilter, termSource, type TermSource } from './term-file.js';
import { describeIoError } from '../source/io-error.js';
import { decodeSentenceLine, docFile, encodeSentenceLine, encodeSentencesFile, readSentencesFile, readWhole, sentencesFileOf, termsFileOf } from './store.js';

/** The search files of a document (file name and content), for store.ts to write. */
export async function searchFiles(file: string, doc: Pick<IndexedDocument, 'sections' | 'sentences'>): Promise<Array<[string, string | Buffer]>> {
  const lines = [JSON.stringify(doc.sections)];
  for (const sentence of doc.sentences) lines.push(encodeSentenceLine(sentence));
  // byte offsets of the sentence lines and of the end: a query reads only the lines it shows
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    at += Buffer.byteLength(line) + 1;
    offsets.push(at);
  }
  return [
    [termsFileOf(file), encodeTerms(doc.sentences.map((s) => s.text), offsets, doc.sentences.map((s) => s.sectionId), new Map(doc.sections.map((s) => [s.id, s.title])))],
    [sentencesFileOf(file), await encodeSentencesFile(`${lines.join('\n')}\n`)],
  ];
}

interface EntryRef {
  id: string;
  file: string;
}

function unreadable(dir: string, entry: EntryRef, error: unknown): DataError {
  const why = error instanceof SyntaxError ? 'not valid' : describeIoError(error);
  return new DataError(`index ${dir}: search data of document ${entry.id} is unreadable (${why}); run \`ks-input ingest\` to rebuild it`);
}

/** A document's term file, only the lines whose form contains a probe (every line when null), and that `keep` keeps. */
export async function readTerms(dir: string, entry: EntryRef, probes: readonly string[] | null, keep?: LineFilter): Promise<TermSource> {
  try {
    return termSource(readWhole(docFile(dir, termsFileOf(entry.file))), probes, keep);
  } catch (error) {
    throw unreadable(dir, entry, error);
  }
}

/** Sections and some sentences (by index, ascending or not) of a document. */
export interface SentenceLines {
  sections: Section[];
  sentences: Map<number, AnalyzedSentence>;
}

/**
 * Read the sections and the sentences at `indices` from a document's sentences file, only
 * their bytes: `offsets` (from its term file) says where each sentence line starts.
 */
export async function readSentences(dir: string, entry: EntryRef, offsets: readonly number[], indices: Iterable<number>): Promise<SentenceLines> {
  try {
    // the file is compressed as a whole: decompressed once, then only the lines shown are parsed
    const text = await readSentencesFile(dir, entry.file);
    const lineAt = (start: number, end: number) => {
      if (end > text.length || start > end) throw new SyntaxError('short sentences file');
      return JSON.parse(text.toString('utf8', start, end)) as unknown;
    };
    if (!offsets.length) throw new SyntaxError('no sentence offsets');
    const sections = lineAt(0, offsets[0]! - 1) as Section[];
    if (!Array.isArray(sections)) throw new SyntaxError('bad sections');
    const sentences = new Map<number, AnalyzedSentence>();
    for (const i of indices) {
      if (sentences.has(i)) continue;
      if (!(i >= 0 && i + 1 < offsets.length)) throw new SyntaxError(`no sentence ${i}`);
      const s = decodeSentenceLine(lineAt(offsets[i]!, offsets[i + 1]! - 1));
      if (!s || typeof s.text !== 'string' || typeof s.id !== 'string') throw new SyntaxError('bad sentence');
      sentences.set(i, s);
    }
    return { sections, sentences };
  } catch (error) {
    throw unreadable(dir, entry, error);
  }
}
