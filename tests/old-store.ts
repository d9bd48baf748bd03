// A store file at an older schema version, for the migration tests: the migrations up to that
// version applied to an empty file and its user_version set, so a test can fill it as a store
// of that version was filled, then open it with openStore and watch it migrate.

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
