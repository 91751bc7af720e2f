// The worker pool: results in job order whatever the scheduling, and a worker that dies without
// an error event ends the run instead of hanging it (issue 16, defect 6).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInWorkers } from '../../src/index/pool.js';
import type { DocumentJob } from '../../src/index/document-job.js';
import { cli, ndjson, ROOT, tempDir } from '../helpers/cli.js';

const job = (path: string): DocumentJob => ({ dir: '/nonexistent', path, meta: { id: 'x' } });

describe('runInWorkers', () => {
  it('rejects, not hangs, when a worker exits without an error event', async () => {
    const dir = tempDir();
    const worker = join(dir, 'exits.mjs');
    writeFileSync(worker, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(0));\n");
    await expect(runInWorkers([job('a'), job('b'), job('c')], 2, worker)).rejects.toThrow(/exited \(code 0\)/u);
  }, 20_000);

  it('rejects when a worker throws', async () => {
    const dir = tempDir();
    const worker = join(dir, 'throws.mjs');
    writeFileSync(worker, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n");
    await expect(runInWorkers([job('a'), job('b')], 2, worker)).rejects.toThrow(/boom/u);
  }, 20_000);

  it('puts each answer in its job\'s place though workers answer out of order', async () => {
    const dir = tempDir();
    const worker = join(dir, 'echo.mjs');
    // the first job answers last: a pool that kept arrival order would misplace it
    writeFileSync(worker, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (j) => setTimeout(() => parentPort.postMessage({ kind: 'unchanged', path: j.path }), j.path === 'a' ? 300 : 10));\n");
    const out = await runInWorkers(['a', 'b', 'c', 'd', 'e'].map(job), 2, worker);
    expect(out.map((o) => (o as unknown as { path: string }).path)).toEqual(['a', 'b', 'c', 'd', 'e']);
  }, 20_000);
});

describe('ingest of many documents in worker threads', () => {
  it('gives the same index as one thread: ids, documents and statements in input order', () => {
    const dir = tempDir();
    const held = join(ROOT, 'tests', 'fixtures', 'heldout');
    const names = ['h1-horing-helse.txt', 'h2-statsbudsjett.txt', 'h4-horing-plan.txt', 'h5-barnehage-blind.txt', 'h6-opplaering-blind.txt', 'h7-klima-beredskap-blind.txt', 'h8-digitalisering-blind.txt', 'h9-kommuneprop-blind.txt', 'h3-fylke-samferdsel.md'];
    const files = names.map((n) => {
      const path = join(dir, n);
      writeFileSync(path, readFileSync(join(held, n)));
      return path;
    });
    expect(files.length).toBeGreaterThanOrEqual(8); // the pool's threshold (PARALLEL_MIN_JOBS)
    const run = (name: string, env: NodeJS.ProcessEnv) => {
      const index = join(dir, name);
      const out = cli(['ingest', ...files, '--index', index, '-q'], { env });
      expect(out.code, out.stderr).toBe(0);
      return cli(['list', '--kind', 'all', '--format', 'ndjson', '--index', index]).stdout;
    };
    const parallel = run('parallel', {});
    const serial = run('serial', { KS_INPUT_WORKERS: '0' });
    expect(parallel).toBe(serial);
    // and by hand: each document's statements stand under its own id, in input order
    const docs = [...new Set(ndjson<{ doc: string }>(parallel).map((r) => r.doc))];
    expect(docs).toEqual(names.map((n) => n.replace(/\.(txt|md)$/u, '')));
    const first = ndjson<{ id: string; text: string }>(parallel).find((r) => r.id.startsWith('h1-horing-helse:'));
    expect(readFileSync(files[0]!, 'utf8').replace(/\s+/gu, ' ')).toContain(first!.text.slice(0, 30));
  }, 120_000);
});
