// The lean statements file, one row per statement (store.ts writes it beside each document):
//
//   line 1    the document's sections, as one line of JSON
//   line 2    the row directory, as one line of JSON: {"kinds":[…],"areas":[…],"bytes":[…],"kind":[…],"area":[…]}:
//             the kinds and areas the rows hold, then for each row its length in bytes, its
//             kind (an index into kinds) and its areas (a bit mask over areas)
//   line 3…   kinds ⇥ areas ⇥ section id ⇥ ordinal ⇥ page ⇥ first line ⇥ last line ⇥ actors ⇥ figures ⇥ text
//             (a statement's id is its section id, a hyphen and its ordinal: SPEC, segment/document.ts;
//             schema 9 and earlier wrote it as a third field, which decodeStatement still reads)
//
// A query by kind or area reads the directory and decodes only the rows that pass, found by
// their lengths: the rest of the file is never turned into a string nor scanned (at a thousand
// documents, a query by area skips most of 45 MB). Kinds and areas also begin each row and
// the text ends it, so grep tests its pattern on the end of a row before any row is split or
// any statement built. Fields are escaped like PostgreSQL's COPY text format (backslash, tab,
// newline, CR), so a raw tab always ends a field and the text is everything after the last
// one; a list's items (never empty) are joined with U+001F (unit separator), escaped too, so
// figures may hold commas.
import { type Actor, type AnalyzedSentence, type Kind, KINDS } from '../model/types.js';

const ITEM = '\u001f';
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', [ITEM]: '\\u' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r', u: ITEM };

export function escapeField(value: string): string {
  return /[\\\t\n\r\u001f]/u.test(value) ? value.replace(/[\\\t\n\r\u001f]/gu, (c) => ESCAPES[c]!) : value;
}

export function unescapeField(value: string): string {
  return value.includes('\\') ? value.replace(/\\(.)/gu, (_, c: string) => UNESCAPES[c] ?? c) : value;
}

const joinItems = (items: readonly string[]) => items.map(escapeField).join(ITEM);
/**
 * What a row leaves empty, shared by every decoded statement instead of made anew (a query at a
 * thousand documents decodes tens of thousands): frozen, as nothing may add to them.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];
const NO_TERMS: Record<string, string[]> = Object.freeze({}) as Record<string, string[]>;

// most lists hold one item or none: no split, no map for those
const splitItems = (field: string): string[] =>
  field === '' ? NONE : field.includes(ITEM) ? field.split(ITEM).map(unescapeField) : [unescapeField(field)];
/** A whole number field, or NaN (Number('') is 0, which no count or line here may be written as). */
const whole = (field: string) => (field === '' ? NaN : Number(field));

/** One statement as a row (no newline). */
export function encodeStatement(s: AnalyzedSentence): string {
  return [
    joinItems(s.kinds),
    joinItems(s.areas),
    escapeField(s.sectionId),
    String(s.ordinal),
    s.page === null ? '' : String(s.page),
    String(s.lines[0]),
    String(s.lines[1]),
    joinItems(s.actors),
    joinItems(s.figures),
    escapeField(s.text),
  ].join('\t');
}

const FIELDS = 10;
/** A row of schema 9 or earlier, its id a field of its own (the third): documents an ingest reuses keep them. */
const FIELDS_WITH_ID = 11;

/** A row back into a statement (without cues and area terms, which only the whole file keeps); null if malformed. */
export function decodeStatement(row: string): AnalyzedSentence | null {
  const f = row.split('\t');
  if (f.length !== FIELDS && f.length !== FIELDS_WITH_ID) return null;
  // an old row's id, taken out: its other fields are then where a new row has them
  const stored = f.length === FIELDS_WITH_ID ? f.splice(2, 1)[0]! : null;
  const kinds = splitItems(f[0]!) as Kind[];
  const sectionId = unescapeField(f[2]!);
  const ordinal = whole(f[3]!);
  const page = f[4] === '' ? null : whole(f[4]!);
  const first = whole(f[5]!);
  const last = whole(f[6]!);
  // Number.isInteger is false for NaN: an empty or non-numeric field fails here
  if (kinds.length === 0 || !Number.isInteger(ordinal) || !Number.isInteger(first) || !Number.isInteger(last) || (page !== null && !Number.isInteger(page))) {
    return null;
  }
  return {
    id: stored === null ? `${sectionId}-${ordinal}` : unescapeField(stored),
    sectionId,
    ordinal,
    page,
    lines: [first, last],
    text: unescapeField(f[9]!),
    kind: kinds[0]!,
    kinds,
    areas: splitItems(f[1]!),
    actors: splitItems(f[7]!) as Actor[],
    figures: splitItems(f[8]!),
    cues: NONE,
    areaTerms: NO_TERMS,
  };
}

/** The statement's text, read from the end of its row without splitting the rest. */
export function rowText(row: string): string {
  return unescapeField(row.slice(row.lastIndexOf('\t') + 1));
}

/** A kind and area filter, tested on a row. */
export interface RowFilter {
  /** read the document's sections even when no row is kept (`sections` lists every document's) */
  sections?: boolean;
  /** the statement's kind (its first) must be one of these */
  kinds?: ReadonlySet<string> | null;
  /** one of its areas must be one of these */
  areas?: readonly string[] | null;
  /**
   * its row must contain this text, which holds nothing the format escapes (backslash, tab,
   * newline, CR, U+001F), so it is in the row's bytes exactly where it is in the statement:
   * grep's plain words. A row that has it may still not match; one without it cannot.
   */
  contains?: string | null;
}

/** Can `text` be looked for in a row's bytes as it is (RowFilter.contains)? */
export const rowSearchable = (text: string) => text !== '' && !/[\\\t\n\r\u001f]/u.test(text);

const NEWLINE = 0x0a;

/**
 * Line 2: where each row is, and what a kind and area filter tests, as numbers (a query tests
 * a row with an array lookup and a bit test). The names are the file's own, not a global table.
 */
interface RowDirectory {
  kinds: string[];
  areas: string[];
  bytes: number[];
  kind: number[];
  area: number[];
}

/** A mask holds at most this many areas (SPEC has 17): bits of a 31-bit small integer. */
const MAX_AREAS = 30;

const isDirectory = (d: unknown): d is RowDirectory => {
  const { kinds, areas, bytes, kind, area } = (d ?? {}) as Partial<RowDirectory>;
  return (
    Array.isArray(kinds) && Array.isArray(areas) && areas.length <= MAX_AREAS && Array.isArray(bytes) &&
    Array.isArray(kind) && Array.isArray(area) && kind.length === bytes.length && area.length === bytes.length
  );
};

function encodeDirectory(rows: readonly string[], statements: readonly AnalyzedSentence[]): RowDirectory {
  const kinds = [...new Set(statements.map((s) => s.kinds[0]!))];
  const areas = [...new Set(statements.flatMap((s) => s.areas))];
  if (areas.length > MAX_AREAS) throw new Error(`a document with more than ${MAX_AREAS} areas`);
  return {
    kinds,
    areas,
    bytes: rows.map((r) => Buffer.byteLength(r, 'utf8')),
    kind: statements.map((s) => kinds.indexOf(s.kinds[0]!)),
    area: statements.map((s) => s.areas.reduce((mask, a) => mask | (1 << areas.indexOf(a)), 0)),
  };
}

/**
 * Split a file into its sections line and the rows that pass the filter, from its bytes. By
 * kind or area, the directory says which rows pass and where they are: only those are decoded,
 * each a string of its own (not a slice holding the whole file in memory). `total` counts
 * every row (null when rows were found by `contains`, which looks at no other row). Null when
 * the file is cut short (a whole file ends with a newline) or the directory does not describe
 * its rows; a row is checked whole when it is decoded.
 */
export function readStatementsFile(bytes: Buffer, filter: RowFilter = {}): { sectionsJson: string; rows: string[]; total: number | null } | null {
  if (bytes.length === 0 || bytes[bytes.length - 1] !== NEWLINE) return null;
  const first = bytes.indexOf(NEWLINE);
  const second = bytes.indexOf(NEWLINE, first + 1);
  if (second === -1) return null;
  const sectionsJson = bytes.toString('utf8', 0, first);
  // every statement has one of the kinds: a filter naming them all (grep's default) filters nothing
  if (filter.kinds && KINDS.every((k) => filter.kinds!.has(k))) filter = { ...filter, kinds: null };
  if (filter.contains) {
    const rows = rowsContaining(bytes, second + 1, filter.contains, filter);
    return rows && { sectionsJson, rows, total: null };
  }
  if (!filter.kinds && !filter.areas) {
    // every row is kept: one decode of the rows, each a slice of it (one large string instead
    // of a young one per row, which the garbage collector would copy)
    const rows = second + 1 === bytes.length ? [] : bytes.toString('utf8', second + 1, bytes.length - 1).split('\n');
    return { sectionsJson, rows, total: rows.length };
  }
  let directory: unknown;
  try {
    directory = JSON.parse(bytes.toString('utf8', first + 1, second));
  } catch {
    return null;
  }
  if (!isDirectory(directory)) return null;
  // the filter in the file's own terms: which kind numbers pass, which area bits
  const kindPasses = directory.kinds.map((k) => !filter.kinds || filter.kinds.has(k));
  const wanted = filter.areas ? directory.areas.reduce((mask, a, bit) => (filter.areas!.includes(a) ? mask | (1 << bit) : mask), 0) : null;
  const rows: string[] = [];
  let start = second + 1;
  for (let i = 0; i < directory.bytes.length; i++) {
    const length = directory.bytes[i]!;
    const end = start + length;
    if (!Number.isInteger(length) || length < 0 || !(end < bytes.length) || bytes[end] !== NEWLINE) return null;
    if (kindPasses[directory.kind[i]!] === true && (wanted === null || (directory.area[i]! & wanted) !== 0)) rows.push(bytes.toString('utf8', start, end));
    start = end + 1;
  }
  return start === bytes.length ? { sectionsJson, rows, total: directory.bytes.length } : null;
}

/**
 * Does a row with these kinds and areas fields (escaped, items joined with U+001F) pass? Its
 * kind is its first. For the rows `contains` finds by their bytes, which are tested on their own
 * fields: their place in the directory is not known without counting the rows before them.
 */
function passes(kinds: string, areas: string, filter: RowFilter): boolean {
  if (filter.kinds) {
    const item = kinds.indexOf(ITEM);
    if (!filter.kinds.has(item === -1 ? kinds : kinds.slice(0, item))) return false;
  }
  if (!filter.areas) return true;
  return areas.includes(ITEM) ? areas.split(ITEM).some((a) => filter.areas!.includes(a)) : filter.areas.includes(areas);
}

/**
 * The rows from `from` on that contain `text` and pass the kind and area filter, found by
 * searching the bytes for it (natively, as a grep for a word over a thousand documents spends
 * its time here): the other rows are never looked at. Null if a row lacks its area field.
 */
function rowsContaining(bytes: Buffer, from: number, text: string, filter: RowFilter): string[] | null {
  const needle = Buffer.from(text, 'utf8');
  const rows: string[] = [];
  for (let at = bytes.indexOf(needle, from); at !== -1; ) {
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const end = bytes.indexOf(NEWLINE, at);
    if (filter.kinds || filter.areas) {
      const row = bytes.toString('latin1', start, end);
      const tab = row.indexOf('\t');
      const second = tab === -1 ? -1 : row.indexOf('\t', tab + 1);
      if (second === -1) return null;
      if (passes(row.slice(0, tab), row.slice(tab + 1, second), filter)) rows.push(bytes.toString('utf8', start, end));
    } else rows.push(bytes.toString('utf8', start, end));
    at = bytes.indexOf(needle, end + 1);
  }
  return rows;
}

/** The whole file: sections, the row directory, then one row per statement. */
export function encodeStatementsFile(sectionsJson: string, statements: readonly AnalyzedSentence[]): string {
  const rows = statements.map(encodeStatement);
  return [sectionsJson, JSON.stringify(encodeDirectory(rows, statements)), ...rows].join('\n') + '\n';
}
