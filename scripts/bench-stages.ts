// Time per stage, on one thread, over a sample of the benchmark drop: ingest (read,
// decode, split into records), detect, normalise, each extractor, and store (the rows
// written into a scratch store, one transaction for the sample). The run itself times
// its walk, processing, writes and reconciliation; this splits the processing.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates } from '../extractors/dates/index.ts';
import { extractEntities, extractRoles } from '../extractors/entities/index.ts';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang } from '../extractors/types.ts';
import { processRecord } from '../pipeline/article.ts';
import { readRecords, type ArticleRecord } from '../pipeline/ingest/records.ts';
import { detectLanguage } from '../pipeline/language.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';
import { openStore } from '../pipeline/store/open.ts';
import { beginRun } from '../pipeline/store/runs.ts';
import { storeWriter } from '../pipeline/store/writes.ts';

export interface StageTimes {
  articles: number;
  bytes: number;
  /** Milliseconds per stage over the whole sample. */
  ms: Record<string, number>;
}

export function timeStages(files: string[], scratchStore: string): StageTimes {
  const ms: Record<string, number> = { ingest: 0, detect: 0, normalise: 0, money: 0, dates: 0, entities: 0, roles: 0, store: 0 };
  const timed = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    const value = run();
    ms[stage]! += performance.now() - started;
    return value;
  };
  let bytes = 0;
  const records: ArticleRecord[] = [];
  for (const file of files) {
    timed('ingest', () => {
      const content = readFileSync(file);
      bytes += content.length;
      for (const r of readRecords(content, file, '.txt')) if (r.ok) records.push(r.record);
    });
  }
  for (const record of records) {
    const guess = timed('detect', () => detectLanguage(record.text));
    const lang = guess.lang as Lang;
    const normalised = timed('normalise', () => normaliseArticle(record.text, lang));
    const options = { lang };
    timed('money', () => extractMoney(normalised.text, options));
    timed('dates', () => extractDates(normalised.text, options));
    const entities = timed('entities', () => extractEntities(normalised.text, options));
    timed('roles', () => extractRoles(normalised.text, entities, options));
  }
  // The store stage writes what the pipeline would: rows and mentions of every article.
  const processed = records.map((r) => processRecord(r, '/bench'));
  const db = openStore(scratchStore);
  const writer = storeWriter(db);
  const runId = beginRun(db, ['/bench'], 'bench');
  const fileId = writer.saveFile({ drop_dir: '/bench', path: 'sample', size: 0, mtime_ms: 0, sha256: null, status: 'done', error: null, records: 0 }, runId);
  timed('store', () => {
    db.transaction(() => {
      for (const p of processed) writer.saveArticle(p.row, p.mentions, fileId, p.row.path, runId);
    }).immediate();
  });
  db.close();
  return { articles: records.length, bytes, ms };
}

export function sampleFiles(drop: string, count: number, stride: number): string[] {
  const files: string[] = [];
  for (let i = 0; files.length < count; i += stride) {
    files.push(join(drop, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`, `article-${String(i).padStart(6, '0')}.txt`));
  }
  return files;
}
