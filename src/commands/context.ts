// What every command gets from the CLI: where it runs and how to open the index. Commands
// never touch process, the console or chalk.
import { openIndex as open, type OpenIndex } from '../index/open.js';
import { resolveIndex } from '../index/location.js';

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
}

export function openIndex(context: Context): Promise<OpenIndex> {
  return open(resolveIndex(context), { tool: context.tool, notify: context.notify, cwd: context.cwd, env: context.env });
}
