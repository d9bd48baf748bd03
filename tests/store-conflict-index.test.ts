// Migration 15: conflicts are indexed by their fact. An incremental run deletes the facts of
// every fact group it resolves again; each delete cascades to the fact's conflicts, which
// without the index meant reading every conflict of the store once per fact deleted.

import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, plan } from './old-store.ts';

test('a version-14 store migrates to 15: a fact\'s conflicts are found by the index, and go with the fact', () => {
  const { file, raw } = storeAtSchema(14);
  raw.exec(`
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('disputed'), ('fact.rule');
    INSERT INTO fact_rows (key, id, subject, predicate, status, rule, explanation)
      SELECT k, id, (SELECT id FROM codes WHERE value = 'Acme'), (SELECT id FROM codes WHERE value = 'investment'),
        (SELECT id FROM codes WHERE value = 'disputed'), (SELECT id FROM codes WHERE value = 'fact.rule'), 'two readings'
      FROM (SELECT 1 AS k, 'fact_1' AS id UNION ALL SELECT 2, 'fact_2');
    INSERT INTO conflicts (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation) VALUES
      ('conflict_1', 'value_mismatch', 'fact_1', NULL, '5e9 vs 5e10', '[]', 'disputed', 'conflict.value', 'two readings'),
      ('conflict_2', 'scale_error', 'fact_2', NULL, '5e9 vs 5e12', '[]', 'resolved', 'conflict.scale', 'a slip'),
      ('conflict_n', 'name_variant', NULL, 'person:rutherford', 'Rutherford', '[]', 'kept', 'conflict.name', 'one name');
  `);
  expect(plan(raw, "DELETE FROM conflicts WHERE fact_id = 'fact_1'")).toMatch(/^SCAN conflicts$/m);
  raw.close();

  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15);
  // Since migration 18 the table is conflict_rows (conflicts a view over it); the index went with it.
  expect(plan(db, "DELETE FROM conflict_rows WHERE fact_id = 'fact_1'")).toMatch(/SEARCH conflict_rows USING (COVERING )?INDEX conflicts_fact \(fact_id=\?\)/);
  expect(plan(db, "DELETE FROM conflicts WHERE fact_id = 'fact_1'")).toMatch(/SEARCH r USING (COVERING )?INDEX conflicts_fact \(fact_id=\?\)/);
  db.prepare("DELETE FROM fact_rows WHERE id = 'fact_1'").run();
  expect(db.prepare('SELECT id FROM conflicts ORDER BY id').pluck().all()).toEqual(['conflict_2', 'conflict_n']);
  db.close();
});
