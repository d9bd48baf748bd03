// File pools: where processFile runs. workerPool spreads files over N worker threads;
// each worker is sent up to `depth` jobs ahead (p-queue bounds the total), so it keeps
// working while the main thread commits a batch. inProcessPool runs them on the main
// thread, for small drops, where starting workers (each loads compromise, seconds)
// would cost more than it saves.
//
// Chinese affinity: jieba's dictionaries take about 250 MB in every thread that loads
// them, so only some workers may (`chineseWorkers`, half of them, at least one). A file
// with a Chinese record sent to another worker comes back `needs-chinese`, unprocessed,
// and goes to the least busy worker that segments Chinese. English files go to whichever
// worker has the fewest jobs pending, so the load evens out.

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
  /** Whether this worker loads jieba for Chinese records. */
  chinese: boolean;
  ready: Promise<void>;
  /** Jobs sent and not yet answered, oldest first: the worker answers in order. */
  pending: Pending[];
  dead: boolean;
}

function startSlot(chinese: boolean): Slot {
  const worker = new Worker(WORKER_ENTRY, { workerData: { chinese } });
  const slot: Slot = { worker, chinese, ready: Promise.resolve(), pending: [], dead: false };
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

/** How many of `size` workers segment Chinese: half, at least one. */
export const chineseWorkersOf = (size: number) => Math.max(1, Math.floor(size / 2));

/** Workers start on the first jobs, all at once so their start-up overlaps; a dead one is replaced in its role. */
export function workerPool(size: number, depth = 48): FilePool {
  const queue = new PQueue({ concurrency: size * depth });
  const slots: Slot[] = [];
  const chineseSlots = chineseWorkersOf(size);
  const pick = (needsChinese: boolean): Slot => {
    for (let i = 0; i < slots.length; i++) if (slots[i]!.dead) slots.splice(i--, 1);
    while (slots.length < size) slots.push(startSlot(slots.filter((s) => s.chinese).length < chineseSlots));
    const eligible = needsChinese ? slots.filter((s) => s.chinese) : slots;
    return eligible.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
  };
  const send = async (job: FileJob, needsChinese: boolean): Promise<FileOutcome> => {
    const slot = pick(needsChinese);
    const answer = new Promise<FileOutcome>((resolve, reject) => slot.pending.push({ resolve, reject }));
    slot.worker.postMessage(job);
    await slot.ready;
    return answer;
  };
  return {
    workers: size,
    capacity: size * depth,
    process(job) {
      return queue.add(async () => {
        const outcome = await send(job, false);
        return outcome.kind === 'needs-chinese' ? send(job, true) : outcome;
      }, { throwOnTimeout: true });
    },
    async close() {
      await queue.onIdle();
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
