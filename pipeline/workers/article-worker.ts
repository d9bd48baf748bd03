// A worker thread of the run: loads the extractors once, then answers file jobs with
// their outcomes, one at a time and in the order they came. The pool sends several
// ahead, so the worker has work while the main thread is busy committing.

import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome, type ProcessFileOptions } from './file-job.ts';

const port = parentPort;
if (!port) throw new Error('article-worker.ts runs only as a worker thread');

const unexpected = (error: unknown): FileOutcome => ({
  kind: 'failed', contentSha: '', error: `processing failed: ${(error as Error).message}`, retry: true, ms: { ingest: 0, process: 0 }, bytes: 0,
});

const options: ProcessFileOptions = { chinese: (workerData as { chinese?: boolean } | undefined)?.chinese !== false };

let previous: Promise<void> = Promise.resolve();
port.on('message', (job: FileJob) => {
  // Every job gets exactly one answer, in order: the pool matches answers to jobs by order.
  previous = previous.then(() => processFile(job, options).catch(unexpected).then((outcome) => port.postMessage(outcome)));
});
port.postMessage({ ready: true });
