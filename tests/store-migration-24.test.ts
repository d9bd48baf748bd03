// Migration 24: a claim's precision as a one-byte code where the claims view gives it back, its
// unit part of its form, its rare columns in claim_extras, its fact on its row. A version-23
// store migrates reading back the same rows of every view that shows claims; claims written
// afterwards read back their precision to the bit; a store with a claim in two facts is refused.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { statedPrecision } from '../pipeline/reconcile/claim-model.ts';
import type { Claim } from '../pipeline/reconcile/types.ts';
import { writeClaims } from '../pipeline/reconcile/write.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, code, readViews, readViewsOf } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio. Beta raised about €3.25 billion, or 19.3亿元.';

// Each claim's precision, value and unit: as statedPrecision writes them ($5 billion; €3.25 billion; 19.3亿),
// one no code gives back, and a claim with none.
const CLAIMS: [string, number, number | null, string | null][] = [
  ['claim_00000000000000a1', statedPrecision('$5 billion', 5e9), 5e9, 'USD'],
  ['claim_00000000000000a2', statedPrecision('€3.25 billion', 3.25e9), 3.25e9, 'EUR'],
  ['claim_00000000000000a3', statedPrecision('19.3亿', 1.93e9), 1.93e9, 'CNY'],
  ['claim_00000000000000a4', 0.123456789, 7e6, 'USD'],
  ['claim_00000000000000a5', 0, 0, null],
];

/** A store at schema 23: one article, a claim per row of CLAIMS (its money mention the same), one fact holding them. */
function version23Store(): string {
  const { file, raw } = storeAtSchema(23);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'en', '${TEXT}', 'ok', 1, '2026-01-01');
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule, value_number, currency, qualifier)
      VALUES (1, 'a1', 'money', 17, 27, '$5 billion', 'en.money', 5e9, 'USD', 'exact');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('USD'), ('EUR'), ('CNY'), ('exact'), ('single'), ('fact.single'), ('supports');
  `);
  // claim_rows as migration 23 left it, written directly (the claims view has no INSTEAD OF INSERT).
  const insert = raw.prepare(`INSERT INTO claim_rows (key, hash, article, mention_id, form, subject, value_number, unit, span_start, span_length,
      sentence_start, sentence_end, precision) VALUES (?, ?, 1, 1, ?, ${code('Acme')}, ?, (SELECT id FROM codes WHERE value = ?), 17, 10, 0, 36, ?)`);
  raw.prepare(`INSERT INTO claim_forms (key, predicate, topic, qualifier, rule, measure, measure_rule, object_rule, source_rule, as_of_rule, time_role)
    VALUES (1, ${code('investment')}, 0, ${code('exact')}, 0, ${code('investment')}, 0, 0, 0, 0, 0)`).run();
  CLAIMS.forEach(([id, precision, value, unit], i) => insert.run(i + 1, BigInt.asIntN(64, BigInt(`0x${id.slice(6)}`)), 1, value, unit, precision));
  raw.exec(`INSERT INTO fact_forms (key, predicate, topic, rule, measure) VALUES (1, ${code('investment')}, 0, ${code('fact.single')}, ${code('investment')});
    INSERT INTO fact_rows (key, hash, form, subject, value_number, unit, status, explanation, qualifier)
      VALUES (1, 255, 1, ${code('Acme')}, 5e9, ${code('USD')}, ${code('single')}, 'Only a.txt says so.', ${code('exact')});
    INSERT INTO fact_claim_rows (fact, claim, verdict) SELECT 1, key, ${code('supports')} FROM claim_rows;`);
  raw.close();
  return file;
}

const VIEWS = ['claims', 'fact_claims', 'fact_evidence', 'canonical_facts', 'facts'];

test('a version-23 store migrates to 24: claims read back row for row, their precision coded where the view gives it back and their unit in their form', () => {
  const file = version23Store();
  const before = readViewsOf(file, VIEWS);
  expect(before.claims).toHaveLength(CLAIMS.length);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(24);
  expect(readViews(db, VIEWS)).toEqual(before);
  expect(db.prepare('SELECT id, precision, unit FROM claims ORDER BY id').raw().all()).toEqual(CLAIMS.map(([id, precision, , unit]) => [id, precision, unit]));
  // The three stated precisions take a code; the odd one and the zero stay as they were.
  expect(db.prepare('SELECT typeof(precision) FROM claim_rows ORDER BY key').pluck().all()).toEqual(['integer', 'integer', 'integer', 'real', 'real']);
  expect(db.prepare('SELECT count(*) FROM claim_forms').pluck().get()).toBe(4); // one form a unit, and none
  // Each claim's span is its mention's, stored as none; so is the first one's amount, the others' differ and are kept in claim_extras.
  expect(db.prepare('SELECT key, value_number, span_start, span_length FROM claim_extras ORDER BY key').raw().all())
    .toEqual(CLAIMS.slice(1).map(([, , value], i) => [i + 2, value, null, null]));
  expect(db.prepare('SELECT v.key, c.value FROM claim_verdicts v JOIN codes c ON c.id = v.verdict').raw().all()).toEqual([[1, 'supports']]);
  expect(db.prepare("EXPLAIN QUERY PLAN SELECT * FROM claims WHERE id = 'x'").all().map((r) => (r as { detail: string }).detail).join('\n'))
    .toMatch(/USING INDEX claim_rows_id \(id=\?\)/);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('claims written read back their precision to the bit, whatever the decimals and scale written, and a range its bounds', () => {
  const db = openStore(version23Store());
  db.prepare('DELETE FROM claim_rows').run();
  const written: [string, number][] = [];
  for (const digits of ['7', '43.4', '1.86', '0.125', '19.3', '5,500', '3.14159', '12.3456789']) {
    for (const scale of [1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12]) written.push([digits, Number(digits.replace(',', '')) * scale]);
  }
  const claims = written.map(([digits, value], i): Claim => ({
    id: `claim_${(i + 1).toString(16).padStart(16, '0')}`, articleId: 'a1', mentionId: 1, subjectEntityId: null, subject: 'Acme', predicate: 'investment',
    topic: null, value, unit: i % 2 ? 'EUR' : 'USD', qualifier: 'exact', min: i % 5 ? null : value, max: i % 5 ? null : value * 1.5, dateValue: null, start: 17, end: 27, text: '$5 billion',
    sentenceStart: 0, sentenceEnd: 36, rule: 'subject.nearest', measure: 'investment', measureRule: 'measure.cue', measureKey: 'investment', period: null,
    object: null, objectEntityId: null, objectRule: 'object.unknown', source: 'Wire', sourceEntityId: null, sourceRule: 'source.outlet', asOf: null,
    asOfRule: 'as-of.unknown', timeRole: null, precision: statedPrecision(digits, value), glossOf: null, story: 's1',
  }));
  // The last with a story and an as-of date other than its article's and its sentence's.
  Object.assign(claims[claims.length - 1]!, { story: 's2', asOf: '2026-01-01' });
  writeClaims(db, claims);
  expect(db.prepare('SELECT story, as_of FROM claims WHERE id = ?').raw().get(claims[claims.length - 1]!.id)).toEqual(['s2', '2026-01-01']);
  expect(db.prepare('SELECT count(*) FROM claims WHERE story = \'s1\' AND as_of IS NULL').pluck().get()).toBe(claims.length - 1);
  // Stored as none but where they differ: the article's story kept once with the range of its claims.
  expect(db.prepare('SELECT count(*) FROM claim_rows WHERE story IS NOT NULL OR as_of IS NOT NULL').pluck().get()).toBe(1);
  expect(db.prepare('SELECT c.value FROM article_claims r JOIN codes c ON c.id = r.story').pluck().all()).toEqual(['s1']);
  const read = db.prepare('SELECT precision, unit, min_value, max_value FROM claims WHERE id = ?').raw();
  for (const c of claims) expect(read.get(c.id)).toEqual([c.precision, c.unit, c.min, c.max]);
  // Only the ranges have bounds in their extras; the others' are for their amounts, other than their mention's.
  expect(db.prepare('SELECT count(*) FROM claim_extras WHERE min_value IS NOT NULL').pluck().get()).toBe(claims.filter((c) => c.min !== null).length);
  expect(db.prepare('SELECT count(*) FROM claim_extras').pluck().get()).toBe(claims.filter((c) => c.min !== null || c.value !== 5e9).length);
  const coded = db.prepare("SELECT count(*) FROM claim_rows WHERE typeof(precision) = 'integer'").pluck().get() as number;
  expect(coded).toBeGreaterThan(claims.length * 0.9);
  db.close();
});

test('a claim\'s fact is on its row: fact_claim_rows reads the same as a view, a fact deleted unlinks its claims, a claim of its own group takes its fact', () => {
  const db = openStore(version23Store());
  expect(db.prepare("SELECT type FROM sqlite_schema WHERE name = 'fact_claim_rows'").pluck().get()).toBe('view');
  expect(db.prepare('SELECT fact, claim FROM fact_claim_rows ORDER BY claim').raw().all()).toEqual(CLAIMS.map((_, i) => [1, i + 1]));
  expect(db.prepare("EXPLAIN QUERY PLAN SELECT * FROM fact_claims WHERE fact_id = 'fact_00000000000000ff'").all()
    .map((r) => (r as { detail: string }).detail).join('\n')).toMatch(/USING INDEX claim_rows_fact \(fact=\?\)/);
  // The claims here have no group key: each is a group of its own, and deleting one deletes its fact, which unlinks the others.
  db.prepare('DELETE FROM claim_rows WHERE key = 1').run();
  expect(db.prepare('SELECT count(*) FROM facts').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM claim_rows WHERE fact IS NOT NULL OR verdict IS NOT NULL').pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM fact_claims').pluck().get()).toBe(0);
  db.close();
});

test('a store where a claim is in two facts is refused, not changed', () => {
  const file = version23Store();
  const raw = new Database(file);
  raw.exec(`INSERT INTO fact_rows (key, hash, form, subject, unit, status, qualifier) SELECT 2, 256, form, subject, unit, status, qualifier FROM fact_rows;
    INSERT INTO fact_claim_rows (fact, claim, verdict) SELECT 2, 1, verdict FROM fact_claim_rows WHERE claim = 1;`);
  raw.close();
  expect(() => openStore(file)).toThrow(/migration|one_fact_per_claim/);
  const after = new Database(file, { readonly: true });
  expect(after.pragma('user_version', { simple: true })).toBe(23);
  after.close();
});

test('the subject before a join by figures is in claim_extras as reconciliation sets and clears it', () => {
  const db = openStore(version23Store());
  const extras = () => db.prepare('SELECT count(*) FROM claim_extras').pluck().get() as number;
  const before = extras(); // the claims whose amounts are not their mention's
  const update = db.prepare('UPDATE claims SET subject_entity_id = ?, subject = ?, linked_from_entity_id = ?, linked_from_subject = ? WHERE id = ?');
  const read = db.prepare('SELECT subject_entity_id, subject, linked_from_entity_id, linked_from_subject FROM claims WHERE id = ?').raw();
  const first = CLAIMS[0]![0]; // its amount its mention's: no extras yet
  // A subject rewritten with no join by figures adds no row of extras.
  update.run('org:acme', 'Acme', null, null, first);
  expect(extras()).toBe(before);
  update.run('org:acme-group', 'Acme Group', 'org:acme', 'Acme', first);
  expect(read.get(first)).toEqual(['org:acme-group', 'Acme Group', 'org:acme', 'Acme']);
  expect(extras()).toBe(before + 1);
  update.run('org:acme', 'Acme', null, null, first);
  expect(read.get(first)).toEqual(['org:acme', 'Acme', null, null]);
  db.close();
});
