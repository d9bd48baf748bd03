// What two threads can give on this machine: the same extraction work (processRecord over
// a sample of the bench drop, no store) in one worker thread, then in two at once, each
// doing the whole sample. If the two cores were independent, two threads would finish two
// samples in the time one finishes one (×2.0). Shared caches, or two hyperthreads of one
// core, give less; the run's speed-up from one worker to two cannot beat this ceiling.
// Used by scripts/bench.ts.

import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

interface Job {
  files: string[];
  rounds: number;
}

/** Starts `threads` workers, lets them warm up, starts their timed work together; the slowest one's milliseconds. */
async function timeThreads(threads: number, job: Job): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: job, execArgv: ['--import', 'tsx'] }));
  const next = (worker: Worker) => new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await Promise.all(workers.map(next)); // each has loaded its dictionaries and warmed up
  const elapsed = workers.map(next);
  for (const worker of workers) worker.postMessage('go');
  const slowest = Math.max(...(await Promise.all(elapsed)));
  await Promise.all(workers.map((w) => w.terminate()));
  return slowest;
}

/** Articles per second in one thread, in two threads together, and their ratio. */
export async function ceiling(files: string[], rounds = 3): Promise<{ one: number; two: number; ratio: number }> {
  const one = await timeThreads(1, { files, rounds });
  const two = await timeThreads(2, { files, rounds });
  const rate = (threads: number, ms: number) => (threads * files.length * rounds) / (ms / 1000);
  return { one: rate(1, one), two: rate(2, two), ratio: rate(2, two) / rate(1, one) };
}

if (!isMainThread) {
  const { files, rounds } = workerData as Job;
  const { processRecord } = await import('../pipeline/article.ts');
  const { readRecords } = await import('../pipeline/ingest/records.ts');
  const records = files.flatMap((file) => readRecords(readFileSync(file), file, '.txt').flatMap((r) => (r.ok ? [r.record] : [])));
  for (const record of records) processRecord(record, '/warm-up'); // dictionaries loaded, JIT warm
  parentPort!.once('message', () => {
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const record of records) processRecord(record, '/bench');
    parentPort!.postMessage(performance.now() - started);
  });
  parentPort!.postMessage(0);
}
