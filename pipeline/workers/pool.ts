// File pools: where processFile runs. workerPool spreads files over N worker threads
// (p-queue hands each idle worker one job); inProcessPool runs them on the main thread,
// for small drops, where starting workers (each loads compromise and jieba's
// dictionaries, seconds) would cost more than it saves.

import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { FileJob, FileOutcome } from './file-job.ts';

export interface FilePool {
  readonly workers: number;
  process(job: FileJob): Promise<FileOutcome>;
  close(): Promise<void>;
}

export function inProcessPool(): FilePool {
  // Loaded on first use: the extractors take a moment, and a re-run with nothing new never needs them.
  let loaded: Promise<typeof import('./file-job.ts')> | undefined;
  return {
    workers: 0,
    async process(job) {
      loaded ??= import('./file-job.ts');
      return (await loaded).processFile(job);
    },
    async close() {},
  };
}

const WORKER_ENTRY = new URL('./article-worker.js', import.meta.url);

/** A started worker, ready once its extractors are loaded. */
function startWorker(): Promise<Worker> {
  const worker = new Worker(WORKER_ENTRY);
  return new Promise((resolve, reject) => {
    worker.once('message', () => {
      worker.off('error', reject);
      resolve(worker);
    });
    worker.once('error', reject);
  });
}

function ask(worker: Worker, job: FileJob): Promise<FileOutcome> {
  return new Promise((resolve, reject) => {
    const onMessage = (outcome: FileOutcome) => {
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(outcome);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`worker exited with code ${code}`));
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(job);
  });
}

/** Workers start lazily, on the first jobs, and all at once so their start-up overlaps. */
export function workerPool(size: number): FilePool {
  const queue = new PQueue({ concurrency: size });
  const idle: Promise<Worker>[] = [];
  const all: Promise<Worker>[] = [];
  const spawn = () => {
    const started = startWorker();
    all.push(started);
    return started;
  };
  return {
    workers: size,
    process(job) {
      return queue.add(async () => {
        const worker = await (idle.pop() ?? spawn());
        try {
          const outcome = await ask(worker, job);
          idle.push(Promise.resolve(worker));
          return outcome;
        } catch (error) {
          // A worker that died is not reused; the next job starts a fresh one.
          void worker.terminate();
          throw error;
        }
      }, { throwOnTimeout: true });
    },
    async close() {
      await queue.onIdle();
      const workers = await Promise.allSettled(all);
      await Promise.all(workers.map((w) => (w.status === 'fulfilled' ? w.value.terminate() : undefined)));
    },
  };
}
