// What commands return: data, never text, and the records it holds (SPEC "Records"). The CLI
// picks a renderer by `type` and format, and sets the exit status from `found` (SPEC: 0 found
// something, 1 found nothing). Here, below both, so that render/ never imports commands/.
import type { Actor, Cue, Kind } from './types.js';

export interface SentenceRecord {
  id: string;
  doc: string;
  kind: Kind | null;
  kinds: Kind[];
  demand: boolean;
  areas: string[];
  actors: Actor[];
  figures: string[];
  chapter: string | null;
  section: string | null;
  sectionId: string;
  page: number | null;
  lines: [number, number];
  text: string;
  score?: number;
  /** search --explain: what matched each query word */
  why?: Reason[];
  left?: string;
  match?: string;
  right?: string;
  before?: string | null;
  after?: string | null;
  cues?: Cue[];
  areaTerms?: Record<string, string[]>;
}

export interface SectionRecord {
  id: string;
  doc: string;
  level: number;
  title: string;
  parent: string | null;
  page: number | null;
  line: number;
  sentences: number;
  statements: number;
  demands: number;
}

export type AreaRecord = {
  slug: string;
  label: string;
  english: string;
  statements: number;
  demands: number;
} & Record<Kind, number>;

export type SentenceView = 'list' | 'show' | 'search' | 'grep' | 'kwic';

/** A document of the index, as `docs` lists it (SPEC: id, title, format, pages, statements, demands, source, when indexed). */
export interface DocumentRecord {
  id: string;
  title: string;
  format: string;
  pages: number | null;
  sections: number;
  sentences: number;
  statements: number;
  demands: number;
  source: string;
  indexed: string | null;
  publisher: string | null;
  year: number | null;
}

/** What made a sentence a search hit for one query word (`search --explain`). */
export interface Reason {
  /** the query word */
  word: string;
  /** the word itself, an inflection, a compound holding it, a derived word, a spelling variant, a synonym, the parts of the word, a sentence shortly before in the same section (which this one refers back to: "denne", "slik", "ordningen"), the heading of its section (`terms`: the heading's words that matched), other sentences of its section that hold the word (`terms`: the best one's, in search form), or a top hit shortly before or after it in its section (search's feedback: that hit's reasons) */
  via: 'word' | 'inflection' | 'compound' | 'derived' | 'variant' | 'synonym' | 'parts' | 'context' | 'heading' | 'section' | 'feedback';
  /** the sentence's index terms that matched */
  terms: string[];
  /** the synonym that matched (via `synonym`) */
  synonym?: string;
  /** the parts the word was split into (via `parts`) */
  parts?: string[];
  /** parts the sentence lacks, found in other sentences of its section (via `parts`): their terms there */
  section?: string[];
}

/** What became of a statement from one input to the next (`compare`), in the order reports list them. */
export const CHANGES = ['new', 'dropped', 'strengthened', 'weakened', 'reworded', 'repeated'] as const;
export type Change = (typeof CHANGES)[number];

/** One statement of either document and what became of it. */
export interface CompareRecord {
  change: Change;
  /** 0–1; 0 for new and dropped statements */
  similarity: number;
  old: SentenceRecord | null;
  new: SentenceRecord | null;
  /** `anbefaling → krav` when the kind changed */
  kinds?: string;
}

export interface Comparison {
  old: { id: string; title: string };
  new: { id: string; title: string };
  records: CompareRecord[];
}

/** Records found together, written together: a stream's unit. */
export interface SentenceBatch {
  records: SentenceRecord[];
  highlight?: RegExp;
}

export type CommandResult =
  | { type: 'sentences'; view: SentenceView; records: SentenceRecord[]; highlight?: RegExp; only?: 'ids' | 'count' }
  /**
   * Sentences found a batch at a time (list and grep read the index a few documents at a
   * time): each batch is written before the next is read, so output starts at once, a closed
   * pipe stops the reading, and a thousand documents' records are never in memory together.
   * A document found corrupt midway ends the run with its error (exit 3) after what was already
   * written, as grep's output stands when it meets an unreadable file.
   */
  | { type: 'sentence-stream'; view: 'list' | 'grep' | 'kwic'; batches: AsyncIterable<SentenceBatch>; only?: 'ids' | 'count' }
  | { type: 'sections'; records: SectionRecord[]; tree: boolean }
  /** Sections a document at a time (a batch is one document's), written as they are read. */
  | { type: 'section-stream'; batches: AsyncIterable<SectionRecord[]>; tree: boolean }
  | { type: 'areas'; records: AreaRecord[] }
  | { type: 'documents'; records: DocumentRecord[]; index: string }
  | { type: 'markdown'; text: string; found: boolean }
  /** Markdown written a part at a time (digest: render/digest/stream.ts); it found something */
  | { type: 'markdown-stream'; chunks: AsyncIterable<string> }
  /** `lines`: one per document parsed, then the summary; on a terminal only the summary unless `verbose` */
  | { type: 'ingested'; lines: string[]; records: Array<Record<string, unknown>>; verbose?: boolean }
  /** `compare`: found means the documents differ; `all` lists repeated statements in text too */
  | { type: 'compare'; comparison: Comparison; all: boolean; differs: boolean }
  /** `similar`: the statements most like `target` */
  | { type: 'similar'; target: SentenceRecord; records: Array<SentenceRecord & { similarity: number }> };

/** Did a result find anything? (A stream knows only once it is read: render/index.ts `output`.) */
export function found(result: Exclude<CommandResult, { type: 'sentence-stream' | 'section-stream' | 'markdown-stream' }>): boolean {
  switch (result.type) {
    case 'markdown':
      return result.found;
    case 'ingested':
      return true;
    case 'compare':
      return result.differs;
    default:
      return result.records.length > 0;
  }
}
