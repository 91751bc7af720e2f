// Machine formats: tsv (one record a line, tab-separated, no header unless asked), csv (RFC
// 4180: fields quoted where they hold a comma, quote or line end, lines ending CRLF), json (one
// array) and ndjson (one object a line). In tsv a field's tabs and newlines become spaces; in
// both, lists are joined with `,` and a missing value is empty. `--fields` picks the columns
// from the record's own fields.
import { UsageError } from '../model/errors.js';
import type { SentenceRecord } from '../model/result.js';
import { clean } from './style.js';

export type Field = string | number | boolean | null | undefined | readonly (string | number)[];

/** A sentence record's tsv and csv columns (SPEC: id, kind, areas, page, section, text); search and similar put their score first. */
export const SENTENCE_COLUMNS: ReadonlyArray<[string, (r: SentenceRecord) => Field]> = [
  ['id', (r) => r.id],
  ['kind', (r) => r.kind],
  ['areas', (r) => r.areas],
  ['page', (r) => r.page],
  ['section', (r) => r.section ?? r.chapter],
  ['text', (r) => r.text],
];

export function tsvField(value: Field): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value); // nothing to clean: skip the regex
  if (typeof value === 'string') return clean(value); // clean() turns tabs and newlines into spaces
  if (Array.isArray(value)) return value.length === 1 ? tsvField(value[0]) : value.map((v) => tsvField(v)).join(',');
  return clean(String(value));
}

export function tsvLines<T>(records: readonly T[], columns: ReadonlyArray<[string, (r: T) => Field]>, header: boolean): string[] {
  const getters = columns.map(([, get]) => get);
  const lines: string[] = header ? [columns.map(([name]) => name).join('\t')] : [];
  for (const r of records) {
    let line = tsvField(getters[0]!(r));
    for (let i = 1; i < getters.length; i++) line += `\t${tsvField(getters[i]!(r))}`;
    lines.push(line);
  }
  return lines;
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line end; quotes doubled. */
export function csvField(value: Field): string {
  const text =
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvLines<T>(records: readonly T[], columns: ReadonlyArray<[string, (r: T) => Field]>, header: boolean): string[] {
  const lines: string[] = header ? [columns.map(([name]) => csvField(name)).join(',')] : [];
  for (const r of records) lines.push(columns.map(([, get]) => csvField(get(r))).join(','));
  // RFC 4180 ends each record with CRLF: the renderer joins lines with \n, so each carries its \r
  return lines.map((line) => `${line}\r`);
}

/**
 * The columns `--fields a,b` names: a default column by its name, or any field of the record
 * (`sectionId`, `lines`, `kinds` …). An unknown name is a usage error listing the fields there
 * are, so it is found at the first record.
 */
export function pickColumns<T>(fields: readonly string[], columns: ReadonlyArray<[string, (r: T) => Field]>, sample: T | undefined): Array<[string, (r: T) => Field]> {
  const own = sample && typeof sample === 'object' ? Object.keys(sample as object) : [];
  return fields.map((name) => {
    const column = columns.find(([n]) => n === name);
    if (column) return column;
    // no record to check against (nothing found): a header of the names given
    if (own.includes(name) || sample === undefined) return [name, (r: T) => (r as Record<string, Field>)[name]];
    const known = [...new Set([...columns.map(([n]) => n), ...own])];
    throw new UsageError(`unknown field '${name}' for --fields; fields: ${known.join(', ')}`);
  });
}

export function jsonLines(records: readonly unknown[], format: 'json' | 'ndjson'): string[] {
  if (format === 'ndjson') return records.map((r) => JSON.stringify(r));
  return [JSON.stringify(records, null, 2)];
}

/**
 * Records as the items of a JSON array, each as `JSON.stringify(records, null, 2)` would write
 * it (two more spaces of indent), joined with `,\n`: a streamed array byte-equal to a whole one.
 */
export function jsonArrayItems(records: readonly unknown[]): string {
  return records.map((r) => `  ${JSON.stringify(r, null, 2).replace(/\n/gu, '\n  ')}`).join(',\n');
}

/** Records in a machine format: json, ndjson, or the columns (or `--fields`) as tsv or csv. */
export function machineLines<T>(
  records: readonly T[],
  options: { format: string; header: boolean; fields?: readonly string[] },
  columns: ReadonlyArray<[string, (r: T) => Field]>,
): string[] {
  if (options.format === 'json' || options.format === 'ndjson') return jsonLines(records, options.format);
  const chosen = options.fields ? pickColumns(options.fields, columns, records[0]) : columns;
  return options.format === 'csv' ? csvLines(records, chosen, options.header) : tsvLines(records, chosen, options.header);
}
