// The lean statements file, one row per statement (store.ts writes it beside each document):
//
//   line 1    the document's sections, as one line of JSON
//   line 2…   kinds ⇥ areas ⇥ id ⇥ section id ⇥ ordinal ⇥ page ⇥ first line ⇥ last line ⇥ actors ⇥ figures ⇥ text
//
// Kinds and areas come first and the text last, so a query tests its kind and area filter on
// the start of a row, and grep its pattern on the end, before any row is split or any statement
// built: at a thousand documents most rows are never decoded. Fields are escaped like
// PostgreSQL's COPY text format (backslash, tab, newline, CR), so a raw tab always ends a field
// and the text is everything after the last one; a list's items (never empty) are joined with
// U+001F (unit separator), escaped too, so figures may hold commas.
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
// most lists hold one item or none: no split, no map for those
const splitItems = (field: string): string[] =>
  field === '' ? [] : field.includes(ITEM) ? field.split(ITEM).map(unescapeField) : [unescapeField(field)];
/** A whole number field, or NaN (Number('') is 0, which no count or line here may be written as). */
const whole = (field: string) => (field === '' ? NaN : Number(field));

/** One statement as a row (no newline). */
export function encodeStatement(s: AnalyzedSentence): string {
  return [
    joinItems(s.kinds),
    joinItems(s.areas),
    escapeField(s.id),
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

const FIELDS = 11;

/** A row back into a statement (without cues and area terms, which only the whole file keeps); null if malformed. */
export function decodeStatement(row: string): AnalyzedSentence | null {
  const f = row.split('\t');
  if (f.length !== FIELDS) return null;
  const kinds = splitItems(f[0]!) as Kind[];
  const ordinal = whole(f[4]!);
  const page = f[5] === '' ? null : whole(f[5]!);
  const first = whole(f[6]!);
  const last = whole(f[7]!);
  // Number.isInteger is false for NaN: an empty or non-numeric field fails here
  if (kinds.length === 0 || !Number.isInteger(ordinal) || !Number.isInteger(first) || !Number.isInteger(last) || (page !== null && !Number.isInteger(page))) {
    return null;
  }
  return {
    id: unescapeField(f[2]!),
    sectionId: unescapeField(f[3]!),
    ordinal,
    page,
    lines: [first, last],
    text: unescapeField(f[10]!),
    kind: kinds[0]!,
    kinds,
    areas: splitItems(f[1]!),
    actors: splitItems(f[8]!) as Actor[],
    figures: splitItems(f[9]!),
    cues: [],
    areaTerms: {},
  };
}

/** The statement's text, read from the end of its row without splitting the rest. */
export function rowText(row: string): string {
  return unescapeField(row.slice(row.lastIndexOf('\t') + 1));
}

/** A kind and area filter, tested on a row. */
export interface RowFilter {
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
 * Does the row at `start` pass? Its kind is the first item of its first field, its areas the
 * items of its second. `latin1` is the file's bytes one character each, so the row is tested
 * with the string builtins (fast from the first call; a loop over bytes is slow until the JIT
 * has warmed up, which a query's few hundred milliseconds do not wait for) and a row that fails
 * is never decoded. -1: malformed.
 */
function rowPasses(latin1: string, start: number, end: number, filter: RowFilter): boolean | -1 {
  const tab = latin1.indexOf('\t', start);
  if (tab === -1 || tab >= end) return -1;
  const second = latin1.indexOf('\t', tab + 1);
  if (second === -1 || second > end) return -1;
  if (filter.kinds) {
    const kinds = latin1.slice(start, tab);
    const item = kinds.indexOf(ITEM);
    if (!filter.kinds.has(item === -1 ? kinds : kinds.slice(0, item))) return false;
  }
  if (!filter.areas) return true;
  const areas = latin1.slice(tab + 1, second);
  return areas.includes(ITEM) ? areas.split(ITEM).some((a) => filter.areas!.includes(a)) : filter.areas.includes(areas);
}

/**
 * Split a file into its sections line and the rows that pass the filter, from its bytes: a row
 * is decoded only if its kind and areas pass, so the text of the rows a query skips is never
 * turned into a string, and each kept row is a string of its own (not a slice holding the whole
 * file in memory). `total` counts every row (null when rows were found by `contains`, which
 * looks at no other row). Null when the file is cut short (a whole file ends with a newline) or
 * a row has no area field; a row is checked whole when it is decoded.
 */
export function readStatementsFile(bytes: Buffer, filter: RowFilter = {}): { sectionsJson: string; rows: string[]; total: number | null } | null {
  if (bytes.length === 0 || bytes[bytes.length - 1] !== NEWLINE) return null;
  // every statement has one of the kinds: a filter naming them all (grep's default) filters nothing
  if (filter.kinds && KINDS.every((k) => filter.kinds!.has(k))) filter = { ...filter, kinds: null };
  if (filter.contains) return rowsContaining(bytes, filter.contains, filter);
  if (!filter.kinds && !filter.areas) {
    // every row is kept: one decode of the whole file, its rows slices of it (one large string
    // instead of a young one per row, which the garbage collector would copy)
    const lines = bytes.toString('utf8', 0, bytes.length - 1).split('\n');
    return { sectionsJson: lines[0]!, rows: lines.slice(1), total: lines.length - 1 };
  }
  // one byte, one character: offsets in this string are offsets in the bytes
  const latin1 = bytes.toString('latin1');
  const first = latin1.indexOf('\n');
  const rows: string[] = [];
  let total = 0;
  for (let start = first + 1; start < latin1.length; total++) {
    const end = latin1.indexOf('\n', start);
    const passes = rowPasses(latin1, start, end, filter);
    if (passes === -1) return null;
    if (passes) rows.push(bytes.toString('utf8', start, end));
    start = end + 1;
  }
  return { sectionsJson: bytes.toString('utf8', 0, first), rows, total };
}

/**
 * The rows that contain `text` and pass the kind and area filter, found by searching the bytes
 * for it (natively, as a grep for a word over a thousand documents spends its time here):
 * the other rows are never looked at.
 */
function rowsContaining(bytes: Buffer, text: string, filter: RowFilter): { sectionsJson: string; rows: string[]; total: null } | null {
  const first = bytes.indexOf(NEWLINE);
  const needle = Buffer.from(text, 'utf8');
  const rows: string[] = [];
  for (let at = bytes.indexOf(needle, first + 1); at !== -1; ) {
    const start = bytes.lastIndexOf(NEWLINE, at) + 1;
    const end = bytes.indexOf(NEWLINE, at);
    if (filter.kinds || filter.areas) {
      const row = bytes.toString('latin1', start, end);
      const passes = rowPasses(row, 0, row.length, filter);
      if (passes === -1) return null;
      if (passes) rows.push(bytes.toString('utf8', start, end));
    } else rows.push(bytes.toString('utf8', start, end));
    at = bytes.indexOf(needle, end + 1);
  }
  return { sectionsJson: bytes.toString('utf8', 0, first), rows, total: null };
}

/** The whole file: sections, then one row per statement. */
export function encodeStatementsFile(sectionsJson: string, statements: readonly AnalyzedSentence[]): string {
  return [sectionsJson, ...statements.map(encodeStatement)].join('\n') + '\n';
}

