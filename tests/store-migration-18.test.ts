// Migration 18: conflicts.variants is composed by the conflicts view instead of stored. A
// version-17 store migrates reading back the same conflicts rows byte for byte (a JSON the
// composition cannot give back is kept as written), and reconciliation's writer stores no JSON
// for a conflict the view composes, canonical variant first, as JSON.stringify wrote it.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { writeConflicts } from '../pipeline/reconcile/write.ts';
import type { Conflict } from '../pipeline/reconcile/types.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema } from './old-store.ts';

const TEXT_1 = 'Acme will invest $5 billion in Ohio. Minister Rutherford spoke.';
const TEXT_2 = 'Acme will invest $50 billion in Ohio, a rival said. Minister Rutherfurd spoke.';

/** The legacy JSON as the writer of schema 17 made it. */
const legacy = (variants: { value: number | string; stated: string; articles: string[] }[]) => JSON.stringify(variants);

const COMPOSABLE = {
  // Canonical first though it is the smaller amount; a variant cited by claims of two articles.
  conflict_v: legacy([
    { value: 5e9, stated: '5 billion USD', articles: ['a1'] },
    { value: 5e10, stated: '50 billion USD', articles: ['a1', 'a2'] },
  ]),
  // Names, cited by article spans; a name with non-ASCII letters and a quote.
  conflict_n: legacy([
    { value: 'Rutherford', stated: 'Rutherford / "Lord" Rutherford', articles: ['a1'] },
    { value: 'Rutherfurd', stated: 'Rutherfurd 卢瑟福', articles: ['a2'] },
  ]),
};
const KEPT = {
  // A fraction SQLite spells with 17 digits, JavaScript with 16.
  conflict_f: legacy([{ value: 1 / 3, stated: 'a third', articles: ['a1'] }]),
  // Articles that are not those of the variant's evidence.
  conflict_a: legacy([{ value: 5e9, stated: '5 billion USD', articles: ['a1', 'a2'] }]),
};

/** A store at schema 17: two articles, three claims, their fact, and four conflicts with their variants and evidence. */
function version17Store(): string {
  const { file, raw } = storeAtSchema(17);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at) VALUES
      (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT_1}', 'ok', 1, '2026-01-01'),
      (2, 'a2', 'y', '/d', 'b.txt', 'en', '${TEXT_2}', 'ok', 1, '2026-01-01');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('subject.nearest'), ('disputed'), ('fact.rule');
    INSERT INTO claim_rows (key, id, article, subject, predicate, value_number, span_start, span_length, sentence_start, sentence_end, rule)
      SELECT k, id, art, (SELECT id FROM codes WHERE value = 'Acme'), (SELECT id FROM codes WHERE value = 'investment'), v, s, l, 0, 36,
        (SELECT id FROM codes WHERE value = 'subject.nearest')
      FROM (SELECT 1 AS k, 'claim_a' AS id, 1 AS art, 5e9 AS v, 17 AS s, 10 AS l
        UNION ALL SELECT 2, 'claim_b', 2, 5e10, 17, 11
        UNION ALL SELECT 3, 'claim_c', 1, 5e10, 17, 10);
    INSERT INTO fact_rows (key, id, subject, predicate, status, rule, explanation)
      SELECT 1, 'fact_1', (SELECT id FROM codes WHERE value = 'Acme'), (SELECT id FROM codes WHERE value = 'investment'),
        (SELECT id FROM codes WHERE value = 'disputed'), (SELECT id FROM codes WHERE value = 'fact.rule'), 'two readings';
    INSERT INTO conflicts (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation, canonical_number, canonical_text, unit) VALUES
      ('conflict_v', 'scale_error', 'fact_1', NULL, '5000000000', '${COMPOSABLE.conflict_v}', 'kept', 'conflict.scale', 'a slip', 5e9, '5 billion USD', 'USD'),
      ('conflict_n', 'name_variant', NULL, 'person:rutherford', 'Rutherford', '${COMPOSABLE.conflict_n}', 'kept', 'name.variant', 'one name', NULL, 'Rutherford', NULL),
      ('conflict_f', 'value_mismatch', 'fact_1', NULL, 'a third', '${KEPT.conflict_f}', 'disputed', 'conflict.value', 'a fraction', NULL, NULL, NULL),
      ('conflict_a', 'value_mismatch', 'fact_1', NULL, '5e9', '${KEPT.conflict_a}', 'disputed', 'conflict.value', 'capped', NULL, NULL, NULL);
    INSERT INTO conflict_variants (conflict_id, variant, value_number, value_text, stated, entity_id, articles) VALUES
      ('conflict_v', 0, 5e9, NULL, '5 billion USD', NULL, 1), ('conflict_v', 1, 5e10, NULL, '50 billion USD', NULL, 2),
      ('conflict_n', 0, NULL, 'Rutherford', 'Rutherford / "Lord" Rutherford', 'person:rutherford', 1),
      ('conflict_n', 1, NULL, 'Rutherfurd', 'Rutherfurd 卢瑟福', 'person:rutherfurd', 1),
      ('conflict_f', 0, ${1 / 3}, NULL, 'a third', NULL, 1), ('conflict_a', 0, 5e9, NULL, '5 billion USD', NULL, 2);
    INSERT INTO conflict_evidence_sets (conflict_id, variant, evidence) VALUES
      ('conflict_v', 0, '[1]'), ('conflict_v', 1, '[2,3]'), ('conflict_n', 0, '[["a1",46,56]]'), ('conflict_n', 1, '[["a2",61,71]]'),
      ('conflict_f', 0, '[1]'), ('conflict_a', 0, '[1]');
  `);
  raw.close();
  return file;
}

const readConflicts = (db: Database.Database) => db.prepare('SELECT * FROM conflicts ORDER BY id').all();

test('a version-17 store migrates to 18: conflicts read back byte for byte, a JSON stored only where the view cannot compose it', () => {
  const file = version17Store();
  const raw = new Database(file, { readonly: true });
  const before = readConflicts(raw);
  raw.close();
  expect(before).toHaveLength(4);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(18);
  expect(readConflicts(db)).toEqual(before);
  expect(db.prepare('SELECT name FROM pragma_table_info(\'conflicts\')').pluck().all()).toEqual(
    ['id', 'kind', 'fact_id', 'entity_id', 'canonical', 'variants', 'resolution', 'rule', 'explanation', 'canonical_number', 'canonical_text', 'unit']);
  expect(db.prepare('SELECT id, variants FROM conflict_rows ORDER BY id').raw().all())
    .toEqual([['conflict_a', KEPT.conflict_a], ['conflict_f', KEPT.conflict_f], ['conflict_n', null], ['conflict_v', null]]);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // Writes through the view: an update leaves a composed JSON composed; a JSON inserted is kept as written.
  db.prepare("UPDATE conflicts SET resolution = 'kept, checked' WHERE id = 'conflict_v'").run();
  expect(db.prepare("SELECT resolution, variants FROM conflict_rows WHERE id = 'conflict_v'").raw().get()).toEqual(['kept, checked', null]);
  db.prepare(`INSERT INTO conflicts (id, kind, fact_id, canonical, variants, resolution, rule, explanation) VALUES ('conflict_i', 'value_mismatch', 'fact_1', '1', '[]', 'r', 'rule', 'e')`).run();
  expect(db.prepare("SELECT variants FROM conflicts WHERE id = 'conflict_i'").pluck().get()).toBe('[]');
  // The fact's deletion still takes its conflicts, their variants and evidence with it.
  db.prepare("DELETE FROM fact_rows WHERE id = 'fact_1'").run();
  expect(db.prepare('SELECT id FROM conflicts').pluck().all()).toEqual(['conflict_n']);
  expect(db.prepare('SELECT DISTINCT conflict_id FROM conflict_variants').pluck().all()).toEqual(['conflict_n']);
  db.close();
});

test('the writer stores no JSON for a conflict the view composes, canonical first, and keeps one it cannot', () => {
  const db = openStore(version17Store());
  db.prepare('DELETE FROM conflicts').run();
  expect(db.prepare('SELECT count(*) FROM conflict_variants').pluck().get()).toBe(0);
  const conflict = (id: string, values: number[], articles: string[][]): Conflict => ({
    id, kind: 'value_mismatch', factId: 'fact_1', entityId: null, canonical: String(values[0]), canonicalNumber: values[0]!, canonicalText: null,
    unit: 'USD', resolution: 'kept', rule: 'conflict.value', explanation: 'readings',
    variants: values.map((value, i) => ({ value, stated: `${value} USD`, articles: articles[i]!, claims: [['claim_a'], ['claim_c', 'claim_b']][i]! })),
  });
  // The canonical reading is the larger one, written first; the view keeps that order, not the values' or the ids'.
  const composable = conflict('conflict_w', [5e10, 5e9], [['a1'], ['a1', 'a2']]);
  const fraction = conflict('conflict_x', [2 / 3, 5e9], [['a1'], ['a1', 'a2']]);
  writeConflicts(db, [composable, fraction]);
  const json = (c: Conflict) => JSON.stringify(c.variants.map((v) => ({ value: v.value, stated: v.stated, articles: v.articles })));
  expect(db.prepare('SELECT id, variants FROM conflicts ORDER BY id').raw().all()).toEqual([['conflict_w', json(composable)], ['conflict_x', json(fraction)]]);
  expect(db.prepare('SELECT variants FROM conflicts WHERE id = ?').pluck().get('conflict_w'))
    .toBe('[{"value":50000000000,"stated":"50000000000 USD","articles":["a1"]},{"value":5000000000,"stated":"5000000000 USD","articles":["a1","a2"]}]');
  expect(db.prepare('SELECT id, variants IS NOT NULL FROM conflict_rows ORDER BY id').raw().all()).toEqual([['conflict_w', 0], ['conflict_x', 1]]);
  db.close();
});
