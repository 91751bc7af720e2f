// One writer at a time: the read-modify-write of an ingest (read the catalogue, write document
// files, write the catalogue, prune what it no longer references) runs under a lock file in the
// index folder, created with O_EXCL. Readers take no lock: every file they read is replaced by
// an atomic rename, so they see the old catalogue or the new one, never a torn file.
//
// A lock left behind by a killed process (SIGKILL, power loss) is stale when its process is gone
// (same host) or it is older than STALE_MS; the next writer removes it. A writer that cannot get
// the lock within the timeout (KS_INPUT_LOCK_TIMEOUT, milliseconds) stops with a data error.
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../model/errors.js';
import { isTemporaryIndexFile, removeFiles } from './store.js';

export const LOCK_FILE = 'ingest.lock';
const STALE_MS = 10 * 60 * 1000;
const DEFAULT_TIMEOUT_MS = 60 * 1000;

interface LockInfo {
  pid: number;
  host: string;
  time: number;
  token: string;
}

export function lockTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.KS_INPUT_LOCK_TIMEOUT);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_TIMEOUT_MS;
}

/**
 * Run `action` holding the index folder's lock. `dir` must exist. `unwritable` turns a
 * permission error into the caller's message (with the --index hint).
 */
export async function withIndexLock<T>(
  dir: string,
  action: () => Promise<T>,
  unwritable: (error: unknown) => Error,
  timeoutMs = lockTimeout(),
): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const me: LockInfo = { pid: process.pid, host: hostname(), time: Date.now(), token: Math.random().toString(36).slice(2) };
  const deadline = Date.now() + timeoutMs;
  let holder: LockInfo | null = null;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        me.time = Date.now();
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && attempt < 3) {
        await mkdir(dir, { recursive: true }).catch(() => undefined); // removed by a failed first ingest
        continue;
      }
      if (code !== 'EEXIST') throw unwritable(error);
    }
    const seen = await readLock(path);
    if (seen && (await isStale(seen, path))) {
      // Remove it only if it is still the lock we judged stale, not one just taken anew.
      const again = await readLock(path);
      if (again && again.raw === seen.raw) await unlink(path).catch(() => undefined);
      continue;
    }
    holder = seen?.info ?? holder;
    if (Date.now() >= deadline) {
      const who = holder ? ` (pid ${holder.pid}${holder.host === me.host ? '' : ` on ${holder.host}`})` : '';
      throw new DataError(
        `index ${dir} is busy: another ks-input${who} is writing it; try again, or remove ${path} if none is running`,
      );
    }
    await sleep(Math.min(25 * 2 ** Math.min(attempt, 3), 200) * (0.5 + Math.random()));
  }
  try {
    await removeTemporaryFiles(dir);
    return await action();
  } finally {
    const current = await readLock(path);
    if (current?.info?.token === me.token) await unlink(path).catch(() => undefined);
  }
}

async function readLock(path: string): Promise<{ raw: string; info: LockInfo | null; mtimeMs: number } | null> {
  try {
    const [raw, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    let parsed: LockInfo | null = null;
    try {
      const value = JSON.parse(raw) as LockInfo;
      if (value && typeof value.pid === 'number' && typeof value.time === 'number') parsed = value;
    } catch {
      parsed = null;
    }
    return { raw, info: parsed, mtimeMs: info.mtimeMs };
  } catch {
    return null; // gone in the meantime: try again
  }
}

async function isStale(lock: { info: LockInfo | null; mtimeMs: number }, _path: string): Promise<boolean> {
  const { info } = lock;
  // Created but not yet written, or torn by a crash: stale once it is not brand new.
  if (!info) return Date.now() - lock.mtimeMs > 2000;
  if (Date.now() - info.time > STALE_MS) return true;
  if (info.host !== hostname()) return false;
  if (info.pid === process.pid) return false;
  try {
    process.kill(info.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Temporary files a killed writer left (write-file-atomic names them `<file>.<number>`). Only
 * called under the lock, so no live writer owns one.
 */
async function removeTemporaryFiles(dir: string): Promise<void> {
  for (const folder of [dir, join(dir, 'docs')]) await removeFiles(folder, isTemporaryIndexFile);
}
