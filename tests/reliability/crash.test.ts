// SIGKILL at random moments of an ingest, and ingests racing each other: the index is always
// the previous one or the new one, whole, and a later ingest tidies what a killed one left.
import { existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { expectIndexAnswers, expectOneLineError, expectTidyIndex, runAsync, start, writeDocs } from './util.js';

let dir: string;
let setA: string[];
let setB: string[];
const ids = (paths: string[]) => paths.map((p) => p.split('/').pop()!.replace(/\.txt$/u, '')).sort();

beforeAll(() => {
  dir = tempDir('ks-rel-crash-');
  setA = writeDocs(dir, 'a', 4, 300);
  setB = writeDocs(dir, 'b', 4, 300);
});

describe('SIGKILL during ingest', () => {
  it('leaves the previous index readable, 20 times at random moments', async () => {
    const index = join(dir, 'killed');
    expect(cli(['ingest', '-q', '--index', index, ...setA]).code).toBe(0);
    // how long a whole ingest of the other set takes, to spread the kills over it: the faster of
    // two runs (a cold or loaded first run would spread the kills past the end of later ones)
    const timings: number[] = [];
    for (const name of ['timing-1', 'timing-2']) {
      const t = Date.now();
      expect((await runAsync(['ingest', '-q', '--index', join(dir, name), ...setB])).code).toBe(0);
      timings.push(Date.now() - t);
    }
    const span = Math.max(200, Math.min(...timings));
    let current = ids(setA);
    let killedMidway = 0;
    for (let round = 0; round < 20; round++) {
      const next = current.join() === ids(setA).join() ? setB : setA;
      const run = start(['ingest', '-q', '--index', index, ...next]);
      await new Promise((r) => setTimeout(r, Math.random() * span * 0.9));
      run.kill('SIGKILL');
      const result = await run.done;
      if (result.signal === 'SIGKILL') killedMidway++;
      const docs = expectIndexAnswers(index);
      expect([ids(setA).join(), ids(setB).join()]).toContain(docs.join());
      current = docs;
    }
    expect(killedMidway).toBeGreaterThanOrEqual(10);
    // the next ingest removes what the killed ones left behind
    expect(cli(['ingest', '-q', '--index', index, ...setA]).code).toBe(0);
    expectTidyIndex(index);
    expect(expectIndexAnswers(index)).toEqual(ids(setA));
  }, 300_000); // 22 ingests and 20 index checks: under a loaded machine they took over 120 s (a hang still fails)
});

describe('concurrent ingests into one index', () => {
  it.each([2, 4])('%i at once leave a valid, tidy index', async (n) => {
    const index = join(dir, `race-${n}`);
    const sets = Array.from({ length: n }, (_, i) => writeDocs(dir, `r${n}x${i}`, 2, 150));
    const results = await Promise.all(sets.map((set) => runAsync(['ingest', '-q', '--index', index, ...set])));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const docs = expectIndexAnswers(index);
    expect(sets.map(ids).map((s) => s.join())).toContain(docs.join());
    expectTidyIndex(index);
    // --add from several writers at once keeps every document
    const adds = await Promise.all(sets.map((set) => runAsync(['ingest', '-q', '--add', '--index', index, ...set])));
    for (const r of adds) expect(r.code, r.stderr).toBe(0);
    expect(expectIndexAnswers(index)).toEqual(sets.flatMap(ids).sort());
    expectTidyIndex(index);
  }, 60_000);

  it('a lock held by a live process times out with a clear error; a dead one is taken over', async () => {
    const index = join(dir, 'locked');
    expect(cli(['ingest', '-q', '--index', index, setA[0]!]).code).toBe(0);
    const lock = join(index, 'ingest.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), time: Date.now(), token: 'x' }));
    const busy = cli(['ingest', '--index', index, setA[1]!], { env: { KS_INPUT_LOCK_TIMEOUT: '300' } });
    expectOneLineError(busy, 3, /is busy: another ks-input \(pid \d+\) is writing it/u);
    const gone = start(['--version']);
    await gone.done;
    writeFileSync(lock, JSON.stringify({ pid: gone.pid, host: (await import('node:os')).hostname(), time: Date.now(), token: 'y' }));
    const out = cli(['ingest', '-q', '--index', index, setA[1]!], { env: { KS_INPUT_LOCK_TIMEOUT: '2000' } });
    expect(out.code, out.stderr).toBe(0);
    expect(expectIndexAnswers(index)).toEqual(ids([setA[1]!]));
    expectTidyIndex(index);
  }, 60_000);

  it('a live process keeps its lock however old; another host\'s lock is stale only when untouched for ten minutes', async () => {
    const index = join(dir, 'old-lock');
    expect(cli(['ingest', '-q', '--index', index, setA[0]!]).code).toBe(0);
    const lock = join(index, 'ingest.lock');
    const host = (await import('node:os')).hostname();
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    // this test's own process is alive: its lock of an hour ago is held, not taken
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host, time: hourAgo.getTime(), token: 'old' }));
    utimesSync(lock, hourAgo, hourAgo);
    expectOneLineError(cli(['ingest', '--index', index, setA[1]!], { env: { KS_INPUT_LOCK_TIMEOUT: '300' } }), 3, /is busy/u);
    // another host's lock, touched a minute ago (its holder's heartbeat): held
    const minuteAgo = new Date(Date.now() - 60 * 1000);
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere.example', time: hourAgo.getTime(), token: 'far' }));
    utimesSync(lock, minuteAgo, minuteAgo);
    expectOneLineError(cli(['ingest', '--index', index, setA[1]!], { env: { KS_INPUT_LOCK_TIMEOUT: '300' } }), 3, /is busy.*on elsewhere\.example/u);
    // ... untouched for an hour: taken over
    utimesSync(lock, hourAgo, hourAgo);
    const out = cli(['ingest', '-q', '--index', index, setA[1]!], { env: { KS_INPUT_LOCK_TIMEOUT: '2000' } });
    expect(out.code, out.stderr).toBe(0);
    expect(expectIndexAnswers(index)).toEqual(ids([setA[1]!]));
    expectTidyIndex(index);
  }, 60_000);

  it('a stale lock moved aside by a writer killed before it removed it is tidied by the next, unless its mover lives', async () => {
    const index = join(dir, 'aside');
    expect(cli(['ingest', '-q', '--index', index, setA[0]!]).code).toBe(0);
    const gone = start(['--version']);
    await gone.done;
    const lock = JSON.stringify({ pid: gone.pid, host: (await import('node:os')).hostname(), time: Date.now(), token: 'z' });
    const ofDead = join(index, `ingest.lock.stale-${gone.pid}-abc`);
    const ofLiving = join(index, `ingest.lock.stale-${process.pid}-def`);
    const fresh = join(index, 'ingest.lock.stale-ghi'); // an older ks-input's name, a moment old
    for (const path of [ofDead, ofLiving, fresh]) writeFileSync(path, lock);
    expect(cli(['ingest', '-q', '--index', index, setA[1]!]).code).toBe(0);
    expect(existsSync(ofDead)).toBe(false);
    expect(existsSync(ofLiving)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    for (const path of [ofLiving, fresh]) rmSync(path);
    expectTidyIndex(index);
  }, 60_000);
});
