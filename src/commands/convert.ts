import { loadMarkdown, toMarkdown } from '../index/analyze.js';
import { readSource } from '../source/read.js';
import type { Context } from './context.js';
import type { CommandResult } from './result.js';
import { resolve } from 'node:path';

/** `convert FILE`: the Markdown the tool derives from a text, PDF, HTML or DOCX file, for review or correction. */
export async function convert(file: string, context: Context): Promise<CommandResult> {
  let source = await readSource(resolve(context.cwd, file));
  await loadMarkdown();
  if (source.format !== 'text' && source.format !== 'markdown') source = await (await import('../readers/derive-markdown.js')).deriveMarkdown(source);
  return { type: 'markdown', text: toMarkdown(source), found: true };
}
