// What `search` keeps of each document's term file between reading it and ranking (issue 18:
// memory flat in the number of documents): its lines, keyed by one string per form across the
// corpus, and its sentence lengths only where a line has postings, packed; the mean length
// folded as the reads finish (commands/search.ts reads, query/postings.ts ranks).
import { SECTION_HEADINGS } from '../index/term-file.js';
import { MeanLength, type TermCounts, type TermLine, type TermSource } from './postings.js';

/** A document without a matched line: nothing of it is kept but its sentence count. */
const NO_LINES: ReadonlyMap<string, TermLine> = new Map();
const NO_LENGTHS = new Uint8Array(0);

/** Per record of KeptLines: its form's number, where its postings start, where they end (and its stops start), where its stops end, the next record of its document (-1: none). */
const FIELDS = 5;
/** Bytes of a chunk of KeptLines (a line longer takes several chunks' numbers): fixed, so that nothing is copied as they grow. */
const CHUNK_BYTES = 1 << 20;
/** Records of a chunk of KeptLines. */
const CHUNK_RECORDS = 1 << 14;

/**
 * The lines search keeps of every document, in a few flat arrays rather than a Map, an object
 * and two strings a line a document (issue 18: those survived V8's scavenges as they were read,
 * and the young generation grew with the corpus: at 10,000 documents its capacity, not the data,
 * made most of the peak). The lines' postings and stops are bytes in chunks of a megabyte, out
 * of the JavaScript heap; a record a line says whose form (a number: the forms are kept once,
 * across documents) and where its bytes are (offsets across the chunks), and chains it to the
 * next line of its document, in the order they were added. Chunks are added, never grown (a
 * grown buffer's old copies stay until a full collection). A document's lines are a view
 * (KeptDocument) over its chain: each `get` decodes the line anew, an object that dies young. The
 * sentence lengths of the documents with postings are packed in chunks too (document).
 */
export class KeptLines {
  private readonly forms: string[] = [];
  private readonly ids = new Map<string, number>();
  /** chunks by number; a line longer than a chunk has one buffer under several numbers */
  private readonly chunks: Buffer[] = [];
  /** where the next line's bytes go, across the chunks */
  private used = 0;
  private readonly records: Int32Array[] = [];
  private count = 0;
  private readonly lengths = new LengthChunks();

  /** Add lines after record `tail` (-1: a new chain); returns the first and the last record added (-1 when none). */
  add(lines: ReadonlyMap<string, TermLine>, tail: number): { first: number; last: number } {
    let first = -1;
    let last = tail;
    for (const [form, line] of lines) {
      let id = this.ids.get(form);
      if (id === undefined) {
        id = this.forms.length;
        this.forms.push(form);
        this.ids.set(form, id);
      }
      // room for the most the line can take (a byte a postings character, at most three a stops
      // one): measuring each string first was two more calls into C++ a line (issue 18: CPU)
      const size = line.postings.length + 3 * line.stops.length;
      const start = this.room(size);
      let middle = start;
      let end = start;
      if (size) {
        const chunk = this.chunks[Math.floor(start / CHUNK_BYTES)]!;
        const base = Math.floor(start / CHUNK_BYTES) * CHUNK_BYTES;
        if (line.postings.length) middle = start + chunk.write(line.postings, start - base, 'latin1');
        end = line.stops.length ? middle + chunk.write(line.stops, middle - base, 'utf8') : middle;
        this.used = end;
      }
      const r = this.count++;
      if (r % CHUNK_RECORDS === 0) this.records.push(new Int32Array(CHUNK_RECORDS * FIELDS));
      const records = this.records[this.records.length - 1]!;
      const at = (r % CHUNK_RECORDS) * FIELDS;
      records[at] = id;
      records[at + 1] = start;
      records[at + 2] = middle;
      records[at + 3] = end;
      records[at + 4] = -1;
      if (last >= 0) this.records[Math.floor(last / CHUNK_RECORDS)]![(last % CHUNK_RECORDS) * FIELDS + 4] = r;
      if (first < 0) first = r;
      last = r;
    }
    return { first, last };
  }

  /** Where `size` bytes can go in one chunk: the last, or a new one (one of its own, under several numbers, for a line longer than a chunk). */
  private room(size: number): number {
    const end = this.chunks.length * CHUNK_BYTES;
    if (size === 0 || (!this.sealed && end - this.used >= size)) return this.used;
    if (size <= CHUNK_BYTES) {
      this.chunks.push(Buffer.allocUnsafeSlow(CHUNK_BYTES));
      this.sealed = false;
    } else {
      const buffer = Buffer.allocUnsafeSlow(size);
      for (let i = 0; i < Math.ceil(size / CHUNK_BYTES); i++) this.chunks.push(buffer);
      this.sealed = true;
    }
    return end;
  }

  /** the last chunk holds one long line and nothing more */
  private sealed = false;

  /** The record of a form in the chain from `head`, or -1. */
  find(head: number, form: string): number {
    const id = this.ids.get(form);
    if (id === undefined) return -1;
    for (let r = head; r >= 0; r = this.next(r)) if (this.field(r, 0) === id) return r;
    return -1;
  }

  next(r: number): number {
    return this.field(r, 4);
  }

  form(r: number): string {
    return this.forms[this.field(r, 0)]!;
  }

  line(r: number): TermLine {
    const records = this.records[Math.floor(r / CHUNK_RECORDS)]!;
    const at = (r % CHUNK_RECORDS) * FIELDS;
    const start = records[at + 1]!;
    const middle = records[at + 2]!;
    const end = records[at + 3]!;
    if (start === end) return { postings: '', stops: '' };
    const chunk = this.chunks[Math.floor(start / CHUNK_BYTES)]!;
    const base = Math.floor(start / CHUNK_BYTES) * CHUNK_BYTES;
    return {
      postings: start === middle ? '' : chunk.toString('latin1', start - base, middle - base),
      stops: middle === end ? '' : chunk.toString('utf8', middle - base, end - base),
    };
  }

  private field(r: number, k: number): number {
    return this.records[Math.floor(r / CHUNK_RECORDS)]![(r % CHUNK_RECORDS) * FIELDS + k]!;
  }

  /**
   * A document as search keeps it (slim): its sentence count, its lengths only when a line has
   * postings, and its lines here, one object (KeptDocument). A document without lines is one
   * object per sentence count.
   */
  document(sentences: number, lengths: ArrayLike<number> & Iterable<number>, lines: ReadonlyMap<string, TermLine>): TermCounts {
    if (lines.size === 0) return this.bare(sentences);
    const { first, last } = this.add(lines, -1);
    const doc = new KeptDocument(this, sentences, first, last, lines.size);
    if (hasPostings(lines)) doc.keepLengths(this.lengths.packed(lengths));
    return doc;
  }

  /**
   * A document kept before (`document`) with more lines, those of forms it does not hold yet,
   * after its own (withLines): the same object, its chain longer (no object a document a pass);
   * its lengths from these when it had none and they bring postings.
   */
  more(source: TermCounts, lengths: ArrayLike<number> & Iterable<number>, lines: ReadonlyMap<string, TermLine>): TermCounts {
    const own = source.lines;
    let added: ReadonlyMap<string, TermLine> = lines;
    if (own.size) {
      const fresh = new Map<string, TermLine>();
      for (const [form, line] of lines) if (!own.has(form)) fresh.set(form, line);
      added = fresh;
    }
    if (added.size === 0) return source;
    let doc: KeptDocument;
    if (source instanceof KeptDocument) {
      doc = source;
      doc.last = this.add(added, doc.last).last;
      doc.size += added.size;
    } else {
      const { first, last } = this.add(added, -1);
      doc = new KeptDocument(this, source.sentences, first, last, added.size);
    }
    if (!doc.hasLengths() && hasPostings(added)) doc.keepLengths(this.lengths.packed(lengths));
    return doc;
  }

  private readonly bareBySize = new Map<number, TermCounts>();
  private bare(sentences: number): TermCounts {
    let out = this.bareBySize.get(sentences);
    if (!out) this.bareBySize.set(sentences, (out = { sentences, lengths: NO_LENGTHS, lines: NO_LINES }));
    return out;
  }
}

/**
 * A document kept in KeptLines, one object: its sentence count, where its lengths are in a
 * shared chunk (a view made when asked), and its lines, the chain of its records read as a Map
 * is (it is its own `lines`).
 */
export class KeptDocument implements TermCounts, ReadonlyMap<string, TermLine> {
  private chunk: Uint8Array | Uint16Array | Uint32Array | null = null;
  private start = 0;

  constructor(
    private readonly kept: KeptLines,
    readonly sentences: number,
    readonly head: number,
    public last: number,
    public size: number,
  ) {}

  get lines(): ReadonlyMap<string, TermLine> {
    return this;
  }

  get lengths(): Uint8Array | Uint16Array | Uint32Array {
    return this.chunk ? this.chunk.subarray(this.start, this.start + this.sentences) : NO_LENGTHS;
  }

  hasLengths(): boolean {
    return this.chunk !== null;
  }

  keepLengths({ chunk, start }: PackedLengths): void {
    this.chunk = chunk;
    this.start = start;
  }

  get(form: string): TermLine | undefined {
    const r = this.kept.find(this.head, form);
    return r < 0 ? undefined : this.kept.line(r);
  }

  has(form: string): boolean {
    return this.kept.find(this.head, form) >= 0;
  }

  *entries(): MapIterator<[string, TermLine]> {
    for (let r = this.head; r >= 0; r = this.kept.next(r)) yield [this.kept.form(r), this.kept.line(r)];
  }

  *keys(): MapIterator<string> {
    for (let r = this.head; r >= 0; r = this.kept.next(r)) yield this.kept.form(r);
  }

  *values(): MapIterator<TermLine> {
    for (let r = this.head; r >= 0; r = this.kept.next(r)) yield this.kept.line(r);
  }

  [Symbol.iterator](): MapIterator<[string, TermLine]> {
    return this.entries();
  }

  forEach(fn: (value: TermLine, key: string, map: ReadonlyMap<string, TermLine>) => void): void {
    for (const [form, line] of this.entries()) fn(line, form, this);
  }
}

/**
 * A document's term source as a search keeps it (issue 18: memory flat in the number of
 * documents). No sentence offsets: only the documents whose sentences are shown need those
 * (locateHits reads them again, a few files). Its sentence lengths only when a line has postings,
 * packed in the smallest typed array that holds them: the ranking reads a length only for a
 * sentence a line's postings name, and takes their mean from the reads (LengthsInOrder); kept for
 * every document, as numbers, they grew with the corpus (at 10,000 documents 12 MB, twice over
 * with a second pass). Its lines in `kept` (KeptLines).
 */
export function slim(source: TermSource, kept: KeptLines): TermCounts {
  return kept.document(source.sentences, source.lengths, source.lines);
}

/**
 * A document as the first pass kept it (slim) with the lines of its second read added; the
 * lengths from that read when the first kept none and its lines bring postings.
 */
export function withRead(source: TermCounts, read: TermSource, kept: KeptLines, headings?: readonly string[]): TermCounts {
  if (read.lines.size === 0) return source;
  return kept.more(source, read.lengths, headings ? withHeadings(read.lines, headings) : read.lines);
}

/** The lines with the SECTION_HEADINGS line cut to the entries holding one of the probes (keptHeadings); left out when none does. */
function withHeadings(lines: ReadonlyMap<string, TermLine>, probes: readonly string[]): ReadonlyMap<string, TermLine> {
  const line = lines.get(SECTION_HEADINGS);
  if (!line) return lines;
  const kept = keptHeadings(line.stops, probes);
  const out = new Map(lines);
  if (kept === '') out.delete(SECTION_HEADINGS);
  else out.set(SECTION_HEADINGS, { postings: line.postings, stops: kept });
  return out;
}

/**
 * The entries of a SECTION_HEADINGS line (`start:words|start:words…`) a ranking can read with
 * these probes: those holding one (as rankSentences' candidates test them, number and words),
 * each followed by the next entry's start alone (`start:`) when that one is left out, so the
 * section still ends where it did; '' when no entry holds one. (Issue 18: every document's whole
 * heading line, kept by search's second pass, was 12.8 MB at 10,000 documents.) A start alone
 * holds none of the probes: had it held one, its whole entry would have too, and been kept.
 */
export function keptHeadings(line: string, probes: readonly string[]): string {
  const entries = line.split('|');
  const out: string[] = [];
  let last = -2;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (probes.some((p) => e.includes(p))) {
      out.push(e);
      last = i;
    } else if (last === i - 1) {
      out.push(e.slice(0, e.indexOf(':') + 1));
    }
  }
  return out.length ? out.join('|') : '';
}

/** Does a line have postings (the ranking then reads its sentences' lengths)? */
function hasPostings(lines: ReadonlyMap<string, TermLine>): boolean {
  for (const line of lines.values()) if (line.postings !== '') return true;
  return false;
}

/** A document's sentence lengths: from `start` in `chunk` (shared with other documents', or its own). */
export interface PackedLengths {
  chunk: Uint8Array | Uint16Array | Uint32Array;
  start: number;
}

/**
 * Sentence lengths (distinct terms, rarely past a hundred) in the smallest typed array that holds
 * them: in a chunk of bytes shared by many documents when they fit a byte, not an array (and its
 * buffer) each.
 */
export class LengthChunks {
  private chunk = new Uint8Array(0);
  private used = 0;

  packed(lengths: ArrayLike<number> & Iterable<number>): PackedLengths {
    let max = 0;
    const n = lengths.length;
    for (let i = 0; i < n; i++) if (lengths[i]! > max) max = lengths[i]!;
    if (max >= 0x100) return { chunk: max < 0x10000 ? Uint16Array.from(lengths) : Uint32Array.from(lengths), start: 0 };
    if (n > CHUNK_BYTES / 4) return { chunk: Uint8Array.from(lengths), start: 0 };
    if (this.used + n > this.chunk.length) {
      this.chunk = new Uint8Array(CHUNK_BYTES / 4);
      this.used = 0;
    }
    const start = this.used;
    for (let i = 0; i < n; i++) this.chunk[start + i] = lengths[i]!;
    this.used += n;
    return { chunk: this.chunk, start };
  }
}

/**
 * The mean sentence length of the documents (MeanLength), folded in document order as their
 * reads finish in any order: a document read ahead of one before it waits, its lengths alone,
 * until that one is added.
 */
export class LengthsInOrder {
  private readonly mean = new MeanLength();
  private readonly waiting = new Map<number, Iterable<number>>();
  private next = 0;

  add(i: number, lengths: Iterable<number>): void {
    this.waiting.set(i, lengths);
    for (let ready = this.waiting.get(this.next); ready !== undefined; ready = this.waiting.get(this.next)) {
      this.mean.add(ready);
      this.waiting.delete(this.next++);
    }
  }

  average(): number {
    if (this.waiting.size) throw new Error('a document\'s sentence lengths were not added');
    return this.mean.average;
  }
}
