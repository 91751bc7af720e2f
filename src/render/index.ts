// One renderer per result type and format. Terminal styling lives only in render/.
import { type CommandResult, found } from '../commands/result.js';
import type { AreaRecord, SectionRecord, SentenceRecord } from '../query/records.js';
import { KINDS } from '../model/types.js';
import { jsonArrayItems, jsonLines, tsvLines, type Field } from './tabular.js';
import { renderKwic } from './kwic.js';
import { clean, displayWidth, type Style, wrap } from './style.js';
import { pageOrLine } from './cite.js';

export const FORMATS = ['text', 'tsv', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  format: Format;
  style: Style;
  header: boolean;
}

/** A result's text, a chunk at a time, and whether it found anything (known once the chunks are read). */
export interface Output {
  chunks: AsyncIterable<string> | Iterable<string>;
  found: () => boolean;
}

/** The output of a result; `quiet` renders nothing, and reads a stream only until it has found something. */
export function output(result: CommandResult, options: RenderOptions, quiet = false): Output {
  if (result.type === 'sentence-stream') {
    const counter = { total: 0 };
    return { chunks: streamChunks(result, options, quiet, counter), found: () => counter.total > 0 };
  }
  if (result.type === 'section-stream') {
    const counter = { total: 0 };
    return { chunks: sectionChunks(result, options, quiet, counter), found: () => counter.total > 0 };
  }
  const lines = quiet ? [] : render(result, options);
  return { chunks: lines.length ? [`${lines.join('\n')}\n`] : [], found: () => found(result) };
}

async function* streamChunks(
  result: Extract<CommandResult, { type: 'sentence-stream' }>,
  options: RenderOptions,
  quiet: boolean,
  counter: { total: number },
): AsyncGenerator<string> {
  const jsonArray = options.format === 'json' && !result.only;
  const header = options.format === 'tsv' && options.header && !result.only;
  let first = true;
  for await (const batch of result.batches) {
    counter.total += batch.records.length;
    if (quiet && counter.total > 0) return; // the exit status is all -q prints: found is found
    if (quiet || result.only === 'count' || batch.records.length === 0) continue;
    if (jsonArray) yield `${first ? '[\n' : ',\n'}${jsonArrayItems(batch.records)}`;
    else {
      const view = { type: 'sentences', view: result.view, records: batch.records, highlight: batch.highlight, only: result.only } as const;
      yield `${renderSentences(view, { ...options, header: header && first }).join('\n')}\n`;
    }
    first = false;
  }
  if (quiet) return;
  if (result.only === 'count') yield `${counter.total}\n`;
  else if (jsonArray) yield first ? '[]\n' : '\n]\n';
  else if (header && first) yield `${SENTENCE_COLUMNS.map(([name]) => name).join('\t')}\n`;
}

/**
 * Sections a document at a time, byte-equal to rendering them whole but for the terminal's
 * column of ids, aligned per document. On a terminal the documents are headed by their ids when
 * there are several: the first document is held until the second shows whether there are.
 */
async function* sectionChunks(
  result: Extract<CommandResult, { type: 'section-stream' }>,
  options: RenderOptions,
  quiet: boolean,
  counter: { total: number },
): AsyncGenerator<string> {
  const text = (records: SectionRecord[], headed: boolean) => `${renderSections(records, result.tree, options, headed).join('\n')}\n`;
  let first = true;
  let held: SectionRecord[] | null = null;
  for await (const records of result.batches) {
    if (records.length === 0) continue;
    counter.total += records.length;
    if (quiet) return;
    if (options.format === 'json') yield `${first ? '[\n' : ',\n'}${jsonArrayItems(records)}`;
    else if (options.format !== 'text') yield `${machine(records, { ...options, header: options.header && first }, SECTION_COLUMNS).join('\n')}\n`;
    else if (first && result.tree) held = records;
    else {
      if (held) yield text(held, true);
      held = null;
      yield text(records, result.tree);
    }
    first = false;
  }
  if (quiet) return;
  if (held) yield text(held, false);
  else if (options.format === 'json') yield first ? '[]\n' : '\n]\n';
  else if (first && options.format === 'tsv' && options.header) yield `${SECTION_COLUMNS.map(([name]) => name).join('\t')}\n`;
}

/** Render a result to output lines (without line ends). */
export function render(result: Exclude<CommandResult, { type: 'sentence-stream' | 'section-stream' }>, options: RenderOptions): string[] {
  switch (result.type) {
    case 'sentences':
      return renderSentences(result, options);
    case 'sections':
      return renderSections(result.records, result.tree, options);
    case 'areas':
      return renderAreas(result.records, options);
    case 'markdown':
      return result.text ? [result.text.replace(/\n$/u, '')] : []; // empty: written to a file, or nothing found
    case 'ingested':
      return options.format === 'text' ? result.lines : machine(result.records, options, []);
  }
}

function machine<T>(records: readonly T[], options: RenderOptions, columns: ReadonlyArray<[string, (r: T) => Field]>): string[] {
  if (options.format === 'json' || options.format === 'ndjson') return jsonLines(records, options.format);
  return tsvLines(records, columns, options.header);
}

const location = (r: SentenceRecord) => pageOrLine(r.page, r.lines[0]);

export const SENTENCE_COLUMNS: ReadonlyArray<[string, (r: SentenceRecord) => Field]> = [
  ['id', (r) => r.id],
  ['kind', (r) => r.kind],
  ['areas', (r) => r.areas],
  ['page', (r) => r.page],
  ['section', (r) => r.section ?? r.chapter],
  ['text', (r) => r.text],
];

function renderSentences(result: Extract<CommandResult, { type: 'sentences' }>, options: RenderOptions): string[] {
  const { records } = result;
  if (result.only === 'count') return [String(records.length)];
  if (result.only === 'ids') return records.map((r) => r.id);
  if (result.view === 'kwic') return renderKwic(records, options);
  const columns: Array<[string, (r: SentenceRecord) => Field]> =
    result.view === 'search' ? [['score', (r) => r.score?.toFixed(3)], ...SENTENCE_COLUMNS] : [...SENTENCE_COLUMNS];
  if (options.format !== 'text') return machine(records, options, columns);
  if (result.view === 'show') return records.flatMap((r) => showText(r, options.style, result.highlight));
  return records.map((r) => sentenceLine(r, options.style, result.highlight, result.view === 'search'));
}

function highlightText(text: string, style: Style, pattern: RegExp | undefined): string {
  if (!pattern || !style.color) return text;
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return text.replace(global, (m) => (m ? style.chalk.bold.red(m) : m));
}

/** One sentence: a plain tab-separated line when piped; coloured and wrapped on a terminal. */
export function sentenceLine(r: SentenceRecord, style: Style, pattern?: RegExp, withScore = false): string {
  const kind = r.kind ?? '-';
  const areas = r.areas.join(',') || '-';
  const text = clean(r.text);
  const score = withScore && r.score !== undefined ? [r.score.toFixed(2)] : [];
  const { chalk } = style;
  if (style.width === null) {
    // piped: one record a line, never wrapped; coloured only when colour was forced
    return [...score, chalk.bold(r.id), kindColor(style, r.kind)(kind), chalk.cyan(areas), location(r), highlightText(text, style, pattern)].join('\t');
  }
  const head = [
    ...score.map((s) => chalk.dim(s)),
    chalk.bold(r.id),
    kindColor(style, r.kind)(kind),
    chalk.cyan(areas),
    chalk.dim(location(r)),
  ].join(' ');
  const body = wrap(text, style.width - 2, '  ');
  return `${head}\n  ${highlightText(body, style, pattern)}`;
}

function kindColor(style: Style, kind: string | null): (s: string) => string {
  const { chalk } = style;
  switch (kind) {
    case 'krav': return chalk.red;
    case 'anbefaling': return chalk.yellow;
    case 'onske': return chalk.magenta;
    case 'bekymring': return chalk.redBright;
    case 'stotte': return chalk.green;
    case 'tilsagn': return chalk.blue;
    default: return chalk.dim;
  }
}

function showText(r: SentenceRecord, style: Style, pattern?: RegExp): string[] {
  const { chalk } = style;
  const width = style.width ?? Number.POSITIVE_INFINITY;
  const para = (text: string, indent = '  ') => (Number.isFinite(width) ? indent + wrap(clean(text), width - indent.length, indent) : indent + clean(text));
  const path = [r.chapter, r.section].filter(Boolean).join(' › ');
  const lines = [
    `${chalk.bold(r.id)}  ${kindColor(style, r.kind)(r.kind ?? 'no statement')}${r.kinds.length > 1 ? chalk.dim(` (also ${r.kinds.slice(1).join(', ')})`) : ''}`,
    `  ${chalk.dim('where')}  ${clean(path)} — ${location(r)}, lines ${r.lines[0]}–${r.lines[1]}${r.doc ? ` (${r.doc})` : ''}`,
    `  ${chalk.dim('areas')}  ${r.areas.join(', ') || '-'}${r.actors.length ? `   ${chalk.dim('actors')} ${r.actors.join(', ')}` : ''}${r.figures.length ? `   ${chalk.dim('figures')} ${r.figures.join('; ')}` : ''}`,
  ];
  if (r.before !== undefined || r.after !== undefined) {
    if (r.before) lines.push(chalk.dim(para(`… ${r.before}`)));
    lines.push(highlightText(para(r.text), style, pattern));
    if (r.after) lines.push(chalk.dim(para(`${r.after} …`)));
    if (r.cues?.length) lines.push(`  ${chalk.dim('kind from')}  ${r.cues.map((c) => `${c.kind} ← «${clean(c.match)}»`).join('; ')}`);
    const terms = Object.entries(r.areaTerms ?? {});
    if (terms.length) lines.push(`  ${chalk.dim('areas from')}  ${terms.map(([a, ws]) => `${a} ← ${ws.join(', ')}`).join('; ')}`);
  } else {
    lines.push(highlightText(para(r.text), style, pattern));
  }
  lines.push('');
  return lines;
}

const SECTION_COLUMNS: ReadonlyArray<[string, (r: SectionRecord) => Field]> = [
  ['id', (r) => r.id],
  ['level', (r) => r.level],
  ['page', (r) => r.page],
  ['sentences', (r) => r.sentences],
  ['statements', (r) => r.statements],
  ['demands', (r) => r.demands],
  ['title', (r) => r.title],
];

/** `headed`: each document's sections under its id (by default when they are of several documents). */
function renderSections(records: SectionRecord[], tree: boolean, options: RenderOptions, headed?: boolean): string[] {
  if (options.format !== 'text') return machine(records, options, SECTION_COLUMNS);
  const { chalk } = options.style;
  // a loop, not Math.max(...ids): a spread of 10,000 documents' sections overflowed the stack (issue 18)
  let idWidth = 2;
  for (const r of records) idWidth = Math.max(idWidth, r.id.length + 2 * (r.level - 1));
  const heads = tree && (headed ?? records.some((r) => r.doc !== records[0]!.doc));
  const lines: string[] = [];
  let doc: string | null = null;
  for (const r of records) {
    if (heads && r.doc !== doc) {
      doc = r.doc;
      lines.push(chalk.bold.underline(r.doc));
    }
    const indent = '  '.repeat(r.level - 1);
    const id = `${indent}${r.id}`.padEnd(idWidth);
    const title = r.level === 1 ? chalk.bold(clean(r.title)) : clean(r.title);
    const counts = chalk.dim(`${pageOrLine(r.page, r.line)} · ${r.sentences} sentences, ${r.demands} demands`);
    lines.push(options.style.width === null ? [chalk.cyan(r.id), r.level, r.page ?? '', r.sentences, r.demands, `${indent}${title}`].join('\t') : `${chalk.cyan(id)}  ${title}  ${counts}`);
  }
  return lines;
}

const AREA_COLUMNS: ReadonlyArray<[string, (r: AreaRecord) => Field]> = [
  ['slug', (r) => r.slug],
  ['label', (r) => r.label],
  ['english', (r) => r.english],
  ['statements', (r) => r.statements],
  ['demands', (r) => r.demands],
  ...KINDS.map((k): [string, (r: AreaRecord) => Field] => [k, (r) => r[k]]),
];

function renderAreas(records: AreaRecord[], options: RenderOptions): string[] {
  if (options.format !== 'text') return machine(records, options, AREA_COLUMNS);
  const { chalk } = options.style;
  if (options.style.width === null) {
    return records.map((r) => [r.slug, r.label, r.statements, r.demands, ...KINDS.map((k) => `${k}=${r[k]}`)].join('\t'));
  }
  const max = Math.max(1, ...records.map((r) => r.statements));
  const labelWidth = Math.max(...records.map((r) => displayWidth(r.label)));
  const barWidth = Math.max(10, Math.min(40, options.style.width - labelWidth - 60));
  const lines = [
    chalk.dim(`${'area'.padEnd(15)} ${'label'.padEnd(labelWidth)}  stmts  dem  ${KINDS.map((k) => k.slice(0, 4)).join(' ')}`),
  ];
  for (const r of records) {
    const demandBar = '█'.repeat(Math.round((r.demands / max) * barWidth));
    const otherBar = '░'.repeat(Math.round((r.statements / max) * barWidth) - demandBar.length);
    const counts = KINDS.map((k) => String(r[k]).padStart(4)).join(' ');
    const label = clean(r.label) + ' '.repeat(labelWidth - displayWidth(r.label));
    lines.push(`${chalk.bold(r.slug.padEnd(15))} ${label}  ${String(r.statements).padStart(5)}  ${String(r.demands).padStart(3)}  ${counts}  ${chalk.red(demandBar)}${chalk.dim(otherBar)}`);
  }
  return lines;
}
