// processFile: one drop file through the stages that need no store — read, hash, split
// into records, then language, normalisation and extraction for each record. It runs in
// a worker thread (or in-process for small drops) and returns plain data the single
// writer on the main thread stores; it never throws for a bad file or record.

import { readFileSync } from 'node:fs';
import { processRecord, type ProcessedArticle } from '../article.ts';
import { sha256 } from '../identity.ts';
import { readRecords } from '../ingest/records.ts';
import type { DropFile } from '../ingest/walk.ts';
import { detectLanguage } from '../language.ts';

export interface FileJob {
  dropDir: string;
  file: DropFile;
  extension: string;
  /** The stored hash of a file already done: same bytes means unchanged, nothing to redo. */
  doneSha: string | null;
  publishedDefault?: string;
}

export type RecordOutcome =
  | { ok: true; path: string; processed: ProcessedArticle }
  | { ok: false; path: string; contentSha: string; error: string };

export type FileOutcome = (
  | { kind: 'unchanged' }
  /** Sent back unprocessed by a worker that does not segment Chinese: the file holds Chinese text. */
  | { kind: 'needs-chinese' }
  /** A file that could not be read is retried next run; one whose content is bad is not. */
  | { kind: 'failed'; contentSha: string; error: string; retry: boolean }
  | { kind: 'records'; sha: string; records: RecordOutcome[] }
) & {
  /** Time spent on the file (read and process), and the text it held, for the timings. */
  ms: { ingest: number; process: number };
  bytes: number;
};

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export interface ProcessFileOptions {
  /**
   * Whether this thread may load jieba's dictionary (about 70 MB) for Chinese records.
   * When it may not, a file with a Chinese record comes back as `needs-chinese`, unprocessed,
   * for a thread that holds them.
   */
  chinese: boolean;
}

export async function processFile(job: FileJob, options: ProcessFileOptions = { chinese: true }): Promise<FileOutcome> {
  const started = performance.now();
  let bytes: Buffer;
  try {
    // Read synchronously: a worker does one file at a time, and an asynchronous read costs
    // it four trips through the event loop (open, stat, read, close), each a wake-up to wait
    // for when the cores are busy; that was most of the measured ingest time.
    bytes = readFileSync(job.file.absolutePath);
  } catch (error) {
    return { kind: 'failed', contentSha: '', error: `cannot read file: ${errorCode(error)}`, retry: true, ms: { ingest: performance.now() - started, process: 0 }, bytes: 0 };
  }
  const fileSha = sha256(bytes);
  if (job.doneSha === fileSha) return { kind: 'unchanged', ms: { ingest: performance.now() - started, process: 0 }, bytes: bytes.length };

  let results;
  try {
    results = readRecords(bytes, job.file.path, job.extension);
  } catch (error) {
    return { kind: 'failed', contentSha: fileSha, error: (error as Error).message, retry: false, ms: { ingest: performance.now() - started, process: 0 }, bytes: bytes.length };
  }
  const ingested = performance.now();
  const guesses = results.map((result) => (result.ok ? detectLanguage(result.record.text, result.record.lang) : undefined));
  if (!options.chinese && guesses.some((guess) => guess?.lang === 'zh')) {
    return { kind: 'needs-chinese', ms: { ingest: ingested - started, process: performance.now() - ingested }, bytes: bytes.length };
  }
  const records: RecordOutcome[] = results.map((result, i) => {
    if (!result.ok) return { ok: false, path: result.failure.path, contentSha: fileSha, error: result.failure.error };
    try {
      return { ok: true, path: result.record.path, processed: processRecord(result.record, job.dropDir, job.publishedDefault, guesses[i]) };
    } catch (error) {
      return { ok: false, path: result.record.path, contentSha: sha256(result.record.text), error: `processing failed: ${(error as Error).message}` };
    }
  });
  return { kind: 'records', sha: fileSha, records, ms: { ingest: ingested - started, process: performance.now() - ingested }, bytes: bytes.length };
}
