// Reconciliation in a worker thread of its own when the command line bounds its heap: V8 sizes
// a heap's young generation only when the heap is made, and the main thread's is made before
// any of our code runs, at up to 48 MB of short-lived objects that reconciliation fills and
// empties all the time. A worker's is set here, by the store's size (YOUNG_GENERATION_MB). A
// large store's is 12 MB, where memory is tight: reconciling 1,000 new articles into a
// 100,000-article store peaked at 538 MB on the main thread (59.2 s), 476–478 MB in the worker
// (66.5–68.0 s; with 24 MB, 513 MB and 61.5 s): a tenth more time for the memory. A smaller
// store's live heap leaves room for 48 MB, spent on fewer scavenges: the first reconciliation
// of a 10,000-article news drop collected for 5.1–5.4 s rather than 9.6 s, and took 62.9–66.7 s
// rather than 73.3 s (beside another run), its peak 282–288 MB rather than 257 MB. While a
// large store reconciles, the heap may grow 15% past what is live rather than the command
// line's 25% (heap-growth.ts): more full collections for a lower peak where the live heap is
// largest.
// A store of fewer articles than WORKER_MIN_ARTICLES reconciles on the calling thread: there the
// worker's start (its own copy of the modules: ~0.4 s and ~25 MB on the 22-article recon-dev
// drop) costs more than it saves. The library, and a store in memory, reconcile on the calling
// thread as before.

import { Worker } from 'node:worker_threads';
import { collectBetweenSteps, HEAP_GROWING_PERCENT, heapBounded, LARGE_STORE_HEAP_GROWING_PERCENT, setHeapGrowth } from '../heap-growth.ts';
import type { ReconcileOptions, ReconcileSummary } from '../reconcile/store-reconcile.ts';
import type { Db } from '../store/open.ts';

/** The young generation of the reconciling thread of a large store, in MB (three semi-spaces of 4 MB), and of a smaller one. */
export const YOUNG_GENERATION_MB = { large: 12, small: 48 };

/** A store of this many articles or more is large. */
export const LARGE_STORE_ARTICLES = 40_000;

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
  const articles = db.prepare('SELECT count(*) FROM article_rows').pluck().get() as number;
  if (!heapBounded() || db.memory || articles < WORKER_MIN_ARTICLES) {
    const { reconcileStore } = await import('../reconcile/store-reconcile.ts');
    return reconcileStore(db, options);
  }
  // What this thread held before (a run's files, the pages its connection cached) is let go first: it waits while the worker runs.
  db.pragma('shrink_memory');
  const large = articles >= LARGE_STORE_ARTICLES;
  if (large) setHeapGrowth(LARGE_STORE_HEAP_GROWING_PERCENT);
  collectBetweenSteps();
  try {
    return await reconcileInThread({ dbPath: db.name, runId: options.runId, full: options.full, progress: options.progress !== undefined }, options.progress, YOUNG_GENERATION_MB[large ? 'large' : 'small']);
  } finally {
    if (large) setHeapGrowth(HEAP_GROWING_PERCENT);
  }
}

/** Runs the job in a new worker with a young generation of `youngMb`; its progress lines go to `progress`; its error is thrown here with its message. */
export function reconcileInThread(job: ReconcileJob, progress?: NodeJS.WritableStream, youngMb = YOUNG_GENERATION_MB.large): Promise<ReconcileSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: youngMb } });
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
