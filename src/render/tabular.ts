// Machine formats: tsv (one record a line, tab-separated, no header unless asked), json (one
// array) and ndjson (one object a line). A field's tabs and newlines become spaces, lists are
// joined with `,`, a missing value is empty.
import { clean } from './style.js';

export type Field = string | number | boolean | null | undefined | readonly (string | number)[];

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
