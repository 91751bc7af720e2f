// What every command gets from the CLI: where it runs and how to open the index. Commands
// never touch process, the console or chalk.
import { openIndex as open, type OpenIndex } from '../index/open.js';
import { resolveIndex } from '../index/location.js';
import type { Filter } from '../query/filter.js';
import { checkDocumentTargets } from './targets.js';

export interface Context {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** ks-input's version: an index built by another version is rebuilt */
  tool: string;
  /** --index PATH */
  index?: string;
  /** one line on stderr (silenced by -q) */
  notify: (message: string) => void;
  /** the output marks what a pattern matched (text on a colour terminal): grep then collects every match */
  highlight?: boolean;
  /** a long task's progress, shown in place on a terminal's stderr; absent when piped or quiet */
  progress?: (done: number, total: number) => void;
  /** set when the index is opened: what a query searched, for the line saying it found nothing */
  searched?: { dir: string; documents: number };
}

/**
 * Open the index a command reads; with the command's filter, a `--doc` or `--page` that no
 * document has is a usage error before anything is read (targets.ts). `only`: the one document
 * the command reads, when it reads one (OpenOptions.only).
 */
export async function openIndex(context: Context, filter?: Filter, only?: string): Promise<OpenIndex> {
  const index = await open(resolveIndex(context), { tool: context.tool, notify: context.notify, cwd: context.cwd, env: context.env, only });
  if (filter) checkDocumentTargets(filter, index.catalog);
  context.searched = { dir: index.dir, documents: index.documents };
  return index;
}
