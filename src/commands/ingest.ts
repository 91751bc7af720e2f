import { ingest as ingestInputs, expandInputs } from '../index/ingest.js';
import { bundledCorpusDir, bundledIndexDir, resolveIndex } from '../index/location.js';
import { DataError, type KsInputError } from '../model/errors.js';
import type { Context } from './context.js';
import type { CommandResult } from './result.js';

export interface IngestOptions {
  add?: boolean;
  /** the bundled corpus' documents too, beside the files named */
  bundled?: boolean;
}

/** `ingest [FILE…]`: the index then holds exactly the documents named (`--add` keeps the others). */
export async function ingest(files: string[], options: IngestOptions, context: Context): Promise<{ result: CommandResult; failures: KsInputError[] }> {
  // `--bundled` names the bundled documents: with or without files, the index written is the
  // user's (./.ks-input or --index), never the package's own
  const named = files.length > 0 || Boolean(options.bundled);
  const dir = named || context.index || context.env.KS_INPUT_INDEX ? resolveIndex(context, true).dir : bundledIndexDir(context.env);
  const sources = named ? [...(options.bundled ? [bundledCorpusDir()] : []), ...files] : [bundledCorpusDir()];
  const { inputs, failures } = await expandInputs(sources, context.cwd);
  if (inputs.length === 0) throw failures[0] ?? new DataError('nothing to ingest');
  const outcome = await ingestInputs(dir, inputs, { tool: context.tool, add: options.add, replaceCorrupt: !options.add, env: context.env });
  const all = [...failures, ...outcome.failures];
  // a file that is no policy document (`ingest /etc/passwd`) is indexed, but said to be odd
  for (const d of outcome.catalog.documents) {
    if (outcome.parsed.includes(d.path) && d.stats.statements === 0) {
      context.notify(
        `ks-input: warning: ${d.path}: no statements found (${d.stats.sections} section(s), ${d.stats.sentences} sentence(s)); is it a KS document? \`ks-input convert\` shows how it was read`,
      );
    }
  }
  const records = outcome.catalog.documents.map((d) => ({ id: d.id, title: d.title, path: d.path, ...d.stats }));
  const parsedPaths = new Set(outcome.parsed);
  const lines = [
    // one line per document parsed in this run; unchanged ones only count in the summary
    ...outcome.catalog.documents
      .filter((d) => parsedPaths.has(d.path))
      .map((d) => `${d.id}\t${d.stats.sections} sections, ${d.stats.sentences} sentences, ${d.stats.statements} statements, ${d.stats.demands} demands\t${d.path}`),
    `indexed ${outcome.catalog.documents.length} document(s) in ${dir} (${outcome.parsed.length} parsed, ${outcome.unchanged.length} unchanged${outcome.kept.length ? `, ${outcome.kept.length} kept as indexed before: source unreadable` : ''}${added(outcome.catalog.documents.length - outcome.parsed.length - outcome.unchanged.length - outcome.kept.length)})`,
  ];
  return { result: { type: 'ingested', lines, records }, failures: all };
}

/** With --add, the documents the index held and that were not named: so the summary adds up. */
const added = (n: number) => (n > 0 ? `, ${n} kept from the index` : '');
