// Worker-thread entry: runs document jobs sent by pool.ts, one at a time.
import { parentPort } from 'node:worker_threads';
import { type DocumentJob, runDocumentJob } from './document-job.js';

parentPort?.on('message', async (job: DocumentJob) => {
  parentPort!.postMessage(await runDocumentJob(job));
});
