// Parsing in parallel: with many documents to analyse and more than one core, jobs go to a small
// pool of worker threads; otherwise (or if a worker cannot start) they run here, one by one.
// Results come back in job order, so the index does not depend on scheduling.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type DocumentJob, type JobOutcome, runDocumentJob } from './document-job.js';

/** Below this many documents a worker's start-up (loading modules, compiling patterns) does not pay. */
export const PARALLEL_MIN_JOBS = 8;
const MAX_WORKERS = 4;

const WORKER_FILE = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));

export async function runJobs(jobs: DocumentJob[], env: NodeJS.ProcessEnv = process.env): Promise<JobOutcome[]> {
  const workers = Math.min(MAX_WORKERS, availableParallelism(), jobs.length);
  const parallel = jobs.length >= PARALLEL_MIN_JOBS && workers > 1 && env.KS_INPUT_WORKERS !== '0' && existsSync(WORKER_FILE);
  if (!parallel) return runHere(jobs);
  try {
    return await runInWorkers(jobs, workers);
  } catch {
    return runHere(jobs); // a worker could not run (e.g. an unusual packaging): do it here
  }
}

async function runHere(jobs: DocumentJob[]): Promise<JobOutcome[]> {
  const out: JobOutcome[] = [];
  for (const job of jobs) out.push(await runDocumentJob(job));
  return out;
}

/**
 * Run the jobs in `count` workers, each fed its next job when it answers. A worker that fails
 * (an `error` event) or exits before all jobs are answered rejects the whole run, and the
 * caller does the jobs here: without the `exit` handler a worker that dies without an error
 * (process.exit in a dependency, an out-of-memory kill of the isolate) would leave the ingest
 * waiting forever. Exported with its worker file for the tests.
 */
export function runInWorkers(jobs: DocumentJob[], count: number, workerFile = WORKER_FILE): Promise<JobOutcome[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<JobOutcome>(jobs.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next >= jobs.length) return;
      const index = next++;
      worker.once('message', (outcome: JobOutcome) => {
        results[index] = outcome;
        done += 1;
        if (done === jobs.length) finish();
        else feed(worker);
      });
      worker.postMessage(jobs[index]);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile);
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`an ingest worker exited (code ${code}) before its jobs were done`)));
      pool.push(worker);
      feed(worker);
    }
  });
}
