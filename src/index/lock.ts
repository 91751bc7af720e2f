// One writer at a time: the read-modify-write of an ingest (read the catalogue, write document
// files, write the catalogue, prune what it no longer references) runs under a lock file in the
// index folder, created with O_EXCL. Readers take no lock: every file they read is replaced by
// an atomic rename, so they see the old catalogue or the new one, never a torn file.
//
// A lock left behind by a killed process (SIGKILL, power loss) is stale when its process is gone
// (same host). A lock of a live process is never taken, however old: an ingest of thousands of
// documents may run for many minutes. Another host's process cannot be asked, so there the
// holder touches the lock every REFRESH_MS (as proper-lockfile does) and a lock untouched for
// STALE_MS is stale. The next writer removes a stale lock by renaming it away and checking that
// what it moved is the lock it judged, so it never removes one taken anew meanwhile. A writer
// that cannot get the lock within the timeout (KS_INPUT_LOCK_TIMEOUT, milliseconds) stops with
// a data error.
import { link, mkdir, open, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../model/errors.js';
import { isTemporaryIndexFile, removeFiles } from './store.js';

export const LOCK_FILE = 'ingest.lock';
const STALE_MS = 10 * 60 * 1000;
const REFRESH_MS = 60 * 1000;
const DEFAULT_TIMEOUT_MS = 60 * 1000;

export interface LockInfo {
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
    if (seen && isStale(seen)) {
      await removeStale(path, seen.raw, me.token);
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
  // the lock's time is its heartbeat for writers on other hosts (isStale)
  const heartbeat = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), REFRESH_MS);
  heartbeat.unref();
  try {
    await removeTemporaryFiles(dir);
    return await action();
  } finally {
    clearInterval(heartbeat);
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

/** Stale: its process is gone (this host), or, another host's or torn, it has not been touched for STALE_MS. */
export function isStale(lock: { info: LockInfo | null; mtimeMs: number }, now = Date.now()): boolean {
  const { info } = lock;
  // Created but not yet written, or torn by a crash: stale once it is not brand new.
  if (!info) return now - lock.mtimeMs > 2000;
  if (info.host !== hostname()) return now - lock.mtimeMs > STALE_MS;
  if (info.pid === process.pid) return false;
  return !isAlive(info.pid); // alive, however old the lock, is never stale
}

/**
 * Remove the lock judged stale, and only it: rename it aside (atomic: takes whatever lock is
 * there now), then look at what was moved. If another writer had replaced the stale lock with
 * its own meanwhile, put that one back (link fails rather than overwrite a newer one).
 */
async function removeStale(path: string, staleRaw: string, token: string): Promise<void> {
  // the mover's pid in the name: a writer killed between the rename and the unlink leaves the
  // file aside, and the next writer can tell it is debris (removeLeftAside)
  const aside = `${path}.stale-${process.pid}-${token}`;
  try {
    await rename(path, aside);
  } catch {
    return; // gone already: someone else removed it
  }
  const moved = await readFile(aside, 'utf8').catch(() => null);
  if (moved !== null && moved !== staleRaw) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Temporary files a killed writer left (write-file-atomic names them `<file>.<number>`). Only
 * called under the lock, so no live writer owns one.
 */
async function removeTemporaryFiles(dir: string): Promise<void> {
  for (const folder of [dir, join(dir, 'docs')]) await removeFiles(folder, isTemporaryIndexFile);
  await removeLeftAside(dir);
}

/**
 * Stale locks moved aside (removeStale) by a writer that was killed before it removed them. A
 * live mover needs its file for a moment (to put back a lock it took by mistake), so only those
 * of a process that is gone (this host) are removed, and those without a pid in their name (an
 * older ks-input's) once a minute old.
 */
async function removeLeftAside(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(`${LOCK_FILE}.stale-`)) continue;
    const path = join(dir, name);
    const pid = /^\.stale-(\d+)-/u.exec(name.slice(LOCK_FILE.length))?.[1];
    if (pid !== undefined ? !isAlive(Number(pid)) : await olderThan(path, 60_000)) await unlink(path).catch(() => undefined);
  }
}

/** Whether the file was last renamed or changed more than `ms` ago (a rename sets its ctime). */
async function olderThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info !== null && Date.now() - info.ctimeMs > ms;
}

/** Whether a process of this host is running (one we may not signal is running). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
