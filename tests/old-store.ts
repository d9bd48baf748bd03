// A store file at an older schema version, for the migration tests: the migrations up to that
// version applied to an empty file and its user_version set, so a test can fill it as a store
// of that version was filled, then open it with openStore and watch it migrate. With the two
// pieces of SQL those tests share: a code's id by its value, and a query's plan.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../pipeline/store/migrations.ts';
import { tempDir } from './cli-helpers.ts';

export function storeAtSchema(version: number): { file: string; raw: Database.Database } {
  const file = join(tempDir(`newsfacts-v${version}-`), 'store.sqlite');
  const raw = new Database(file);
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) raw.exec(m.sql);
  raw.pragma(`user_version = ${version}`);
  return { file, raw };
}

/** SQL for the id of a string in codes (the value written as a literal). */
export const code = (value: string) => `(SELECT id FROM codes WHERE value = '${value}')`;

/** The plan SQLite makes for `sql`, one line a step. */
export const plan = (db: Database.Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
