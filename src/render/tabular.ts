// Machine formats: tsv (one record a line, tab-separated, no header unless asked), json (one
// array) and ndjson (one object a line). A field's tabs and newlines become spaces, lists are
// joined with `,`, a missing value is empty.
import { clean } from './style.js';

export type Field = string | number | boolean | null | undefined | readonly (string | number)[];

export function tsvField(value: Field): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => tsvField(v)).join(',');
  return clean(String(value)); // clean() turns tabs and newlines into spaces
}

export function tsvLines<T>(records: readonly T[], columns: ReadonlyArray<[string, (r: T) => Field]>, header: boolean): string[] {
  const lines = records.map((r) => columns.map(([, get]) => tsvField(get(r))).join('\t'));
  return header ? [columns.map(([name]) => name).join('\t'), ...lines] : lines;
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
