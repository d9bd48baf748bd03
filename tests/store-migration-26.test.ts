// Migration 26: roles compact — their coded columns as a form, the person's start from the
// phrase's, texts that are not spans in role_extras, an article's roles by the range of their ids.
// A version-25 store migrates reading back the same roles; roles a run writes read back as
// written, and reconciliation reads them in the view's order.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { articleReads } from '../pipeline/reconcile/load.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeWriter } from '../pipeline/store/writes.ts';
import { storeAtSchema, code } from './old-store.ts';

const TEXT = 'U.S. Commerce Secretary Howard Lutnick met Japan\'s trade minister Ryosei Akazawa.';

/** A store at schema 25: two articles, three roles (one with its phrase stored, as for text outside the BMP). */
function version25Store(): string {
  const { file, raw } = storeAtSchema(25);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at) VALUES
      (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT.replace(/'/g, "''")}', 'ok', 1, '2026-01-01'),
      (2, 'a2', 'y', '/d', 'b.txt', 'en', '${TEXT.replace(/'/g, "''")}', 'ok', 1, '2026-01-01');
    INSERT OR IGNORE INTO codes (value) VALUES ('person:howard-lutnick'), ('commerce_secretary'), ('Commerce Secretary'), ('place:us'), ('place:jp'),
      ('trade_minister'), ('Trade Minister'), ('current'), ('2026-01-01'), ('en.role.title-name');
    INSERT INTO role_rows (id, article, span_start, span_length, text, person_start, person_length, person_text, person_entity_id, role, role_name,
        country, tense, date_value, rule) VALUES
      (1, 1, 0, 38, NULL, 24, 14, NULL, ${code('person:howard-lutnick')}, ${code('commerce_secretary')}, ${code('Commerce Secretary')}, ${code('place:us')},
        ${code('current')}, ${code('2026-01-01')}, ${code('en.role.title-name')}),
      (2, 1, 43, 37, NULL, 66, 14, NULL, NULL, ${code('trade_minister')}, ${code('Trade Minister')}, ${code('place:jp')}, ${code('current')}, NULL,
        ${code('en.role.title-name')}),
      (3, 2, 0, 38, 'U.S. Commerce Secretary Howard Lutnick!', 24, 14, 'Howard Lutnick!', ${code('person:howard-lutnick')}, ${code('commerce_secretary')},
        ${code('Commerce Secretary')}, ${code('place:us')}, ${code('current')}, ${code('2026-01-01')}, ${code('en.role.title-name')});
  `);
  raw.close();
  return file;
}

const readRoles = (db: Database.Database) => db.prepare('SELECT * FROM roles ORDER BY id').raw().all();

test('a version-25 store migrates to 26: roles read back row for row, found by article through the range of their ids', () => {
  const file = version25Store();
  const raw = new Database(file, { readonly: true });
  const before = readRoles(raw);
  raw.close();
  expect(before).toHaveLength(3);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(26);
  expect(readRoles(db)).toEqual(before);
  expect(db.prepare('SELECT count(*) FROM role_forms').pluck().get()).toBe(2);
  expect(db.prepare('SELECT id, text, person_text FROM role_extras').raw().all()).toEqual([[3, 'U.S. Commerce Secretary Howard Lutnick!', 'Howard Lutnick!']]);
  expect(db.prepare('SELECT article, first_id, last_id FROM article_roles ORDER BY article').raw().all()).toEqual([[1, 1, 2], [2, 3, 3]]);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'role_rows_article'").pluck().get()).toBe(0);
  const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM roles WHERE article_id = 'a1'").all() as { detail: string }[]).map((r) => r.detail).join('\n');
  expect(plan).toMatch(/SEARCH r USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
  // Reconciliation reads an article's roles as the view gives them, by span.
  expect(articleReads(db).roles('a1').map((r) => [r.start, r.end, r.text, r.personText, r.personEntityId, r.role, r.country, r.dateValue])).toEqual([
    [0, 38, 'U.S. Commerce Secretary Howard Lutnick', 'Howard Lutnick', 'person:howard-lutnick', 'commerce_secretary', 'place:us', '2026-01-01'],
    [43, 80, "Japan's trade minister Ryosei Akazawa", 'Ryosei Akazawa', null, 'trade_minister', 'place:jp', null],
  ]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('roles a run writes read back as written, their range kept and their texts stored only when not spans', () => {
  const db = openStore(version25Store());
  const writer = storeWriter(db);
  const fileId = writer.saveFile({ drop_dir: '/d', path: 'c.txt', size: 1, mtime_ms: 1, sha256: 'z', status: 'done', error: null, records: 1 }, 1);
  const text = `${TEXT} Later, Commerce Secretary Lutnick spoke.`;
  writer.saveArticle({ id: 'c1', content_sha256: 'z', drop_dir: '/d', path: 'c.txt', format: 'text', encoding: 'utf-8', title: null, published: null,
    published_source: null, url: null, source_name: null, external_id: null, lang: 'en', lang_confidence: 1, lang_method: 'script', text_original: text,
    text_normalised: null, offset_map: null, boilerplate: '[]', status: 'ok', error: null }, {
    money: [], dates: [], entities: [],
    roles: [
      { start: 0, end: 38, text: 'U.S. Commerce Secretary Howard Lutnick', personStart: 24, personEnd: 38, personText: 'Howard Lutnick', personId: 'person:howard-lutnick',
        role: 'commerce_secretary', roleName: 'Commerce Secretary', country: 'place:us', tense: 'current', date: '2026-01-01', rule: 'en.role.title-name' },
      { start: 89, end: 115, text: 'Commerce Secretary Lutnick', personStart: 108, personEnd: 115, personText: 'Lutnick (H.)',
        role: 'commerce_secretary', roleName: 'Commerce Secretary', country: 'place:us', tense: 'former', date: null, rule: 'en.role.title-name' },
    ],
  } as Parameters<typeof writer.saveArticle>[1], fileId, 'c.txt', 1);
  expect(db.prepare("SELECT span_start, span_end, text, person_start, person_end, person_text, person_entity_id, tense, date_value FROM roles WHERE article_id = 'c1' ORDER BY id")
    .raw().all()).toEqual([
    [0, 38, 'U.S. Commerce Secretary Howard Lutnick', 24, 38, 'Howard Lutnick', 'person:howard-lutnick', 'current', '2026-01-01'],
    [89, 115, 'Commerce Secretary Lutnick', 108, 115, 'Lutnick (H.)', null, 'former', null],
  ]);
  expect(db.prepare("SELECT x.text, x.person_text FROM role_extras x JOIN role_rows r ON r.id = x.id JOIN article_rows a ON a.key = r.article WHERE a.id = 'c1'")
    .raw().all()).toEqual([[null, 'Lutnick (H.)']]);
  db.close();
});
