// openStore: the SQLite file, in WAL mode with foreign keys on, migrated to the current
// schema. A store written by a newer newsfacts is refused rather than guessed at.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';

export type Db = Database.Database;

export class StoreError extends Error {}

export function openStore(file: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly === true, fileMustExist: options.readonly === true, timeout: 10_000 });
  } catch (error) {
    throw new StoreError(`${file}: cannot open store: ${(error as Error).message}`);
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    migrate(db, file, options.readonly === true);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${file}: not a usable newsfacts store: ${(error as Error).message}`);
  }
  return db;
}

function migrate(db: Db, file: string, readonly: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `${file}: store has schema version ${current}, newer than this newsfacts understands (${SCHEMA_VERSION}); upgrade newsfacts`,
    );
  }
  if (current === SCHEMA_VERSION) return;
  if (readonly) throw new StoreError(`${file}: store has schema version ${current}; run \`newsfacts run\` once to migrate it to ${SCHEMA_VERSION}`);
  if (current === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) throw new StoreError(`${file}: not a newsfacts store (it has tables but no schema version)`);
  }
  // Foreign keys off while tables are rebuilt under the references that point at them
  // (migration 10); each migration checks them before it commits.
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new StoreError(`${file}: migration ${migration.version} would break ${broken.length} foreign key references`);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
