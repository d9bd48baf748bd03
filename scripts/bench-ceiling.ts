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
  // A worker does not inherit tsx's loader: its entry registers it, then loads this file.
  const entry = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const workers = Array.from({ length: threads }, () => new Worker(entry, { eval: true, workerData: job }));
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

/** Articles per second in one thread, in two threads together (best of `tries` each, alternated), and their ratio. */
export async function ceiling(files: string[], rounds = 3, tries = 3): Promise<{ one: number; two: number; ratio: number }> {
  const rate = (threads: number, ms: number) => (threads * files.length * rounds) / (ms / 1000);
  let one = 0;
  let two = 0;
  for (let i = 0; i < tries; i++) {
    one = Math.max(one, rate(1, await timeThreads(1, { files, rounds })));
    two = Math.max(two, rate(2, await timeThreads(2, { files, rounds })));
  }
  return { one, two, ratio: two / one };
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
