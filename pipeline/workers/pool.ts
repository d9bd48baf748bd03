// File pools: where processFile runs. workerPool spreads files over N worker threads;
// each worker is sent up to `depth` jobs ahead (p-queue bounds the total), so it keeps
// working while the main thread commits a batch. inProcessPool runs them on the main
// thread, for small drops, where starting workers (each loads compromise and jieba's
// dictionaries, seconds) would cost more than it saves.

import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { FileJob, FileOutcome } from './file-job.ts';

export interface FilePool {
  readonly workers: number;
  /** Jobs that may be in flight at once. */
  readonly capacity: number;
  process(job: FileJob): Promise<FileOutcome>;
  close(): Promise<void>;
}

export function inProcessPool(): FilePool {
  // Loaded on first use: the extractors take a moment, and a re-run with nothing new never needs them.
  let loaded: Promise<typeof import('./file-job.ts')> | undefined;
  return {
    workers: 0,
    capacity: 2,
    async process(job) {
      loaded ??= import('./file-job.ts');
      return (await loaded).processFile(job);
    },
    async close() {},
  };
}

const WORKER_ENTRY = new URL('./article-worker.js', import.meta.url);

interface Pending {
  resolve: (outcome: FileOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Jobs sent and not yet answered, oldest first: the worker answers in order. */
  pending: Pending[];
  dead: boolean;
}

function startSlot(): Slot {
  const worker = new Worker(WORKER_ENTRY);
  const slot: Slot = { worker, ready: Promise.resolve(), pending: [], dead: false };
  slot.ready = new Promise((resolve, reject) => {
    worker.once('message', () => {
      worker.on('message', (outcome: FileOutcome) => slot.pending.shift()?.resolve(outcome));
      resolve();
    });
    const fail = (error: Error) => {
      slot.dead = true;
      reject(error);
      for (const p of slot.pending.splice(0)) p.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
  });
  slot.ready.catch(() => {}); // a failed start is reported to the jobs that wait on it
  return slot;
}

/** Workers start on the first jobs, all at once so their start-up overlaps; a dead one is replaced. */
export function workerPool(size: number, depth = 256): FilePool {
  const queue = new PQueue({ concurrency: size * depth });
  const slots: Slot[] = [];
  const pick = (): Slot => {
    for (let i = 0; i < slots.length; i++) if (slots[i]!.dead) slots.splice(i--, 1);
    if (slots.length < size) {
      const slot = startSlot();
      slots.push(slot);
      return slot;
    }
    return slots.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
  };
  return {
    workers: size,
    capacity: size * depth,
    process(job) {
      return queue.add(async () => {
        const slot = pick();
        const answer = new Promise<FileOutcome>((resolve, reject) => slot.pending.push({ resolve, reject }));
        slot.worker.postMessage(job);
        await slot.ready;
        return answer;
      }, { throwOnTimeout: true });
    },
    async close() {
      await queue.onIdle();
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
