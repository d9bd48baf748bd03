// runDrops: the `newsfacts run` job. Walks each drop, skips files already stored and
// unchanged, and sends every other file through ingest → language → normalise →
// extract → store. A file or record that fails is stored as a failed article with its
// reason; nothing stops the batch. Each article is committed on its own, and a file is
// marked done only after all its records, so a re-run after a crash finishes the job.

import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import PQueue from 'p-queue';
import { processRecord } from './article.ts';
import { failedIdOf, sha256 } from './identity.ts';
import { FORMAT_BY_EXTENSION, readRecords } from './ingest/records.ts';
import { walkDrop, type DropFile } from './ingest/walk.ts';
import { createProgress } from './progress.ts';
import { reconcileStore, type ReconcileSummary } from './reconcile/index.ts';
import type { Db } from './store/open.ts';
import { beginRun, finishRun } from './store/runs.ts';
import { storeWriter, type ArticleRow, type RunCounts, type StoreWriter } from './store/writes.ts';

export interface RunOptions {
  drops: string[];
  concurrency: number;
  publishedDefault?: string;
  maxFileBytes: number;
  toolVersion: string;
  /** Where progress goes; none when absent (--quiet). */
  progressStream?: NodeJS.WriteStream;
}

export interface FailureReport {
  drop: string;
  path: string;
  error: string;
}

export interface RunSummary extends RunCounts {
  runId: number;
  byLanguage: Record<string, number>;
  failures: FailureReport[];
  skippedEntries: FailureReport[];
  /** What reconciliation rebuilt, when this run stored anything new (or a crash left it stale). */
  reconciliation?: ReconcileSummary;
}

/**
 * The canonical layer is stale when an article was stored after the last reconciliation
 * finished — because this run added articles, or a run was killed while reconciling.
 */
function reconciliationIsStale(db: Db): boolean {
  const lastArticleRun = db.prepare("SELECT max(run_id) FROM articles WHERE status = 'ok'").pluck().get() as number | null;
  if (lastArticleRun === null) return false;
  const lastReconciledRun = db.prepare('SELECT max(run_id) FROM reconciliations').pluck().get() as number | null;
  return lastReconciledRun === null || lastReconciledRun < lastArticleRun;
}

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

export async function runDrops(db: Db, options: RunOptions): Promise<RunSummary> {
  const dropDirs = options.drops.map((d) => resolve(d));
  const runId = beginRun(db, dropDirs, options.toolVersion);
  const writer = storeWriter(db);
  const summary: RunSummary = {
    runId, files_total: 0, files_unchanged: 0, articles_new: 0, duplicates: 0, failed: 0, skipped: 0,
    byLanguage: {}, failures: [], skippedEntries: [],
  };

  const listings = [];
  for (const dropDir of dropDirs) {
    const listing = await walkDrop(dropDir);
    for (const entry of listing.skipped) {
      writer.saveFile({ drop_dir: dropDir, path: entry.path, size: null, mtime_ms: null, sha256: null, status: 'skipped', error: entry.reason, records: 0 }, runId);
      summary.skipped++;
      summary.skippedEntries.push({ drop: dropDir, path: entry.path, error: entry.reason });
    }
    listings.push({ dropDir, files: listing.files });
  }
  summary.files_total = listings.reduce((n, l) => n + l.files.length, 0);

  const progress = options.progressStream ? createProgress(summary.files_total, options.progressStream) : { tick() {}, done() {} };
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) });
  for (const { dropDir, files } of listings) {
    for (const file of files) {
      void queue.add(async () => {
        await ingestFile(writer, dropDir, file, runId, options, summary);
        progress.tick();
      });
    }
  }
  await queue.onIdle();
  progress.done();
  if (reconciliationIsStale(db)) summary.reconciliation = reconcileStore(db, runId);
  finishRun(db, runId, summary);
  return summary;
}

function recordFailure(writer: StoreWriter, summary: RunSummary, dropDir: string, fileId: number, path: string, contentSha: string, error: string, runId: number) {
  writer.saveArticle(failedRow(dropDir, path, contentSha, error), undefined, fileId, path, runId);
  summary.failed++;
  summary.failures.push({ drop: dropDir, path, error });
}

async function ingestFile(writer: StoreWriter, dropDir: string, file: DropFile, runId: number, options: RunOptions, summary: RunSummary) {
  const known = writer.findFile(dropDir, file.path);
  const unchanged = known && (known.status === 'done' || known.status === 'skipped');
  if (unchanged && known.size === file.size && known.mtime_ms === file.mtimeMs) {
    writer.touchFile(known.id, runId, file.mtimeMs);
    summary.files_unchanged++;
    return;
  }
  const fileRow = { drop_dir: dropDir, path: file.path, size: file.size, mtime_ms: file.mtimeMs };
  const extension = extname(file.path).toLowerCase();
  if (!FORMAT_BY_EXTENSION[extension]) {
    const reason = `unsupported file type "${extension || '(no extension)'}" (not an article format)`;
    writer.saveFile({ ...fileRow, sha256: null, status: 'skipped', error: reason, records: 0 }, runId);
    summary.skipped++;
    summary.skippedEntries.push({ drop: dropDir, path: file.path, error: reason });
    return;
  }
  // A file that could not be read is tried again next run; one whose content is bad is
  // not (its failure is already stored), unless the file changes.
  const failFile = (contentSha: string, error: string, retry: boolean) => {
    const status = retry ? 'failed' : 'done';
    const fileId = writer.saveFile({ ...fileRow, sha256: contentSha, status, error, records: 0 }, runId);
    recordFailure(writer, summary, dropDir, fileId, file.path, contentSha, error, runId);
  };
  if (file.size > options.maxFileBytes) {
    failFile('', `file is ${sizeText(file.size)}, over the ${sizeText(options.maxFileBytes)} limit (raise it with --max-file-mb)`, true);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file.absolutePath);
  } catch (error) {
    failFile('', `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, true);
    return;
  }
  const fileSha = sha256(bytes);
  if (known && known.status === 'done' && known.sha256 === fileSha) {
    writer.touchFile(known.id, runId, file.mtimeMs);
    summary.files_unchanged++;
    return;
  }
  let results;
  try {
    results = readRecords(bytes, file.path, extension);
  } catch (error) {
    failFile(fileSha, (error as Error).message, false);
    return;
  }
  // The file row exists before its records so they can point at it; it is marked done last.
  const fileId = writer.saveFile({ ...fileRow, sha256: null, status: 'failed', error: 'interrupted before all records were stored', records: results.length }, runId);
  for (const result of results) {
    if (!result.ok) {
      recordFailure(writer, summary, dropDir, fileId, result.failure.path, fileSha, result.failure.error, runId);
      continue;
    }
    let processed;
    try {
      processed = processRecord(result.record, dropDir, options.publishedDefault);
    } catch (error) {
      recordFailure(writer, summary, dropDir, fileId, result.record.path, sha256(result.record.text), `processing failed: ${(error as Error).message}`, runId);
      continue;
    }
    const outcome = writer.saveArticle(processed.row, processed.mentions, fileId, result.record.path, runId);
    if (outcome === 'new') {
      summary.articles_new++;
      const lang = processed.row.lang ?? 'und';
      summary.byLanguage[lang] = (summary.byLanguage[lang] ?? 0) + 1;
    } else if (outcome === 'duplicate') {
      summary.duplicates++;
    }
  }
  writer.saveFile({ ...fileRow, sha256: fileSha, status: 'done', error: null, records: results.length }, runId);
}
