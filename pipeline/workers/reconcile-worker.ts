// A worker thread that reconciles one store (reconcileInThread): opens the store itself (with a
// smaller page cache, RECONCILE_CACHE_KIB), runs reconcileStore with a collection between its
// steps, sends each progress line as it comes, then the summary or the error, and closes the store.

import { parentPort, workerData } from 'node:worker_threads';
import { collectInThisThread } from '../heap-growth.ts';
import { reconcileStore } from '../reconcile/store-reconcile.ts';
import { openStore } from '../store/open.ts';
import { RECONCILE_CACHE_KIB, type ReconcileJob, type ReconcileMessage } from './reconcile-thread.ts';

const port = parentPort;
if (!port) throw new Error('reconcile-worker.ts runs only as a worker thread');
const send = (message: ReconcileMessage) => port.postMessage(message);

const job = workerData as ReconcileJob;
// The flags are the process's, set already by the command line; this thread needs only its own handle on the collector.
collectInThisThread();
try {
  const db = openStore(job.dbPath);
  db.pragma(`cache_size = -${RECONCILE_CACHE_KIB}`);
  try {
    const progress = job.progress ? ({ write: (line: string) => { send({ progress: line }); return true; } } as unknown as NodeJS.WritableStream) : undefined;
    send({ summary: reconcileStore(db, { runId: job.runId, full: job.full, progress }) });
  } finally {
    db.close();
  }
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) });
}
