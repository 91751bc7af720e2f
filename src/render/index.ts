// One renderer per result type and format. Terminal styling lives only in render/.
import { type AreaRecord, type CommandResult, type DocumentRecord, found, type Reason, type SectionRecord, type SentenceRecord } from '../model/result.js';
import { KINDS } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { jsonArrayItems, machineLines, SENTENCE_COLUMNS, type Field } from './tabular.js';
import { KWIC_COLUMNS, renderKwic } from './kwic.js';
import { renderCompare, renderSimilar } from './compare.js';
import { clean, displayWidth, type Style, wrap } from './style.js';
import { pageOrLine } from './cite.js';

/** `html` is the digest's and compare's report (src/render/digest/html.ts); other results have none. */
export const FORMATS = ['text', 'tsv', 'csv', 'json', 'ndjson', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  format: Format;
  style: Style;
  header: boolean;
  /** --fields: the columns of tsv and csv, by the record's field names */
  fields?: readonly string[];
}

/** A result's text, a chunk at a time, and whether it found anything (known once the chunks are read). */
export interface Output {
  chunks: AsyncIterable<string> | Iterable<string>;
  found: () => boolean;
}

/** The output of a result; `quiet` renders nothing, and reads a stream only until it has found something. */
export function output(result: CommandResult, options: RenderOptions, quiet = false): Output {
  // a document result (digest, convert) is its text whatever the format; nothing else has HTML
  if (options.format === 'html' && result.type !== 'markdown' && result.type !== 'markdown-stream') throw new UsageError('--format html is made only by digest and compare');
  if (result.type === 'sentence-stream') {
    const counter = { total: 0 };
    return { chunks: streamChunks(result, options, quiet, counter), found: () => counter.total > 0 };
  }
  if (result.type === 'section-stream') {
    const counter = { total: 0 };
    return { chunks: sectionChunks(result, options, quiet, counter), found: () => counter.total > 0 };
  }
  if (result.type === 'markdown-stream') return { chunks: quiet ? [] : markdownChunks(result.chunks, options), found: () => true };
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
  const header = (options.format === 'tsv' || options.format === 'csv') && options.header && !result.only;
  // a concordance on a terminal aligns its columns over all its lines: rendered whole at the end
  const whole = result.view === 'kwic' && options.format === 'text' && !result.only ? ([] as SentenceRecord[]) : null;
  let first = true;
  for await (const batch of result.batches) {
    counter.total += batch.records.length;
    if (quiet && counter.total > 0) return; // the exit status is all -q prints: found is found
    if (quiet || result.only === 'count' || batch.records.length === 0) continue;
    if (whole) {
      whole.push(...batch.records);
      continue;
    }
    if (jsonArray) yield `${first ? '[\n' : ',\n'}${jsonArrayItems(batch.records)}`;
    else {
      const view = { type: 'sentences', view: result.view, records: batch.records, highlight: batch.highlight, only: result.only } as const;
      yield `${renderSentences(view, { ...options, header: header && first }).join('\n')}\n`;
    }
    first = false;
  }
  if (quiet) return;
  if (whole) {
    if (whole.length) yield `${renderKwic(whole, options).join('\n')}\n`;
  } else if (result.only === 'count') yield `${counter.total}\n`;
  else if (jsonArray) yield first ? '[]\n' : '\n]\n';
  else if (header && first) yield `${machine([], options, result.view === 'kwic' ? KWIC_COLUMNS : SENTENCE_COLUMNS).join('\n')}\n`;
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

/** Markdown parts as they come, each ending a line; on a terminal fitted to its width as a whole would be. */
async function* markdownChunks(chunks: AsyncIterable<string>, options: RenderOptions): AsyncGenerator<string> {
  for await (const chunk of chunks) yield options.style.width === null || options.format !== 'text' ? chunk : `${fitMarkdown(chunk, options.style.width)}\n`;
}

/** Render a result to output lines (without line ends). */
export function render(result: Exclude<CommandResult, { type: 'sentence-stream' | 'section-stream' | 'markdown-stream' }>, options: RenderOptions): string[] {
  switch (result.type) {
    case 'sentences':
      return renderSentences(result, options);
    case 'sections':
      return renderSections(result.records, result.tree, options);
    case 'areas':
      return renderAreas(result.records, options);
    case 'documents':
      return renderDocuments(result.records, options);
    case 'markdown':
      if (!result.text) return []; // written to a file, or nothing found
      return [options.style.width === null || options.format !== 'text' ? result.text.replace(/\n$/u, '') : fitMarkdown(result.text, options.style.width)];
    case 'ingested':
      if (options.format !== 'text') return machine(result.records, options, []);
      // a terminal gets the summary (a thousand documents' lines say little there); piped, a line each
      return options.style.width !== null && !result.verbose ? result.lines.slice(-1) : result.lines;
    case 'compare':
      return renderCompare(result, options);
    case 'similar':
      return renderSimilar(result, options);
  }
}

const machine = machineLines;

const location = (r: SentenceRecord) => pageOrLine(r.page, r.lines[0]);


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
  // search --explain: why it matched, a last field when piped, a line of its own on a terminal
  const why = r.why ? whyText(r.why) : null;
  if (style.width === null) {
    // piped: one record a line, never wrapped; coloured only when colour was forced
    return [...score, chalk.bold(r.id), kindColor(style, r.kind)(kind), chalk.cyan(areas), location(r), highlightText(text, style, pattern), ...(why === null ? [] : [why])].join('\t');
  }
  const head = [
    ...score.map((s) => chalk.dim(s)),
    chalk.bold(r.id),
    kindColor(style, r.kind)(kind),
    chalk.cyan(areas),
    chalk.dim(location(r)),
  ].join(' ');
  const body = wrap(text, style.width - 2, '  ');
  const explained = why === null ? '' : `\n  ${chalk.dim(wrap(why, style.width - 2, '  '))}`;
  return `${head}\n  ${highlightText(body, style, pattern)}${explained}`;
}

/** `why: lærer: word lærere; bemanning: synonym «personell» personellet` (search --explain). */
export function whyText(why: readonly Reason[]): string {
  const one = (r: Reason) => {
    const how = r.via === 'synonym' ? `synonym «${r.synonym}»` : r.via === 'parts' ? `parts ${r.parts!.join(' + ')}` : r.via === 'context' ? 'a sentence before, referred back to' : r.via === 'heading' ? 'the section heading' : r.via === 'section' ? 'other sentences of its section' : r.via === 'feedback' ? 'a top hit near it in its section' : r.via;
    // parts the sentence lacks and its section holds (search ranks them as the section's subject)
    const section = r.section?.length ? ` (in its section: ${r.section.join(', ')})` : '';
    return `${r.word}: ${how} → ${r.terms.join(', ')}${section}`;
  };
  return `why: ${why.map(one).join('; ')}`;
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
  // a labelled line wraps at spaces under its value, never mid-word ("3 d|emands")
  const labelled = (label: string, value: string) => {
    const prefix = `  ${label}  `;
    const body = Number.isFinite(width) ? wrap(value, Math.max(10, width - prefix.length)).replace(/\n/gu, `\n${' '.repeat(prefix.length)}`) : value;
    return `  ${chalk.dim(label)}  ${body}`;
  };
  const lines = [
    `${chalk.bold(r.id)}  ${kindColor(style, r.kind)(r.kind ?? 'no statement')}${r.kinds.length > 1 ? chalk.dim(` (also ${r.kinds.slice(1).join(', ')})`) : ''}`,
    labelled('where', `${clean(path)} — ${location(r)}, lines ${r.lines[0]}–${r.lines[1]}${r.doc ? ` (${r.doc})` : ''}`),
    labelled('areas', `${r.areas.join(', ') || '-'}${r.actors.length ? ` · actors ${r.actors.join(', ')}` : ''}${r.figures.length ? ` · figures ${r.figures.join('; ')}` : ''}`),
  ];
  if (r.before !== undefined || r.after !== undefined) {
    if (r.before) lines.push(chalk.dim(para(`… ${r.before}`)));
    lines.push(highlightText(para(r.text), style, pattern));
    if (r.after) lines.push(chalk.dim(para(`${r.after} …`)));
    // the learned fallback (extract/fallback.ts) decided where the rules found no cue: say so, with its probability and words
    if (r.cues?.length) lines.push(labelled('kind from', r.cues.map((c) => (c.cue === 'classifier' ? `${c.kind} (classifier ${c.weight.toFixed(2)}: ${clean(c.match)})` : `${c.kind} ← «${clean(c.match)}»`)).join('; ')));
    const terms = Object.entries(r.areaTerms ?? {});
    if (terms.length) lines.push(labelled('areas from', terms.map(([a, ws]) => `${a} ← ${ws.join(', ')}`).join('; ')));
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
  const { chalk, width } = options.style;
  // loops, not Math.max(...ids): a spread of 10,000 documents' sections overflowed the stack (issue 18)
  let idWidth = 2;
  for (const r of records) idWidth = Math.max(idWidth, r.id.length + 2 * (r.level - 1));
  const full = (r: SectionRecord) => `${pageOrLine(r.page, r.line)} · ${count(r.sentences, 'sentence')}, ${count(r.demands, 'demand')}`;
  const short = (r: SectionRecord) => `${pageOrLine(r.page, r.line)} · ${count(r.demands, 'demand')}`;
  // on a terminal a row never wraps: the sentence counts go when they would leave a title less
  // than MIN_TITLE columns, then titles are cut with "…" to what is left
  const room = (counts: (r: SectionRecord) => string) => {
    let widest = 0;
    for (const r of records) widest = Math.max(widest, displayWidth(counts(r)));
    return (width ?? 0) - idWidth - 4 - widest;
  };
  const countsOf = width === null || room(full) >= MIN_TITLE ? full : short;
  // document headings only on a terminal: piped, one record a line (ids carry the document)
  const heads = tree && width !== null && (headed ?? records.some((r) => r.doc !== records[0]!.doc));
  const lines: string[] = [];
  let doc: string | null = null;
  for (const r of records) {
    if (heads && r.doc !== doc) {
      doc = r.doc;
      lines.push(chalk.bold.underline(cut(clean(r.doc), width!)));
    }
    const indent = '  '.repeat(r.level - 1);
    if (width === null) {
      const title = r.level === 1 ? chalk.bold(clean(r.title)) : clean(r.title);
      lines.push([chalk.cyan(r.id), r.level, r.page ?? '', r.sentences, r.demands, `${indent}${title}`].join('\t'));
      continue;
    }
    const id = `${indent}${r.id}`.padEnd(idWidth);
    const counts = countsOf(r);
    const plain = cut(clean(r.title), Math.max(1, width - displayWidth(id) - 4 - displayWidth(counts)));
    const title = r.level === 1 ? chalk.bold(plain) : plain;
    lines.push(`${chalk.cyan(id)}  ${title}  ${chalk.dim(counts)}`);
  }
  return lines;
}

const DOCUMENT_COLUMNS: ReadonlyArray<[string, (r: DocumentRecord) => Field]> = [
  ['id', (r) => r.id],
  ['format', (r) => r.format],
  ['pages', (r) => r.pages],
  ['statements', (r) => r.statements],
  ['demands', (r) => r.demands],
  ['indexed', (r) => r.indexed],
  ['source', (r) => r.source],
  ['title', (r) => r.title],
];

/** `docs`: piped, the tsv columns; on a terminal, id and title, then a dim line of the rest. */
function renderDocuments(records: DocumentRecord[], options: RenderOptions): string[] {
  if (options.format !== 'text') return machine(records, options, DOCUMENT_COLUMNS);
  const { chalk, width } = options.style;
  if (width === null) return machine(records, { ...options, format: 'tsv' }, DOCUMENT_COLUMNS);
  return records.flatMap((r) => {
    const facts = [r.format, r.pages === null ? null : count(r.pages, 'page'), count(r.statements, 'statement'), count(r.demands, 'demand'), r.indexed && `indexed ${r.indexed.slice(0, 10)}`]
      .filter(Boolean)
      .join(' · ');
    // cut the plain text, then colour it: escape codes take no columns
    const id = cut(r.id, width);
    const title = cut(clean(r.title), Math.max(1, width - displayWidth(id) - 2));
    return [`${chalk.bold.cyan(id)}  ${title}`, chalk.dim(cut(`  ${facts} · ${clean(r.source)}`, width))];
  });
}

/**
 * Markdown shown on a terminal: paragraphs and list items wrapped at spaces to its width (a
 * list item's lines continue under its text, still the same Markdown); headings, tables and
 * code stay as they are. Piped or written to a file, the Markdown is untouched.
 */
function fitMarkdown(markdown: string, width: number): string {
  let fenced = false;
  return markdown
    .replace(/\n$/u, '')
    .split('\n')
    .map((line) => {
      if (/^(```|~~~)/u.test(line)) fenced = !fenced;
      if (fenced || displayWidth(line) <= width || /^(#|\||\s*```)/u.test(line)) return line;
      const item = line.match(/^(\s*(?:[-*+]|\d+\.)\s+)/u);
      const indent = item ? ' '.repeat(item[1]!.length) : '';
      const body = item ? line.slice(item[1]!.length) : line;
      return (item ? item[1]! : '') + wrap(body, Math.max(10, width - indent.length)).replace(/\n/gu, `\n${indent}`);
    })
    .join('\n');
}

/** A title shorter than this on a terminal costs the section rows their sentence counts. */
const MIN_TITLE = 24;

/** `1 demand`, `2 demands`. */
export const count = (n: number, noun: string) => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** Text cut to `width` display columns, with "…" when it had to be cut. */
export function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
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
  const { chalk, width } = options.style;
  if (width === null) {
    return records.map((r) => [r.slug, r.label, r.statements, r.demands, ...KINDS.map((k) => `${k}=${r[k]}`)].join('\t'));
  }
  const layout = areaLayout(records, width);
  const max = Math.max(1, ...records.map((r) => r.statements));
  const head = [
    'area'.padEnd(layout.slug),
    ...(layout.label ? [' ', 'label'.padEnd(layout.label)] : []),
    '  stmts  dem',
    ...(layout.kinds ? ['  ', KINDS.map((k) => k.slice(0, 4)).join(' ')] : []),
  ].join('');
  const lines = [chalk.dim(head.trimEnd())];
  for (const r of records) {
    const demandBar = '█'.repeat(Math.round((r.demands / max) * layout.bar));
    const otherBar = '░'.repeat(Math.max(0, Math.round((r.statements / max) * layout.bar) - demandBar.length));
    const label = cut(clean(r.label), layout.label);
    const row = [
      chalk.bold(r.slug.padEnd(layout.slug)),
      ...(layout.label ? [' ', label, ' '.repeat(layout.label - displayWidth(label))] : []),
      `  ${String(r.statements).padStart(5)}  ${String(r.demands).padStart(3)}`,
      ...(layout.kinds ? ['  ', KINDS.map((k) => String(r[k]).padStart(4)).join(' ')] : []),
      ...(layout.bar && (demandBar || otherBar) ? ['  ', chalk.red(demandBar), chalk.dim(otherBar)] : []),
    ];
    lines.push(row.join(''));
  }
  return lines;
}

interface AreaLayout {
  slug: number;
  /** 0: no label column */
  label: number;
  kinds: boolean;
  /** 0: no bars */
  bar: number;
}

/** Bars up to 40 columns. */
const MAX_BAR = 40;
/** Bars narrower than this say little: they go before the labels are cut. */
const MIN_BAR = 8;
/** A label cut shorter than this says little: the column goes (the slug names the area). */
const MIN_LABEL = 10;

/**
 * The columns of `areas` for a terminal `width` columns wide, so a row never wraps: the bars
 * narrow first (and go below MIN_BAR), then the labels are cut with "…" (and go below
 * MIN_LABEL), and on the narrowest terminals the per-kind counts go too.
 */
export function areaLayout(records: readonly AreaRecord[], width: number): AreaLayout {
  const slug = Math.max(4, ...records.map((r) => r.slug.length)) + 1;
  const label = Math.max(5, ...records.map((r) => displayWidth(r.label)));
  const numbers = 2 + 5 + 2 + 3; // "  stmts  dem"
  const kinds = 2 + KINDS.length * 5 - 1;
  const fixed = slug + numbers + kinds;
  const bar = Math.min(MAX_BAR, width - fixed - (1 + label) - 2);
  if (bar >= MIN_BAR) return { slug, label, kinds: true, bar };
  const labelRoom = Math.min(label, width - fixed - 1);
  if (labelRoom >= MIN_LABEL) return { slug, label: labelRoom, kinds: true, bar: 0 };
  if (fixed <= width) return { slug, label: 0, kinds: true, bar: 0 };
  return { slug, label: 0, kinds: false, bar: 0 };
}
