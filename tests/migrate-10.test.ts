// Migrations 10 and 11 on a store written at schema version 9: articles, mentions, claims,
// facts, fact_claims and roles move to compact tables and come back through views of their old
// names, row for row and column for column; the references that pointed at the old tables (article sources,
// roles, conflicts) still hold, and the writes reconciliation makes through the views work.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio. Acme will invest $50 billion, a rival said. Minister Rutherford spoke.';
// A character outside the Basic Multilingual Plane: SQLite's substr and JavaScript count it differently.
const EMOJI_TEXT = '📈 Beta raised ¥3 billion.';

const SQL_TABLES = {
  articles: 'SELECT * FROM articles ORDER BY id',
  mentions: 'SELECT * FROM mentions ORDER BY id',
  claims: 'SELECT * FROM claims ORDER BY id',
  facts: 'SELECT * FROM facts ORDER BY id',
  fact_claims: 'SELECT * FROM fact_claims ORDER BY fact_id, claim_id',
  conflicts: 'SELECT * FROM conflicts ORDER BY id',
  roles: 'SELECT * FROM roles ORDER BY id',
  article_sources: 'SELECT * FROM article_sources ORDER BY file_id, record_path',
  fact_evidence: 'SELECT * FROM fact_evidence ORDER BY fact_id, claim_id',
  canonical_facts: 'SELECT * FROM canonical_facts ORDER BY id',
};

function version9Store(): string {
  const { file, raw } = storeAtSchema(9);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO files (id, drop_dir, path, status, first_run_id, last_run_id) VALUES (1, '/d', 'a.txt', 'done', 1, 1), (2, '/d', 'b.txt', 'done', 1, 1);
    INSERT INTO articles (id, content_sha256, drop_dir, path, lang, text_original, text_normalised, offset_map, status, run_id, created_at, published_rule)
      VALUES ('a1', 'x', '/d', 'a.txt', 'en', '${TEXT}', '${TEXT.trim()}', '{"n":0,"o":0,"s":[]}', 'ok', 1, '2026-01-01', 'default'),
             ('a2', 'y', '/d', 'b.txt', 'en', '${EMOJI_TEXT}', '${EMOJI_TEXT}', NULL, 'ok', 1, '2026-01-01', NULL),
             ('f1', 'z', '/d', 'bad.bin', NULL, NULL, NULL, NULL, 'failed', 1, '2026-01-01', NULL);
    INSERT INTO article_sources (file_id, record_path, article_id, duplicate, run_id) VALUES (1, 'a.txt', 'a1', 0, 1), (2, 'b.txt', 'a2', 0, 1);
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, currency, qualifier, entity_type, entity_id, gazetteer_id, value_text, precision) VALUES
      (1, 'a1', 'money', 17, 27, '$5 billion', 'en.money', 5e9, 'USD', 'exact', NULL, NULL, NULL, NULL, NULL),
      (2, 'a1', 'money', 54, 65, '$50 billion', 'en.money', 5e10, 'USD', 'exact', NULL, NULL, NULL, NULL, NULL),
      (3, 'a1', 'entity', 0, 4, 'Acme', 'en.entity.org', NULL, NULL, NULL, 'org', 'org:acme', '', 'Acme', NULL),
      (4, 'a2', 'money', 15, 25, '¥3 billion', 'en.money', 3e9, 'JPY', 'exact', NULL, NULL, NULL, NULL, NULL),
      (5, 'a2', 'date', 0, 0, '', 'en.date.published', NULL, NULL, NULL, NULL, NULL, NULL, '2026-01-01', 'day');
    INSERT INTO roles (id, article_id, span_start, span_end, text, person_start, person_end, person_text, role, role_name, rule)
      VALUES (1, 'a1', 81, 100, 'Minister Rutherford', 90, 100, 'Rutherford', 'minister', 'Minister', 'en.role');
    INSERT INTO claims (id, article_id, mention_id, subject, subject_entity_id, predicate, value_number, unit, qualifier, span_start, span_end, text,
        sentence_start, sentence_end, rule, measure, measure_key, measure_rule, object_rule, source_rule, as_of_rule, precision, story, group_key) VALUES
      ('claim_1', 'a1', 1, 'Acme', 'org:acme', 'investment', 5e9, 'USD', 'exact', 17, 27, '$5 billion', 0, 36, 'subject.nearest', 'investment',
        'investment', 'measure.ranked-cue', 'object.after-amount', 'source.outlet', 'as-of.unknown', 0.1, 'story_1', 'g1'),
      ('claim_2', 'a1', 2, 'Acme', 'org:acme', 'investment', 5e10, 'USD', 'exact', 54, 65, '$50 billion', 37, 80, 'subject.nearest', 'investment',
        'investment', 'measure.ranked-cue', 'object.unknown', 'source.speaker', 'as-of.unknown', 0.01, 'story_1', 'g1'),
      ('claim_3', 'a2', 4, 'Beta', NULL, 'investment', 3e9, 'JPY', 'exact', 15, 25, '¥3 billion', 0, 25, 'subject.nearest', NULL,
        'unknown#claim_3', 'measure.unknown', 'object.unknown', 'source.outlet', 'as-of.unknown', 0.17, 'story_2', NULL);
    INSERT INTO facts (id, subject, subject_entity_id, predicate, value_number, unit, status, rule, explanation, measure, story, group_key) VALUES
      ('fact_1', 'Acme', 'org:acme', 'investment', 5e9, 'USD', 'resolved', 'value.scale-error.power-of-ten', 'one slip', 'investment', 'story_1', 'g1');
    INSERT INTO fact_claims (fact_id, claim_id, verdict, converted) VALUES ('fact_1', 'claim_1', 'supports', NULL), ('fact_1', 'claim_2', 'scale_error', '{"ok":false}');
    INSERT INTO conflicts (id, kind, fact_id, canonical, variants, resolution, rule, explanation, canonical_number, unit)
      VALUES ('conflict_s', 'scale_error', 'fact_1', '5000000000', '[]', 'kept', 'value.scale-error.power-of-ten', 'slip', 5e9, 'USD');
    INSERT INTO conflict_variants (conflict_id, variant, value_number, stated, articles) VALUES ('conflict_s', 0, 5e9, '5 billion USD', 1);
    INSERT INTO conflict_evidence (conflict_id, variant, position, claim_id) VALUES ('conflict_s', 0, 0, 'claim_1');
  `);
  raw.close();
  return file;
}

const snapshot = (db: Database.Database) => Object.fromEntries(Object.entries(SQL_TABLES).map(([name, sql]) => [name, db.prepare(sql).all()]));

test('a version-9 store migrates to 10 and 11: every public table and view reads back the same rows', () => {
  const file = version9Store();
  const raw = new Database(file, { readonly: true });
  const before = snapshot(raw);
  raw.close();
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
  const after = snapshot(db);
  // claim_3 had no fact-group key (a layer older than migration 9): the view gives ''.
  (before.claims as Record<string, unknown>[])[2]!.group_key = '';
  expect(after).toEqual(before);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.prepare("SELECT text FROM conflict_spans WHERE conflict_id = 'conflict_s'").pluck().all()).toEqual(['$5 billion']);
  // A claim's text that is a span of the original is not stored again; the one substr would miscount is.
  // (in claim_extras from migration 24)
  expect(db.prepare('SELECT c.id, x.text FROM claim_rows c JOIN claim_extras x ON x.key = c.key WHERE x.text IS NOT NULL').all())
    .toEqual([{ id: 'claim_3', text: '¥3 billion' }]);
  expect(db.prepare("SELECT text FROM claims WHERE id = 'claim_1'").pluck().get()).toBe('$5 billion');
  db.close();
});

test('after migration, the writes reconciliation makes through the views land in the compact tables', () => {
  const db = openStore(version9Store());
  db.prepare('UPDATE mentions SET entity_id = ?, gazetteer_id = ? WHERE id = ?').run('org:acme-corp', 'org:acme', 3);
  expect(db.prepare('SELECT entity_id, gazetteer_id FROM mentions WHERE id = 3').get()).toEqual({ entity_id: 'org:acme-corp', gazetteer_id: 'org:acme' });
  db.prepare('UPDATE claims SET subject_entity_id = ?, subject = ?, linked_from_entity_id = ?, linked_from_subject = ? WHERE id = ?')
    .run('org:beta-holdings', 'Beta Holdings', null, 'Beta', 'claim_3');
  expect(db.prepare("SELECT subject_entity_id, subject, linked_from_subject FROM claims WHERE id = 'claim_3'").get())
    .toEqual({ subject_entity_id: 'org:beta-holdings', subject: 'Beta Holdings', linked_from_subject: 'Beta' });
  // Deleting a fact through its view takes its claims' verdicts and its conflicts with it.
  db.prepare("DELETE FROM facts WHERE group_key = 'g1'").run();
  expect(db.prepare('SELECT count(*) FROM fact_claims').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM conflict_evidence').pluck().get()).toBe(0);
  db.prepare("DELETE FROM claims WHERE article_id = 'a1'").run();
  expect(db.prepare('SELECT id FROM claims').pluck().all()).toEqual(['claim_3']);
  // An app may still insert a mention through the view; one for no article is refused.
  db.prepare("INSERT INTO mentions (article_id, kind, span_start, span_end, text, rule) VALUES ('a1', 'entity', 28, 32, 'Ohio', 'en.entity.place')").run();
  expect(db.prepare("SELECT kind, text, rule FROM mentions WHERE text = 'Ohio'").get()).toEqual({ kind: 'entity', text: 'Ohio', rule: 'en.entity.place' });
  expect(() => db.prepare("INSERT INTO mentions (article_id, kind, span_start, span_end, text, rule) VALUES ('nope', 'money', 0, 1, 'x', 'r')").run())
    .toThrow(/FOREIGN KEY/);
  db.close();
});
