// Where the index lives (SPEC "Index location"):
//   1. --index PATH, or KS_INPUT_INDEX
//   2. `.ks-input/` in the current folder (parents are not searched)
//   3. the bundled corpus' index: `.cache/index` in the package folder, or in the user's cache
//      folder when the package folder is read-only.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type IndexOrigin = 'option' | 'env' | 'local' | 'bundled';

export interface IndexLocation {
  dir: string;
  origin: IndexOrigin;
}

export const LOCAL_INDEX_DIR = '.ks-input';

/** The package folder: dist/index/location.js → ../.. */
export function packageRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function bundledCorpusDir(): string {
  return join(packageRoot(), 'corpus');
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function bundledIndexDir(env: NodeJS.ProcessEnv): string {
  const root = packageRoot();
  const local = join(root, '.cache');
  if (existsSync(local) ? writable(local) : writable(root)) return join(local, 'index');
  const cacheHome = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  // node:crypto only here, on a read-only install: loading it costs every command a few per cent
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return join(cacheHome, 'ks-input', key);
}

export interface LocationInput {
  index?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The index a command reads or (with `forWrite`) an `ingest FILE…` writes. */
export function resolveIndex({ index, env, cwd }: LocationInput, forWrite = false): IndexLocation {
  if (index) return { dir: resolve(cwd, index), origin: 'option' };
  if (env.KS_INPUT_INDEX) return { dir: resolve(cwd, env.KS_INPUT_INDEX), origin: 'env' };
  const local = join(cwd, LOCAL_INDEX_DIR);
  if (forWrite || isDir(local)) return { dir: local, origin: 'local' };
  return { dir: bundledIndexDir(env), origin: 'bundled' };
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
