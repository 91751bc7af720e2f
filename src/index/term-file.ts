// The term file of a document, written at ingest (index/terms.ts) and read by search and kwic
// (query/postings.ts).
//
// A document's *term text* lists the words of its sentences in search form (nlp/search-analyzer.ts) with the sentences they occur
// in. It is plain text, one word a line, so a query reads the file's bytes and decodes only the
// lines whose word contains a probe of the query (found with indexOf), never parsing the rest:
//
//   ks-terms 2 <sentences>
//   <per sentence: number of distinct index terms (its length for BM25), comma-joined>
//   <byte offsets of the sentence lines in the sentences file, and of its end (index/terms.ts)>
//   <form>\t<postings>\t<stop postings>          one line per form
//
// Postings are `sentence` or `sentence:tf` (tf > 1), comma-joined, ascending. Index terms are the
// words that are not stopwords (indexTerms); a form's stop postings are the sentences where it
// occurs as a stopword (`kwic og` finds them; `search` ignores them). Lines come in the order the
// forms first occur as index terms, then the forms that occur only as stopwords, then a line
// `§§\t\t<sentences>` of the sentences that refer back (a word of nlp/anaphora-nb.ts: "denne",
// "slik", "ordningen" …), a line `§§|\t\t<sentences>` of the sentences that start a section
// (none: only the first) and a line `§§^\t\t<start>:<heading words>|…` of each section's heading
// words at its first sentence, all read by search with one probe.
import { searchForm } from '../nlp/search-analyzer.js';
import { isStopword, tokenize } from '../nlp/norwegian.js';
import { memoize } from '../nlp/fold.js';
import { REFERRING_WORDS_NB } from '../nlp/anaphora-nb.js';

/** The form of the line of sentences that refer back: no letters or digits, so no query probe finds it by chance. */
export const REFERS_BACK = '§§';
/** The form of the line of sentences that start a section: it holds REFERS_BACK, so the same probe reads it. */
export const SECTION_STARTS = '§§|';
/** The form of the line of section headings (`start:words|start:words …`): read with the same probe. */
export const SECTION_HEADINGS = '§§^';
const REFERRING = /* @__PURE__ */ new Set(REFERRING_WORDS_NB.map((w) => searchForm(w)));

export const TERMS_HEADER = 'ks-terms 2';

/**
 * The term text of a document's sentences (their texts in document order), with the byte offsets
 * of their lines in the sentences file when there is one.
 */
export function encodeTerms(
  texts: readonly string[],
  offsets: readonly number[] = [],
  sections: readonly string[] = [],
  titles: ReadonlyMap<string, string> = new Map(),
): string {
  // per form, its sentences and the word's count in each (sentences come in order: append or add)
  const index = new Map<string, { ids: number[]; tfs: number[] }>();
  const stops = new Map<string, number[]>();
  const lengths: number[] = [];
  const referring: number[] = [];
  texts.forEach((text, i) => {
    let distinct = 0; // MiniSearch's field length: distinct index terms
    let emptyForm = false;
    for (const word of tokenize(text)) {
      const { form, stop } = wordOf(word);
      if (REFERRING.has(form) && referring[referring.length - 1] !== i) referring.push(i);
      if (stop) {
        const list = stops.get(form);
        if (!list) stops.set(form, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      } else if (!form) {
        // an empty search form counts for the length but is not indexed
        if (!emptyForm) distinct += 1;
        emptyForm = true;
      } else {
        let postings = index.get(form);
        if (!postings) index.set(form, (postings = { ids: [], tfs: [] }));
        const last = postings.ids.length - 1;
        if (last >= 0 && postings.ids[last] === i) postings.tfs[last]! += 1;
        else {
          postings.ids.push(i);
          postings.tfs.push(1);
          distinct += 1;
        }
      }
    }
    lengths.push(distinct);
  });
  const lines = [`${TERMS_HEADER} ${texts.length}`, lengths.join(','), offsets.join(',')];
  const line = (form: string, postings: string, stop: number[] | undefined) =>
    stop ? `${form}\t${postings}\t${stop.join(',')}` : `${form}\t${postings}`;
  for (const [form, { ids, tfs }] of index) {
    let list = '';
    for (let k = 0; k < ids.length; k++) {
      if (k > 0) list += ',';
      list += tfs[k]! > 1 ? `${ids[k]}:${tfs[k]}` : `${ids[k]}`;
    }
    lines.push(line(form, list, stops.get(form)));
  }
  for (const [form, stop] of stops) if (!index.has(form)) lines.push(line(form, '', stop));
  if (referring.length) lines.push(line(REFERS_BACK, '', referring));
  // where a section starts (each sentence's section id given): a sentence refers back only within its own
  const starts = sections.flatMap((id, i) => (i > 0 && id !== sections[i - 1] ? [i] : []));
  if (sections.length) lines.push(line(SECTION_STARTS, '', starts.length ? starts : undefined));
  // each section's heading words in search form (stopwords left out), at its first sentence
  if (sections.length && titles.size) {
    const entries = [0, ...starts].map((i) => {
      const words = [...new Set(tokenize(titles.get(sections[i]!) ?? '').filter((w) => !isStopword(w)).map((w) => searchForm(w)))];
      return `${i}:${words.join(' ')}`;
    });
    lines.push(`${SECTION_HEADINGS}\t\t${entries.join('|')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A word's search form and whether it is a stopword: kept per word, as the same words recur. */
const wordOf = memoize((word): { form: string; stop: boolean } => ({ form: searchForm(word), stop: isStopword(word) }));

/** One form's line: its postings and stop postings, still encoded. */
export interface TermLine {
  postings: string;
  stops: string;
}

/**
 * Which of the lines a probe found a read keeps (search's second pass, query/postings.ts
 * partLines): asked with each line's form and whether it has postings; a line it answers false
 * for is left out.
 */
export type LineFilter = (form: string, hasPostings: boolean) => boolean;

/** What the ranking needs of one document: sentence count and lengths, and the lines it matched. */
export interface TermCounts {
  sentences: number;
  /** (a query may keep them in a typed array: search keeps every document's) */
  lengths: ArrayLike<number> & Iterable<number>;
  /** the lines whose form contains a probe, in file order */
  lines: ReadonlyMap<string, TermLine>;
}

/** A document's term file as read: what the ranking needs, and where its sentences start. */
export interface TermSource extends TermCounts {
  /** byte offsets of the sentence lines in the sentences file (empty when there is none) */
  offsets(): number[];
}

const NEWLINE = 10;
const TAB = 9;

/**
 * Read the lines of a term text whose form contains one of the probes (all lines when `probes`
 * is null), and of those only the ones `keep` accepts when given. The text stays bytes: only the
 * header and the matched lines are decoded. Throws a SyntaxError when the text is not a term text.
 */
export function termSource(text: Uint8Array | string, probes: readonly string[] | null, keep?: LineFilter): TermSource {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const first = bytes.indexOf(NEWLINE);
  const second = first < 0 ? -1 : bytes.indexOf(NEWLINE, first + 1);
  const third = second < 0 ? -1 : bytes.indexOf(NEWLINE, second + 1);
  const header = bytes.toString('latin1', 0, Math.max(0, first));
  if (third < 0 || !header.startsWith(`${TERMS_HEADER} `)) throw new SyntaxError('not a term file');
  const sentences = Number(header.slice(TERMS_HEADER.length + 1));
  const lengths = parseNumbers(bytes, first + 1, second);
  if (!Number.isInteger(sentences) || lengths.length !== sentences) throw new SyntaxError('bad term file header');
  // offsets are read by few queries: keep their bytes (a copy, so the file's can go) until asked
  const offsetBytes = Buffer.from(bytes.subarray(second + 1, third));
  const offsets = () => {
    const out = parseNumbers(offsetBytes, 0, offsetBytes.length);
    if (out.length && out.length !== sentences + 1) throw new SyntaxError('bad sentence offsets');
    return out;
  };
  const body = third + 1;
  const starts: number[] = [];
  if (probes === null) {
    for (let at = body; at < bytes.length; at = bytes.indexOf(NEWLINE, at) + 1 || bytes.length) starts.push(at);
  } else {
    const seen = new Set<number>();
    for (const probe of probes) {
      if (!probe) continue;
      const needle = Buffer.from(probe, 'utf8');
      let at = bytes.indexOf(needle, body);
      while (at >= 0) {
        // the first hit in a line: in the form if before the tab, else in the postings
        const start = bytes.lastIndexOf(NEWLINE, at) + 1;
        const tab = bytes.indexOf(TAB, start);
        if (tab >= 0 && at < tab) seen.add(start);
        const end = bytes.indexOf(NEWLINE, at);
        if (end < 0) break;
        at = bytes.indexOf(needle, end + 1);
      }
    }
    for (const start of [...seen].sort((a, b) => a - b)) starts.push(start);
  }
  const lines = new Map<string, TermLine>();
  for (const start of starts) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    if (end === start) continue;
    if (keep) {
      // the form alone first: a line left out is decoded no further
      const tab = bytes.indexOf(TAB, start);
      if (tab < 0 || tab > end) throw new SyntaxError('bad term line');
      const form = bytes.toString('utf8', start, tab);
      if (!keep(form, tab + 1 < end && bytes[tab + 1] !== TAB)) continue;
      const [postings, stops] = bytes.toString('utf8', tab + 1, end).split('\t');
      lines.set(form, { postings: postings!, stops: stops ?? '' });
      continue;
    }
    const [form, postings, stops] = bytes.toString('utf8', start, end).split('\t');
    if (form === undefined || postings === undefined) throw new SyntaxError('bad term line');
    lines.set(form, { postings, stops: stops ?? '' });
  }
  return { sentences, lengths, lines, offsets };
}

/** Comma-separated decimal numbers in bytes [from, to), parsed without decoding them. */
function parseNumbers(bytes: Uint8Array, from: number, to: number): number[] {
  const out: number[] = [];
  if (from === to) return out;
  let n = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c === 44) {
      if (!digits) throw new SyntaxError('bad number');
      out.push(n);
      n = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits += 1;
    } else {
      throw new SyntaxError('bad number');
    }
  }
  if (!digits) throw new SyntaxError('bad number');
  out.push(n);
  return out;
}

/** Decode postings: sentence indices and term frequencies. */
export function decodePostings(encoded: string): { ids: number[]; tfs: number[] } {
  const ids: number[] = [];
  const tfs: number[] = [];
  if (encoded === '') return { ids, tfs };
  for (const part of encoded.split(',')) {
    const colon = part.indexOf(':');
    ids.push(Number(colon < 0 ? part : part.slice(0, colon)));
    tfs.push(colon < 0 ? 1 : Number(part.slice(colon + 1)));
  }
  return { ids, tfs };
}

/** How many postings an encoded postings line holds: decodePostings' ids, counted without decoding them. */
export function countPostings(encoded: string): number {
  if (encoded === '') return 0;
  let n = 1;
  for (let i = encoded.indexOf(','); i >= 0; i = encoded.indexOf(',', i + 1)) n++;
  return n;
}

/** The sentences a form occurs in at all (as an index term or a stopword), ascending. */
export function occurrences(line: TermLine): number[] {
  const ids = decodePostings(line.postings).ids;
  if (line.stops === '') return ids;
  return [...new Set([...ids, ...line.stops.split(',').map(Number)])].sort((a, b) => a - b);
}
