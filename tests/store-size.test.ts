// Migration 13's smaller store: reconciliation's per-article names and figure features packed
// and read back whole; a version-12 store migrates with its public rows unchanged and its
// reconciliation state emptied for the next run to rebuild; a run stores a mention's text and a
// claim's measure key only when the views could not give them back.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { packNames, unpackNames, type ArticleNames } from '../pipeline/reconcile/article-names.ts';
import { packFigures, unpackFigures } from '../pipeline/reconcile/store-names.ts';
import { SCHEMA_VERSION } from '../pipeline/store/migrations.ts';
import { openStore } from '../pipeline/store/open.ts';
import { writeBenchDrop } from '../scripts/bench-drop.ts';
import { newsfacts, tempDir } from './cli-helpers.ts';
import { storeAtSchema } from './old-store.ts';

const NAMES: ArticleNames = {
  nodes: ['gz:place:us', 'person|王海', 'gz:person:donald-trump'],
  others: [0],
  bearers: [[1204346, 141, 144, '特朗普', 2, 0], [1204351, 338, 340, '王海', 1, 4097], [1204408, 1745, 1748, '特朗普', 2, 0]],
  roles: [
    [{ start: 137, end: 144, text: '美国总统特朗普', personStart: 141, personEnd: 144, personText: '特朗普', personEntityId: 'person:donald-trump',
      role: 'president', roleName: 'President', country: 'place:us', tense: 'current', dateValue: '2021-09-03' }, 2],
    [{ start: 900, end: 920, text: 'former minister Wang Hai', personStart: 909, personEnd: 920, personText: 'Wang Hai', personEntityId: null,
      role: 'minister', roleName: 'Minister', country: 'place:cn', tense: 'former', dateValue: null }, -1],
  ],
  inputs: 'c19563de5a98daa4c28427f8',
};

test('an article\'s names come back from their packed form as they were met, field for field and in order', () => {
  const packed = packNames(NAMES);
  expect(unpackNames(packed)).toEqual(NAMES);
  // Mention ids as steps, ends as lengths, roles by position: no object keys are stored.
  const stored = JSON.parse(inflateRawSync(packed).toString()) as unknown[];
  expect(stored[2]).toEqual([1204346, 141, 3, '特朗普', 2, 0, 5, 338, 2, '王海', 1, 4097, 57, 1745, 3, '特朗普', 2, 0]);
  expect(JSON.stringify(stored)).not.toContain('personStart');
  expect(unpackNames(packNames({ nodes: [], others: [], bearers: [], roles: [], inputs: 'x' }))).toEqual({ nodes: [], others: [], bearers: [], roles: [], inputs: 'x' });
});

test('figure features come back in order with their weights, each weight stored once per run of features', () => {
  const features: [string, number][] = [['f|USD:31000000', 0.5], ['d|2024-06-11', 0.5], ['e|org:acme', 1], ['f|JPY:3000000000', 0.5]];
  const packed = packFigures(features);
  expect(unpackFigures(packed)).toEqual(features);
  expect(JSON.parse(inflateRawSync(packed).toString())).toEqual([0.5, 'f|USD:31000000', 'd|2024-06-11', 1, 'e|org:acme', 0.5, 'f|JPY:3000000000']);
  expect(unpackFigures(packFigures([]))).toEqual([]);
});

/** A store at schema 12 with an article, its mentions, three claims (a coded measure key, the claim's own unknown key, none) and kept state. */
function version12Store(): string {
  const { file, raw } = storeAtSchema(12);
  const text = 'Acme will invest $5 billion in Ohio. Beta raised $3 billion.';
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'en', '${text}', 'ok', 1, '2026-01-01');
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, currency) VALUES
      (1, 'a1', 'money', 17, 27, '$5 billion', 'en.money', 5e9, 'USD'), (2, 'a1', 'money', 49, 59, '$3 billion', 'en.money', 3e9, 'USD');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('subject.nearest'), ('');
    INSERT INTO claim_rows (key, id, article, mention_id, subject, predicate, value_number, span_start, span_length, sentence_start, sentence_end, rule,
        measure_key, group_key)
      SELECT k, id, 1, mention, (SELECT id FROM codes WHERE value = 'Acme'), (SELECT id FROM codes WHERE value = 'investment'), v, s, 10, ss, se,
        (SELECT id FROM codes WHERE value = 'subject.nearest'), mk, (SELECT id FROM codes WHERE value = '')
      FROM (SELECT 1 AS k, 'claim_a' AS id, 1 AS mention, 5e9 AS v, 17 AS s, 0 AS ss, 36 AS se, 'investment' AS mk
        UNION ALL SELECT 2, 'claim_b', 2, 3e9, 49, 37, 60, 'unknown#claim_b'
        UNION ALL SELECT 3, 'claim_c', NULL, 1e9, 0, 0, 36, NULL);
    INSERT INTO reconcile_articles (article_id, inputs, glosses, figures, machine_translation, names)
      VALUES ('a1', 'h', '{"pairs":[],"named":[]}', '[["f|USD:5000000000",0.5]]', '[]', '{"nodes":[],"others":[],"bearers":[],"roles":[],"inputs":"h"}');
    INSERT INTO reconcile_names (node, name, type, type_at, mentions, surname, evidence, how, how_at) VALUES ('gz:org:acme', 'acme', 'org', 'a1', 1, 0, '[]', NULL, 'a1');
    INSERT INTO reconcile_nodes (node, entity_id, name, type, final_id) VALUES ('gz:org:acme', 'org:acme', 'Acme', 'org', 'org:acme');
  `);
  raw.close();
  return file;
}

test('a version-12 store migrates to 13: claims read the same, measure keys are coded, the kept state is emptied for a full rebuild', () => {
  const file = version12Store();
  const raw = new Database(file, { readonly: true });
  const claimsBefore = raw.prepare('SELECT * FROM claims ORDER BY id').all();
  const mentionsBefore = raw.prepare('SELECT * FROM mentions ORDER BY id').all();
  raw.close();
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  expect(db.prepare('SELECT * FROM claims ORDER BY id').all()).toEqual(claimsBefore);
  expect(db.prepare('SELECT id, measure_key FROM claims ORDER BY id').raw().all())
    .toEqual([['claim_a', 'investment'], ['claim_b', 'unknown#claim_b'], ['claim_c', null]]);
  expect(db.prepare('SELECT id, typeof(measure_key) FROM claim_rows ORDER BY id').raw().all())
    .toEqual([['claim_a', 'integer'], ['claim_b', 'null'], ['claim_c', 'integer']]);
  expect(db.prepare("SELECT measure_key FROM claim_rows WHERE id = 'claim_c'").pluck().get()).toBe(0);
  expect(db.prepare('SELECT * FROM mentions ORDER BY id').all()).toEqual(mentionsBefore);
  for (const table of ['reconcile_articles', 'reconcile_names', 'reconcile_nodes', 'reconcile_slips']) {
    expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
  }
  // The views made again still take the writes reconciliation makes and find a claim by id through the index.
  db.prepare('UPDATE claims SET subject_entity_id = ?, subject = ?, linked_from_entity_id = ?, linked_from_subject = ? WHERE id = ?')
    .run('org:acme', 'Acme Corp', null, 'Acme', 'claim_b');
  expect(db.prepare("SELECT subject, linked_from_subject, measure_key FROM claims WHERE id = 'claim_b'").raw().get()).toEqual(['Acme Corp', 'Acme', 'unknown#claim_b']);
  const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM claims WHERE id = 'claim_a'").all() as { detail: string }[]).map((r) => r.detail).join('\n');
  expect(plan).toMatch(/SEARCH c USING INDEX (sqlite_autoindex_claim_rows_1|claim_rows_id) \(id=\?\)/);
  db.prepare("DELETE FROM claims WHERE id = 'claim_c'").run();
  expect(db.prepare('SELECT id FROM claims ORDER BY id').pluck().all()).toEqual(['claim_a', 'claim_b']);
  expect(db.prepare("SELECT text FROM conflict_spans").all()).toEqual([]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('an article\'s mentions are found by the range of their ids, whatever order they were written in', () => {
  const db = openStore(version12Store());
  expect(db.prepare('SELECT article, first_id, last_id FROM article_mentions').raw().all()).toEqual([[1, 1, 2]]);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'mention_rows_article'").pluck().get()).toBe(0);
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
  expect(plan("SELECT * FROM mentions WHERE article_id = 'a1'")).toMatch(/SEARCH m USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
  expect(plan('SELECT * FROM mentions WHERE id = 2')).toMatch(/SEARCH m USING INTEGER PRIMARY KEY \(rowid=\?\)/);
  expect(plan("SELECT * FROM mentions WHERE entity_id = 'org:acme'")).toMatch(/SEARCH m USING INDEX mentions_entity \(entity_id=\?\)/);
  // A second article's mention between two of the first one's: each range widens, each article reads only its own.
  // (the text in article_texts from migration 27)
  db.exec(`INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, status, run_id, created_at)
    VALUES (2, 'a2', 'y', '/d', 'b.txt', 'en', 'ok', 1, '2026-01-01');
    INSERT INTO article_texts (key, text_original) VALUES (2, 'Gamma hired Delta.')`);
  const insert = db.prepare('INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule) VALUES (?, ?, ?, ?, ?, ?, ?)');
  insert.run(10, 'a2', 'entity', 0, 5, 'Gamma', 'en.entity.org');
  insert.run(null, 'a1', 'entity', 0, 4, 'Acme', 'en.entity.org');
  insert.run(5, 'a2', 'entity', 12, 17, 'Delta', 'en.entity.org');
  expect(db.prepare('SELECT article, first_id, last_id FROM article_mentions ORDER BY article').raw().all()).toEqual([[1, 1, 11], [2, 5, 10]]);
  expect(db.prepare("SELECT id, text FROM mentions WHERE article_id = 'a1' ORDER BY id").raw().all()).toEqual([[1, '$5 billion'], [2, '$3 billion'], [11, 'Acme']]);
  expect(db.prepare("SELECT id, text FROM mentions WHERE article_id = 'a2' ORDER BY id").raw().all()).toEqual([[5, 'Delta'], [10, 'Gamma']]);
  expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(5);
  db.close();
});

test('a run stores a mention\'s text and a claim\'s unknown measure key only where the views could not give them back', () => {
  // Generated dense articles: amounts no cue places (unknown measures), Chinese and English mentions, roles.
  const drop = join(tempDir(), 'drop');
  writeBenchDrop(drop, 40);
  const file = join(tempDir(), 'dense.sqlite');
  const run = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  const db = new Database(file, { readonly: true });
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  expect(count('SELECT count(*) FROM mention_rows')).toBeGreaterThan(100);
  // Stored only where substr of the original does not give the span's text (characters outside the BMP before it).
  // (in mention_extras from migration 25).
  expect(count(`SELECT count(*) FROM mention_rows m JOIN mention_extras x ON x.id = m.id JOIN article_texts a ON a.key = m.article
    WHERE x.text IS NOT NULL AND x.text IS substr(a.text_original, m.span_start + 1, m.span_length)`)).toBe(0);
  expect(count(`SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.text IS NOT substr(a.text_original, m.span_start + 1, m.span_end - m.span_start)`)).toBe(count('SELECT count(*) FROM mention_extras WHERE text IS NOT NULL'));
  const unknown = count("SELECT count(*) FROM claims WHERE measure_key = 'unknown#' || id");
  expect(unknown).toBeGreaterThan(0);
  expect(count('SELECT count(*) FROM claim_rows WHERE measure_key IS NULL')).toBe(unknown);
  expect(count('SELECT count(*) FROM claims WHERE measure_key IS NULL')).toBe(0);
  // Every live article's state is kept packed: blobs that read back.
  const kept = db.prepare('SELECT names, figures FROM reconcile_articles').raw().all() as [Buffer | null, Buffer][];
  expect(kept.length).toBe(count('SELECT count(*) FROM articles'));
  for (const [names, figures] of kept) {
    expect(Buffer.isBuffer(figures)).toBe(true);
    expect(Array.isArray(unpackFigures(figures))).toBe(true);
    if (names) expect(unpackNames(names).inputs).toMatch(/^[0-9a-f]{24}$/);
  }
  expect(kept.filter(([names]) => names !== null && unpackNames(names).roles.length > 0).length).toBeGreaterThan(0);
  db.close();
});
