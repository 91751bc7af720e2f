// `compare` and `similar` in text, tsv, json and ndjson (the Markdown report: compare-report.ts).
import type { CompareRecord } from '../model/result.js';
import type { CommandResult } from '../model/result.js';
import { CHANGES, type Change } from '../model/result.js';
import type { SentenceRecord } from '../query/records.js';
import { pageOrLine } from './cite.js';
import type { RenderOptions } from './index.js';
import { clean, displayWidth, type Style, wrap } from './style.js';
import { type Field, machineLines, SENTENCE_COLUMNS } from './tabular.js';

export const COMPARE_COLUMNS: ReadonlyArray<[string, (r: CompareRecord) => Field]> = [
  ['change', (r) => r.change],
  ['similarity', (r) => r.similarity.toFixed(3)],
  ['old', (r) => r.old?.id],
  ['new', (r) => r.new?.id],
  ['old_kind', (r) => r.old?.kind],
  ['new_kind', (r) => r.new?.kind],
  ['areas', (r) => (r.new ?? r.old)!.areas],
  ['old_text', (r) => r.old?.text],
  ['new_text', (r) => r.new?.text],
];

export function renderCompare(result: Extract<CommandResult, { type: 'compare' }>, options: RenderOptions): string[] {
  const { records } = result.comparison;
  if (['json', 'ndjson', 'tsv', 'csv'].includes(options.format)) return machineLines(records, options, COMPARE_COLUMNS);
  const { chalk } = options.style;
  const lines: string[] = [];
  const terminal = options.style.width !== null;
  if (terminal) {
    const { old, new: now } = result.comparison;
    lines.push(fitParts([old.id, '→', now.id].map((p) => [p, chalk.bold(p)]), options.style.width!, '', '  '));
  }
  for (const change of CHANGES) {
    const group = records.filter((r) => r.change === change);
    if (group.length === 0) continue;
    if (change === 'repeated' && !result.all) {
      lines.push(terminal ? chalk.dim(`\n${group.length} repeated (--all lists them)`) : `# ${group.length} repeated (--all lists them)`);
      continue;
    }
    if (terminal) lines.push('', options.style.chalk.bold(changeColor(options.style, change)(`${change} (${group.length})`)));
    for (const r of group) lines.push(terminal ? recordBlock(r, options.style) : recordLine(r, options.style));
  }
  return lines;
}

/** Piped: one record a line, tab-separated, old → new. */
function recordLine(r: CompareRecord, style: Style): string {
  const { chalk } = style;
  const ids = [r.old?.id ?? '-', r.new?.id ?? '-'].join(' → ');
  const kinds = r.kinds ?? (r.new ?? r.old)!.kind ?? '-';
  const text = r.old && r.new ? `${clean(r.old.text)} → ${clean(r.new.text)}` : clean((r.new ?? r.old)!.text);
  return [changeColor(style, r.change)(r.change), r.similarity.toFixed(2), chalk.bold(ids), kinds, text].join('\t');
}

/** On a terminal: a head line, then the old text (−) and the new (+), wrapped. */
function recordBlock(r: CompareRecord, style: Style): string {
  const { chalk } = style;
  const width = (style.width ?? 80) - 4;
  // the head's parts as [plain, styled]: they are fitted by their plain width
  const cite = (s: SentenceRecord): [string, string] => [`${s.id} ${pageOrLine(s.page, s.lines[0])}`, `${s.id} ${chalk.dim(pageOrLine(s.page, s.lines[0]))}`];
  const styled = (paint: (s: string) => string, plain: string): [string, string] => [plain, paint(plain)];
  const main = (r.new ?? r.old)!;
  const head: Array<[string, string]> = [
    ...(r.old && r.new ? [cite(r.old), styled((s) => s, '→'), cite(r.new), styled(chalk.dim, r.similarity.toFixed(2))] : [cite(main)]),
    r.kinds ? styled(changeColor(style, r.change), r.kinds) : styled(chalk.dim, main.kind ?? '-'),
    styled(chalk.cyan, main.areas.join(',') || '-'),
  ];
  const out = [fitParts(head, (style.width ?? 80), '  ', '    ')];
  if (r.old) out.push(chalk.red(`  − ${wrap(clean(r.old.text), width, '    ')}`));
  if (r.new) out.push(chalk.green(`  + ${wrap(clean(r.new.text), width, '    ')}`));
  return out.join('\n');
}

/**
 * Parts on a line two spaces apart (an arrow one), as many as fit in `width` columns; the rest
 * on lines after, indented: a head line never wider than the terminal.
 */
function fitParts(parts: ReadonlyArray<[string, string]>, width: number, first: string, indent: string): string {
  const lines: string[] = [];
  let plain = first;
  let line = first;
  for (const [i, [p, styled]] of parts.entries()) {
    const gap = p === '→' || parts[i - 1]?.[0] === '→' ? ' ' : '  ';
    const empty = plain === first || plain === indent;
    if (!empty && displayWidth(plain + gap + p) > width) {
      lines.push(line);
      plain = indent + p;
      line = indent + styled;
    } else {
      plain += (empty ? '' : gap) + p;
      line += (empty ? '' : gap) + styled;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

function changeColor(style: Style, change: Change): (s: string) => string {
  const { chalk } = style;
  switch (change) {
    case 'new': return chalk.green;
    case 'dropped': return chalk.red;
    case 'strengthened': return chalk.magenta;
    case 'weakened': return chalk.yellow;
    case 'reworded': return chalk.cyan;
    default: return chalk.dim;
  }
}

const SIMILAR_COLUMNS: ReadonlyArray<[string, (r: SentenceRecord & { similarity: number }) => Field]> = [
  ['similarity', (r) => r.similarity.toFixed(3)],
  ...SENTENCE_COLUMNS,
];

export function renderSimilar(result: Extract<CommandResult, { type: 'similar' }>, options: RenderOptions): string[] {
  const { records } = result;
  if (['json', 'ndjson', 'tsv', 'csv'].includes(options.format)) return machineLines(records, options, SIMILAR_COLUMNS);
  const { chalk } = options.style;
  if (options.style.width === null) {
    return records.map((r) => [r.similarity.toFixed(2), chalk.bold(r.id), r.kind ?? '-', r.areas.join(',') || '-', pageOrLine(r.page, r.lines[0]), clean(r.text)].join('\t'));
  }
  const width = options.style.width - 2;
  const lines = [chalk.bold(`${result.target.id}  ${result.target.kind ?? '-'}`), `  ${chalk.dim(wrap(clean(result.target.text), width, '  '))}`, ''];
  for (const r of records) {
    lines.push(`${chalk.dim(r.similarity.toFixed(2))} ${chalk.bold(r.id)} ${r.kind ?? '-'} ${chalk.cyan(r.areas.join(',') || '-')} ${chalk.dim(pageOrLine(r.page, r.lines[0]))}`);
    lines.push(`  ${wrap(clean(r.text), width, '  ')}`);
  }
  return lines;
}
