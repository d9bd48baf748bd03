// Migration 16: a claim that is a fact group of its own (its measure is its own unknown) and
// its fact keep no group key. A version-15 store migrates with every other column of claims
// and facts unchanged and the keys' codes gone; deleting such a claim takes its fact (and the
// fact's conflict) with it; a fact group's claims are still found through the index by group;
// and a run stores no key for these groups yet resolves each, incrementally as in full.

import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../pipeline/store/migrations.ts';
import { openStore } from '../pipeline/store/open.ts';
import { writeBenchDrop } from '../scripts/bench-drop.ts';
import { canonicalLayer } from './canonical-layer.ts';
import { newsfacts, tempDir } from './cli-helpers.ts';
import { storeAtSchema, plan } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio. Acme will invest $50 billion. Beta paid $2 million. Gamma got $1 million.';
const SHARED = '0a1b2c3d4e5f6071';
const OWN = 'f0e1d2c3b4a59687';

/**
 * A store at schema 15: claims a and b share a fact group, c is a group of its own (measure key
 * not stored, a 16-hex group key), d is its own too but was written without a group key ('');
 * a fact per group, a conflict on c's fact, and c's group in reconcile_slips.
 */
function version15Store(): string {
  const { file, raw } = storeAtSchema(15);
  const code = (value: string) => `(SELECT id FROM codes WHERE value = '${value}')`;
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT}', 'ok', 1, '2026-01-01');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('Beta'), ('Gamma'), ('investment'), ('subject.nearest'), (''), ('${SHARED}'), ('${OWN}'),
      ('disputed'), ('single'), ('supports'), ('fact.rule'), ('story_1');
    INSERT INTO claim_rows (key, id, article, subject, predicate, value_number, span_start, span_length, sentence_start, sentence_end, rule,
        measure_key, story, group_key)
      SELECT k, id, 1, ${code('Acme')}, ${code('investment')}, v, s, l, ss, se, ${code('subject.nearest')}, mk, ${code('story_1')}, g
      FROM (SELECT 1 AS k, 'claim_a' AS id, 5e9 AS v, 17 AS s, 10 AS l, 0 AS ss, 36 AS se, ${code('investment')} AS mk, ${code(SHARED)} AS g
        UNION ALL SELECT 2, 'claim_b', 5e10, 54, 11, 37, 66, ${code('investment')}, ${code(SHARED)}
        UNION ALL SELECT 3, 'claim_c', 2e6, 77, 10, 67, 88, NULL, ${code(OWN)}
        UNION ALL SELECT 4, 'claim_d', 1e6, 99, 10, 89, 110, NULL, ${code('')});
    INSERT INTO fact_rows (key, id, subject, predicate, value_number, status, rule, explanation, story, group_key) VALUES
      (1, 'fact_ab', ${code('Acme')}, ${code('investment')}, 5e9, ${code('disputed')}, ${code('fact.rule')}, 'two readings', ${code('story_1')}, ${code(SHARED)}),
      (2, 'fact_c', ${code('Beta')}, ${code('investment')}, 2e6, ${code('single')}, ${code('fact.rule')}, 'Only a.txt states it.', ${code('story_1')}, ${code(OWN)}),
      (3, 'fact_d', ${code('Gamma')}, ${code('investment')}, 1e6, ${code('single')}, ${code('fact.rule')}, 'Only a.txt states it.', ${code('story_1')}, NULL);
    INSERT INTO fact_claim_rows (fact, claim, verdict) VALUES (1, 1, ${code('supports')}), (1, 2, ${code('supports')}), (2, 3, ${code('supports')}),
      (3, 4, ${code('supports')});
    INSERT INTO conflicts (id, kind, fact_id, canonical, variants, resolution, rule, explanation)
      VALUES ('conflict_c', 'value_mismatch', 'fact_c', '2000000', '[]', 'kept', 'conflict.value', 'one reading');
    INSERT INTO reconcile_slips (group_key, fact_id, article_id) VALUES ('${OWN}', 'fact_c', 'a1'), ('${SHARED}', 'fact_ab', 'a1');
  `);
  raw.close();
  return file;
}

test('a version-15 store migrates to 16: a group of its own loses its key and its code, every other value reads the same', () => {
  const file = version15Store();
  const raw = new Database(file, { readonly: true });
  const claimsBefore = raw.prepare('SELECT * FROM claims ORDER BY id').all() as Record<string, unknown>[];
  const factsBefore = raw.prepare('SELECT * FROM facts ORDER BY id').all() as Record<string, unknown>[];
  const evidenceBefore = raw.prepare('SELECT * FROM fact_evidence ORDER BY fact_id, claim_id').all();
  raw.close();
  expect(claimsBefore.map((c) => c.group_key)).toEqual([SHARED, SHARED, OWN, '']);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  claimsBefore[2]!.group_key = null;
  factsBefore[1]!.group_key = null;
  expect(db.prepare('SELECT * FROM claims ORDER BY id').all()).toEqual(claimsBefore);
  expect(db.prepare('SELECT * FROM facts ORDER BY id').all()).toEqual(factsBefore);
  expect(db.prepare('SELECT * FROM fact_evidence ORDER BY fact_id, claim_id').all()).toEqual(evidenceBefore);
  expect(db.prepare('SELECT id, group_key FROM claim_rows ORDER BY id').raw().all())
    .toEqual([['claim_a', expect.any(Number)], ['claim_b', expect.any(Number)], ['claim_c', null], ['claim_d', expect.any(Number)]]);
  expect(db.prepare('SELECT value FROM codes WHERE value IN (?, ?)').pluck().all(SHARED, OWN)).toEqual([SHARED]);
  expect(db.prepare('SELECT group_key, fact_id FROM reconcile_slips ORDER BY group_key').raw().all()).toEqual([[SHARED, 'fact_ab'], ['claim_c', 'fact_c']]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // A group's claims (as the facts step reads them) and an article's claims are found through their indexes.
  expect(plan(db, `SELECT c.id, c.sentence_start FROM claim_rows c WHERE c.group_key IN (SELECT id FROM codes WHERE value IN (SELECT value FROM json_each('["${SHARED}"]')))`))
    .toMatch(/SEARCH c USING INDEX claim_rows_group \(group_key=\?\)/);
  expect(plan(db, `SELECT g.value, count(*) FROM codes g JOIN claim_rows c ON c.group_key = g.id WHERE g.value IN (SELECT value FROM json_each('[]')) GROUP BY g.id`))
    .toMatch(/claim_rows_group/);
  // An article's claims: by the range of their keys from migration 21 (before it, an index by article).
  expect(plan(db, "SELECT DISTINCT coalesce(group_key, id) FROM claims WHERE article_id = 'a1'"))
    .toMatch(/SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)\n(?:SEARCH t .*\n)?SEARCH c USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
  db.close();
});

test('deleting a claim of its own group deletes its fact and the fact\'s conflict; a shared group\'s fact stays for the group\'s re-resolution', () => {
  const db = openStore(version15Store());
  db.prepare("DELETE FROM claims WHERE id = 'claim_a'").run();
  db.prepare("DELETE FROM claim_rows WHERE id = 'claim_c'").run();
  expect(db.prepare('SELECT id FROM facts ORDER BY id').pluck().all()).toEqual(['fact_ab', 'fact_d']);
  expect(db.prepare('SELECT fact_id, claim_id FROM fact_claims ORDER BY 1, 2').raw().all()).toEqual([['fact_ab', 'claim_b'], ['fact_d', 'claim_d']]);
  expect(db.prepare('SELECT count(*) FROM conflicts').pluck().get()).toBe(0);
  db.close();
});

test('a run keeps no group key for claims of their own group, resolves each into one fact, and an incremental run equals a full rebuild', () => {
  // Generated dense articles: many amounts no cue places (unknown measures), in both languages.
  const drop = join(tempDir(), 'drop');
  writeBenchDrop(drop, 40);
  const file = join(tempDir(), 'own.sqlite');
  const first = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(first.status, first.stderr).toBe(0);
  const db = new Database(file, { readonly: true });
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const own = count("SELECT count(*) FROM claims WHERE measure_key = 'unknown#' || id");
  expect(own).toBeGreaterThan(100);
  expect(count('SELECT count(*) FROM claim_rows WHERE group_key IS NULL')).toBe(own);
  expect(count('SELECT count(*) FROM claims WHERE group_key IS NULL AND measure_key IS NOT \'unknown#\' || id')).toBe(0);
  expect(count("SELECT count(*) FROM claim_rows WHERE group_key = (SELECT id FROM codes WHERE value = '')")).toBe(0);
  // One fact a claim of its own group, holding that claim alone and no group key; the other facts keep theirs.
  expect(count(`SELECT count(*) FROM fact_rows f WHERE f.group_key IS NULL
    AND (SELECT count(*) FROM fact_claim_rows fc JOIN claim_rows c ON c.key = fc.claim WHERE fc.fact = f.key AND c.group_key IS NULL) = 1
    AND (SELECT count(*) FROM fact_claim_rows fc WHERE fc.fact = f.key) = 1`)).toBe(own);
  expect(count('SELECT count(*) FROM facts WHERE group_key IS NULL')).toBe(own);
  expect(count("SELECT count(*) FROM codes WHERE length(value) = 16 AND value NOT GLOB '*[^0-9a-f]*'")).toBe(count('SELECT count(DISTINCT group_key) FROM claim_rows'));
  db.close();

  // Two files change: their old articles leave the layer with their claims, own groups included, and their new
  // halves come in; the layer left equals a full rebuild's.
  for (const name of ['batch-000/article-000003.txt', 'batch-000/article-000017.txt']) {
    const path = join(drop, name);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.length >> 1));
  }
  const second = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(second.status, second.stderr).toBe(0);
  const incremental = openStore(file);
  const after = canonicalLayer(incremental);
  expect(incremental.prepare("SELECT count(*) FROM articles a WHERE a.path LIKE '%article-000003.txt' AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)").pluck().get()).toBe(1);
  incremental.close();
  const rebuild = newsfacts(['reconcile', '--full', '--db', file, '--quiet']);
  expect(rebuild.status, rebuild.stderr).toBe(0);
  const full = openStore(file);
  expect(after).toEqual(canonicalLayer(full));
  expect(full.prepare('SELECT count(*) FROM fact_rows f WHERE NOT EXISTS (SELECT 1 FROM fact_claim_rows fc WHERE fc.fact = f.key)').pluck().get()).toBe(0);
  full.close();
});
