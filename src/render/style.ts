// Terminal styling decisions, made once per run: colour level and wrap width. chalk 5 ignores
// NO_COLOR and scans all of argv for `--no-color`, so we decide the level ourselves and hand it
// to `new Chalk({ level })`. chalk is loaded only to colour: most runs are piped, and its
// start-up (building its style tables) was a few percent of a query's.
import type { ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export interface TerminalInfo {
  isTTY: boolean;
  columns: number | undefined;
  env: NodeJS.ProcessEnv;
}

/**
 * Precedence: `--no-color` > FORCE_COLOR > NO_COLOR (non-empty) > TERM=dumb > a terminal.
 * FORCE_COLOR=0/false turns colour off; 1, 2, 3 choose the level; empty or true mean 1.
 */
export function colorLevel(noColorFlag: boolean, { isTTY, env }: TerminalInfo): ColorLevel {
  if (noColorFlag) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return 1;
  }
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  if (!isTTY) return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(color)?$/iu.test(env.TERM ?? '')) return 2;
  return 1;
}

/** The terminal's width; a pseudo-terminal may report 0 columns, then $COLUMNS or 80. */
function terminalWidth({ columns, env }: TerminalInfo): number {
  if (columns && columns > 0) return columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

export interface Style {
  chalk: ChalkInstance;
  color: boolean;
  /** wrap width on a terminal; null when piped: never wrap */
  width: number | null;
}

export async function makeStyle(noColorFlag: boolean, terminal: TerminalInfo): Promise<Style> {
  const level = colorLevel(noColorFlag, terminal);
  return {
    chalk: level > 0 ? new (await import('chalk')).Chalk({ level }) : PLAIN,
    color: level > 0,
    width: terminal.isTTY ? Math.max(40, terminalWidth(terminal)) : null,
  };
}

/** chalk at level 0 without chalk: every style, chained or not, returns its text. */
const PLAIN: ChalkInstance = new Proxy((...text: unknown[]) => text.join(' '), { get: () => PLAIN }) as unknown as ChalkInstance;

/** Strip control and format characters (ANSI escapes among them) from text bound for output. */
export function clean(text: string): string {
  // Text from the index is clean already (segment/ drops these); test before building a copy.
  if (!CONTROL.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/gu, '').replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\t' || c === '\n' ? ' ' : ''));
}

const CONTROL = /[\p{Cc}\p{Cf}]/u;

/** Display width: East Asian wide and fullwidth characters take two columns, marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}/u.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Greedy word wrap to `width` columns, each line after the first indented by `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    const limit = width - (lines.length ? displayWidth(indent) : 0);
    if (line && displayWidth(candidate) > limit) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i ? indent + l : l)).join('\n');
}
