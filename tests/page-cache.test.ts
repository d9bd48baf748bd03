// The page cache set for a stretch of work and set back: lowered while a run stores its files,
// raised while the facts step writes; a cache a caller set in pages is theirs and never moved.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';
import { setPageCache } from '../pipeline/store/page-cache.ts';
import { copyFixtures, tempDir } from './cli-helpers.ts';

const cacheOf = (db: ReturnType<typeof openStore>) => db.pragma('cache_size', { simple: true }) as number;

describe('setPageCache', () => {
  test('lowers a larger cache in KiB and sets it back', () => {
    const db = openStore(':memory:');
    db.pragma('cache_size = -16000');
    const restore = setPageCache(db, 4000, 'lower');
    expect(cacheOf(db)).toBe(-4000);
    restore();
    expect(cacheOf(db)).toBe(-16000);
  });

  test('moves a cache only the way asked', () => {
    const db = openStore(':memory:');
    db.pragma('cache_size = -2000');
    setPageCache(db, 4000, 'lower')();
    expect(cacheOf(db)).toBe(-2000);
    const restore = setPageCache(db, 32000, 'raise');
    expect(cacheOf(db)).toBe(-32000);
    restore();
    expect(cacheOf(db)).toBe(-2000);
    db.pragma('cache_size = -64000');
    setPageCache(db, 32000, 'raise');
    expect(cacheOf(db)).toBe(-64000);
  });

  test('leaves alone a cache set in pages', () => {
    const db = openStore(':memory:');
    db.pragma('cache_size = 5000');
    const restore = setPageCache(db, 4000, 'lower');
    expect(cacheOf(db)).toBe(5000);
    restore();
    expect(cacheOf(db)).toBe(5000);
  });
});

describe('a run gives the caller back its connection as it was', () => {
  const drop = copyFixtures('articles');
  for (const [label, setting] of [['in KiB, better-sqlite3 default', null], ['in pages, the caller\'s', 3000]] as const) {
    test(`cache ${label}`, async () => {
      const db = openStore(join(tempDir(), 'store.sqlite'));
      if (setting !== null) db.pragma(`cache_size = ${setting}`);
      const before = cacheOf(db);
      const summary = await runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });
      expect(summary.articles_new).toBe(28);
      expect(cacheOf(db)).toBe(before);
      db.close();
    });
  }
});
