// Reconciliation in a worker thread of its own when the command line bounds its heap: V8 sizes
// a heap's young generation only when the heap is made, and the main thread's is made before
// any of our code runs, at up to 48 MB of short-lived objects that reconciliation fills and
// empties all the time. A worker's is set here, at 12 MB: reconciling 1,000 new articles into a
// 100,000-article store peaked at 538 MB on the main thread (59.2 s), 476–478 MB in the worker
// (66.5–68.0 s; with 24 MB, 513 MB and 61.5 s): a tenth more time for the memory. 100 new
// articles into a 10,000-article store: 225 → 196 MB. A store of fewer articles than
// WORKER_MIN_ARTICLES reconciles on the calling thread: there the worker's start (its own copy of
// the modules: ~0.4 s and ~25 MB on the 22-article recon-dev drop) costs more than it saves. The
// library, and a store in memory, reconcile on the calling thread as before.

import { Worker } from 'node:worker_threads';
import { collectBetweenSteps, heapBounded } from '../heap-growth.ts';
import type { ReconcileOptions, ReconcileSummary } from '../reconcile/store-reconcile.ts';
import type { Db } from '../store/open.ts';

/** The young generation of the reconciling thread, in MB (three semi-spaces of 4 MB). */
export const YOUNG_GENERATION_MB = 12;

/**
 * The reconciling thread's SQLite page cache, in KiB (better-sqlite3 builds SQLite with 16 MB a
 * connection): 1,000 new articles into a 104,000-article store, 4 MB took 12–20 MB off most
 * steps' peak RSS; the run took 63.5–66.0 s with it and this round's other changes (one run
 * with it alone was 5 s slower, within this machine's noise: the figures step's scans read
 * more pages from the system's file cache).
 */
export const RECONCILE_CACHE_KIB = 4000;

/** The fewest articles a store holds for its reconciliation to get a thread of its own. */
export const WORKER_MIN_ARTICLES = 1000;

export interface ReconcileJob {
  dbPath: string;
  runId?: number;
  full?: boolean;
  progress: boolean;
}

export type ReconcileMessage = { progress: string } | { summary: ReconcileSummary } | { error: string };

const WORKER_ENTRY = new URL('./reconcile-worker.js', import.meta.url);

/** reconcileStore over `db`: in a worker thread when the heap is bounded and the store is a file of WORKER_MIN_ARTICLES or more, else on this thread. */
export async function reconcileBounded(db: Db, options: ReconcileOptions): Promise<ReconcileSummary> {
  const onThisThread = !heapBounded() || db.memory || (db.prepare('SELECT count(*) FROM article_rows').pluck().get() as number) < WORKER_MIN_ARTICLES;
  if (onThisThread) {
    const { reconcileStore } = await import('../reconcile/store-reconcile.ts');
    return reconcileStore(db, options);
  }
  // What this thread held before (a run's files, the pages its connection cached) is let go first: it waits while the worker runs.
  db.pragma('shrink_memory');
  collectBetweenSteps();
  return reconcileInThread({ dbPath: db.name, runId: options.runId, full: options.full, progress: options.progress !== undefined }, options.progress);
}

/** Runs the job in a new worker; its progress lines go to `progress`; its error is thrown here with its message. */
export function reconcileInThread(job: ReconcileJob, progress?: NodeJS.WritableStream): Promise<ReconcileSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let outcome: { summary: ReconcileSummary } | { error: string } | undefined;
    worker.on('message', (message: ReconcileMessage) => {
      if ('progress' in message) progress?.write(message.progress);
      else outcome = message;
    });
    worker.on('error', (error) => { outcome ??= { error: `reconciliation stopped: ${error.message}` }; });
    worker.on('exit', (code) => {
      if (outcome && 'summary' in outcome) resolve(outcome.summary);
      else reject(new Error(outcome?.error ?? `reconciliation stopped: its thread exited with code ${code} before it finished`));
    });
  });
}
