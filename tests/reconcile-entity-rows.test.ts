// Entities, aliases and links are written as changes (store-entities.ts): a run that brings
// new names inserts their rows and leaves every other row alone; a verdict that turns round
// updates the flagged entities in place (an entity deleted would take its aliases and links
// with it). Temporary triggers record every row written; after each drop the layer equals a
// full rebuild's (storeTakingDrops).

import { expect, test } from 'vitest';
import type { Db } from '../pipeline/store/open.ts';
import { storeTakingDrops } from './canonical-layer.ts';
import { FINANCE_CHIEF_STORY } from './finance-chief-story.ts';

const ARTICLES = FINANCE_CHIEF_STORY;

const TABLES = ['entities', 'entity_aliases', 'entity_links'] as const;

/** Temporary triggers recording each insert, update and delete on the entity tables: table, what was done, entity id. */
function recordWrites(db: Db): () => [string, string, string][] {
  db.exec('CREATE TEMP TABLE written (tbl TEXT, op TEXT, entity TEXT)');
  for (const table of TABLES) {
    const id = table === 'entities' ? 'id' : 'entity_id';
    db.exec(`CREATE TEMP TRIGGER ${table}_inserted AFTER INSERT ON main.${table} BEGIN INSERT INTO written VALUES ('${table}', 'insert', NEW.${id}); END;
      CREATE TEMP TRIGGER ${table}_updated AFTER UPDATE ON main.${table} BEGIN INSERT INTO written VALUES ('${table}', 'update', NEW.${id}); END;
      CREATE TEMP TRIGGER ${table}_deleted AFTER DELETE ON main.${table} BEGIN INSERT INTO written VALUES ('${table}', 'delete', OLD.${id}); END;`);
  }
  return () => {
    const rows = db.prepare('SELECT tbl, op, entity FROM temp.written ORDER BY 1, 2, 3').raw().all() as [string, string, string][];
    db.exec('DELETE FROM temp.written');
    return rows;
  };
}

const ids = (db: Db) => new Set(db.prepare('SELECT id FROM entities').pluck().all() as string[]);
const rowCount = (db: Db) => TABLES.reduce((n, t) => n + (db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number), 0);
const flagged = (db: Db) => db.prepare("SELECT name, variant_of FROM entities WHERE flag = 'name_variant' ORDER BY name").raw().all();

test('a drop of new names writes only their rows; a verdict turning round updates the flags in place', async () => {
  const { db, drop } = storeTakingDrops(ARTICLES, 'newsfacts-entity-rows-');
  try {
    await drop('a1', 'a2', 'a3');
    expect(flagged(db)).toEqual([['Zhou Haitai', expect.stringMatching(/^person:/)]]);
    const written = recordWrites(db);
    const before = ids(db);
    const rowsBefore = rowCount(db);

    // New names alone: every row written is an insert, of an entity new to the store.
    await drop('b1');
    const fresh = [...ids(db)].filter((id) => !before.has(id));
    expect(fresh.length).toBeGreaterThan(0);
    const writes = written();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter(([, op]) => op !== 'insert')).toEqual([]);
    expect(new Set(writes.map(([, , entity]) => entity))).toEqual(new Set(fresh));
    expect(rowCount(db)).toBe(rowsBefore + writes.length);

    // The story now gives the other name more often: the two people's flags change, as updates, and no entity is deleted.
    await drop('a4', 'a5');
    expect(flagged(db)).toEqual([['Zhou Haitao', expect.stringMatching(/^person:/)]]);
    const turned = written().filter(([table]) => table === 'entities');
    expect(turned.filter(([, op]) => op === 'delete')).toEqual([]);
    const updated = turned.filter(([, op]) => op === 'update').map(([, , entity]) => entity);
    expect(updated.length).toBeGreaterThanOrEqual(2);
    expect(db.prepare(`SELECT name FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name`).pluck().all(JSON.stringify(updated)))
      .toEqual(expect.arrayContaining(['Zhou Haitai', 'Zhou Haitao']));
  } finally {
    db.close();
  }
}, 60_000);
