// The worker pool and the batched writer: a drop processed in worker threads gives the
// same store as one processed in-process, duplicates included (outcomes are stored in
// walk order whatever order the workers finish in), and a file that cannot be read is
// recorded, not fatal.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processFile } from '../pipeline/workers/file-job.ts';
import { chineseWorkersOf, sniffChinese, workerPool } from '../pipeline/workers/pool.ts';
import { tempDir } from './cli-helpers.ts';
import { writeDropWithDuplicateAndBroken } from './drop-generator.ts';
import { comparableSummary, runInto, storeRows } from './run-helpers.ts';

describe('worker threads and batched writes', () => {
  const drop = join(tempDir(), 'drop');
  writeDropWithDuplicateAndBroken(drop, 60);

  test('two workers store exactly what the in-process path stores', async () => {
    const inProcess = join(tempDir(), 'in-process.sqlite');
    const threaded = join(tempDir(), 'threaded.sqlite');
    const a = await runInto(inProcess, drop, { workerMinFiles: Infinity });
    const b = await runInto(threaded, drop, { workerMinFiles: 0, batch: { articles: 7, waitMs: 1000 } });
    expect(a.timings.workers).toBe(0);
    expect(b.timings.workers).toBe(2);
    expect(b.timings.chineseWorkers).toBe(1); // a mixed drop: one worker holds jieba's dictionaries
    expect(b.timings.workerCode).toBe('tsx'); // the test runs the sources; dist/ runs 'compiled'
    expect(b.timings.transactions).toBeGreaterThan(5);
    // Everything but the clocks (the run's, and each reconciliation step's) must match.
    expect(comparableSummary(b)).toEqual(comparableSummary(a));
    expect(a.duplicates).toBe(1);
    expect(storeRows(threaded)).toEqual(storeRows(inProcess));
  }, 120_000);

  test('a re-run reads nothing and stores nothing new', async () => {
    const store = join(tempDir(), 'rerun.sqlite');
    await runInto(store, drop, {});
    const again = await runInto(store, drop, { workerMinFiles: 0 });
    expect(again.files_unchanged).toBe(again.files_total);
    expect(again.timings.files).toBe(0);
    expect(again.articles_new).toBe(0);
  }, 120_000);

  test('a worker answers a job as the main thread does; an unreadable file is an outcome, not a crash', async () => {
    const pool = workerPool(1);
    try {
      const file = { absolutePath: join(drop, 'article-0002.txt'), path: 'article-0002.txt', size: 0, mtimeMs: 0 };
      const job = { dropDir: drop, file, extension: '.txt', doneSha: null };
      const here = await processFile(job);
      const there = await pool.process(job);
      expect({ ...there, ms: null }).toEqual({ ...here, ms: null });
      const missing = await pool.process({ ...job, file: { ...file, absolutePath: join(drop, 'gone.txt'), path: 'gone.txt' } });
      expect(missing).toMatchObject({ kind: 'failed', error: 'cannot read file: ENOENT', retry: true });
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('a file that kills its worker fails alone: the files queued behind it go to a fresh worker', async () => {
    const hugePath = join(drop, 'huge.txt');
    writeFileSync(hugePath, 'Toshiba said on October 27 it would invest $2 billion in Ohio.\n'.repeat(200_000));
    const file = (path: string) => ({ absolutePath: join(drop, path), path, size: 0, mtimeMs: 0 });
    const job = (path: string) => ({ dropDir: drop, file: file(path), extension: '.txt', doneSha: null });
    const pool = workerPool(1, 64, 192); // a heap far too small for a 12 MB article
    try {
      const paths = ['article-0003.txt', 'huge.txt', 'article-0004.txt', 'article-0005.txt', 'article-0006.txt'];
      const outcomes = await Promise.allSettled(paths.map((path) => pool.process(job(path))));
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
      expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/out of memory|exited/i);
      for (const [i, path] of paths.entries()) {
        if (path === 'huge.txt') continue;
        const here = await processFile(job(path));
        expect({ ...(outcomes[i] as PromiseFulfilledResult<unknown>).value as object, ms: null }).toEqual({ ...here, ms: null });
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('only workers that segment Chinese process Chinese files; the others hand them back', async () => {
    const zhPath = join(drop, 'zh-only.txt');
    writeFileSync(zhPath, '东芝计划投资\n东芝于10月28日表示，将在美国投资55亿美元，建设新工厂。日本首相高市早苗表示欢迎。\n');
    const file = (path: string, absolutePath: string) => ({ absolutePath, path, size: 0, mtimeMs: 0 });
    const zhJob = { dropDir: drop, file: file('zh-only.txt', zhPath), extension: '.txt', doneSha: null };
    const enJob = { dropDir: drop, file: file('article-0000.txt', join(drop, 'article-0000.txt')), extension: '.txt', doneSha: null };
    expect(chineseWorkersOf(1)).toBe(1);
    expect(chineseWorkersOf(2)).toBe(1);
    expect(chineseWorkersOf(4)).toBe(2);
    expect(await processFile(zhJob, { chinese: false })).toMatchObject({ kind: 'needs-chinese' });
    expect(await processFile(enJob, { chinese: false })).toMatchObject({ kind: 'records' });
    expect(sniffChinese(zhPath)).toBe(true);
    expect(sniffChinese(join(drop, 'article-0000.txt'))).toBe(false);
    expect(sniffChinese(join(drop, 'no-such-file.txt'))).toBe(false);
    const gbPath = join(drop, 'zh-gb18030.txt');
    writeFileSync(gbPath, Buffer.from([0xb6, 0xab, 0xd6, 0xa5, 0xb9, 0xab, 0xcb, 0xbe])); // 东芝公司 in GB18030: the sniff misses it, the worker hands it back
    expect(sniffChinese(gbPath)).toBe(false);
    expect(await processFile({ ...zhJob, file: file('zh-gb18030.txt', gbPath) }, { chinese: false })).toMatchObject({ kind: 'needs-chinese' });

    const pool = workerPool(2);
    try {
      // Several at once, so both workers get some: every Chinese one still comes back processed.
      const gbJob = { ...zhJob, file: file('zh-gb18030.txt', gbPath) };
      const jobs = [zhJob, enJob, zhJob, enJob, zhJob, zhJob, gbJob, gbJob];
      const outcomes = await Promise.all(jobs.map((job) => pool.process(job)));
      const here = await processFile(zhJob);
      const hereGb = await processFile(gbJob);
      for (const [i, outcome] of outcomes.entries()) {
        expect(outcome.kind).toBe('records');
        if (jobs[i] === zhJob) expect({ ...outcome, ms: null }).toEqual({ ...here, ms: null });
        if (jobs[i] === gbJob) expect({ ...outcome, ms: null }).toEqual({ ...hereGb, ms: null });
      }
      expect(hereGb.kind === 'records' && hereGb.records[0]?.ok && hereGb.records[0].processed.row.lang).toBe('zh');
      const zhRecord = here.kind === 'records' ? here.records[0] : undefined;
      expect(zhRecord?.ok && zhRecord.processed.row.lang).toBe('zh');
      expect(zhRecord?.ok && zhRecord.processed.mentions?.money.map((m) => m.text)).toEqual(['55亿美元']);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
