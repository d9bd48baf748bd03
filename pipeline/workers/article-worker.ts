// A worker thread of the run: loads the extractors once, then answers file jobs with
// their outcomes, one at a time and in the order they came. The pool sends several
// ahead, so the worker has work while the main thread is busy committing.

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome } from './file-job.ts';
import type { WorkerSettings } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('article-worker.ts runs only as a worker thread');

const unexpected = (error: unknown): FileOutcome => ({
  kind: 'failed', contentSha: '', error: `processing failed: ${(error as Error).message}`, retry: true, ms: { ingest: 0, process: 0 }, bytes: 0,
});

// The main thread is the run's one writer, and the workers outrun it: a worker a few
// steps nicer lets the writer have the CPU when it needs it, and the workers take the
// rest (+9% articles/s with two workers on the 2-core bench machine). Linux names this
// thread's id at /proc/thread-self; elsewhere the default priority serves.
const settings = workerData as WorkerSettings;
if (settings.nice > 0) {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), settings.nice);
  } catch {
    // not Linux, or not allowed
  }
}

let previous: Promise<void> = Promise.resolve();
port.on('message', (job: FileJob) => {
  // Every job gets exactly one answer, in order: the pool matches answers to jobs by order.
  previous = previous.then(() => processFile(job, settings).catch(unexpected).then((outcome) => port.postMessage(outcome)));
});
port.postMessage({ ready: true });
