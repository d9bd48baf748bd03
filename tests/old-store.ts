// A store file at an older schema version, for the migration tests: the migrations up to that
// version applied to an empty file and its user_version set, so a test can fill it as a store
// of that version was filled, then open it with openStore and watch it migrate. With what
// those tests share: a code's id by its value, a query's plan, and the rows of the views a
// migration must leave as they were.

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

/** Every row of each view, by view: a list is read in the order of its first two columns, a map gives each view its order. */
export const readViews = (db: Database.Database, views: readonly string[] | Readonly<Record<string, string>>) =>
  Object.fromEntries((Array.isArray(views) ? views.map((v) => [v, '1, 2']) : Object.entries(views))
    .map(([view, order]) => [view, db.prepare(`SELECT * FROM ${view} ORDER BY ${order}`).raw().all()]));

/** readViews of the store file as it is, before openStore migrates it. */
export function readViewsOf(file: string, views: readonly string[] | Readonly<Record<string, string>>) {
  const raw = new Database(file, { readonly: true });
  try {
    return readViews(raw, views);
  } finally {
    raw.close();
  }
}
