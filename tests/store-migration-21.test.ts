// Migrations 21, 22 and 23: claims, mentions and facts compact (the coded columns they share as
// the key of a form; claim and fact ids as the integer of their hex digits, the id a generated
// column under a unique index; an article's claims by the range of their keys). A version-20
// store migrates reading back the same rows of every view they feed; lookups by id stay indexed;
// an article whose claims are drafted again finds exactly its new claims.

import { expect, test } from 'vitest';
import type { Claim } from '../pipeline/reconcile/types.ts';
import { writeClaims } from '../pipeline/reconcile/write.ts';
import { claimsOfArticle } from '../pipeline/store/migration-21.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, code, plan, readViews, readViewsOf } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio. Beta raised about $3 billion on 2026-01-02.';
// Ids with the hashed form at both ends of the signed range, and one of another form.
const CLAIM_IDS = ['claim_7fffffffffffffff', 'claim_8000000000000000', 'claim_legacy-7'];
const FACT_IDS = ['fact_00000000000000ff', 'fact_f00dfeedcafe0001', 'fact_other'];

/** A store at schema 20: an article with money, date and entity mentions, three claims, their three facts. */
function version20Store(): string {
  const { file, raw } = storeAtSchema(20);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT}', 'ok', 1, '2026-01-01');
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, value_text, currency, qualifier, precision, entity_type, entity_id, gazetteer_id) VALUES
      (1, 'a1', 'entity', 0, 4, 'Acme', 'en.org', NULL, 'Acme', NULL, NULL, NULL, 'org', 'org:acme', ''),
      (2, 'a1', 'money', 17, 27, '$5 billion', 'en.money', 5e9, NULL, 'USD', 'exact', NULL, NULL, NULL, NULL),
      (3, 'a1', 'money', 49, 65, 'about $3 billion', 'en.money', 3e9, NULL, 'USD', 'about', NULL, NULL, NULL, NULL),
      (4, 'a1', 'date', 69, 79, '2026-01-02', 'en.date.iso', NULL, '2026-01-02', NULL, NULL, 'day', NULL, NULL, NULL);
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('Beta'), ('investment'), ('revenue'), ('subject.nearest'), ('USD'), ('exact'), ('about'),
      ('measure.cue'), ('single'), ('fact.single'), ('supports'), ('steel'), ('revised');
    INSERT INTO claim_rows (key, id, article, mention_id, subject, predicate, topic, value_number, unit, qualifier, span_start, span_length,
        sentence_start, sentence_end, rule, measure, measure_rule, time_role, precision, group_key) VALUES
      (1, '${CLAIM_IDS[0]}', 1, 2, ${code('Acme')}, ${code('investment')}, ${code('steel')}, 5e9, ${code('USD')}, ${code('exact')}, 17, 10, 0, 36,
        ${code('subject.nearest')}, ${code('investment')}, ${code('measure.cue')}, NULL, 0.1, NULL),
      (2, '${CLAIM_IDS[1]}', 1, 3, ${code('Beta')}, ${code('revenue')}, NULL, 3e9, ${code('USD')}, ${code('about')}, 49, 16, 37, 80,
        ${code('subject.nearest')}, ${code('revenue')}, ${code('measure.cue')}, ${code('revised')}, 0.166, NULL),
      (3, '${CLAIM_IDS[2]}', 1, 2, ${code('Acme')}, ${code('investment')}, NULL, 5e9, ${code('USD')}, ${code('exact')}, 17, 10, 0, 36,
        ${code('subject.nearest')}, NULL, NULL, NULL, 0.1, NULL);
    ${FACT_IDS.map((id, i) => `
    INSERT INTO fact_rows (key, id, subject, predicate, topic, value_number, unit, status, rule, explanation, qualifier, measure)
      VALUES (${i + 1}, '${id}', ${code(i === 1 ? 'Beta' : 'Acme')}, ${code(i === 1 ? 'revenue' : 'investment')}, ${i === 0 ? code('steel') : 'NULL'},
        ${i === 1 ? 3e9 : 5e9}, ${code('USD')}, ${code('single')}, ${code('fact.single')}, 'Only a.txt says so.', ${code(i === 1 ? 'about' : 'exact')},
        ${i === 2 ? 'NULL' : code(i === 1 ? 'revenue' : 'investment')});
    INSERT INTO fact_claim_rows (fact, claim, verdict) VALUES (${i + 1}, ${i + 1}, ${code('supports')});`).join('')}
  `);
  raw.close();
  return file;
}

const VIEWS = ['mentions', 'claims', 'facts', 'fact_claims', 'fact_evidence', 'canonical_facts'];

test('a version-20 store migrates to 23: mentions, claims and facts read back row for row, their shared columns as forms and their ids as integers', () => {
  const file = version20Store();
  const before = readViewsOf(file, VIEWS);
  expect(before.claims).toHaveLength(3);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(23);
  expect(readViews(db, VIEWS)).toEqual(before);
  db.defaultSafeIntegers(true);
  expect(db.prepare('SELECT id, hash, id_text FROM claim_rows ORDER BY key').raw().all())
    .toEqual([[CLAIM_IDS[0], 2n ** 63n - 1n, null], [CLAIM_IDS[1], -(2n ** 63n), null], [CLAIM_IDS[2], null, CLAIM_IDS[2]]]);
  expect(db.prepare('SELECT id, hash, id_text FROM fact_rows ORDER BY key').raw().all())
    .toEqual([[FACT_IDS[0], 255n, null], [FACT_IDS[1], BigInt.asIntN(64, 0xf00dfeedcafe0001n), null], [FACT_IDS[2], null, FACT_IDS[2]]]);
  db.defaultSafeIntegers(false);
  // Claims 1 and 3 differ in topic and measure, the facts likewise; four kinds of mention, four forms.
  expect(['claim_forms', 'fact_forms', 'mention_forms'].map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())).toEqual([3, 3, 4]);
  for (const view of ['claims', 'facts']) expect(plan(db, `SELECT * FROM ${view} WHERE id = 'x'`)).toMatch(new RegExp(`USING INDEX ${view.slice(0, -1)}_rows_id \\(id=\\?\\)`));
  expect(plan(db, "SELECT * FROM claims WHERE article_id = 'a1'")).toMatch(/SEARCH r USING INTEGER PRIMARY KEY[^]*SEARCH c USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
  expect(db.prepare('SELECT article, first_key, last_key FROM article_claims').raw().all()).toEqual([[1, 1, 3]]);
  // A mention an app inserts through the view takes a form, new or known.
  db.prepare(`INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, currency, qualifier)
    VALUES (5, 'a1', 'money', 17, 27, '$5 billion', 'en.money', 5e9, 'EUR', 'exact')`).run();
  expect(db.prepare('SELECT currency, qualifier, rule FROM mentions WHERE id = 5').raw().get()).toEqual(['EUR', 'exact', 'en.money']);
  expect(db.prepare('SELECT count(*) FROM mention_forms').pluck().get()).toBe(5);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('claims written, deleted by their article\'s range and drafted again read back as written, the range holding only the new ones', () => {
  const db = openStore(version20Store());
  db.prepare('DELETE FROM claim_rows').run();
  const claim = (id: string, mentionId: number, start: number, end: number, extra: Partial<Claim> = {}): Claim => ({
    id, articleId: 'a1', mentionId, subjectEntityId: null, subject: 'Acme', predicate: 'investment', topic: null, value: 5e9, unit: 'USD', qualifier: 'exact',
    min: null, max: null, dateValue: null, start, end, text: TEXT.slice(start, end), sentenceStart: 0, sentenceEnd: 36, rule: 'subject.nearest',
    measure: 'investment', measureRule: 'measure.cue', measureKey: 'investment', period: null, object: null, objectEntityId: null, objectRule: 'object.unknown',
    source: 'Wire', sourceEntityId: null, sourceRule: 'source.outlet', asOf: null, asOfRule: 'as-of.unknown', timeRole: null, precision: 0.1, glossOf: null,
    story: 's1', ...extra,
  });
  const columns = 'id, subject, predicate, topic, value_number, unit, qualifier, span_start, span_end, text, rule, measure, measure_rule, object_rule, source_rule, as_of_rule, time_role';
  const first = [claim('claim_0000000000000001', 2, 17, 27), claim('claim_0000000000000002', 3, 49, 65, { qualifier: 'about', topic: 'steel', timeRole: 'revised' })];
  writeClaims(db, first);
  const read = () => db.prepare(`SELECT ${columns} FROM claims WHERE article_id = 'a1' ORDER BY id`).raw().all();
  expect(read()).toEqual(first.map((c) => [c.id, c.subject, c.predicate, c.topic, c.value, c.unit, c.qualifier, c.start, c.end, c.text, c.rule, c.measure,
    c.measureRule, c.objectRule, c.sourceRule, c.asOfRule, c.timeRole]));
  // Drafted again, as reconciliation does: the article's claims deleted through their range, then written anew after another article's.
  db.prepare(`DELETE FROM claim_rows WHERE key IN (SELECT c.key FROM ${claimsOfArticle('1')})`).run();
  // (the text in article_texts from migration 27)
  db.exec(`INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, status, run_id, created_at)
    VALUES (2, 'a2', 'y', '/d', 'b.txt', 'en', 'ok', 1, '2026-01-01');
    INSERT INTO article_texts (key, text_original) VALUES (2, '${TEXT}')`);
  writeClaims(db, [{ ...claim('claim_00000000000000b1', 2, 17, 27), articleId: 'a2' }]);
  const again = [claim('claim_0000000000000003', 2, 17, 27, { subject: 'Acme Corp' })];
  writeClaims(db, again);
  const keys = db.prepare("SELECT c.key FROM claim_rows c JOIN article_rows a ON a.key = c.article WHERE a.id = 'a1'").pluck().all();
  expect(db.prepare('SELECT first_key, last_key FROM article_claims WHERE article = 1').raw().get()).toEqual([keys[0], keys[0]]);
  expect(read()).toEqual(again.map((c) => [c.id, c.subject, c.predicate, c.topic, c.value, c.unit, c.qualifier, c.start, c.end, c.text, c.rule, c.measure,
    c.measureRule, c.objectRule, c.sourceRule, c.asOfRule, c.timeRole]));
  expect(db.prepare("SELECT id FROM claims WHERE article_id = 'a2'").pluck().all()).toEqual(['claim_00000000000000b1']);
  db.close();
});
