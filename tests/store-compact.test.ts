// Compacting the store after a rebuild: VACUUM packs what random-order index inserts left
// part-full, the rows read back the same, and only a reconciliation that wrote most of the layer
// anew is followed by it.

import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compactStore, rebuiltMostOf } from '../pipeline/store/compact.ts';
import { openStore } from '../pipeline/store/open.ts';
import { tempDir } from './cli-helpers.ts';

test('a store whose index took its entries in no order and lost some is packed, its rows unchanged', () => {
  const db = openStore(join(tempDir(), 'store.sqlite'));
  const insert = db.prepare('INSERT INTO codes (value) VALUES (?)');
  // Hash-like strings in no order, as claim and fact ids reach their indexes.
  db.transaction(() => {
    for (let i = 0; i < 20_000; i++) insert.run(((i * 2654435761) % 2 ** 32).toString(16).padStart(8, '0').repeat(3));
  })();
  // And rows deleted here and there, as an incremental run deletes the claims it drafts again.
  db.prepare('DELETE FROM codes WHERE id % 3 = 0').run();
  const rows = db.prepare('SELECT id, value FROM codes ORDER BY id').raw().all();
  const pages = db.pragma('page_count', { simple: true }) as number;
  compactStore(db);
  expect(db.pragma('page_count', { simple: true })).toBeLessThan(pages * 0.75);
  expect(db.pragma('freelist_count', { simple: true })).toBe(0);
  expect(db.prepare('SELECT id, value FROM codes ORDER BY id').raw().all()).toEqual(rows);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
});

test('compacting follows a full rebuild or a reconciliation that drafted claims for at least half the articles, not a small increment', () => {
  expect(rebuiltMostOf({ full: true, redrafted: 0, articles: 100 })).toBe(true);
  expect(rebuiltMostOf({ full: false, redrafted: 100, articles: 100 })).toBe(true); // a first run
  expect(rebuiltMostOf({ full: false, redrafted: 50, articles: 100 })).toBe(true);
  expect(rebuiltMostOf({ full: false, redrafted: 49, articles: 100 })).toBe(false); // an hourly drop
});
