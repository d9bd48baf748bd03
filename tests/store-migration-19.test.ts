// Migration 19: facts.explanation is composed by the facts view for a single fact (from its
// article, subject, figure and label) and a disputed one (its value_mismatch conflict's text).
// A version-18 store migrates reading back the same facts byte for byte (a text the
// composition cannot give back is kept); reconciliation's writer stores no text for a fact the
// view composes; an app changing a conflict through the conflicts view leaves its fact's text
// as it was.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { singleLabel, writeFactsAndConflicts } from '../pipeline/reconcile/write.ts';
import type { Conflict, Fact } from '../pipeline/reconcile/types.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, code } from './old-store.ts';

const MISMATCH = 'a.txt gives the Acme investment as 5 billion USD but b.txt 7 billion USD; so both are kept.';

interface Row { id: string; claim: number; status: string; value: number | null; qualifier: string | null; min?: number; max?: number; explanation: string }
const ROWS: Row[] = [
  // Composed: a single figure with a qualifier, a range, an integer under a million, a name with non-ASCII letters; a dispute.
  { id: 'fact_s', claim: 1, status: 'single', value: 5e9, qualifier: 'about', explanation: 'Only a.txt states the Acme investment (first phase) (about 5 billion USD).' },
  { id: 'fact_r', claim: 2, status: 'single', value: 2.5e10, qualifier: 'range', min: 2.5e10, max: 3.05e10, explanation: 'Only b.txt states the Acme investment (25 billion–30.5 billion USD).' },
  { id: 'fact_i', claim: 3, status: 'single', value: 750, qualifier: 'exact', explanation: 'Only a.txt states the Acme investment “卢瑟福” (750 USD).' },
  { id: 'fact_d', claim: 4, status: 'disputed', value: null, qualifier: 'range', explanation: MISMATCH },
  // Kept: toFixed and SQLite's printf round a half-way thousandth apart; a fraction; a note after the sentence; a dispute with one;
  // an agreed fact.
  { id: 'fact_h', claim: 5, status: 'single', value: 3.8085e6, qualifier: 'exact', explanation: 'Only a.txt states the Acme investment (3.808 million USD).' },
  { id: 'fact_f', claim: 6, status: 'single', value: 1 / 3, qualifier: 'exact', explanation: `Only a.txt states the Acme investment (${1 / 3} USD).` },
  { id: 'fact_x', claim: 7, status: 'single', value: 6e9, qualifier: 'exact', explanation: 'Only b.txt states the Acme investment (6 billion USD). Other currencies compared in USD: EUR at 1.1.' },
  { id: 'fact_e', claim: 8, status: 'disputed', value: null, qualifier: 'range', explanation: `${MISMATCH} Other currencies compared in USD: EUR at 1.1.` },
  { id: 'fact_a', claim: 9, status: 'agreed', value: 5e9, qualifier: 'exact', explanation: '2 articles (a.txt, b.txt) give compatible figures for the Acme investment: 5 billion USD.' },
];
const COMPOSED = ['fact_d', 'fact_i', 'fact_r', 'fact_s'];
const sql = (v: string | number | null | undefined) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);

/** A store at schema 18: two articles, a claim for each fact, the facts, and the value_mismatch conflicts of the two disputes. */
function version18Store(): string {
  const { file, raw } = storeAtSchema(18);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at) VALUES
      (1, 'a1', 'x', '/d', 'a.txt', 'en', 'Acme will invest $5 billion.', 'ok', 1, '2026-01-01'),
      (2, 'a2', 'y', '/d', 'b.txt', 'en', 'Acme will invest $7 billion.', 'ok', 1, '2026-01-01');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('subject.nearest'), ('single'), ('disputed'), ('agreed'), ('fact.rule'),
      ('USD'), ('about'), ('range'), ('exact'), ('supports');
    ${ROWS.map((r) => `
    INSERT INTO claim_rows (key, id, article, subject, predicate, value_number, span_start, span_length, sentence_start, sentence_end, rule)
      VALUES (${r.claim}, 'claim_${r.claim}', ${r.explanation.startsWith('Only b.txt') || r.id === 'fact_r' ? 2 : 1}, ${code('Acme')}, ${code('investment')},
        ${sql(r.value)}, 17, 10, 0, 28, ${code('subject.nearest')});
    INSERT INTO fact_rows (key, id, subject, predicate, value_number, unit, status, rule, explanation, qualifier, min_value, max_value)
      VALUES (${r.claim}, '${r.id}', ${code('Acme')}, ${code('investment')}, ${sql(r.value)}, ${code('USD')}, ${code(r.status)}, ${code('fact.rule')},
        '${r.explanation}', ${r.qualifier ? code(r.qualifier) : 'NULL'}, ${sql(r.min)}, ${sql(r.max)});
    INSERT INTO fact_claim_rows (fact, claim, verdict) VALUES (${r.claim}, ${r.claim}, ${code('supports')});`).join('')}
    INSERT INTO conflicts (id, kind, fact_id, canonical, resolution, rule, explanation) VALUES
      ('conflict_d', 'value_mismatch', 'fact_d', '5 vs 7', 'disputed', 'value.mismatch.disputed', '${MISMATCH}'),
      ('conflict_e', 'value_mismatch', 'fact_e', '5 vs 7', 'disputed', 'value.mismatch.disputed', '${MISMATCH}'),
      ('conflict_s', 'scale_error', 'fact_d', '5', 'kept', 'value.scale-error.power-of-ten', 'a slip');
  `);
  raw.close();
  return file;
}

const readFacts = (db: Database.Database) => db.prepare('SELECT *, hex(explanation) FROM facts ORDER BY id').all();
const readCanonical = (db: Database.Database) => db.prepare('SELECT * FROM canonical_facts ORDER BY id').all();

test('a version-18 store migrates to 19: facts read back byte for byte, a text stored only where the view cannot compose it', () => {
  const file = version18Store();
  const raw = new Database(file, { readonly: true });
  const [before, canonical] = [readFacts(raw), readCanonical(raw)];
  raw.close();
  expect(before).toHaveLength(ROWS.length);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(19);
  expect(readFacts(db)).toEqual(before);
  expect(readCanonical(db)).toEqual(canonical);
  expect(db.prepare('SELECT id FROM fact_rows WHERE explanation IS NULL ORDER BY id').pluck().all()).toEqual(COMPOSED);
  expect(db.prepare('SELECT f.id, c.value FROM fact_rows f JOIN codes c ON c.id = f.label ORDER BY f.id').raw().all())
    .toEqual([['fact_i', 'investment “卢瑟福”'], ['fact_r', 'investment'], ['fact_s', 'investment (first phase)']]);
  expect(db.pragma('foreign_key_check')).toEqual([]);

  // An app changing or deleting a dispute's conflict through the conflicts view leaves the fact's text as it was.
  db.prepare("UPDATE conflicts SET explanation = 'rewritten' WHERE id = 'conflict_d'").run();
  expect(db.prepare("SELECT explanation FROM facts WHERE id = 'fact_d'").pluck().get()).toBe(MISMATCH);
  db.prepare("DELETE FROM conflicts WHERE id = 'conflict_d'").run();
  expect(db.prepare("SELECT explanation FROM facts WHERE id = 'fact_d'").pluck().get()).toBe(MISMATCH);
  // A fact deleted through the view takes its conflicts with it.
  db.prepare("DELETE FROM facts WHERE id = 'fact_e'").run();
  expect(db.prepare("SELECT count(*) FROM conflicts WHERE fact_id = 'fact_e'").pluck().get()).toBe(0);
  db.close();
});

test('the writer stores no text for a fact the view composes, and keeps one it cannot', () => {
  const db = openStore(version18Store());
  db.prepare('DELETE FROM conflict_rows').run();
  db.prepare('DELETE FROM fact_rows').run();
  const fact = (id: string, status: Fact['status'], value: number | null, qualifier: string, explanation: string, claim: string): Fact => ({
    id, subject: 'Acme', subjectEntityId: null, predicate: 'investment', topic: null, valueNumber: value, valueText: null, unit: 'USD', status,
    rule: `fact.${status}`, explanation, verdicts: new Map([[claim, 'supports']]), qualifier, min: null, max: null, measure: 'investment',
    object: null, story: 's1', conversions: new Map(),
  });
  const single = fact('fact_s', 'single', 5e9, 'over', 'Only a.txt states the Acme investment (2026) (over 5 billion USD).', 'claim_1');
  const fraction = fact('fact_f', 'single', 2 / 3, 'exact', `Only a.txt states the Acme investment (${2 / 3} USD).`, 'claim_2');
  const disputed = fact('fact_d', 'disputed', null, 'range', MISMATCH, 'claim_3');
  const noted = fact('fact_n', 'disputed', null, 'range', `${MISMATCH} Other currencies compared in USD: EUR at 1.1.`, 'claim_4');
  const mismatch = (factId: string): Conflict => ({
    id: `conflict_${factId}`, kind: 'value_mismatch', factId, entityId: null, canonical: '5 vs 7', canonicalNumber: null, canonicalText: null, unit: 'USD',
    resolution: 'disputed', rule: 'value.mismatch.disputed', explanation: MISMATCH, variants: [],
  });
  expect(singleLabel(single)).toBe('investment (2026)');
  expect(singleLabel(disputed)).toBeUndefined();
  const conflicts = [mismatch('fact_d'), mismatch('fact_n')];
  writeFactsAndConflicts(db, [single, fraction, disputed, noted], conflicts);
  expect(db.prepare('SELECT id, explanation FROM facts ORDER BY id').raw().all())
    .toEqual([disputed, fraction, noted, single].map((f) => [f.id, f.explanation]));
  expect(db.prepare('SELECT id FROM fact_rows WHERE explanation IS NULL ORDER BY id').pluck().all()).toEqual(['fact_d', 'fact_s']);
  expect(db.prepare('SELECT id FROM fact_rows WHERE label IS NOT NULL').pluck().all()).toEqual(['fact_s']);
  db.close();
});
