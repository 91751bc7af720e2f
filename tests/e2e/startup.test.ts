// Start-up (issue 7, figures 1 and 2): bin/ks-input.cjs imports the Rollup bundle in dist/bundle/.
// The bundle must answer exactly as the unbundled tsc output does, and a query must not load the
// parsing stack (unified, remark, micromark), natural's stemmer, iconv-lite or write-file-atomic.
// Speed itself is measured by bench/, not here.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cli, ndjson, ROOT, runCwd, SEED, tempDir } from '../helpers/cli.js';
import { type Loads, traceLoads } from '../helpers/loads.js';

const BUNDLE = join(ROOT, 'dist', 'bundle');

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }>; entryPoint?: string }>;
}
const meta = (): Metafile => JSON.parse(readFileSync(join(BUNDLE, 'meta.json'), 'utf8')) as Metafile;

// Packages only ingest (and convert, digest) may load; chalk only colour on a terminal.
const HEAVY = /node_modules\/(unified|remark-[^/]+|micromark[^/]*|mdast-util-[^/]+|natural|underscore|iconv-lite|write-file-atomic|minisearch|chalk|@eslint-community\/regexpp)\//u;

/** What a run loaded, and the sources the bundle's outputs among it hold. */
function loadedSources(args: string[]): Loads & { sources: string[] } {
  const run = traceLoads(args);
  const outputs = meta().outputs;
  const sources = run.files.flatMap((f) => {
    const key = Object.keys(outputs).find((o) => join(ROOT, o) === f);
    return key ? Object.keys(outputs[key]!.inputs) : [f];
  });
  return { ...run, sources };
}

describe('the bundled CLI', () => {
  it('prints the version and help', () => {
    const version = cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/list/u);
  });

  it('lists exactly what the unbundled build lists', () => {
    const dir = tempDir('ks-input-unbundled-');
    const launcher = join(dir, 'unbundled.mjs');
    writeFileSync(launcher, `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href)};\nawait main();\n`);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
    for (const args of [
      ['list', '--area', 'helse', '--format', 'ndjson'],
      ['list', '--kind', 'all', '--format', 'tsv'],
      ['areas', '--format', 'tsv'],
      ['list', '--area', 'helsx'],
    ]) {
      const bundled = cli(args);
      const plain = spawnSync(process.execPath, [launcher, ...args], { cwd: runCwd(), env, encoding: 'utf8' });
      expect(bundled.stdout, args.join(' ')).toBe(plain.stdout);
      expect(bundled.stderr, args.join(' ')).toBe(plain.stderr);
      expect(bundled.code, args.join(' ')).toBe(plain.status);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('suggests the nearest area for an unknown one (natural loads on demand)', () => {
    const out = cli(['list', '--area', 'helsx']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe("ks-input: unknown area 'helsx'; did you mean helse?\n");
  });

  it('answers a query from the bundle without loading the parsing stack', () => {
    const run = loadedSources(['list', '--area', 'helse', '--format', 'tsv']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^5\.1-1\t/mu);
    // everything loaded came from the bundle: no module files from node_modules or dist/<stage>/
    expect(run.files.filter((f) => !f.startsWith(`${BUNDLE}/`) && f !== BIN)).toEqual([]);
    expect(run.files).toContain(join(BUNDLE, 'cli.js'));
    expect(run.sources.filter((s) => HEAVY.test(s))).toEqual([]);
    for (const stage of ['src/index/analyze.ts', 'src/markdown/markdown.ts', 'src/extract/index.ts', 'src/nlp/norwegian.ts', 'src/nlp/literals.ts']) {
      expect(run.sources).not.toContain(stage);
    }
  });

  it('holds each source module in exactly one output: module state exists once', () => {
    const outputsOf = new Map<string, string[]>();
    for (const [output, { inputs }] of Object.entries(meta().outputs)) {
      for (const input of Object.keys(inputs)) outputsOf.set(input, [...(outputsOf.get(input) ?? []), output]);
    }
    const sources = [...outputsOf.keys()].filter((s) => s.startsWith('src/'));
    expect(sources.length).toBeGreaterThan(60);
    expect(sources.filter((s) => outputsOf.get(s)!.length > 1)).toEqual([]);
    // and nothing from node_modules twice either
    expect([...outputsOf].filter(([input, outputs]) => input.includes('node_modules/') && outputs.length > 1)).toEqual([]);
  });

  it('ingests a text file with the worker entry and the parsing chunks beside it', () => {
    const dir = tempDir('ks-input-startup-ingest-');
    const run = loadedSources(['ingest', SEED, '--index', join(dir, 'index'), '-q']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.sources).toContain('src/index/analyze.ts');
    // the same statements as the bundled corpus' index (whose document id is the corpus' own)
    const texts = (args: string[]) => ndjson<{ id: string; text: string }>(cli(args).stdout).map((r) => `${r.id} ${r.text}`);
    expect(texts(['list', '--area', 'helse', '--format', 'ndjson', '--index', join(dir, 'index')])).toEqual(
      texts(['list', '--area', 'helse', '--format', 'ndjson']),
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
