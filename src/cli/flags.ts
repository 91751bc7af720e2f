// Every flag defined once, with its help text and parser; commands pick the ones they take.
import { InvalidArgumentError, Option } from 'commander';
import { FORMATS } from '../render/index.js';

export interface FlagDef {
  flags: string;
  help: string;
  choices?: readonly string[];
  parse?: (value: string) => unknown;
  defaultValue?: unknown;
}

export function positiveInt(value: string): number {
  if (!/^\s*\d+\s*$/u.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError(`'${value}' is not a positive whole number`);
  }
  return Number(value);
}

export function fieldList(value: string): string[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) throw new InvalidArgumentError('give field names, comma-separated (id,kind,text)');
  return fields;
}

export const FLAGS = {
  index: { flags: '--index <path>', help: 'index folder to use (default: $KS_INPUT_INDEX, ./.ks-input, else the bundled corpus)' },
  format: { flags: '--format <format>', help: 'output format (html: digest and compare only)', choices: FORMATS },
  color: { flags: '--no-color', help: 'no colour, even on a terminal (also NO_COLOR, TERM=dumb)' },
  quiet: { flags: '-q, --quiet', help: 'print nothing but errors; the exit status tells' },
  header: { flags: '--header', help: 'tsv, csv: print a header line first' },
  fields: { flags: '--fields <fields>', help: 'tsv, csv: the columns, comma-separated record fields (id,kind,areas,page,sectionId,lines,text …)', parse: fieldList },
  area: { flags: '--area <areas>', help: 'policy areas, comma-separated: slug, label, English name or prefix (helse, Økonomi, economy, hel)' },
  kind: { flags: '--kind <kinds>', help: 'kinds, comma-separated (krav, anbefaling, onske, bekymring, stotte, tilsagn), or all' },
  section: { flags: '--section <section>', help: 'section id (3.2, with its sub-sections) or words of its title' },
  chapter: { flags: '--chapter <chapter>', help: 'chapter id (3) or words of its title' },
  actor: { flags: '--actor <actors>', help: 'who is asked to act: regjeringen, staten, stortinget, ks, kommunene, partene' },
  page: { flags: '--page <pages>', help: 'page or page range (7, 3-5)' },
  doc: { flags: '--doc <ids>', help: 'document ids, comma-separated' },
  match: { flags: '--match <text>', help: 'only sentences containing this text (any case)' },
  limit: { flags: '--limit <n>', help: 'at most n records', parse: positiveInt },
  ignoreCase: { flags: '-i, --ignore-case', help: 'grep: ignore case' },
  wordRegexp: { flags: '-w, --word-regexp', help: 'grep: match whole words only (Norwegian letters count as word letters)' },
  invertMatch: { flags: '-v, --invert-match', help: 'grep: the sentences that do not match' },
  count: { flags: '-c, --count', help: 'grep: print only the number of matching sentences' },
  onlyIds: { flags: '--only-ids', help: 'print only the ids of the matching sentences' },
  allSentences: { flags: '--all-sentences', help: 'grep: every sentence, not only statements' },
  explain: { flags: '--explain', help: 'search: say which query word, part, spelling variant or synonym matched each result' },
  exact: { flags: '--exact', help: 'kwic: the term as written (any case), no inflections or compounds' },
  width: { flags: '--width <n>', help: 'kwic: characters of context on each side (default 40)', parse: positiveInt },
  add: { flags: '--add', help: 'keep the documents already in the index' },
  verbose: { flags: '--verbose', help: 'ingest: a line per document parsed, on a terminal too (piped output always has them)' },
  bundled: { flags: '--bundled', help: "ingest the bundled documents too (the package's corpus/), beside the files named" },
  by: { flags: '--by <grouping>', help: 'digest: group by section, area or kind (default: section with --area/--section/--chapter, else area)', choices: ['section', 'area', 'kind'] },
  lang: { flags: '--lang <lang>', help: 'digest: language of the labels, nb (default) or en', choices: ['nb', 'en'] },
  keyTerms: { flags: '--key-terms [n]', help: "digest: each group's n most distinctive terms against the rest of the corpus (default 8)", parse: positiveInt },
  output: { flags: '-o, --output <file>', help: 'write to this file (atomically) instead of stdout' },
  all: { flags: '--all', help: 'compare: also list the repeated statements (text, markdown, html)' },
  date: { flags: '--date [yyyy-mm-dd]', help: 'digest: add a date line (default: today); without it the output is reproducible' },
} satisfies Record<string, FlagDef>;

export type FlagName = keyof typeof FLAGS;

export function option(name: FlagName, overrides: Partial<FlagDef> = {}): Option {
  const def: FlagDef = { ...FLAGS[name], ...overrides };
  const opt = new Option(def.flags, def.help);
  if (def.choices) opt.choices(def.choices);
  if (def.parse) opt.argParser(def.parse);
  if (def.defaultValue !== undefined) opt.default(def.defaultValue);
  return opt;
}

/** Flags every command takes (SPEC "Command line"). */
export const COMMON_FLAGS: FlagName[] = ['index', 'format', 'color', 'quiet', 'header', 'fields'];
/** The list filters, shared by list, search, grep, kwic, areas and digest. */
export const FILTER_FLAGS: FlagName[] = ['area', 'kind', 'section', 'chapter', 'actor', 'page', 'doc', 'match'];
