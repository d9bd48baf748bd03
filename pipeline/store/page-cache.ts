// A connection's SQLite page cache, set for one stretch of work and set back after it. Sizes
// are in KiB, which SQLite takes as a negative cache_size; better-sqlite3 opens a connection
// with 16 MB that way. A cache set in pages (a positive cache_size) was chosen by a caller of
// the library, and is left alone.
import type { Db } from './open.ts';

/**
 * Sets the cache to `kib` when that moves it the way asked ('raise': only if it is smaller now,
 * 'lower': only if it is larger); returns what sets it back (nothing to do when it was not moved).
 */
export function setPageCache(db: Db, kib: number, direction: 'raise' | 'lower'): () => void {
  const before = db.pragma('cache_size', { simple: true }) as number;
  const moves = before < 0 && (direction === 'raise' ? -before < kib : -before > kib);
  if (!moves) return () => {};
  db.pragma(`cache_size = -${kib}`);
  return () => db.pragma(`cache_size = ${before}`);
}
