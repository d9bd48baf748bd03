// The files phase in a process of its own (workers/files-process.ts), as the command line runs
// a large drop: it stores exactly what the same run stores on the caller's connection, sends its
// progress lines through, and a child that cannot do its job fails the run with the reason.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeFilesInProcess } from '../pipeline/workers/files-process.ts';
import { tempDir } from './cli-helpers.ts';
import { writeDropWithDuplicateAndBroken } from './drop-generator.ts';
import { comparableSummary, runInto, storeRows } from './run-helpers.ts';

/** A stream that keeps what is written to it, as a log file would (not a terminal). */
const captured = () => {
  const lines: string[] = [];
  return { lines, stream: { isTTY: false, write: (s: string) => { lines.push(s); return true; } } as unknown as NodeJS.WriteStream };
};

describe('the files stored in a process of their own', () => {
  const drop = join(tempDir(), 'drop');
  writeDropWithDuplicateAndBroken(drop, 40);
  writeFileSync(join(drop, 'notes.xyz'), 'not an article');

  test('store the same rows and report the same counts as the files stored on the caller\'s connection', async () => {
    const here = join(tempDir(), 'here.sqlite');
    const apart = join(tempDir(), 'apart.sqlite');
    const a = await runInto(here, drop, { workerMinFiles: 0, filesProcess: false });
    const { lines, stream } = captured();
    const b = await runInto(apart, drop, { workerMinFiles: 0, filesProcess: true, progressStream: stream });
    expect(a.timings.filesProcessMb).toBe(0);
    expect(b.timings.filesProcessMb).toBeGreaterThan(20); // the child's own peak, reported back
    expect(b.timings.workers).toBe(2);
    expect(comparableSummary(b)).toEqual(comparableSummary(a));
    expect(b).toMatchObject({ articles_new: 41, duplicates: 1, failed: 1, skipped: 1 });
    expect(b.failures).toEqual([expect.objectContaining({ path: 'broken.json' })]);
    expect(b.skippedEntries).toEqual([expect.objectContaining({ path: 'notes.xyz' })]);
    expect(storeRows(apart)).toEqual(storeRows(here));
    // The child's progress reaches the caller's stream, ending on the whole count.
    expect(lines.filter((l) => l.startsWith('progress: ')).at(-1)).toBe('progress: 44/44 files\n');

    // A re-run of the unchanged drop reads nothing, and still owes the failed file.
    const again = await runInto(apart, drop, { workerMinFiles: 0, filesProcess: true });
    expect(again).toMatchObject({ files_unchanged: 44, articles_new: 0, failed: 0 });
    expect(again.stillFailed).toEqual([expect.objectContaining({ path: 'broken.json' })]);
    expect(again.timings.files).toBe(0);
  }, 120_000);

  test('a store in memory keeps its files on the caller\'s connection, even when a child is asked for', async () => {
    const db = openStore(':memory:');
    try {
      const summary = await runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity, filesProcess: true });
      expect(summary.timings.filesProcessMb).toBe(0);
      expect(summary.articles_new).toBe(41);
      expect(db.prepare("SELECT count(*) FROM articles WHERE status = 'ok'").pluck().get()).toBe(41);
    } finally {
      db.close();
    }
  }, 60_000);

  test('a child that cannot open the store fails the run with the reason, naming the store', async () => {
    const notAStore = join(tempDir(), 'a-folder.sqlite');
    mkdirSync(notAStore);
    const job = { drops: [drop], runId: 1, concurrency: 1, maxFileBytes: 1 << 20 };
    const stopped = storeFilesInProcess(notAStore, job);
    await expect(stopped).rejects.toThrow(/; what it stored is kept, and the next run goes on from there$/);
    await expect(stopped).rejects.toThrow(`storing the files into ${notAStore} stopped: `);
  }, 60_000);
});
