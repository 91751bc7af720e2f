// Spawn the built CLI as a user would: arguments in; stdout, stderr and exit status out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect } from 'vitest';
import { join, resolve } from 'node:path';
import type { Catalog } from '../../src/index/store.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'ks-input.cjs');
export const SEED = join(ROOT, 'corpus', 'ks-2021-hurdalsplattformen.txt');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
}

/**
 * The folder a test runs the CLI from unless it names one: empty, inside the run's temporary
 * folder, so no `.ks-input/` of the repository's or the user's is found there.
 */
let defaultCwd: string | undefined;
export function runCwd(): string {
  defaultCwd ??= mkdtempSync(join(tmpdir(), 'cwd-'));
  return defaultCwd;
}

/** Run `ks-input args…` with colour off unless the test's env says otherwise. */
export function cli(args: string[], options: CliOptions = {}): CliResult {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const out = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? runCwd(),
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: out.status ?? -1, stdout: out.stdout, stderr: out.stderr };
}

export function tempDir(prefix = 'ks-input-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Files written to a fresh temporary folder (name → text) and ingested, in that order, into an
 * index there (`idx`): the folder, each file's path by name, and the index.
 */
export function ingestFiles(files: Record<string, string>): { dir: string; paths: Record<string, string>; index: string } {
  const dir = tempDir();
  const paths = Object.fromEntries(Object.keys(files).map((name) => [name, join(dir, name)]));
  for (const [name, text] of Object.entries(files)) writeFileSync(paths[name]!, text);
  const index = join(dir, 'idx');
  const out = cli(['ingest', ...Object.values(paths), '--index', index, '-q']);
  expect(out.code, out.stderr).toBe(0);
  return { dir, paths, index };
}

/** A query of `index` as ndjson records. */
export const queryIndex = (args: string[], index: string): CliResult => cli([...args, '--index', index, '--format', 'ndjson']);

/** The index's catalogue, as written. */
export const catalogOf = (index: string): Catalog => JSON.parse(readFileSync(join(index, 'catalog.json'), 'utf8')) as Catalog;

export const ndjson = <T = Record<string, unknown>>(text: string): T[] =>
  text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);

/**
 * Every item passes `test`, and there is at least one item: `expect(xs.every(…))` alone passes
 * on an empty result, so a filter that found nothing would prove nothing. Failing items are
 * shown.
 */
export function expectAll<T>(items: readonly T[], test: (item: T) => boolean): void {
  expect(items.length, 'nothing to check: the result is empty').toBeGreaterThan(0);
  expect(items.filter((item) => !test(item))).toEqual([]);
}
