// Migration 25: a mention's kind part of its form, its own text and a range's bounds in
// mention_extras. A version-24 store migrates reading back the same mentions; mentions written
// by a run or inserted through the view read back as written, and reconciliation reads them.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { articleReads } from '../pipeline/reconcile/load.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeWriter } from '../pipeline/store/writes.ts';
import { storeAtSchema } from './old-store.ts';

// An emoji before the last mention: its text is not what substr gives (SQLite counts it as one character, JavaScript as two).
const TEXT = 'Acme will invest $5-7 billion in Ohio on 2026-01-02. 😀 Beta';
const PLAIN = 'Acme will invest $5-7 billion in Ohio on 2026-01-02. Beta';

/** A store at schema 24: an article with a money range, a date, an entity, and a mention whose text is stored. */
function version24Store(): string {
  const { file, raw } = storeAtSchema(24);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT}', 'ok', 1, '2026-01-01');
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, value_text, currency, qualifier, min_value, max_value,
        precision, entity_type, entity_id, gazetteer_id) VALUES
      (1, 'a1', 'entity', 0, 4, 'Acme', 'en.org', NULL, 'Acme', NULL, NULL, NULL, NULL, NULL, 'org', 'org:acme', ''),
      (2, 'a1', 'money', 17, 29, '$5-7 billion', 'en.money', 5e9, NULL, 'USD', 'range', 5e9, 7e9, NULL, NULL, NULL, NULL),
      (3, 'a1', 'date', 41, 51, '2026-01-02', 'en.date.iso', NULL, '2026-01-02', NULL, NULL, NULL, NULL, 'day', NULL, NULL, NULL),
      (4, 'a1', 'entity', 56, 60, 'Beta', 'en.org', NULL, 'Beta', NULL, NULL, NULL, NULL, NULL, 'org', NULL, '');
  `);
  raw.close();
  return file;
}

const readMentions = (db: Database.Database) => db.prepare('SELECT * FROM mentions ORDER BY id').raw().all();

test('a version-24 store migrates to 25: mentions read back row for row, their kind in their form, a stored text and bounds in mention_extras', () => {
  const file = version24Store();
  const raw = new Database(file, { readonly: true });
  const before = readMentions(raw);
  raw.close();
  expect(before).toHaveLength(4);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(25);
  expect(readMentions(db)).toEqual(before);
  // Every mention view stores its text (the view's insert), the range its bounds.
  expect(db.prepare('SELECT id, text, min_value, max_value FROM mention_extras ORDER BY id').raw().all())
    .toEqual([[1, 'Acme', null, null], [2, '$5-7 billion', 5e9, 7e9], [3, '2026-01-02', null, null], [4, 'Beta', null, null]]);
  expect(db.prepare("SELECT count(*) FROM pragma_table_info('mention_rows') WHERE name IN ('kind', 'text', 'min_value', 'max_value')").pluck().get()).toBe(0);
  expect(db.prepare('SELECT DISTINCT (SELECT value FROM codes WHERE id = kind) AS k FROM mention_forms ORDER BY k').pluck().all()).toEqual(['date', 'entity', 'money']);
  // Reconciliation reads them from the tables as the view gives them.
  const reads = articleReads(db);
  expect(reads.entities('a1').map((m) => [m.id, m.text, m.kind])).toEqual([[1, 'Acme', 'entity'], [4, 'Beta', 'entity']]);
  expect(reads.mentions('a1').figures.map((m) => [m.id, m.kind, m.text, m.min ?? null, m.max ?? null]))
    .toEqual([[2, 'money', '$5-7 billion', 5e9, 7e9], [3, 'date', '2026-01-02', null, null]]);
  // Deleting a mention takes its extras with it; one inserted through the view without bounds or text of its own has none.
  db.prepare('DELETE FROM mention_rows WHERE id = 2').run();
  expect(db.prepare('SELECT count(*) FROM mention_extras WHERE id = 2').pluck().get()).toBe(0);
  db.prepare(`INSERT INTO mentions (id, article_id, kind, span_start, span_end, rule, value_text, precision)
    VALUES (5, 'a1', 'date', 41, 51, 'en.date.iso', '2026-01-02', 'day')`).run();
  expect(db.prepare('SELECT kind, text, value_text FROM mentions WHERE id = 5').raw().get()).toEqual(['date', '2026-01-02', '2026-01-02']);
  expect(db.prepare('SELECT count(*) FROM mention_extras WHERE id = 5').pluck().get()).toBe(0);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('mentions a run writes keep only the texts substr does not give back and the bounds of ranges in mention_extras', () => {
  const db = openStore(version24Store());
  const writer = storeWriter(db);
  const fileId = writer.saveFile({ drop_dir: '/d', path: 'b.txt', size: 1, mtime_ms: 1, sha256: 'y', status: 'done', error: null, records: 1 }, 1);
  const article = { id: 'b1', content_sha256: 'y', drop_dir: '/d', path: 'b.txt', format: 'text', encoding: 'utf-8', title: null, published: null,
    published_source: null, url: null, source_name: null, external_id: null, lang: 'en', lang_confidence: 1, lang_method: 'script', text_original: PLAIN,
    text_normalised: null, offset_map: null, boilerplate: '[]', status: 'ok' as const, error: null };
  writer.saveArticle(article, {
    money: [{ start: 17, end: 29, text: '$5-7 billion', value: 5e9, currency: 'USD', qualifier: 'range', min: 5e9, max: 7e9, rule: 'en.money' }],
    dates: [{ start: 41, end: 51, text: '2026-01-02', value: '2026-01-02', precision: 'day', rule: 'en.date.iso' }],
    entities: [{ start: 0, end: 4, text: 'Acme', type: 'org', rule: 'en.org' }, { start: 53, end: 57, text: 'Beta Corp', type: 'org', rule: 'en.org' }],
    roles: [],
  }, fileId, 'b.txt', 1);
  expect(db.prepare("SELECT kind, text, value_number, value_text, min_value, max_value FROM mentions WHERE article_id = 'b1' ORDER BY span_start").raw().all())
    .toEqual([['entity', 'Acme', null, null, null, null], ['money', '$5-7 billion', 5e9, null, 5e9, 7e9], ['date', '2026-01-02', null, '2026-01-02', null, null],
      ['entity', 'Beta Corp', null, null, null, null]]);
  // Only the range (its bounds) and the mention whose text is not its span's have extras.
  expect(db.prepare(`SELECT m.span_start, x.text, x.min_value, x.max_value FROM mention_extras x JOIN mention_rows m ON m.id = x.id
    JOIN article_rows a ON a.key = m.article WHERE a.id = 'b1' ORDER BY m.span_start`).raw().all()).toEqual([[17, null, 5e9, 7e9], [53, 'Beta Corp', null, null]]);
  db.close();
});
