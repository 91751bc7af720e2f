// `grep`: JavaScript regular expressions (Unicode) over sentence texts.
//
// A pattern is compiled with the `u` flag (and `i` for -i). JavaScript's `\b` and `\B` know only
// ASCII word letters even with `u`, so `\bønsker\b` would miss "KS ønsker": we rewrite them, and
// -w, to look-arounds on Unicode letters and digits. Matching runs inside a `vm` context with a
// time limit, so a catastrophic pattern such as `(a+)+$` ends with a usage error instead of
// hanging the program (V8's backtracking engine cannot be interrupted any other way).
import { createRequire } from 'node:module';
import { UsageError } from '../model/errors.js';

export interface GrepOptions {
  ignoreCase?: boolean;
  wordRegexp?: boolean;
  invertMatch?: boolean;
  /** milliseconds the whole match may take (default 2000) */
  timeoutMs?: number;
  /**
   * every match of a text, to highlight (default); false: a text's first match only, all that
   * a count or plain output needs (`grep -c e` at a thousand documents: no millions of matches)
   */
  allMatches?: boolean;
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';
const WORD_START = `(?<!${WORD_CHAR})`;
const WORD_END = `(?!${WORD_CHAR})`;
const BOUNDARY = `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;
const NON_BOUNDARY = `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`;

/** Rewrite `\b` and `\B` outside character classes to Unicode-aware look-arounds. */
export function unicodeBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length) {
      const next = source[i + 1]!;
      if (!inClass && next === 'b') out += BOUNDARY;
      else if (!inClass && next === 'B') out += NON_BOUNDARY;
      else out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * The text every match contains, when the pattern is plain text (no regular-expression syntax)
 * matched case-sensitively and not inverted: grep looks for it in a row's bytes before the
 * row is decoded. Null otherwise.
 */
export function requiredText(pattern: string, options: GrepOptions = {}): string | null {
  if (options.ignoreCase || options.invertMatch || /[\\^$.|?*+()[\]{}]/u.test(pattern)) return null;
  return pattern === '' ? null : pattern;
}

/** Compile a user's pattern; a bad one is a usage error carrying the engine's reason. */
export function compilePattern(pattern: string, options: GrepOptions = {}): RegExp {
  const flags = `u${options.ignoreCase ? 'i' : ''}`;
  try {
    new RegExp(pattern, flags); // the user's own pattern first, so errors name what they wrote
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`bad pattern '${pattern}': ${reason.replace(/^Invalid regular expression: \/.*\/[a-z]*: /u, '')}`);
  }
  let source = unicodeBoundaries(pattern);
  if (options.wordRegexp) source = `${WORD_START}(?:${source})${WORD_END}`;
  return new RegExp(source, flags);
}

export interface GrepMatch {
  /** index into the texts */
  index: number;
  /** the matched substrings (empty for -v) */
  matches: string[];
}

/**
 * Can the pattern backtrack without bound? Through a quantifier (`*`, `+`, `?`, `{n,m}`), a
 * back-reference, or an alternation (`(.|.)` twenty times tries 2^20 ways at every position).
 * Without any of them, matching tries each start position once, a step per pattern character,
 * so no text can make it hang. Read on the source, escapes and character classes skipped;
 * `(?:`, `(?=`, `(?<!` and the like are group syntax, not quantifiers.
 */
export function mayBacktrack(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/u.test(next) || next === 'k')) return true;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] === '?') i++;
    else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|') return true;
  }
  return false;
}

/**
 * A matcher for one pattern: which texts match (or, with invertMatch, do not)? A pattern that
 * may backtrack runs inside one vm context, compiled once, with the time limit on each call (a
 * call with a time limit starts a watchdog thread, ~0.2 ms: a grep over a thousand documents
 * calls it once per batch); a pattern that may not (most, such as words) runs here. A pattern
 * that takes too long is a usage error.
 */
export function textMatcher(regex: RegExp, options: GrepOptions = {}): (texts: readonly string[]) => GrepMatch[] {
  const invert = Boolean(options.invertMatch);
  const all = options.allMatches !== false;
  if (!mayBacktrack(regex.source)) {
    const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    return (texts) => matchAll(re, texts, invert, all);
  }
  const timeout = options.timeoutMs ?? 2000;
  // node:vm loaded here, for the patterns that need it, not at the start of every command
  const { createContext, Script } = createRequire(import.meta.url)('node:vm') as typeof import('node:vm');
  const sandbox = createContext({ texts: [] as readonly string[], out: [] as GrepMatch[] });
  new Script(`var re = new RegExp(${JSON.stringify(regex.source)}, ${JSON.stringify(regex.flags.includes('g') ? regex.flags : `${regex.flags}g`)});`).runInContext(sandbox);
  // the same loop as matchAll, as source for the context
  const script = new Script(`out = (${matchAll.toString()})(re, texts, ${invert}, ${all});`);
  return (texts) => {
    sandbox.texts = texts;
    try {
      script.runInContext(sandbox, { timeout });
    } catch (error) {
      if (error && typeof error === 'object' && (error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        throw new UsageError(
          `pattern '${regex.source.length > 60 ? `${regex.source.slice(0, 60)}…` : regex.source}' took longer than ${timeout / 1000} s (catastrophic backtracking?); simplify it, e.g. (a+)+ → a+`,
        );
      }
      throw error;
    }
    // arrays made inside the context: copied out, so the caller's are ordinary arrays
    return (sandbox.out as GrepMatch[]).map(({ index, matches }) => ({ index, matches: [...matches] }));
  };
}

/**
 * Every text's matches of a global regex (with `all` false, its first only), or with `invert`
 * the texts without one. Self-contained: it also runs as vm source.
 */
function matchAll(re: RegExp, texts: readonly string[], invert: boolean, all: boolean): GrepMatch[] {
  const out: GrepMatch[] = [];
  for (let i = 0; i < texts.length; i++) {
    re.lastIndex = 0;
    const found: string[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(texts[i]!)) !== null) {
      if (m[0] === '') {
        re.lastIndex++;
        if (!invert) {
          found.push('');
          break;
        }
      } else found.push(m[0]);
      if (invert || !all) break;
    }
    if (invert ? found.length === 0 : found.length > 0) out.push({ index: i, matches: invert ? [] : found });
  }
  return out;
}

/** Which texts match (or, with invertMatch, do not)? One call of textMatcher. */
export function grepTexts(texts: readonly string[], regex: RegExp, options: GrepOptions = {}): GrepMatch[] {
  return textMatcher(regex, options)(texts);
}

/** A safe regex for highlighting the substrings a pattern matched (linear, no backtracking). */
export function highlighter(matches: Iterable<string>): RegExp | undefined {
  const literal = [...new Set(matches)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!literal.length) return undefined;
  return new RegExp(literal.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|'), 'gu');
}
