// How far the main thread's heap may grow past what a collection leaves live. V8 lets it grow
// up to four times over when the program allocates fast, as reconciliation does: 230 MB live
// in the largest fact group of a 10,000-article store made a 1,040 MB peak, mostly garbage
// not yet collected. Capped at 60% over the live heap, that run peaked at 510 MB and took
// no longer (the collector marks about as much; it sweeps a little more often). The command
// line sets it for its own process before any command runs; the library leaves V8 alone.

import { setFlagsFromString } from 'node:v8';

/** The heap may grow to (1 + this / 100) times the live heap before the next full collection. */
export const HEAP_GROWING_PERCENT = 60;

export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
