// Shared by the reliability suites: generated documents, async CLI runs, index checks.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN, cli, runCwd, SEED, type CliResult } from '../helpers/cli.js';
import { decodeSources, IDS_FILE, SOURCES_FILE } from '../../src/index/lookup-files.js';
import { documentFilesOf } from '../../src/index/store.js';

export const seedText = (): string => readFileSync(SEED, 'utf8');

/**
 * A document like the seed, made distinct by `n` (so every file has its own hash) and cut to
 * `lines` lines (the seed has 685).
 */
export function generatedDoc(n: number, lines = 685): string {
  const seed = seedText().split('\n').slice(0, lines);
  return seed.map((l, i) => (i % 40 === 5 ? `${l.replace(/kommunene/u, `kommunene${n % 7 === 0 ? '' : ` nr ${n}`}`)}` : l)).join('\n') + `\n Dokument ${n} slutter her.\n`;
}

export function writeDocs(dir: string, prefix: string, count: number, lines?: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${prefix}-${i + 1}.txt`);
    writeFileSync(path, generatedDoc(i + 1 + prefix.length * 100, lines));
    return path;
  });
}

/** A failing run: the exit status, one stderr line starting `ks-input:`, no stack trace. */
export function expectOneLineError(result: CliResult, code: number, pattern?: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^ks-input: /u);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal|\.js:\d+/u);
  if (pattern) expect(lines[0]).toMatch(pattern);
}

/** Each error line of a run with several failures is one `ks-input:` line without a stack. */
export function expectErrorLines(result: CliResult, count: number): string[] {
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines, result.stderr).toHaveLength(count);
  for (const line of lines) expect(line).toMatch(/^ks-input: /u);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal/u);
  return lines;
}

/** The index answers `list --kind all`; returns the document ids of its statements. */
export function expectIndexAnswers(index: string, cwd?: string): string[] {
  // First with -q: a concurrent rebuild of dist/ changes the tool id, and a query then updates
  // the index saying so on stderr. Errors still print.
  const quiet = cli(['list', '-q', '--kind', 'all', '--index', index], { cwd });
  expect(quiet.code, quiet.stderr).toBe(0);
  expect(quiet.stderr).toBe('');
  const list = cli(['list', '--kind', 'all', '--index', index, '--format', 'ndjson'], { cwd });
  expect(list.code, list.stderr).toBe(0);
  expect(list.stderr).toBe('');
  const docs = new Set(list.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { doc: string }).doc));
  return [...docs].sort();
}

/**
 * Nothing but the catalogue, the outlines, sources.txt and ids.txt of the catalogue's
 * generation, the docs it references and no lock or temporary file.
 */
export function expectTidyIndex(index: string): void {
  const top = readdirSync(index).sort();
  expect(top).toEqual(['catalog.json', 'docs', 'ids.txt', 'outlines.txt', 'sources.txt']);
  const catalog = JSON.parse(readFileSync(join(index, 'catalog.json'), 'utf8')) as { generation: string; documents: Array<{ id: string; file: string }> };
  const sources = decodeSources(readFileSync(join(index, SOURCES_FILE), 'utf8'), catalog.generation);
  expect(sources?.map((s) => s.id)).toEqual(catalog.documents.map((d) => d.id));
  expect(readFileSync(join(index, IDS_FILE), 'utf8').split('\t')[1]).toBe(catalog.generation);
  expect(readdirSync(join(index, 'docs')).sort()).toEqual(catalog.documents.flatMap((d) => documentFilesOf(d.file)).sort());
}

export interface AsyncRun {
  pid: number;
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): void;
}

/** Start the CLI without waiting for it (concurrency and SIGKILL tests). */
export function start(args: string[], env: NodeJS.ProcessEnv = {}): AsyncRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: runCwd(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
  return { pid: child.pid!, done, kill: (signal = 'SIGKILL') => child.kill(signal) };
}

export const runAsync = (args: string[], env?: NodeJS.ProcessEnv) => start(args, env).done;
