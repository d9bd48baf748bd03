// A form is a combination of coded columns that rows share, stored once in its own table (a
// claim's predicate, rules and qualifier in claim_forms, migration 21) and named by its key. A
// form coder hands out the key of a combination, putting a new one in the table; a column with
// no code holds 0, which no code is, so that the table's UNIQUE constraint sees equal rows.

import type { Db } from './open.ts';

/** The key of a combination of codes (null for none) in `table`, whose columns are `columns` in that order. */
export function formCoder(db: Db, table: string, columns: readonly string[]): (codes: readonly (number | null)[]) => number {
  const known = new Map<string, number>();
  for (const [key, ...codes] of db.prepare(`SELECT key, ${columns.join(', ')} FROM ${table}`).raw().iterate() as Iterable<number[]>) {
    known.set(codes.join(','), key!);
  }
  const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING key`).pluck();
  return (codes) => {
    const values = codes.map((c) => c ?? 0);
    const signature = values.join(',');
    let key = known.get(signature);
    if (key === undefined) {
      key = insert.get(...values) as number;
      known.set(signature, key);
    }
    return key;
  };
}
