// Repeated strings (kinds, rules, units, entity ids, stories…) are stored once, in `codes`,
// and referenced by integer from the compact tables (migration 10). A coder hands out those
// integers, remembering the ones it has seen; it notices when a rolled-back transaction took
// codes away again (the highest code went down) and then forgets what it remembered.

import type { Db } from './open.ts';

export interface Coder {
  /** The code of a string, put in `codes` when new; null stays null. */
  code(value: string | null | undefined): number | null;
  /** Drops what was remembered if a rollback removed codes since (call once per unit of work). */
  check(): void;
}

export function coder(db: Db): Coder {
  const insert = db.prepare('INSERT OR IGNORE INTO codes (value) VALUES (?)');
  const find = db.prepare('SELECT id FROM codes WHERE value = ?').pluck();
  const highest = db.prepare('SELECT coalesce(max(id), 0) FROM codes').pluck();
  const known = new Map<string, number>();
  let top = 0;
  return {
    code(value) {
      if (value === null || value === undefined) return null;
      const seen = known.get(value);
      if (seen !== undefined) return seen;
      insert.run(value);
      const id = find.get(value) as number;
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
