// The command-line program, built in a factory so tests can drive it with exitOverride. It only
// parses arguments, calls a command, picks a renderer and sets the exit status.
//
// The light commands (list, show, sections, areas, grep, ingest: index reading and filtering,
// their heavy parts such as parsing already lazy inside) are imported statically, so the bundle
// holds them in cli.js (and what the worker shares in one chunk): every module file loaded
// costs start-up about 0.4 ms (issue 7, figure 1). search, kwic, digest and convert, whose
// imports reach natural, write-file-atomic or the Markdown stack, are imported when they run.
import { Command, CommanderError } from 'commander';
import type { CommandResult } from '../commands/result.js';
import type { Context } from '../commands/context.js';
import type { ListOptions } from '../commands/list.js';
import type { FilterOptions } from '../query/filter.js';
import { KsInputError, UsageError } from '../model/errors.js';
import { describeIoError } from '../source/io-error.js';
import { FORMATS, type Format, output } from '../render/index.js';
import { makeStyle, type TerminalInfo } from '../render/style.js';
// light commands: statically, see above
import * as areasCommand from '../commands/areas.js';
import * as grepCommand from '../commands/grep.js';
import * as ingestCommand from '../commands/ingest.js';
import * as listCommand from '../commands/list.js';
import * as sectionsCommand from '../commands/sections.js';
import * as showCommand from '../commands/show.js';
import { COMMON_FLAGS, FILTER_FLAGS, type FlagName, option } from './flags.js';

export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(text: string): void; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): void; isTTY?: boolean; columns?: number };
  version: string;
  /** version + source hash: what an index records as its maker */
  tool?: string;
}

interface CommonOptions {
  index?: string;
  format?: Format;
  color?: boolean;
  quiet?: boolean;
  header?: boolean;
  fields?: string[];
}

/** Run the CLI; resolves to the exit status. Never throws. */
export async function run(io: Io): Promise<number> {
  let exitCode = 0;
  const fail = (message: string, code: number) => {
    io.stderr.write(`ks-input: ${oneLine(message)}\n`);
    exitCode = code;
  };

  const execute = async (options: CommonOptions, action: (context: Context) => Promise<CommandResult>, extraFailure?: () => number) => {
    const terminal: TerminalInfo = { isTTY: Boolean(io.stdout.isTTY), columns: io.stdout.columns, env: io.env };
    const style = await makeStyle(options.color === false, terminal);
    const format = options.format ?? 'text';
    if (options.fields && format !== 'tsv' && format !== 'csv') throw new UsageError('--fields chooses the columns of --format tsv or csv');
    const context: Context = {
      cwd: io.cwd,
      env: io.env,
      tool: io.tool ?? io.version,
      index: options.index,
      notify: (message) => {
        if (!options.quiet) io.stderr.write(`${oneLine(message)}\n`);
      },
      highlight: style.color && format === 'text' && !options.quiet,
    };
    const progress = io.stderr.isTTY && !options.quiet ? progressLine(io.stderr) : undefined;
    context.progress = progress?.update;
    let result: CommandResult;
    try {
      result = await action(context);
    } finally {
      progress?.clear(); // the progress line gives way to what follows
    }
    const out = output(result, { format, style, header: Boolean(options.header), fields: options.fields }, Boolean(options.quiet));
    await writeChunks(out.chunks, io.stdout);
    exitCode = out.found() ? 0 : 1;
    // on a terminal, finding nothing says where and for what it looked (a script has the status)
    if (exitCode === 1 && io.stdout.isTTY && !options.quiet && context.searched) {
      const { dir, documents } = context.searched;
      const filters = FILTER_FLAGS.flatMap((name) => {
        const value = (options as Record<string, unknown>)[name];
        return value === undefined ? [] : [`--${name} ${JSON.stringify(String(value))}`];
      });
      io.stderr.write(`ks-input: nothing found in ${documents} document${documents === 1 ? '' : 's'} of the index ${dir}${filters.length ? ` with ${filters.join(' ')}` : ''}\n`);
    }
    if (extraFailure) exitCode = Math.max(exitCode, extraFailure());
  };

  const program = buildProgram(io, execute);
  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      if (error.code === 'commander.executeSubCommandAsync') return exitCode;
      fail(error.message.replace(/^error:\s*/u, ''), 2);
      return 2;
    }
    if (error instanceof KsInputError) {
      fail(error.message, error.exitCode);
      return error.exitCode;
    }
    const errno = error as NodeJS.ErrnoException;
    if (errno && typeof errno.code === 'string' && typeof errno.syscall === 'string') {
      // a file-system fault no command turned into a DataError: still a data error, not a crash
      fail(`${errno.path ?? errno.syscall}: ${describeIoError(errno)}`, 3);
      return 3;
    }
    const message = error instanceof Error ? error.message : String(error);
    fail(`internal error: ${message}`, 70);
    return 70;
  }
  return exitCode;
}

// One line, and no control character from a file name or a document reaches the terminal raw.
const oneLine = (s: string) =>
  s.replace(/\s*[\n\r]\s*/gu, ' ').replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/gu, '').replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\t' ? ' ' : '?')).trim();

type Execute = (options: CommonOptions, action: (context: Context) => Promise<CommandResult>, extraFailure?: () => number) => Promise<void>;

function withFlags(command: Command, names: FlagName[]): Command {
  for (const name of names) command.addOption(option(name));
  return command;
}

/**
 * One line on a terminal's stderr, rewritten in place: documents done of total, time spent and
 * time left at the pace so far. At most ten updates a second.
 */
function progressLine(stderr: Io['stderr']): { update: (done: number, total: number) => void; clear: () => void } {
  const start = Date.now();
  let shown = 0;
  let drawn = false;
  const clock = (ms: number) => {
    const s = Math.round(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  const update = (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - shown < 100) return;
    shown = now;
    drawn = true;
    const spent = now - start;
    const left = done ? (spent / done) * (total - done) : 0;
    const line = `ks-input: ${done}/${total} documents analysed, ${clock(spent)} spent, ${done < total ? `about ${clock(left)} left` : 'writing the index'}`;
    stderr.write(`\r\u001b[K${line.slice(0, Math.max(20, (stderr.columns || 80) - 1))}`);
  };
  // only a line that was drawn is wiped: other commands' stderr stays untouched
  const clear = () => void (drawn && stderr.write('\r\u001b[K'));
  return { update, clear };
}

/** What the words of the output mean: `--help` of the program and of every command ends with it. */
const GLOSSARY = `
Kinds of statement (--kind; the first three are demands, list's default):
  krav        KS says something must happen, or is a precondition (må, skal, forutsetter)
  anbefaling  KS says something should happen, recommends or asks for it (bør, anbefaler, ber om)
  onske       KS wants or hopes for something (ønsker, ønskelig)
  bekymring   KS is concerned, objects or criticises (betenkelig, bryter med, ikke tilstrekkelig)
  stotte      KS welcomes or supports a proposal (støtter, ønsker velkommen)
  tilsagn     KS or the sector offers or commits to act (KS vil bidra)
In text output "s. 7" is page 7 and "l. 12" line 12 of a document without pages.
Exit status: 0 found, 1 nothing found, 2 usage error, 3 data error, 70 internal error.`;

/** The commands' names: is the first argument one of them? (Help lists them in buildProgram's order.) */
const COMMAND_NAMES = new Set(['docs', 'ingest', 'list', 'show', 'search', 'grep', 'kwic', 'sections', 'areas', 'digest', 'convert', 'compare', 'similar']);

export function buildProgram(io: Io, execute: Execute): Command {
  const program = new Command('ks-input')
    .description('Find what KS asks for: demands and positions in Norwegian policy documents, by policy area.')
    .version(io.version, '--version', 'print the version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined, // run() prints errors as one line
    })
    .addHelpText('after', GLOSSARY);

  // When argv starts with one of our commands, only that command is built: building all ten, with
  // their options, is most of what commander costs at start-up, and once commander has
  // dispatched to a command nothing looks at its siblings (its help, errors and option
  // suggestions name only it and the program). Anything else first (no arguments, --help,
  // --version, help CMD, an unknown or misspelt command) builds every command, for the program's
  // help and the command suggestions.
  const only = io.argv[0] !== undefined && COMMAND_NAMES.has(io.argv[0]) ? io.argv[0] : undefined;
  const command = (name: string, description: string, flags: FlagName[], define: (cmd: Command) => unknown) => {
    if (only !== undefined && name !== only) return;
    const cmd = withFlags(program.command(name).description(description), [...flags, ...COMMON_FLAGS]);
    cmd.exitOverride().showSuggestionAfterError(true).addHelpText('after', GLOSSARY);
    cmd.configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });
    define(cmd);
  };

  command('ingest', 'read documents (default: the bundled corpus), segment, extract and write the index', ['add', 'bundled', 'verbose'], (cmd) =>
    cmd
      .argument('[files...]', 'text (.txt, as extracted from PDF) or Markdown (.md) files, or folders of them')
      .action(async (files: string[], options: CommonOptions & { add?: boolean; bundled?: boolean; verbose?: boolean }) => {
        let failures: KsInputError[] = [];
        await execute(
          options,
          async (context) => {
            const out = await ingestCommand.ingest(files, options, context);
            failures = out.failures;
            return out.result;
          },
          () => {
            for (const f of failures) io.stderr.write(`ks-input: ${oneLine(f.message)}\n`);
            return failures.length ? 3 : 0;
          },
        );
      }),
  );

  command('docs', 'the documents in the index: id, title, format, pages, statements, demands, source, when indexed', [], (cmd) =>
    cmd.action(async (options: CommonOptions) => {
      await execute(options, async (context) => (await import('../commands/docs.js')).docs(context));
    }),
  );

  command('list', 'statements in document order (default: the demand kinds)', [...FILTER_FLAGS, 'limit'], (cmd) =>
    cmd.action(async (options: CommonOptions & ListOptions) => {
      await execute(options, async (context) => listCommand.list(options, context));
    }),
  );

  command('show', "a statement with its context and reasons, or a section's sentences", [], (cmd) =>
    cmd
      .argument('<ids...>', 'sentence ids (3.2-4) or section ids (3.2)')
      .action(async (ids: string[], options: CommonOptions) => {
        await execute(options, async (context) => showCommand.show(ids, context));
      }),
  );

  command('search', 'ranked full-text search over all sentences, Norwegian-stemmed and compound-aware', [...FILTER_FLAGS, 'limit', 'explain'], (cmd) =>
    cmd
      .argument('<query...>', 'words (any inflection; compounds count), "quoted phrases"')
      .action(async (query: string[], options: CommonOptions & import('../commands/search.js').SearchOptions) => {
        await execute(options, async (context) => (await import('../commands/search.js')).search(query, options, context));
      }),
  );

  command(
    'grep',
    'statements (every sentence with --all-sentences) matching a regular expression',
    ['ignoreCase', 'wordRegexp', 'invertMatch', 'count', 'onlyIds', 'allSentences', ...FILTER_FLAGS, 'limit'],
    (cmd) =>
      cmd
        .argument('<pattern>', 'a JavaScript regular expression (Unicode; \\b knows æøå)')
        .action(async (pattern: string, options: CommonOptions & import('../commands/grep.js').GrepOptions) => {
          await execute(options, async (context) => grepCommand.grep(pattern, options, context));
        }),
  );

  command('kwic', 'keyword in context: every occurrence of a term, aligned, with id and page', ['exact', 'width', ...FILTER_FLAGS, 'limit'], (cmd) =>
    cmd
      .argument('<term>', 'a word (inflections and compounds count unless --exact) or words in a row')
      .action(async (term: string, options: CommonOptions & import('../commands/kwic.js').KwicOptions) => {
        await execute(options, async (context) => (await import('../commands/kwic.js')).kwic(term, options, context));
      }),
  );

  command('sections', 'the table of contents: chapters and sections with ids and counts', ['doc'], (cmd) =>
    cmd.action(async (options: CommonOptions & { doc?: string }) => {
      await execute(options, async (context) => sectionsCommand.sections(options, context));
    }),
  );

  command('areas', 'the 17 policy areas with counts per kind', ['kind', 'doc', 'chapter', 'section'], (cmd) =>
    cmd.action(async (options: CommonOptions & FilterOptions) => {
      await execute(options, async (context) => areasCommand.areas(options, context));
    }),
  );

  command(
    'digest',
    'a Markdown digest of the statements (default: the demand kinds), or an HTML report (--format html), to stdout or -o FILE',
    [...FILTER_FLAGS, 'by', 'lang', 'keyTerms', 'output', 'date'],
    (cmd) =>
      cmd.action(async (options: CommonOptions & import('../commands/digest.js').DigestOptions) => {
        await execute(options, async (context) => (await import('../commands/digest.js')).digest(options, context));
      }),
  );

  command('convert', 'print the Markdown derived from a text, PDF, HTML or DOCX file, for review or correction', [], (cmd) =>
    cmd
      .argument('<file>', 'a text file as extracted from a PDF, a PDF, a saved web page or a Word (.docx) file')
      .action(async (file: string, options: CommonOptions) => {
        await execute(options, async (context) => (await import('../commands/convert.js')).convert(file, context));
      }),
  );

  command(
    'compare',
    'what changed between two inputs: each statement repeated, reworded, strengthened, weakened, new or dropped',
    ['area', 'kind', 'section', 'actor', 'match', 'all', 'lang'],
    (cmd) => {
      // compare also writes a Markdown report (and the HTML one), in the digest's languages
      cmd.options.find((o) => o.long === '--format')?.choices([...FORMATS, 'markdown']);
      const lang = cmd.options.find((o) => o.long === '--lang');
      if (lang) lang.description = '--format markdown or html: language of the labels, nb (default) or en';
      return cmd
        .argument('<old>', 'the earlier input: a document id in the index, or a file (ingested first, as ingest --add)')
        .argument('<new>', 'the later input: a document id or a file')
        .action(async (oldDoc: string, newDoc: string, options: CommonOptions & import('../commands/compare.js').CompareOptions) => {
          const { format, ...rest } = options as Omit<typeof options, 'format'> & { format?: string };
          await execute({ ...rest, format: format === 'markdown' ? 'text' : (format as Format | undefined) }, async (context) =>
            (await import('../commands/compare.js')).compare(oldDoc, newDoc, { ...rest, format }, context),
          );
        });
    },
  );

  command('similar', 'the statements in the index most like one statement, other documents first', ['limit', 'doc'], (cmd) =>
    cmd
      .argument('<id>', 'a statement id (ks-2021:3.2-4, or 3.2-4 when only one document has it)')
      .action(async (id: string, options: CommonOptions & import('../commands/similar.js').SimilarOptions) => {
        await execute(options, async (context) => (await import('../commands/similar.js')).similar(id, options, context));
      }),
  );

  return program;
}

/**
 * Write a result's chunks as they come, a document's records each. Not gathered into larger
 * blocks: measured writing list's 9.3 MB at a thousand documents to a file, 64 kB strings took
 * 100 ms against 80 ms for the chunks as they are (a large string is encoded into a fresh
 * buffer each time), and encoding into one reused buffer gained under 10 ms.
 */
export async function writeChunks(chunks: AsyncIterable<string> | Iterable<string>, stdout: Pick<Io['stdout'], 'write'>): Promise<void> {
  let yielded = Date.now(); // not performance.now(): the global loads perf_hooks, ~10 modules
  for await (const chunk of chunks) {
    stdout.write(chunk);
    // a stream reads the index without waiting on I/O: when stdout is a Node stream (a terminal,
    // a non-blocking pipe), let its events, such as a closed pipe (main.ts), run now and then
    if (Date.now() - yielded > 20) {
      await new Promise(setImmediate);
      yielded = Date.now();
    }
  }
}
