// The domain's units, shared by every stage. Types only: no behaviour lives here.
import type { Root } from 'mdast';

/** The six kinds of statement, in SPEC's order of strength (strongest ask first). */
export const KINDS = ['krav', 'anbefaling', 'onske', 'bekymring', 'stotte', 'tilsagn'] as const;
export type Kind = (typeof KINDS)[number];
/** Kinds that make a statement a demand. */
export const DEMAND_KINDS: readonly Kind[] = ['krav', 'anbefaling', 'onske'];

export const ACTORS = ['regjeringen', 'staten', 'stortinget', 'ks', 'kommunene', 'partene'] as const;
export type Actor = (typeof ACTORS)[number];

/** `text` and `markdown` are read as text; the others by a reader of their own (src/readers/). */
export type SourceFormat = 'text' | 'markdown' | 'pdf' | 'html' | 'docx';

/** A decoded source file: its text split into lines, 1-based line numbers kept by index + 1. */
export interface SourceText {
  path: string;
  text: string;
  hash: string;
  format: SourceFormat;
  /** a PDF's or DOCX file's bytes, until a reader has turned them into `text` */
  bytes?: Uint8Array;
  /**
   * Set once a reader has derived Markdown (`text`) from a PDF, HTML or DOCX file: that Markdown
   * parsed (its positions are lines of `text`), the page of each of its lines (index = line
   * number; PDF only) and the number of pages.
   */
  derived?: { root: Root; pageOfLine: number[] | null; pages: number | null };
}

/** A heading or paragraph after normalization, still tied to source lines and pages. */
export interface Heading {
  level: number;
  title: string;
  line: number;
  page: number | null;
}

/** A chapter (level 1) or section (level 2, 3, …) of a document. */
export interface Section {
  id: string;
  level: number;
  title: string;
  parent: string | null;
  page: number | null;
  line: number;
}

/** Why a sentence got a kind: the cue phrase found and the kind it signals. */
export interface Cue {
  kind: Kind;
  cue: string;
  match: string;
  weight: number;
}

/** A sentence with its place in the document; analysis fields are filled by extract/. */
export interface Sentence {
  id: string;
  sectionId: string;
  ordinal: number;
  page: number | null;
  lines: [number, number];
  text: string;
  /**
   * Set on a sentence inside a block quote (Markdown `> …`): the quote's number in the document.
   * A quoted passage speaks in one voice, which its first sentence names (`Departementet foreslår
   * …`); extraction reads the rest of it in that voice. Not stored in the index.
   */
  quote?: number;
}

/** A sentence after extraction. `kind` is null for a sentence that is no statement. */
export interface AnalyzedSentence extends Sentence {
  kind: Kind | null;
  kinds: Kind[];
  areas: string[];
  actors: Actor[];
  figures: string[];
  cues: Cue[];
  /** area slug → the words that gave it, in order of weight. */
  areaTerms: Record<string, string[]>;
}

/** Metadata of a document, from a manifest or derived from the file. */
export interface DocumentMeta {
  id: string;
  title: string;
  publisher?: string;
  year?: number;
  source?: string;
}

/** A document after the whole pipeline: what the index stores per document. */
export interface IndexedDocument extends DocumentMeta {
  path: string;
  hash: string;
  format: SourceFormat;
  pages: number | null;
  sections: Section[];
  sentences: AnalyzedSentence[];
}
