// Run bookkeeping: one row per `newsfacts run`, and the lock that keeps two runs from
// writing the same store at once.

import { hostname } from 'node:os';
import type { Db } from './open.ts';
import { StoreError } from './open.ts';
import type { RunCounts } from './writes.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts a run. A run left 'running' by a process that no longer exists was killed:
 * it is marked 'interrupted' (its finished articles stay; the new run completes the rest).
 * A run whose process is still alive holds the store: this one refuses.
 */
export function beginRun(db: Db, drops: string[], toolVersion: string): number {
  return db.transaction(() => {
    const running = db.prepare("SELECT id, pid FROM runs WHERE status = 'running'").all() as { id: number; pid: number | null }[];
    for (const run of running) {
      if (run.pid !== null && run.pid !== process.pid && isAlive(run.pid)) {
        throw new StoreError(`store is being written by run ${run.id} (process ${run.pid} on ${hostname()}); wait for it to finish or use another --db`);
      }
      db.prepare("UPDATE runs SET status = 'interrupted' WHERE id = ?").run(run.id);
    }
    const result = db
      .prepare("INSERT INTO runs (started_at, status, pid, drops, tool_version) VALUES (?, 'running', ?, ?, ?)")
      .run(new Date().toISOString(), process.pid, JSON.stringify(drops), toolVersion);
    return Number(result.lastInsertRowid);
  }).immediate();
}

export function finishRun(db: Db, runId: number, counts: RunCounts): void {
  db.prepare(
    `UPDATE runs SET status = 'finished', finished_at = @finished_at, files_total = @files_total, files_unchanged = @files_unchanged,
       articles_new = @articles_new, duplicates = @duplicates, failed = @failed, skipped = @skipped WHERE id = @id`,
  ).run({ ...counts, finished_at: new Date().toISOString(), id: runId });
}
