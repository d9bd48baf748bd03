// Migration 27: an article's text in article_texts. A version-26 store migrates reading back the
// same articles, mentions, roles and claims (whose texts are spans of the article's text); an
// article a run writes has its text there, and goes with its article.

import { expect, test } from 'vitest';
import { openStore } from '../pipeline/store/open.ts';
import { storeWriter } from '../pipeline/store/writes.ts';
import { storeAtSchema, readViews, readViewsOf } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio, its chief Jane Roe said.';

/** A store at schema 26: an article with a mention and a claim, and a failed input (no text). */
function version26Store(): string {
  const { file, raw } = storeAtSchema(26);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, normalised_edits, status, run_id, created_at) VALUES
      (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT}', '[[0, 35], " (normalised)"]', 'ok', 1, '2026-01-01'),
      (2, 'f1', 'y', '/d', 'bad.bin', NULL, NULL, NULL, 'failed', 1, '2026-01-01');
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, currency, qualifier)
      VALUES (1, 'a1', 'money', 17, 27, '$5 billion', 'en.money', 5e9, 'USD', 'exact');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('USD'), ('exact');
    INSERT INTO claim_forms (key, predicate, topic, qualifier, rule, measure, measure_rule, object_rule, source_rule, as_of_rule, time_role, unit)
      VALUES (1, (SELECT id FROM codes WHERE value = 'investment'), 0, (SELECT id FROM codes WHERE value = 'exact'), 0, 0, 0, 0, 0, 0, 0,
        (SELECT id FROM codes WHERE value = 'USD'));
    INSERT INTO claim_rows (key, hash, article, mention_id, form, subject, sentence_start, sentence_end)
      VALUES (1, 1, 1, 1, 1, (SELECT id FROM codes WHERE value = 'Acme'), 0, 61);
  `);
  raw.close();
  return file;
}

const VIEWS = ['articles', 'mentions', 'claims', 'roles', 'fact_evidence', 'conflict_spans'];

test('a version-26 store migrates to 27: articles and every span of their text read back the same, the text in article_texts', () => {
  const file = version26Store();
  const before = readViewsOf(file, VIEWS);
  expect(before.articles).toHaveLength(2);
  expect(before.claims).toHaveLength(1);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(27);
  expect(readViews(db, VIEWS)).toEqual(before);
  expect(db.prepare("SELECT text_original, text_normalised FROM articles WHERE id = 'a1'").raw().get())
    .toEqual([TEXT, 'Acme will invest $5 billion in Ohio (normalised)']);
  expect(db.prepare("SELECT text FROM claims WHERE id = 'claim_0000000000000001'").pluck().get()).toBe('$5 billion');
  expect(db.prepare('SELECT key, text_original FROM article_texts ORDER BY key').raw().all()).toEqual([[1, TEXT], [2, null]]);
  expect(db.prepare("SELECT count(*) FROM pragma_table_info('article_rows') WHERE name = 'text_original'").pluck().get()).toBe(0);
  const plan = (db.prepare("EXPLAIN QUERY PLAN SELECT * FROM articles WHERE id = 'a1'").all() as { detail: string }[]).map((r) => r.detail).join('\n');
  expect(plan).toMatch(/SEARCH r USING INDEX sqlite_autoindex_article_rows_1 \(id=\?\)/);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('an article a run writes has its text in article_texts, which goes with the article', () => {
  const db = openStore(version26Store());
  const writer = storeWriter(db);
  const fileId = writer.saveFile({ drop_dir: '/d', path: 'c.txt', size: 1, mtime_ms: 1, sha256: 'z', status: 'done', error: null, records: 1 }, 1);
  writer.saveArticle({ id: 'c1', content_sha256: 'z', drop_dir: '/d', path: 'c.txt', format: 'text', encoding: 'utf-8', title: 'C', published: null,
    published_source: null, url: null, source_name: null, external_id: null, lang: 'en', lang_confidence: 1, lang_method: 'script', text_original: 'Gamma hired Delta.',
    text_normalised: null, offset_map: null, boilerplate: '[]', status: 'ok', error: null }, undefined, fileId, 'c.txt', 1);
  expect(db.prepare("SELECT title, text_original FROM articles WHERE id = 'c1'").raw().get()).toEqual(['C', 'Gamma hired Delta.']);
  db.prepare("DELETE FROM article_sources WHERE article_id = 'c1'").run();
  db.prepare("DELETE FROM article_rows WHERE id = 'c1'").run();
  expect(db.prepare("SELECT count(*) FROM article_texts").pluck().get()).toBe(2);
  db.close();
});
