// What `search` keeps of each document's term file between reading it and ranking (issue 18:
// memory flat in the number of documents): its lines, keyed by one string per form across the
// corpus, and its sentence lengths only where a line has postings, packed; the mean length
// folded as the reads finish (commands/search.ts reads, query/postings.ts ranks).
import { SECTION_HEADINGS } from '../index/term-file.js';
import { MeanLength, type TermCounts, type TermLine, type TermSource, withLines } from './postings.js';

/** A document without a matched line: nothing of it is kept but its sentence count. */
const NO_LINES: ReadonlyMap<string, TermLine> = new Map();
const NO_LENGTHS = new Uint8Array(0);

/**
 * A document's term source as a search keeps it (issue 18: memory flat in the number of
 * documents). No sentence offsets: only the documents whose sentences are shown need those
 * (locateHits reads them again, a few files). Its sentence lengths only when a line has postings,
 * packed in the smallest typed array that holds them: the ranking reads a length only for a
 * sentence a line's postings name, and takes their mean from the reads (LengthsInOrder); kept for
 * every document, as numbers, they grew with the corpus (at 10,000 documents 12 MB, twice over
 * with a second pass). Its lines' forms are the ones of the documents before it (`forms`): each
 * document decoded its own copy of the same few words.
 */
export function slim(source: TermSource, forms: Map<string, string>): TermCounts {
  const lines = interned(source.lines, forms);
  return { sentences: source.sentences, lengths: hasPostings(lines) ? packed(source.lengths) : NO_LENGTHS, lines };
}

/**
 * A document as the first pass kept it (slim) with the lines of its second read added; the
 * lengths from that read when the first kept none and its lines bring postings.
 */
export function withRead(source: TermCounts, read: TermSource, forms: Map<string, string>, headings?: readonly string[]): TermCounts {
  if (read.lines.size === 0) return source;
  const added = withLines(source, { ...read, lines: interned(headings ? withHeadings(read.lines, headings) : read.lines, forms) });
  return added.lengths === NO_LENGTHS && hasPostings(read.lines) ? { ...added, lengths: packed(read.lengths) } : added;
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

/** The lines keyed by the first string seen of each form (`forms`, across documents). */
function interned(lines: ReadonlyMap<string, TermLine>, forms: Map<string, string>): ReadonlyMap<string, TermLine> {
  if (lines.size === 0) return NO_LINES;
  const out = new Map<string, TermLine>();
  for (const [form, line] of lines) {
    let kept = forms.get(form);
    if (kept === undefined) forms.set(form, (kept = form));
    out.set(kept, line);
  }
  return out;
}

/** Does a line have postings (the ranking then reads its sentences' lengths)? */
function hasPostings(lines: ReadonlyMap<string, TermLine>): boolean {
  for (const line of lines.values()) if (line.postings !== '') return true;
  return false;
}

/** Sentence lengths (distinct terms, rarely past a hundred) in the smallest typed array that holds them. */
function packed(lengths: ArrayLike<number> & Iterable<number>): Uint8Array | Uint16Array | Uint32Array {
  let max = 0;
  for (const l of lengths) if (l > max) max = l;
  return max < 0x100 ? Uint8Array.from(lengths) : max < 0x10000 ? Uint16Array.from(lengths) : Uint32Array.from(lengths);
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
