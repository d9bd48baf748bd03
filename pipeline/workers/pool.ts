// File pools: where processFile runs. workerPool spreads files over N worker threads;
// each worker is sent up to `depth` jobs ahead (p-queue bounds the total), so it keeps
// working while the main thread commits a batch. inProcessPool runs them on the main
// thread, for small drops, where starting workers (each loads the extractors' tables and,
// for Chinese, jieba's dictionary) would cost more than it saves.
//
// Chinese affinity: jieba's dictionary and the proper-noun trie take about 70 MB in every
// thread that loads them, so only half the workers may (at least one). The first 4 KB of
// each file are sniffed for Chinese (UTF-8 Han characters against Latin letters) and such
// a file goes straight to the least busy worker that segments Chinese; any other file to
// the least busy worker of all. A file the sniff misses (a legacy encoding, a JSON feed with one
// Chinese record deep inside) comes back `needs-chinese`, unprocessed, and is sent on.
// Routing is only ever about which thread: the outcome is the same wherever a file is
// processed.

import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { FileJob, FileOutcome } from './file-job.ts';

export interface FilePool {
  readonly workers: number;
  /** What the workers run: 'compiled' (dist/) or 'tsx' (the sources, in development); '' in-process. */
  workerCode(): string;
  /** Workers that were allowed to load jieba's dictionaries (0 in-process). */
  chineseWorkers(): number;
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
    workerCode: () => '',
    chineseWorkers: () => 0,
    capacity: 2,
    async process(job) {
      loaded ??= import('./file-job.ts');
      return (await loaded).processFile(job);
    },
    async close() {},
  };
}

/**
 * The worker's entry, beside this module. Compiled (dist/), it is the worker's own
 * JavaScript; in the TypeScript sources (tests and scripts run under tsx) it is a small
 * entry that registers tsx's loader first, since a worker does not inherit it.
 */
const WORKER_ENTRY = new URL('./article-worker.js', import.meta.url);
const WORKER_CODE: WorkerCode = { url: WORKER_ENTRY, label: import.meta.url.endsWith('.ts') ? 'tsx' : 'compiled' };

interface WorkerCode {
  url: URL;
  /** 'compiled' (dist/), or 'tsx' when the sources run directly. */
  label: string;
}

/** How much nicer than the main thread (the writer) a worker runs, where the OS allows. */
const WORKER_NICENESS = 5;

/**
 * A worker's old-generation heap limit. V8 lets a heap grow by up to 4× its live size
 * between collections when the limit is 2 GB or more (the default here), and by about
 * 1.8× at this one: a worker holds 50–100 MB live, and with the default its heap crept up
 * for minutes before a full collection (30,000 articles, 2 workers: peak RSS 771 MB and
 * rising; with this limit 507 MB and flat). A 60 MB JSONL feed needs about 720 MB of heap.
 * A file that needs more fails with the worker's out-of-memory error and is retried by the
 * next run, like any file whose worker died; the files queued behind it go to a fresh worker.
 */
const WORKER_HEAP_MB = 1536;

/**
 * A worker's young generation, in MB, where V8's grows to 48 MB: each worker's short-lived
 * objects (a file's text, its mentions) held in RSS. The 10k news drop with 2 workers peaked at
 * 359–372 MB with it, 425 MB without (both beside a full rebuild, so their times say little).
 */
const WORKER_YOUNG_MB = 12;

/**
 * How many times a job queued behind a file that killed its worker is sent to a fresh
 * worker before it fails too (and is retried by the next run).
 */
const RESENDS = 2;

/** The rejection of a job that was only waiting behind the job that killed its worker. */
class QueuedBehindDeath extends Error {
  constructor(readonly death: Error) {
    super(death.message);
  }
}

/** What a worker is started with: whether it may load jieba, and how nice it runs. */
export interface WorkerSettings {
  chinese: boolean;
  nice: number;
}

interface Pending {
  resolve: (outcome: FileOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Whether this worker loads jieba for Chinese records. */
  chinese: boolean;
  /** Jobs sent and not yet answered, oldest first: the worker answers in order. */
  pending: Pending[];
  dead: boolean;
}

function startSlot(code: URL, chinese: boolean, heapMb: number): Slot {
  const worker = new Worker(code, {
    workerData: { chinese, nice: WORKER_NICENESS } satisfies WorkerSettings,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  const slot: Slot = { worker, chinese, pending: [], dead: false };
  let started = false;
  worker.once('message', () => {
    started = true;
    worker.on('message', (outcome: FileOutcome) => slot.pending.shift()?.resolve(outcome));
  });
  const fail = (error: Error) => {
    if (slot.dead) return;
    slot.dead = true;
    // A worker that never started fails every job sent to it (the next would fail alike).
    // One that dies mid-run dies of the job it was on, the oldest; the jobs queued behind
    // it were never begun and may go to a fresh worker.
    const [current, ...queued] = slot.pending.splice(0);
    current?.reject(error);
    for (const p of queued) p.reject(started ? new QueuedBehindDeath(error) : error);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
  return slot;
}

const SNIFF_BYTES = 4096;

/**
 * Whether a file's head looks like Chinese in UTF-8: Han characters (three-byte sequences
 * led by 0xE4–0xE9) outweigh Latin letters as detectLanguage weighs them (one Han
 * character to four letters). A routing hint only; unreadable files say no.
 */
export function sniffChinese(path: string): boolean {
  const head = Buffer.alloc(SNIFF_BYTES);
  let length = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      length = readSync(fd, head, 0, SNIFF_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  let han = 0;
  let latin = 0;
  for (let i = 0; i < length; i++) {
    const b = head[i]!;
    if (b >= 0xe4 && b <= 0xe9 && i + 2 < length && (head[i + 1]! & 0xc0) === 0x80 && (head[i + 2]! & 0xc0) === 0x80) {
      han++;
      i += 2;
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) {
      latin++;
    }
  }
  return han > 0 && han >= latin / 4;
}

const leastBusy = (slots: Slot[]) => slots.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));

/**
 * How many of `size` workers may load jieba: half of them, at least one. Fixed, so a run's
 * memory does not depend on how busy the machine was. A mostly Chinese drop on two workers
 * gives up little for it: the one writer bounds a run before one worker's Chinese does.
 */
export const chineseWorkersOf = (size: number) => Math.max(1, Math.floor(size / 2));

/**
 * Workers start on the first jobs, all at once so their start-up overlaps; a dead one is
 * replaced in its role. `heapMb` is each worker's old-generation limit (tests lower it).
 */
export function workerPool(size: number, depth = 64, heapMb = WORKER_HEAP_MB): FilePool {
  const queue = new PQueue({ concurrency: size * depth });
  const slots: Slot[] = [];
  const everyWorkerChinese = chineseWorkersOf(size) === size;
  let label = '';
  const pick = (code: WorkerCode, needsChinese: boolean): Slot => {
    label = code.label;
    for (let i = 0; i < slots.length; i++) if (slots[i]!.dead) slots.splice(i--, 1);
    while (slots.length < size) slots.push(startSlot(code.url, slots.filter((s) => s.chinese).length < chineseWorkersOf(size), heapMb));
    return leastBusy(needsChinese ? slots.filter((s) => s.chinese) : slots);
  };
  const send = async (job: FileJob, needsChinese: boolean, resends = 0): Promise<FileOutcome> => {
    const slot = pick(WORKER_CODE, needsChinese);
    const answer = new Promise<FileOutcome>((resolve, reject) => slot.pending.push({ resolve, reject }));
    slot.worker.postMessage(job);
    try {
      return await answer;
    } catch (error) {
      if (!(error instanceof QueuedBehindDeath)) throw error;
      if (resends < RESENDS) return send(job, needsChinese, resends + 1);
      throw error.death;
    }
  };
  return {
    workers: size,
    workerCode: () => label,
    chineseWorkers: () => slots.filter((s) => s.chinese).length,
    capacity: size * depth,
    process(job) {
      return queue.add(async () => {
        // The sniff reads the file's head on the main thread: only worth it when some worker may not take Chinese.
        const outcome = await send(job, !everyWorkerChinese && sniffChinese(job.file.absolutePath));
        return outcome.kind === 'needs-chinese' ? send(job, true) : outcome;
      }, { throwOnTimeout: true });
    },
    async close() {
      await queue.onIdle();
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
