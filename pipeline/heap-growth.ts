// How far the main thread's heap may grow past what a collection leaves live, and a full
// collection between the steps of a long computation. V8 lets the heap grow up to four times
// over when the program allocates fast, as reconciliation does: 230 MB live in the largest
// fact group of a 10,000-article store made a 1,040 MB peak, mostly garbage not yet collected;
// capped at 60% over the live heap, that run peaked at 510 MB in no more time. A step's state
// is garbage the moment it ends: collected then, the next step grows from what is live, not
// from the last step's leftovers (reconciling 1,000 new articles into a 100,000-article store:
// 882 → 690 MB, in the same time). At 25% over live, a full rebuild of 105,000 articles peaked
// at 752 MB against 895 MB at 60%, in 2% more time (1,848.7 against 1,810.7 s, the two run side
// by side). The command line sets both for its own process before any command runs, and
// reconciles in a worker thread with a smaller young generation, which only a new thread can
// be given (workers/reconcile-thread.ts); the library leaves V8 alone.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The heap may grow to (1 + this / 100) times the live heap before the next full collection. */
export const HEAP_GROWING_PERCENT = 25;

/**
 * The same while a large store reconciles (workers/reconcile-thread.ts), where its live heap is
 * largest and memory tightest. V8 reads the flag each time it sets the next limit, so it holds
 * from the next full collection on, for every thread of the process.
 */
export const LARGE_STORE_HEAP_GROWING_PERCENT = 15;

let collect: (() => void) | undefined;

export function boundHeapGrowth(): void {
  setHeapGrowth(HEAP_GROWING_PERCENT);
  setFlagsFromString('--expose-gc');
  collectInThisThread();
}

/** How far past the live heap the heap may grow from the next full collection on (every thread of the process). */
export function setHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * This thread's handle on the collector, when the process exposed it (boundHeapGrowth, on the
 * command line's main thread): a worker thread of the command line collects between steps too,
 * one started by the library leaves V8 as it is.
 */
export function collectInThisThread(): void {
  // The collector is reachable from a context made after the flag is set.
  if (runInNewContext('typeof gc') === 'function') collect = runInNewContext('gc') as () => void;
}

/** Whether this thread bounded its heap (the command line does; the library does not). */
export function heapBounded(): boolean {
  return collect !== undefined;
}

/** A full collection, when the process asked for them (boundHeapGrowth); else nothing. */
export function collectBetweenSteps(): void {
  collect?.();
}
