// Start-up of the CLI itself (issue 7, figure 1): what `list` loads, and that the shortcuts
// taken for it (stdout written directly, only the named command built, node built-ins required
// rather than imported) change nothing a user sees. Speed itself is measured by bench/.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, ROOT, runCwd, tempDir } from '../helpers/cli.js';
import { traceLoads } from '../helpers/loads.js';

const BUNDLE = join(ROOT, 'dist', 'bundle');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
const LIST = ['list', '--area', 'helse', '--format', 'tsv'];

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>;
}
const meta = (): Metafile => JSON.parse(readFileSync(join(BUNDLE, 'meta.json'), 'utf8')) as Metafile;

/** An output and every output it imports statically, transitively (dist/bundle/meta.json). */
function staticClosure(entry: string): string[] {
  const outputs = meta().outputs;
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const output = todo.pop()!;
    if (seen.has(output)) continue;
    seen.add(output);
    for (const i of outputs[output]!.imports) if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
  }
  return [...seen];
}

describe('start-up of list', () => {
  it('loads the launcher, cli.js and the chunks it imports, and neither net nor the stream stack', () => {
    const run = traceLoads(LIST);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5\.1-1\t/mu);
    // exactly cli.js and what it imports statically: no chunk that only another command imports
    expect(new Set(run.files)).toEqual(new Set([BIN, ...staticClosure('dist/bundle/cli.js').map((o) => join(ROOT, o))]));
    // and that is few files: each ES module file costs start-up time of its own, and what a lazily
    // loaded chunk shares with cli.js stays in cli.js (Rollup's chunking; esbuild's made 14 files)
    expect(staticClosure('dist/bundle/cli.js').length).toBeLessThanOrEqual(3);
    // stdout is a pipe: written with fs.writeSync, process.stdout (net, stream) never built;
    // no ES import of node:fs either, whose facade loads the streams
    expect(run.builtins.filter((m) => m === 'net' || m === 'stream' || m === 'tty' || m === 'internal/fs/streams')).toEqual([]);
    // nor what only some commands need: vm (grep's patterns that may backtrack), perf_hooks
    // (the global `performance`), the promise API of node:fs (bound lazily by the bundle)
    expect(run.builtins.filter((m) => m === 'vm' || m === 'perf_hooks' || m === 'fs/promises')).toEqual([]);
  });

  it('imports no node built-in as an ES module: the bundle asks process.getBuiltinModule', () => {
    const outputs = Object.keys(meta().outputs).filter((o) => o.endsWith('.js'));
    expect(outputs.length).toBeGreaterThan(2);
    for (const output of outputs) {
      const code = readFileSync(join(ROOT, output), 'utf8');
      expect(code.match(/\bimport\s*[^;'"]*?from\s*["'](node:)?(fs|path|os|url|module|events|process|crypto|zlib)(\/[\w]+)?["']/gu) ?? [], output).toEqual([]);
    }
    expect(readdirSync(BUNDLE)).toContain('ingest-worker.js');
  });
});

describe('output and help as before', () => {
  it('writes the same to a file as to a pipe', () => {
    const dir = tempDir('ks-input-stdout-file-');
    const path = join(dir, 'out.tsv');
    const fd = openSync(path, 'w');
    const out = spawnSync(process.execPath, [BIN, ...LIST], { cwd: runCwd(), env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const piped = cli(LIST);
    expect(piped.stdout.length).toBeGreaterThan(1000);
    expect(readFileSync(path, 'utf8')).toBe(piped.stdout);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a closed pipe after much output ends quietly with status 0', () => {
    const out = spawnSync('bash', ['-c', `set -o pipefail; node "${BIN}" list --kind all | head -1 >/dev/null`], { cwd: runCwd(), env, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it('shows every command in the program help, however it is asked for', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const term of ['ingest [options] [files...]', 'list [options]', 'show [options] <ids...>', 'grep [options] <pattern>', 'convert [options] <file>']) {
      expect(help.stdout).toContain(term);
    }
    // --help before a command is the program's help, as commander has it
    expect(cli(['--help', 'list']).stdout).toBe(help.stdout);
    expect(cli(['help']).stdout).toBe(help.stdout);
  });

  it("shows a command's own help with all its options", () => {
    const own = cli(['list', '--help']);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^Usage: ks-input list \[options\]/u);
    for (const flag of ['--area <areas>', '--kind <kinds>', '--limit <n>', '--format <format>', '--no-color', '--header']) expect(own.stdout).toContain(flag);
    expect(cli(['help', 'list']).stdout).toBe(own.stdout);
    const grep = cli(['grep', '--help']);
    expect(grep.stdout).toContain('-w, --word-regexp');
    expect(grep.stdout).toContain('<pattern>');
  });

  it('suggests commands and options as before', () => {
    expect(cli(['lsit'])).toMatchObject({ code: 2, stderr: "ks-input: unknown command 'lsit' (Did you mean list?)\n" });
    expect(cli(['list', '--are', 'helse'])).toMatchObject({ code: 2, stderr: "ks-input: unknown option '--are' (Did you mean --area?)\n" });
    expect(cli(['show'])).toMatchObject({ code: 2, stderr: "ks-input: missing required argument 'ids'\n" });
    expect(cli(['list', 'extra']).code).toBe(2);
  });
});
