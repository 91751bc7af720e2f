// The search files of a document, written at ingest beside its other files (store.ts) so that
// `search` and `kwic` never parse every sentence of the index:
//
//   docs/<id>.<hash>.terms.txt        its words in search form with their postings
//                                     (query/postings.ts: format and ranking)
//   docs/<id>.<hash>.sentences.jsonl  line 1 its sections, then one line per sentence (without
//                                     cues and area terms), so a query parses only the lines of
//                                     the sentences it shows
//
// A query reads every loaded document's term file as one string, keeps only the lines its
// probes match, ranks, and then reads the sentence lines of the hits it shows.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../model/errors.js';
import type { AnalyzedSentence, IndexedDocument, Section } from '../model/types.js';
import { encodeTerms, termSource, type TermSource } from '../query/postings.js';
import { describeIoError } from '../source/io-error.js';

import { sentencesFileOf, termsFileOf } from './store.js';

const DOCS_DIR = 'docs';
const NEWLINE = 10;

/** The search files of a document (file name and content), for store.ts to write. */
export function searchFiles(file: string, doc: Pick<IndexedDocument, 'sections' | 'sentences'>): Array<[string, string]> {
  const lines = [JSON.stringify(doc.sections)];
  for (const { cues: _cues, areaTerms: _terms, ...sentence } of doc.sentences) lines.push(JSON.stringify(sentence));
  return [
    [termsFileOf(file), encodeTerms(doc.sentences.map((s) => s.text))],
    [sentencesFileOf(file), `${lines.join('\n')}\n`],
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

/** A document's term file, only the lines whose form contains a probe (every line when null). */
export async function readTerms(dir: string, entry: EntryRef, probes: readonly string[] | null): Promise<TermSource> {
  try {
    return termSource(await readFile(join(dir, DOCS_DIR, termsFileOf(entry.file))), probes);
  } catch (error) {
    throw unreadable(dir, entry, error);
  }
}

/** Sections and some sentences (by index, ascending or not) of a document. */
export interface SentenceLines {
  sections: Section[];
  sentences: Map<number, AnalyzedSentence>;
}

export async function readSentences(dir: string, entry: EntryRef, indices: Iterable<number>): Promise<SentenceLines> {
  try {
    // bytes: only the lines asked for are decoded and parsed
    const bytes = await readFile(join(dir, DOCS_DIR, sentencesFileOf(entry.file)));
    const wanted = [...new Set(indices)].sort((a, b) => a - b);
    const sentences = new Map<number, AnalyzedSentence>();
    let end = bytes.indexOf(NEWLINE);
    if (end < 0) throw new SyntaxError('no sections');
    const sections = JSON.parse(bytes.toString('utf8', 0, end)) as Section[];
    if (!Array.isArray(sections)) throw new SyntaxError('bad sections');
    let line = 0; // the sentence line that starts at end + 1
    for (const i of wanted) {
      while (line < i) {
        end = bytes.indexOf(NEWLINE, end + 1);
        if (end < 0) throw new SyntaxError(`no sentence ${i}`);
        line += 1;
      }
      const next = bytes.indexOf(NEWLINE, end + 1);
      if (next < 0) throw new SyntaxError(`no sentence ${i}`);
      const s = JSON.parse(bytes.toString('utf8', end + 1, next)) as AnalyzedSentence;
      if (!s || typeof s.text !== 'string' || typeof s.id !== 'string') throw new SyntaxError('bad sentence');
      sentences.set(i, { ...s, cues: [], areaTerms: {} });
    }
    return { sections, sentences };
  } catch (error) {
    throw unreadable(dir, entry, error);
  }
}
