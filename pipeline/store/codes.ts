// Repeated strings (kinds, rules, units, entity ids, stories…) are stored once, in `codes`,
// and referenced by integer from the compact tables (migration 10). A coder hands out those
// integers, remembering the ones it has seen; it notices when a rolled-back transaction took
// codes away again (the highest code went down) and then forgets what it remembered.

import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

export interface Coder {
  /** The code of a string, put in `codes` when new; null stays null. */
  code(value: string | null | undefined): number | null;
  /** Drops what was remembered if a rollback removed codes since (call once per unit of work). */
  check(): void;
}

export function coder(db: Db): Coder {
  // A new string's code comes back from the insert itself; only a string already stored is looked up.
  const insert = db.prepare('INSERT INTO codes (value) VALUES (?) ON CONFLICT (value) DO NOTHING RETURNING id').pluck();
  const find = db.prepare('SELECT id FROM codes WHERE value = ?').pluck();
  const highest = db.prepare('SELECT coalesce(max(id), 0) FROM codes').pluck();
  const known = new Map<string, number>();
  let top = 0;
  return {
    code(value) {
      if (value === null || value === undefined) return null;
      const seen = known.get(value);
      if (seen !== undefined) return seen;
      const id = (insert.get(value) as number | undefined) ?? (find.get(value) as number);
      known.set(value, id);
      if (id > top) top = id;
      return id;
    },
    check() {
      if ((highest.get() as number) < top) {
        known.clear();
        top = 0;
      }
    },
  };
}

/**
 * Strings back from their codes, read in JavaScript instead of one SQL subquery per column
 * and row (what the views do): codes are loaded once per handle and then as they grow. A
 * rollback that took codes away (the highest went down) makes it load them again.
 */
export function codeReader(db: Db): (code: number | null) => string | null {
  // The statement is prepared once per handle: readers are made for every article read, and preparing costs more than running it.
  const known = readers.get(db) ?? { values: [] as (string | undefined)[], top: 0, highest: db.prepare('SELECT coalesce(max(id), 0) FROM codes').pluck() };
  readers.set(db, known);
  const highest = known.highest.get() as number;
  if (highest < known.top) {
    known.values = [];
    known.top = 0;
  }
  if (highest > known.top) {
    // Codes count up from 1 (a rowid), so a code is its string's place in one array: a slot each, where a map keeps an entry of several words (311,000 codes at 100,000 articles).
    for (const [id, value] of db.prepare('SELECT id, value FROM codes WHERE id > ?').raw().iterate(known.top) as Iterable<[number, string]>) known.values[id] = value;
    known.top = highest;
  }
  return (code) => (code === null ? null : known.values[code] ?? null);
}

const readers = new WeakMap<Db, { values: (string | undefined)[]; top: number; highest: Statement }>();
