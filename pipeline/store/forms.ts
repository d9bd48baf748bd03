// A form is a combination of coded columns that rows share, stored once in its own table (a
// claim's predicate, rules and qualifier in claim_forms, migration 21; a mention's rule, unit and
// types in mention_forms, migration 22) and named by its key. A form coder hands out the key of a
// combination, putting a new one in the table; a column with no code holds 0, which no code is,
// so that the table's UNIQUE constraint sees equal rows. Like a coder of strings (codes.ts), it
// notices when a rolled-back transaction took forms away (the highest key went down) and then
// reads the table again.

import type { Db } from './open.ts';

/** SQL making `formTable` with `columns` (codes, 0 for none, unique together), filled with the combinations `source`'s rows hold. */
export const formTableSql = (formTable: string, columns: readonly string[], source: string) => `CREATE TABLE ${formTable} (
  key           INTEGER PRIMARY KEY,
  ${columns.map((c) => `${c} INTEGER NOT NULL`).join(',\n  ')},
  UNIQUE (${columns.join(', ')})
);
INSERT OR IGNORE INTO ${formTable} (${columns.join(', ')})
  SELECT DISTINCT ${columns.map((c) => `ifnull(${c}, 0)`).join(', ')} FROM ${source} ORDER BY ${columns.map((_, i) => i + 1).join(', ')};`;

/**
 * A new row's form inside a trigger, given how to read each of its `columns` as a code (or null):
 * `put` puts the combination in `formTable` if new, `key` is then its key.
 */
export const formInTrigger = (formTable: string, columns: readonly string[], value: (column: string) => string) => ({
  put: `INSERT OR IGNORE INTO ${formTable} (${columns.join(', ')}) VALUES (${columns.map((c) => `ifnull(${value(c)}, 0)`).join(', ')});`,
  key: `(SELECT key FROM ${formTable} WHERE ${columns.map((c) => `${c} = ifnull(${value(c)}, 0)`).join(' AND ')})`,
});

/** SQL joining form `f` to the row `r` whose coded `columns` it holds. */
export const formOfRow = (columns: readonly string[]) => columns.map((c) => `f.${c} = ifnull(r.${c}, 0)`).join(' AND ');

export interface FormCoder {
  /** The key of a combination of codes (null for none), in the table's column order. */
  key(codes: readonly (number | null)[]): number;
  /** Reads the table again if a rollback removed forms since (call once per unit of work). */
  check(): void;
}

/** A form coder for `table`, whose columns are `columns` in that order. */
export function formCoder(db: Db, table: string, columns: readonly string[]): FormCoder {
  const all = db.prepare(`SELECT key, ${columns.join(', ')} FROM ${table}`).raw();
  const highest = db.prepare(`SELECT coalesce(max(key), 0) FROM ${table}`).pluck();
  const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING key`).pluck();
  const known = new Map<string, number>();
  let top = 0;
  const load = () => {
    known.clear();
    top = 0;
    for (const [key, ...codes] of all.iterate() as Iterable<number[]>) {
      known.set(codes.join(','), key!);
      top = Math.max(top, key!);
    }
  };
  load();
  return {
    key(codes) {
      const values = codes.map((c) => c ?? 0);
      const signature = values.join(',');
      let key = known.get(signature);
      if (key === undefined) {
        key = insert.get(...values) as number;
        known.set(signature, key);
        top = Math.max(top, key);
      }
      return key;
    },
    check() {
      if ((highest.get() as number) < top) load();
    },
  };
}
