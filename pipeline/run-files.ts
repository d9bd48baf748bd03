// storeFiles: the files phase of `newsfacts run`. Walks each drop, skips files already stored
// and unchanged (size and mtime, from one query per drop), and sends every other file through
// ingest → language → normalise → extract — in worker threads for a large drop, in-process
// for a small one — then stores the outcomes in walk order through one batched writer. A file
// or record that fails is stored as a failed article with its reason; nothing stops the
// batch. At most a bounded window of files is in flight, so memory does not grow with the
// drop. It runs on the caller's connection, or in a process of its own (workers/files-process.ts).

import { extname } from 'node:path';
import { failedIdOf } from './identity.ts';
import { FORMAT_BY_EXTENSION } from './ingest/records.ts';
import { walkDrop, type DropFile, type SkippedEntry } from './ingest/walk.ts';
import { createProgress } from './progress.ts';
import { batchedWriter, type BatchedWriter, type BatchLimits } from './run-batches.ts';
import type { Db } from './store/open.ts';
import { setPageCache } from './store/page-cache.ts';
import type { ArticleRow, RunCounts } from './store/writes.ts';
import type { FileJob, FileOutcome } from './workers/file-job.ts';
import { inProcessPool, workerPool, type FilePool } from './workers/pool.ts';

export interface FailureReport {
  drop: string;
  path: string;
  error: string;
}

/** What the files phase needs: plain data, so it can be sent to a process of its own. */
export interface FilesJob {
  /** Absolute drop folders, in the order given. */
  drops: string[];
  runId: number;
  /** Worker threads for a large drop (--concurrency); the writing thread only writes. */
  concurrency: number;
  publishedDefault?: string;
  maxFileBytes: number;
  /** Below this many files to read, no workers are started (their start-up would cost more). */
  workerMinFiles?: number;
  batch?: BatchLimits;
}

/** Wall-clock milliseconds of the files phase; `read`/`process` are summed over workers. */
export interface FilesTimings {
  walk: number;
  files: number;
  read: number;
  process: number;
  store: number;
  transactions: number;
  workers: number;
  /** Of those, how many were allowed to load jieba's dictionaries (they load them on their first Chinese file). */
  chineseWorkers: number;
  /** What the workers ran: 'compiled' (dist/) or 'tsx' (the sources, in development); '' without workers. */
  workerCode: string;
  bytes: number;
}

export interface FilesOutcome extends RunCounts {
  byLanguage: Record<string, number>;
  failures: FailureReport[];
  skippedEntries: FailureReport[];
  /** Records of files this run found unchanged that are still failed from an earlier run. */
  stillFailed: FailureReport[];
  /**
   * Records whose text is an article already stored that no other record held: a file changed
   * back to an earlier text. No article is new, but which articles are live changed.
   */
  revived: number;
  timings: FilesTimings;
}

export const WORKER_MIN_FILES = 200;

/**
 * The run's connection's page cache while it stores the files, in KiB (set back after). The pages
 * it caches are allocated among this thread's other allocations, so the process kept the room
 * they took for the rest of the run, reconciliation included, after they were let go: 30,000
 * dense articles left 207 MB rather than 221, and the files phase peaked at 340 MB rather than
 * 359, in the same time (62.0 against 60.5 s, back to back).
 */
export const FILES_CACHE_KIB = 4000;

function failedRow(dropDir: string, path: string, contentSha: string, error: string): ArticleRow {
  return {
    id: failedIdOf(dropDir, path, contentSha),
    content_sha256: contentSha,
    drop_dir: dropDir,
    path,
    format: null, encoding: null, title: null, published: null, published_source: null, url: null, source_name: null,
    external_id: null, lang: null, lang_confidence: null, lang_method: null, text_original: null, text_normalised: null,
    offset_map: null, boilerplate: null,
    status: 'failed',
    error,
  };
}

const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface KnownFile {
  id: number;
  size: number | null;
  mtime_ms: number | null;
  sha256: string | null;
  status: string;
}

/** Every stored file of a drop, in one query: a re-run looks files up without a statement each. */
function knownFiles(db: Db, dropDir: string): Map<string, KnownFile> {
  const rows = db.prepare('SELECT id, path, size, mtime_ms, sha256, status FROM files WHERE drop_dir = ?').all(dropDir) as (KnownFile & { path: string })[];
  return new Map(rows.map((r) => [r.path, r]));
}

/** What a walk of the drops found: each drop's files, what was skipped, and what the store holds of it. */
export interface DropListings {
  drops: { dropDir: string; files: DropFile[]; skipped: SkippedEntry[]; known: Map<string, KnownFile> }[];
  /** Files that must be read (not unchanged by size and mtime). */
  toRead: number;
  walkMs: number;
}

/** Walks every drop (paths and sizes, never contents) and looks up what the store holds of each. */
export async function listDrops(db: Db, dropDirs: string[]): Promise<DropListings> {
  const started = performance.now();
  const drops: DropListings['drops'] = [];
  let toRead = 0;
  for (const dropDir of dropDirs) {
    const listing = await walkDrop(dropDir);
    const known = knownFiles(db, dropDir);
    toRead += listing.files.filter((f) => !unchangedByStat(known.get(f.path), f)).length;
    drops.push({ dropDir, files: listing.files, skipped: listing.skipped, known });
  }
  return { drops, toRead, walkMs: performance.now() - started };
}

/**
 * Stores the job's drops on `db`: every file read, processed and stored, or settled without
 * reading. `listed` is a walk made already (listDrops), else the drops are walked here.
 */
export async function storeFiles(db: Db, job: FilesJob, progressStream?: NodeJS.WriteStream, listed?: DropListings): Promise<FilesOutcome> {
  const listings = listed ?? (await listDrops(db, job.drops));
  const writer = batchedWriter(db, job.batch);
  const timings: FilesTimings = { walk: listings.walkMs, files: 0, read: 0, process: 0, store: 0, transactions: 0, workers: 0, chineseWorkers: 0, workerCode: '', bytes: 0 };
  const summary: FilesOutcome = {
    files_total: 0, files_unchanged: 0, articles_new: 0, duplicates: 0, failed: 0, skipped: 0,
    byLanguage: {}, failures: [], skippedEntries: [], stillFailed: [], revived: 0, timings,
  };
  const unchangedPaths = new Map<string, Set<string>>();
  const { runId } = job;
  for (const { dropDir, skipped } of listings.drops) {
    for (const entry of skipped) {
      writer.queue(() => writer.store.saveFile({ drop_dir: dropDir, path: entry.path, size: null, mtime_ms: null, sha256: null, status: 'skipped', error: entry.reason, records: 0 }, runId), 0);
      summary.skipped++;
      summary.skippedEntries.push({ drop: dropDir, path: entry.path, error: entry.reason });
    }
  }
  summary.files_total = listings.drops.reduce((n, l) => n + l.files.length, 0);

  const progress = progressStream ? createProgress(summary.files_total, progressStream) : { tick() {}, done() {} };
  const useWorkers = listings.toRead >= (job.workerMinFiles ?? WORKER_MIN_FILES);
  const pool: FilePool = useWorkers ? workerPool(job.concurrency) : inProcessPool();
  timings.workers = pool.workers;
  const ctx: FileContext = { writer, summary, runId, job, timings, unchangedPaths };
  const restoreCache = setPageCache(db, FILES_CACHE_KIB, 'lower');

  // Outcomes are stored in walk order (a duplicate is always the later file), from a bounded window.
  const window: { job: FileJob; knownId?: number; outcome: Promise<FileOutcome> }[] = [];
  const maxInFlight = pool.capacity;
  const storeNext = async () => {
    const { job: fileJob, knownId, outcome } = window.shift()!;
    storeOutcome(ctx, fileJob, await outcome.catch((error: Error) => crashed(error)), knownId);
    progress.tick();
  };
  try {
    for (const { dropDir, files, known } of listings.drops) {
      for (const file of files) {
        const stored = known.get(file.path);
        const fileJob = planFile(ctx, dropDir, file, stored);
        if (!fileJob) {
          progress.tick();
          continue;
        }
        window.push({ job: fileJob, knownId: stored?.id, outcome: pool.process(fileJob) });
        if (window.length >= maxInFlight) await storeNext();
      }
    }
    while (window.length > 0) await storeNext();
    // Every file is settled: the listings (a path, a size and a stored row for each file of the drop) are let go before
    // reconciliation, which this thread waits for with its heap as it leaves it.
    listings.drops.length = 0;
  } finally {
    timings.chineseWorkers = pool.chineseWorkers();
    timings.workerCode = pool.workerCode();
    await pool.close();
    restoreCache();
  }
  writer.flush();
  progress.done();
  summary.stillFailed = stillFailedRecords(db, unchangedPaths);
  const stats = writer.stats();
  timings.store = stats.ms;
  timings.transactions = stats.transactions;
  return summary;
}

interface FileContext {
  writer: BatchedWriter;
  summary: FilesOutcome;
  runId: number;
  job: FilesJob;
  timings: FilesTimings;
  /** Per drop, the files this run left alone as unchanged (their failures are still owed). */
  unchangedPaths: Map<string, Set<string>>;
}

/**
 * Failed records of files this run did not read again: a file whose content cannot be read
 * (empty, binary, a JSONL line that does not parse) stays failed until it changes, and a
 * re-run must say so rather than count it as merely unchanged. Failures are few, so one
 * query per drop over its failed articles is cheap.
 */
function stillFailedRecords(db: Db, unchangedPaths: Map<string, Set<string>>): FailureReport[] {
  const query = db.prepare(`
    SELECT f.path AS file, s.record_path AS path, a.error AS error
    FROM files f JOIN article_sources s ON s.file_id = f.id JOIN articles a ON a.id = s.article_id
    WHERE f.drop_dir = ? AND a.status = 'failed' ORDER BY s.record_path`);
  const found: FailureReport[] = [];
  for (const [drop, paths] of unchangedPaths) {
    for (const row of query.all(drop) as { file: string; path: string; error: string | null }[]) {
      if (paths.has(row.file)) found.push({ drop, path: row.path, error: row.error ?? 'failed' });
    }
  }
  return found;
}

const unchangedByStat = (known: KnownFile | undefined, file: DropFile) =>
  known !== undefined && (known.status === 'done' || known.status === 'skipped') && known.size === file.size && known.mtime_ms === file.mtimeMs;

function noteUnchanged(ctx: FileContext, dropDir: string, path: string): void {
  const paths = ctx.unchangedPaths.get(dropDir) ?? new Set<string>();
  ctx.unchangedPaths.set(dropDir, paths);
  paths.add(path);
}

const fileRowOf = (dropDir: string, file: DropFile) => ({ drop_dir: dropDir, path: file.path, size: file.size, mtime_ms: file.mtimeMs });

/** Settles what needs no reading (unchanged, unsupported, too large); otherwise the job for a pool. */
function planFile(ctx: FileContext, dropDir: string, file: DropFile, known: KnownFile | undefined): FileJob | undefined {
  const { writer, summary, runId } = ctx;
  if (known && unchangedByStat(known, file)) {
    writer.queue(() => writer.store.touchFile(known.id, runId, file.mtimeMs), 0);
    summary.files_unchanged++;
    noteUnchanged(ctx, dropDir, file.path);
    return undefined;
  }
  const extension = extname(file.path).toLowerCase();
  if (!FORMAT_BY_EXTENSION[extension]) {
    const reason = `unsupported file type "${extension || '(no extension)'}" (not an article format)`;
    writer.queue(() => writer.store.saveFile({ ...fileRowOf(dropDir, file), sha256: null, status: 'skipped', error: reason, records: 0 }, runId), 0);
    summary.skipped++;
    summary.skippedEntries.push({ drop: dropDir, path: file.path, error: reason });
    return undefined;
  }
  if (file.size > ctx.job.maxFileBytes) {
    const error = `file is ${sizeText(file.size)}, over the ${sizeText(ctx.job.maxFileBytes)} limit (raise it with --max-file-mb)`;
    storeOutcome(ctx, { dropDir, file, extension, doneSha: null }, { kind: 'failed', contentSha: '', error, retry: true, ms: { ingest: 0, process: 0 }, bytes: 0 });
    return undefined;
  }
  return { dropDir, file, extension, doneSha: known?.status === 'done' ? known.sha256 : null, publishedDefault: ctx.job.publishedDefault };
}

/** A worker that died mid-file: the file is failed and retried next run, the batch goes on. */
const crashed = (error: Error): FileOutcome => ({
  kind: 'failed', contentSha: '', error: `processing failed: ${error.message}`, retry: true, ms: { ingest: 0, process: 0 }, bytes: 0,
});

function storeOutcome(ctx: FileContext, job: FileJob, outcome: FileOutcome, knownId?: number): void {
  const { writer, summary, runId, timings } = ctx;
  const { dropDir, file } = job;
  const store = writer.store;
  timings.files++;
  timings.read += outcome.ms.ingest;
  timings.process += outcome.ms.process;
  timings.bytes += outcome.bytes;
  const fileRow = fileRowOf(dropDir, file);
  const fail = (fileId: number, path: string, contentSha: string, error: string) => {
    store.saveArticle(failedRow(dropDir, path, contentSha, error), undefined, fileId, path, runId);
    summary.failed++;
    summary.failures.push({ drop: dropDir, path, error });
  };

  if (outcome.kind === 'unchanged' && knownId !== undefined) {
    writer.queue(() => store.touchFile(knownId, runId, file.mtimeMs), 0);
    summary.files_unchanged++;
    noteUnchanged(ctx, dropDir, file.path);
    return;
  }
  if (outcome.kind === 'unchanged') throw new Error(`${file.path}: unchanged, but not stored before`);
  if (outcome.kind === 'needs-chinese') throw new Error(`${file.path}: came back unprocessed from the worker pool`);
  if (outcome.kind === 'failed') {
    writer.queue(() => {
      const fileId = store.saveFile({ ...fileRow, sha256: outcome.contentSha, status: outcome.retry ? 'failed' : 'done', error: outcome.error, records: 0 }, runId);
      fail(fileId, file.path, outcome.contentSha, outcome.error);
    }, 1);
    return;
  }
  const { records, sha } = outcome;
  writer.queue(() => {
    // The file row comes first so its records can point at it. It can say done at once: this
    // write is one closure, committed in one transaction with every record, or not at all.
    const fileId = store.saveFile({ ...fileRow, sha256: sha, status: 'done', error: null, records: records.length }, runId);
    for (const record of records) {
      if (!record.ok) {
        fail(fileId, record.path, record.contentSha, record.error);
        continue;
      }
      const { row, mentions } = record.processed;
      const stored = store.saveArticle(row, mentions, fileId, record.path, runId);
      if (stored === 'new') {
        summary.articles_new++;
        const lang = row.lang ?? 'und';
        summary.byLanguage[lang] = (summary.byLanguage[lang] ?? 0) + 1;
      } else if (stored === 'duplicate') {
        summary.duplicates++;
      } else {
        summary.revived++;
      }
    }
  }, records.length);
}
