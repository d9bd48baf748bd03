// Migration 28: a disputed fact's readings (facts.value_text) composed from its value_mismatch
// conflict's variants where the row holds an empty blob. A version-27 store migrates reading back
// the same facts, keeping a text only where the composition differs; a fact's readings survive an
// app deleting its conflict through the view; reconciliation's writer stores none where the view
// composes them, and a fact with none reads none.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import type { Conflict, Fact } from '../pipeline/reconcile/types.ts';
import { writeFactsAndConflicts } from '../pipeline/reconcile/write.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, code } from './old-store.ts';

const READINGS = ['up to 44 billion USD', 'over 60 billion USD'];

/** A store at schema 27: two disputed facts, each with a value_mismatch conflict of two readings; the second fact's text is not theirs. */
function version27Store(): string {
  const { file, raw } = storeAtSchema(27);
  raw.exec(`
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('USD'), ('range'), ('disputed'), ('value_mismatch'),
      ('value.mismatch.named-sources'), ('fact.rule');
    INSERT INTO fact_forms (key, predicate, topic, rule, measure) VALUES (1, ${code('investment')}, 0, ${code('fact.rule')}, ${code('investment')});
    INSERT INTO fact_rows (key, hash, form, subject, value_text, unit, status, explanation, qualifier) VALUES
      (1, 1, 1, ${code('Acme')}, '${READINGS.join(' | ')}', ${code('USD')}, ${code('disputed')}, 'Sources differ.', ${code('range')}),
      (2, 2, 1, ${code('Acme')}, 'forty-four | sixty', ${code('USD')}, ${code('disputed')}, 'Sources differ.', ${code('range')});
    INSERT INTO conflict_rows (key, id, kind, fact_id, canonical, resolution, rule, explanation, unit) VALUES
      (1, 'conflict_1', ${code('value_mismatch')}, 'fact_0000000000000001', 'x', 'disputed', ${code('value.mismatch.named-sources')}, 'Sources differ.', ${code('USD')}),
      (2, 'conflict_2', ${code('value_mismatch')}, 'fact_0000000000000002', 'x', 'disputed', ${code('value.mismatch.named-sources')}, 'Sources differ.', ${code('USD')});
    INSERT INTO conflict_variant_rows (conflict, variant, value_number, stated, articles, evidence) VALUES
      (1, 0, 44e9, '${READINGS[0]}', 1, '[]'), (1, 1, 60e9, '${READINGS[1]}', 1, '[]'),
      (2, 0, 44e9, '${READINGS[0]}', 1, '[]'), (2, 1, 60e9, '${READINGS[1]}', 1, '[]');
  `);
  raw.close();
  return file;
}

const readFacts = (db: Database.Database) => db.prepare('SELECT * FROM facts ORDER BY id').raw().all();

test('a version-27 store migrates to 28: facts read back the same, a disputed fact\'s readings stored only where its conflict does not give them', () => {
  const file = version27Store();
  const raw = new Database(file, { readonly: true });
  const before = readFacts(raw);
  raw.close();
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(28);
  expect(readFacts(db)).toEqual(before);
  expect(db.prepare("SELECT key, typeof(value_text), CAST(value_text AS TEXT) FROM fact_rows ORDER BY key").raw().all()).toEqual([[1, "blob", ""], [2, "text", "forty-four | sixty"]]);
  // An app deleting the first fact's conflict through the view: the fact keeps its readings.
  db.prepare("DELETE FROM conflicts WHERE id = 'conflict_1'").run();
  expect(db.prepare("SELECT value_text FROM facts WHERE id = 'fact_0000000000000001'").pluck().get()).toBe(READINGS.join(' | '));
  expect(db.prepare('SELECT value_text FROM fact_rows WHERE key = 1').pluck().get()).toBe(READINGS.join(' | '));
  db.close();
});

test('reconciliation writes no readings for a disputed fact whose conflict gives them, and keeps those it does not', () => {
  const db = openStore(version27Store());
  db.prepare('DELETE FROM fact_rows').run();
  const fact = (id: string, valueText: string): Fact => ({
    id, subject: 'Acme', subjectEntityId: null, predicate: 'investment', topic: null, valueNumber: null, valueText, unit: 'USD', status: 'disputed',
    rule: 'fact.rule', explanation: 'Sources differ.', verdicts: new Map(), qualifier: 'range', min: null, max: null, measure: 'investment',
    object: null, story: 's1', conversions: new Map(),
  });
  const conflict = (id: string, factId: string): Conflict => ({
    id, kind: 'value_mismatch', factId, entityId: null, canonical: READINGS.join(' vs '), canonicalNumber: null, canonicalText: null, unit: 'USD',
    resolution: 'disputed', rule: 'value.mismatch.named-sources', explanation: 'Sources differ.',
    variants: READINGS.map((stated, i) => ({ value: [44e9, 60e9][i]!, stated, articles: [], claims: [] })),
  });
  // The third has no readings of its own (none is made so, an app may write one): none is what it reads.
  writeFactsAndConflicts(db, [fact('fact_00000000000000a1', READINGS.join(' | ')), fact('fact_00000000000000a2', 'in words'),
    { ...fact('fact_00000000000000a3', ''), valueText: null }],
  [conflict('conflict_a1', 'fact_00000000000000a1'), conflict('conflict_a2', 'fact_00000000000000a2'), conflict('conflict_a3', 'fact_00000000000000a3')]);
  expect(db.prepare('SELECT id, value_text FROM facts ORDER BY id').raw().all())
    .toEqual([['fact_00000000000000a1', READINGS.join(' | ')], ['fact_00000000000000a2', 'in words'], ['fact_00000000000000a3', null]]);
  expect(db.prepare('SELECT id, typeof(value_text) FROM fact_rows ORDER BY id').raw().all())
    .toEqual([['fact_00000000000000a1', 'blob'], ['fact_00000000000000a2', 'text'], ['fact_00000000000000a3', 'null']]);
  db.close();
});
