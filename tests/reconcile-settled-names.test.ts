// The story-name check over a growing store: a run compares again only the people whose
// articles or names changed, and the pairs it flagged before. A variant flagged in one drop
// stays flagged when an unrelated drop comes; when new articles change which name the story
// uses more, the verdict follows; after every drop the layer equals a full rebuild's.

import { expect, test } from 'vitest';
import type { Db } from '../pipeline/store/open.ts';
import { storeTakingDrops } from './canonical-layer.ts';
import { FINANCE_CHIEF_STORY } from './finance-chief-story.ts';

const ARTICLES = FINANCE_CHIEF_STORY;

/** The name variants the store holds: canonical name, variant name, the variant's articles by file. */
function nameVariants(db: Db): [string, string, number][] {
  return db.prepare(`SELECT c.canonical, v.value_text, v.articles FROM conflicts c JOIN conflict_variants v ON v.conflict_id = c.id AND v.variant = 1
    WHERE c.kind = 'name_variant' ORDER BY 1, 2`).raw().all() as [string, string, number][];
}

test('a flagged name variant is kept by later runs, follows new articles, and equals a full rebuild after each drop', async () => {
  const { db, drop } = storeTakingDrops(ARTICLES, 'newsfacts-settled-');
  try {
    await drop('a1', 'a2');
    expect(nameVariants(db)).toEqual([]);
    await drop('a3');
    expect(nameVariants(db)).toEqual([['Zhou Haitao', 'Zhou Haitai', 1]]);
    // Nobody in this story changed: the pair flagged before is compared again, and still flagged.
    await drop('b1');
    expect(nameVariants(db)).toEqual([['Zhou Haitao', 'Zhou Haitai', 1]]);
    // Now the story gives the other name more often: the pair is compared again, and turns round.
    await drop('a4', 'a5');
    expect(nameVariants(db)).toEqual([['Zhou Haitai', 'Zhou Haitao', 2]]);
  } finally {
    db.close();
  }
}, 60_000);

/** The stored name conflicts: id, the key of its row, its kept digest (null where none is kept). */
function nameConflictRows(db: Db): [string, number, string | null][] {
  return db.prepare(`SELECT c.id, c.key, d.digest FROM conflict_rows c LEFT JOIN reconcile_name_conflicts d ON d.id = c.id
    WHERE c.fact_id IS NULL ORDER BY c.id`).raw().all() as [string, number, string | null][];
}

test('a name conflict no run changed keeps its row; a changed one is written again, and the one it replaced is gone', async () => {
  const { db, drop } = storeTakingDrops(ARTICLES, 'newsfacts-kept-conflicts-');
  try {
    await drop('a1', 'a2', 'a3');
    const [first] = nameConflictRows(db);
    expect(first).toBeDefined();
    expect(first![2]).toMatch(/^[0-9a-f]{24}$/);
    expect(db.prepare('SELECT count(*) FROM reconcile_name_conflicts').pluck().get()).toBe(1);
    // Nothing the conflict says changed: its row is the one written before, not a copy of it (no conflict row written).
    db.exec(`CREATE TEMP TABLE written (id TEXT);
      CREATE TEMP TRIGGER name_conflict_written AFTER INSERT ON main.conflict_rows WHEN NEW.fact_id IS NULL BEGIN INSERT INTO written VALUES (NEW.id); END`);
    await drop('b1');
    expect(nameConflictRows(db)).toEqual([first]);
    expect(db.prepare('SELECT count(*) FROM temp.written').pluck().get()).toBe(0);
    // The story now names the other way round: a conflict of its own, written; the old one and its digest deleted.
    await drop('a4', 'a5');
    const now = nameConflictRows(db);
    expect(db.prepare('SELECT id FROM temp.written').pluck().all()).toEqual([now[0]![0]]);
    expect(now).toHaveLength(1);
    expect(now[0]![0]).not.toBe(first![0]);
    expect(now[0]![2]).toMatch(/^[0-9a-f]{24}$/);
    expect(db.prepare('SELECT id FROM reconcile_name_conflicts').pluck().all()).toEqual([now[0]![0]]);
    // Only the new conflict's two variants are left of the name conflicts' (a row's key may be used again once deleted).
    expect(db.prepare('SELECT count(*) FROM conflict_variant_rows v JOIN conflict_rows c ON c.key = v.conflict WHERE c.fact_id IS NULL').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM conflict_variant_rows WHERE conflict NOT IN (SELECT key FROM conflict_rows)').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
}, 60_000);
