// Migration 14: a conflict's evidence kept as one row per variant listing its claims by key
// (conflict_evidence_sets; from migration 20 a column of the variant's row); a version-13 store migrates with conflict_evidence and
// conflict_spans reading the same rows, a lookup by conflict stays indexed, evidence goes with
// its conflict, and reconciliation's writer stores claims by key and name spans as they are.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeConflicts } from '../pipeline/reconcile/write.ts';
import type { Conflict } from '../pipeline/reconcile/types.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, plan } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio. Acme will invest $50 billion, a rival said. Minister Rutherford spoke.';

/** A store at schema 13: one article, three claims, a value conflict citing them and a name conflict citing a span. */
function version13Store(): string {
  const { file, raw } = storeAtSchema(13);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, title, lang, text_original, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'Acme invests', 'en', '${TEXT}', 'ok', 1, '2026-01-01');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('subject.nearest'), (''), ('disputed'), ('fact.rule');
    INSERT INTO claim_rows (key, id, article, subject, predicate, value_number, span_start, span_length, sentence_start, sentence_end, rule, group_key)
      SELECT k, id, 1, (SELECT id FROM codes WHERE value = 'Acme'), (SELECT id FROM codes WHERE value = 'investment'), v, s, l, ss, se,
        (SELECT id FROM codes WHERE value = 'subject.nearest'), (SELECT id FROM codes WHERE value = '')
      FROM (SELECT 1 AS k, 'claim_a' AS id, 5e9 AS v, 17 AS s, 10 AS l, 0 AS ss, 36 AS se
        UNION ALL SELECT 2, 'claim_b', 5e10, 54, 11, 37, 80
        UNION ALL SELECT 3, 'claim_c', 5e10, 54, 11, 37, 80);
    INSERT INTO fact_rows (key, id, subject, predicate, status, rule, explanation)
      SELECT 1, 'fact_1', (SELECT id FROM codes WHERE value = 'Acme'), (SELECT id FROM codes WHERE value = 'investment'),
        (SELECT id FROM codes WHERE value = 'disputed'), (SELECT id FROM codes WHERE value = 'fact.rule'), 'two readings';
    INSERT INTO conflicts (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation) VALUES
      ('conflict_v', 'value_mismatch', 'fact_1', NULL, '5e9 vs 5e10', '[]', 'disputed', 'conflict.value', 'two readings'),
      ('conflict_n', 'name_variant', NULL, 'person:rutherford', 'Rutherford', '[]', 'kept', 'conflict.name', 'one name');
    INSERT INTO conflict_variants (conflict_id, variant, value_number, stated, articles) VALUES
      ('conflict_v', 0, 5e10, '50 billion USD', 1), ('conflict_v', 1, 5e9, '5 billion USD', 1), ('conflict_n', 0, NULL, 'Rutherford', 1);
    INSERT INTO conflict_evidence (conflict_id, variant, position, claim_id, article_id, span_start, span_end) VALUES
      ('conflict_v', 0, 0, 'claim_c', NULL, NULL, NULL), ('conflict_v', 0, 1, 'claim_b', NULL, NULL, NULL),
      ('conflict_v', 1, 0, 'claim_a', NULL, NULL, NULL), ('conflict_n', 0, 0, NULL, 'a1', 81, 100);
  `);
  raw.close();
  return file;
}

/** The stored evidence of each variant: since migration 20 a column of its row in conflict_variant_rows. */
const EVIDENCE = 'SELECT r.id, v.variant, v.evidence FROM conflict_variant_rows v JOIN conflict_rows r ON r.key = v.conflict WHERE v.evidence IS NOT NULL';

test('a version-13 store migrates to 14: conflict_evidence and conflict_spans read the same rows, one stored row a variant', () => {
  const file = version13Store();
  const raw = new Database(file, { readonly: true });
  const evidenceBefore = raw.prepare('SELECT * FROM conflict_evidence ORDER BY conflict_id, variant, position').all();
  const spansBefore = raw.prepare('SELECT * FROM conflict_spans ORDER BY conflict_id, variant, claim_id').all();
  raw.close();
  expect(evidenceBefore.length).toBe(4);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
  expect(db.prepare('SELECT * FROM conflict_evidence ORDER BY conflict_id, variant, position').all()).toEqual(evidenceBefore);
  expect(db.prepare('SELECT * FROM conflict_spans ORDER BY conflict_id, variant, claim_id').all()).toEqual(spansBefore);
  expect(db.prepare("SELECT text, sentence FROM conflict_spans WHERE claim_id = 'claim_b'").raw().get()).toEqual(['$50 billion', 'Acme will invest $50 billion, a rival said.']);
  expect(db.prepare("SELECT text, sentence FROM conflict_spans WHERE conflict_id = 'conflict_n'").raw().get()).toEqual(['Minister Rutherford', null]);
  expect(db.prepare(`${EVIDENCE} ORDER BY r.id, v.variant`).raw().all())
    .toEqual([['conflict_n', 0, '[["a1",81,100]]'], ['conflict_v', 0, '[3,2]'], ['conflict_v', 1, '[1]']]);
  // A conflict's evidence and spans are found through its id's index and the key of its variants' rows (migration 20), claims by their integer key.
  expect(plan(db, "SELECT * FROM conflict_evidence WHERE conflict_id = 'conflict_v'"))
    .toMatch(/SEARCH r USING (COVERING )?INDEX sqlite_autoindex_conflict_rows_1 \(id=\?\)[^]*SEARCH v USING PRIMARY KEY \(conflict=\?\)[^]*SEARCH c USING INTEGER PRIMARY KEY/);
  expect(plan(db, "SELECT * FROM conflict_spans WHERE conflict_id = 'conflict_v'")).not.toMatch(/MATERIALIZE|SCAN c\b/);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // Deleting the fact deletes its conflict, the conflict's variants and their evidence.
  db.prepare("DELETE FROM fact_rows WHERE id = 'fact_1'").run();
  expect(db.prepare('SELECT DISTINCT conflict_id FROM conflict_evidence').pluck().all()).toEqual(['conflict_n']);
  expect(db.prepare('SELECT count(*) FROM conflict_variant_rows WHERE evidence IS NOT NULL').pluck().get()).toBe(1);
  db.close();
});

test('reconciliation writes a variant\'s claims by key and its name spans as given, and refuses a claim the store does not hold', () => {
  const db = openStore(version13Store());
  db.prepare('DELETE FROM conflicts').run();
  const conflict = (claims: string[]): Conflict => ({
    id: 'conflict_w', kind: 'scale_error', factId: 'fact_1', entityId: null, canonical: '5000000000', canonicalNumber: 5e9, canonicalText: '5 billion USD',
    unit: 'USD', resolution: 'kept', rule: 'conflict.scale', explanation: 'a slip of a thousand',
    variants: [
      { value: 5e9, stated: '5 billion USD', articles: ['a1'], claims: ['claim_a'] },
      { value: 5e10, stated: '50 billion USD', articles: ['a1'], claims, spans: [{ article: 'a1', start: 81, end: 100 }] },
    ],
  });
  writeConflicts(db, [conflict(['claim_c', 'claim_b'])]);
  expect(db.prepare('SELECT variant, position, claim_id, article_id, span_start, span_end FROM conflict_evidence ORDER BY variant, position').raw().all())
    .toEqual([[0, 0, 'claim_a', null, null, null], [1, 0, 'claim_c', null, null, null], [1, 1, 'claim_b', null, null, null], [1, 2, null, 'a1', 81, 100]]);
  expect(db.prepare('SELECT evidence FROM conflict_variant_rows ORDER BY variant').pluck().all()).toEqual(['[1]', '[3,2,["a1",81,100]]']);
  db.prepare('DELETE FROM conflicts').run();
  expect(() => writeConflicts(db, [conflict(['claim_gone'])])).toThrow(/claim claim_gone is not in the store/);
  // A key the caller gives is taken as given (here, deliberately, claim_b's for claim_c); the others are looked up.
  db.prepare('DELETE FROM conflicts').run();
  writeConflicts(db, [conflict(['claim_c', 'claim_b'])], (id) => (id === 'claim_c' ? 2 : undefined));
  expect(db.prepare('SELECT evidence FROM conflict_variant_rows ORDER BY variant').pluck().all()).toEqual(['[1]', '[2,2,["a1",81,100]]']);
  db.close();
});
