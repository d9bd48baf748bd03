// runDrops: the `newsfacts run` job. Begins a run, stores the drops' files (run-files.ts) —
// on the caller's connection, or in a process of its own when the command line runs a drop
// that needs workers — then brings the canonical layer up to date and finishes the run.

import { resolve } from 'node:path';
import { heapBounded } from './heap-growth.ts';
import type { ReconcileSummary } from './reconcile/index.ts';
import { layerState } from './reconcile/rules-version.ts';
import { listDrops, storeFiles, WORKER_MIN_FILES, type FailureReport, type FilesJob, type FilesOutcome, type FilesTimings } from './run-files.ts';
import type { BatchLimits } from './run-batches.ts';
import { compactStore, rebuiltMostOf } from './store/compact.ts';
import type { Db } from './store/open.ts';
import { beginRun, finishRun } from './store/runs.ts';
import type { RunCounts } from './store/writes.ts';

export { WORKER_MIN_FILES, type FailureReport } from './run-files.ts';

export interface RunOptions {
  drops: string[];
  /** Worker threads for a large drop (--concurrency); the main thread only writes. */
  concurrency: number;
  publishedDefault?: string;
  maxFileBytes: number;
  toolVersion: string;
  /** Where progress goes; none when absent (--quiet). */
  progressStream?: NodeJS.WriteStream;
  /** Below this many files to read, no workers are started (their start-up would cost more). */
  workerMinFiles?: number;
  batch?: BatchLimits;
  /** Rebuild the canonical layer when stale (default). The benchmark times it on its own. */
  reconcile?: boolean;
  /**
   * Store the files in a child process (workers/files-process.ts) rather than on this thread
   * (a store on disk only). By default the command line does (a bounded heap, see
   * heap-growth.ts) when the drop has enough files to read for workers; the library does not.
   */
  filesProcess?: boolean;
}

/** Wall-clock milliseconds per part of the run; `read`/`process` are summed over workers. */
export interface RunTimings extends FilesTimings {
  reconcile: number;
  total: number;
  /** Peak RSS of the process that stored the files, in MB, when they were stored in one of their own; else 0. */
  filesProcessMb: number;
}

export interface RunSummary extends RunCounts {
  runId: number;
  byLanguage: Record<string, number>;
  failures: FailureReport[];
  skippedEntries: FailureReport[];
  /** Records of files this run found unchanged that are still failed from an earlier run. */
  stillFailed: FailureReport[];
  /** What reconciliation rebuilt, when this run stored anything new (or a crash left it stale). */
  reconciliation?: ReconcileSummary;
  /**
   * Set when the canonical layer was built by other rules (or before rules were recorded):
   * this run stored its articles but left the layer alone rather than mix two sets of rules
   * in it; `newsfacts reconcile --full` rebuilds it. `builtBy` is null for unrecorded rules.
   */
  staleLayer?: { builtBy: string | null; current: string };
  timings: RunTimings;
}

export async function runDrops(db: Db, options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const dropDirs = options.drops.map((d) => resolve(d));
  const runId = beginRun(db, dropDirs, options.toolVersion);
  const job: FilesJob = {
    drops: dropDirs, runId, concurrency: options.concurrency, publishedDefault: options.publishedDefault,
    maxFileBytes: options.maxFileBytes, workerMinFiles: options.workerMinFiles, batch: options.batch,
  };
  // The walk tells whether the drop needs workers, so whether its files get a process of their own.
  let listed: Awaited<ReturnType<typeof listDrops>> | undefined = await listDrops(db, dropDirs);
  // A store in memory is this connection's alone: its files are stored here whatever was asked.
  const ownProcess = !db.memory && (options.filesProcess ?? (heapBounded() && listed.toRead >= (options.workerMinFiles ?? WORKER_MIN_FILES)));
  let files: FilesOutcome;
  let filesProcessMb = 0;
  if (ownProcess) {
    // That process walks the drops again (about 1 s for 100,000 files): this one holds no listing while it waits.
    const walkMs = listed.walkMs;
    listed = undefined;
    const { storeFilesInProcess } = await import('./workers/files-process.ts');
    const outcome = await storeFilesInProcess(db.name, job, options.progressStream);
    files = outcome.files;
    files.timings.walk += walkMs;
    filesProcessMb = outcome.maxRssMb;
  } else {
    files = await storeFiles(db, job, options.progressStream, listed);
    listed = undefined;
  }
  const { revived, timings: filesTimings, ...counts } = files;
  const timings: RunTimings = { ...filesTimings, reconcile: 0, total: 0, filesProcessMb };
  const summary: RunSummary = { runId, ...counts, timings };

  const reconcileStarted = performance.now();
  // The layer is brought up to date when articles were stored since the last reconciliation
  // (by this run, or by one killed while reconciling) — unless other rules built it.
  const layer = options.reconcile === false ? undefined : layerState(db, { runId, storedArticles: summary.articles_new > 0 || revived > 0 });
  if (layer?.stale) {
    summary.staleLayer = { builtBy: layer.builtBy ?? null, current: layer.current };
  } else if (layer?.pending) {
    // Loaded only when needed: an unchanged re-run never pays for the reconciler's tables.
    const { reconcileBounded } = await import('./workers/reconcile-thread.ts');
    summary.reconciliation = await reconcileBounded(db, { runId, progress: options.progressStream });
    if (rebuiltMostOf(summary.reconciliation)) compactStore(db);
  }
  timings.reconcile = performance.now() - reconcileStarted;
  finishRun(db, runId, summary);
  timings.total = performance.now() - started;
  return summary;
}
