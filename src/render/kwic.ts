// Keyword-in-context lines: id and page first, then the left context right-aligned, the match,
// and the right context, so every match starts in the same column. Widths are terminal columns
// (displayWidth), so æøå and East Asian wide characters keep the column straight. Piped, the
// line is plain text (never wrapped); on a terminal the match is bold.
import type { SentenceRecord } from '../query/records.js';
import type { RenderOptions } from './index.js';
import { clean, displayWidth } from './style.js';
import { type Field, machineLines } from './tabular.js';
import { pageOrLine } from './cite.js';

/** tsv columns of a concordance line (SPEC: left, match, right, id, page). */
export const KWIC_COLUMNS: ReadonlyArray<[string, (r: SentenceRecord) => Field]> = [
  ['left', (r) => r.left],
  ['match', (r) => r.match],
  ['right', (r) => r.right],
  ['id', (r) => r.id],
  ['page', (r) => r.page],
];

const where = (r: SentenceRecord) => pageOrLine(r.page, r.lines[0]);

const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export function renderKwic(records: SentenceRecord[], options: RenderOptions): string[] {
  if (options.format !== 'text') return machineLines(records, options, KWIC_COLUMNS);
  const { chalk } = options.style;
  const lefts = records.map((r) => clean(r.left ?? ''));
  const idWidth = Math.max(0, ...records.map((r) => displayWidth(clean(r.id))));
  const pageWidth = Math.max(0, ...records.map((r) => displayWidth(where(r))));
  const leftWidth = Math.max(0, ...lefts.map(displayWidth));
  return records.map((r, i) => {
    const head = `${chalk.bold(padEnd(clean(r.id), idWidth))}  ${chalk.dim(padEnd(where(r), pageWidth))}  `;
    return `${head}${padStart(lefts[i]!, leftWidth)}${chalk.bold.red(clean(r.match ?? ''))}${clean(r.right ?? '')}`.replace(/\s+$/u, '');
  });
}
