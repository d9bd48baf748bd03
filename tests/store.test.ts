import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../pipeline/store/migrations.ts';
import { openStore, StoreError } from '../pipeline/store/open.ts';
import { beginRun } from '../pipeline/store/runs.ts';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'newsfacts-store-')), 'store.sqlite');

describe('openStore', () => {
  test('a new store is migrated, in WAL mode, with foreign keys on', () => {
    const db = openStore(tempDb());
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['runs', 'files', 'articles', 'article_sources', 'mentions']));
    db.close();
  });

  test('foreign keys are enforced: a mention must belong to an article', () => {
    const db = openStore(tempDb());
    expect(() =>
      db.prepare("INSERT INTO mentions (article_id, kind, span_start, span_end, text, rule) VALUES ('nope', 'money', 0, 1, 'x', 'r')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  test('a store from a newer newsfacts is refused with a clear message', () => {
    const file = tempDb();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openStore(file)).toThrow(StoreError);
    expect(() => openStore(file)).toThrow(`newer than this newsfacts understands`);
  });

  test('a SQLite file that is not a newsfacts store is refused', () => {
    const file = tempDb();
    const raw = new Database(file);
    raw.exec('CREATE TABLE something_else (x)');
    raw.close();
    expect(() => openStore(file)).toThrow('not a newsfacts store');
  });

  test('a file that is not SQLite at all is refused, naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newsfacts-store-')), 'notes.sqlite');
    writeFileSync(file, 'these are my notes, not a database'.repeat(200));
    expect(() => openStore(file)).toThrow(file);
  });

  test('a run left "running" by a dead process is marked interrupted; a live one blocks', () => {
    const db = openStore(tempDb());
    db.prepare("INSERT INTO runs (started_at, status, pid, drops, tool_version) VALUES ('2026-01-01', 'running', 999999999, '[]', 't')").run();
    const id = beginRun(db, ['/drop'], 'test');
    expect(db.prepare('SELECT status FROM runs WHERE id = 1').pluck().get()).toBe('interrupted');
    // Pretend the current run belongs to a live process other than ours: the parent.
    db.prepare('UPDATE runs SET pid = ? WHERE id = ?').run(process.ppid, id);
    expect(() => beginRun(db, ['/drop'], 'test')).toThrow(/being written by run/);
    db.close();
  });
});

describe('schema evolution', () => {
  test('a store at schema version 1 is migrated on open, keeping its rows', () => {
    const file = tempDb();
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO runs (started_at, status, drops, tool_version) VALUES ('2026-01-01T00:00:00Z', 'finished', '[]', '0.0.1')").run();
    raw.close();
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT tool_version FROM runs').pluck().all()).toEqual(['0.0.1']);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['roles', 'entities', 'claims', 'facts', 'fact_claims', 'conflicts', 'canonical_facts', 'fact_evidence']));
    db.close();
  });

  test('mentions are indexed by entity only where they have one, and lookups by entity use that index', () => {
    const db = openStore(tempDb());
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'mentions_entity'").pluck().get() as string;
    expect(sql).toMatch(/WHERE entity_id IS NOT NULL/);
    // From migration 10 the index is on mention_rows, under the mentions view; a lookup by entity id seeks it.
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT article_id FROM mentions WHERE kind = 'entity' AND entity_id = 'org:acme'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/mentions_entity/);
    db.close();
  });
});
