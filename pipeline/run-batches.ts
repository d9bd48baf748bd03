// batchedWriter: the run's one writer. Writes are queued and committed many at a time in
// one transaction (a commit costs a WAL sync; one per article dominated small
// articles), after a number of articles or a fraction of a second, whichever comes
// first, so readers still see progress. A file's records and its `done` mark go into
// the same batch, so a crash never leaves a done file with records missing.

import type { Db } from './store/open.ts';
import { storeWriter, type StoreWriter } from './store/writes.ts';

export interface BatchLimits {
  /** Commit once this many articles are queued… */
  articles: number;
  /** …or once the oldest queued write has waited this long (ms). */
  waitMs: number;
}

export const DEFAULT_BATCH: BatchLimits = { articles: 64, waitMs: 250 };

export interface BatchedWriter {
  store: StoreWriter;
  /** Queues a write; `articles` is how many articles it stores (its weight toward a commit). */
  queue(write: () => void, articles: number): void;
  /** Commits whatever is queued. */
  flush(): void;
  /** Milliseconds spent committing, and how many transactions. */
  stats(): { ms: number; transactions: number };
}

export function batchedWriter(db: Db, limits: BatchLimits = DEFAULT_BATCH): BatchedWriter {
  const store = storeWriter(db);
  let writes: (() => void)[] = [];
  let weight = 0;
  let oldest = 0;
  let ms = 0;
  let transactions = 0;
  const commit = db.transaction((batch: (() => void)[]) => {
    for (const write of batch) write();
  });

  function flush(): void {
    if (writes.length === 0) return;
    const started = performance.now();
    const batch = writes;
    writes = [];
    weight = 0;
    commit.immediate(batch);
    ms += performance.now() - started;
    transactions++;
  }

  return {
    store,
    queue(write, articles) {
      if (writes.length === 0) oldest = performance.now();
      writes.push(write);
      weight += articles;
      if (weight >= limits.articles || performance.now() - oldest >= limits.waitMs) flush();
    },
    flush,
    stats: () => ({ ms, transactions }),
  };
}
