// Migration 7 on a store written at schema version 6: the conflicts keep their rows and gain
// typed canonical values, typed variants and evidence by claim reference (the copies leave
// the variants' JSON); a claim's rule columns keep the rule id, its reason moves to
// rule_reasons; fact_claims is rebuilt without a rowid, its rows and views intact.

import { expect, test } from 'vitest';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema } from './old-store.ts';

const TEXT = 'Acme will invest $5 billion in Ohio. Acme will invest $50 billion, a rival said. Minister Rutherford spoke.';

/** A version-6 store holding one article, two claims of one fact, a scale error and a name variant. */
function version6Store(): string {
  const { file, raw } = storeAtSchema(6);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO articles (id, content_sha256, drop_dir, path, text_original, status, run_id, created_at)
      VALUES ('a1', 'x', '/d', 'a.txt', '${TEXT}', 'ok', 1, '2026-01-01');
    INSERT INTO mentions (id, article_id, kind, span_start, span_end, text, rule) VALUES
      (1, 'a1', 'money', 17, 27, '$5 billion', 'en.money'), (2, 'a1', 'money', 54, 65, '$50 billion', 'en.money');
    INSERT INTO claims (id, article_id, mention_id, subject, predicate, value_number, unit, qualifier, span_start, span_end, text,
        sentence_start, sentence_end, rule, measure_rule, object_rule, source_rule, as_of_rule) VALUES
      ('claim_1', 'a1', 1, 'Acme', 'investment', 5e9, 'USD', 'exact', 17, 27, '$5 billion', 0, 36, 'subject.nearest', 'measure.ranked-cue',
        'object.after-amount', 'source.outlet', 'as-of.unknown: no dated sentence and no published date'),
      ('claim_2', 'a1', 2, 'Acme', 'investment', 5e10, 'USD', 'exact', 54, 65, '$50 billion', 37, 80, 'subject.nearest',
        'measure.unknown: no measure cue in its clause', 'object.unknown: no place, project or organisation named for it in its clause',
        'source.speaker', 'as-of.unknown: no dated sentence and no published date');
    INSERT INTO facts (id, subject, predicate, value_number, unit, status, rule, explanation) VALUES
      ('fact_1', 'Acme', 'investment', 5e9, 'USD', 'resolved', 'value.scale-error.power-of-ten', 'one slip');
    INSERT INTO fact_claims (fact_id, claim_id, verdict) VALUES ('fact_1', 'claim_1', 'supports'), ('fact_1', 'claim_2', 'scale_error');
    INSERT INTO entities (id, type, name, source) VALUES ('person:rutherford', 'person', 'Rutherford', 'discovered');
  `);
  const scale = [
    { value: 5e9, stated: '5 billion USD', articles: ['a1'], evidence: [{ article: 'a1', start: 17, end: 27, text: '$5 billion' }] },
    { value: 5e10, stated: '50 billion USD', articles: ['a1'], evidence: [{ article: 'a1', start: 54, end: 65, text: '$50 billion' }] },
  ];
  const name = [
    { value: 'Howard Lutnick', stated: 'Howard Lutnick', articles: ['b1'], evidence: [] },
    { value: 'Rutherford', stated: 'Rutherford', articles: ['a1'], evidence: [{ article: 'a1', start: 81, end: 100, text: 'Minister Rutherford' }] },
  ];
  const insert = raw.prepare('INSERT INTO conflicts (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  insert.run('conflict_s', 'scale_error', 'fact_1', null, '5000000000', JSON.stringify(scale), 'kept', 'value.scale-error.power-of-ten', 'slip');
  insert.run('conflict_n', 'name_variant', null, 'person:howard-lutnick', 'Howard Lutnick', JSON.stringify(name), 'kept', 'name.variant.same-role', 'misnamed');
  raw.close();
  return file;
}

test('a version-6 store migrates to 7: conflicts typed, evidence by reference, rule reasons once, fact_claims kept', () => {
  const db = openStore(version6Store());
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(7);
  const all = (sql: string) => db.prepare(sql).all();

  expect(all('SELECT id, canonical, canonical_number, canonical_text, unit FROM conflicts ORDER BY id')).toEqual([
    { id: 'conflict_n', canonical: 'Howard Lutnick', canonical_number: null, canonical_text: 'Howard Lutnick', unit: null },
    { id: 'conflict_s', canonical: '5000000000', canonical_number: 5e9, canonical_text: '5000000000', unit: 'USD' },
  ]);
  expect(all('SELECT conflict_id, variant, value_number, value_text, stated, articles FROM conflict_variants ORDER BY conflict_id, variant')).toEqual([
    { conflict_id: 'conflict_n', variant: 0, value_number: null, value_text: 'Howard Lutnick', stated: 'Howard Lutnick', articles: 1 },
    { conflict_id: 'conflict_n', variant: 1, value_number: null, value_text: 'Rutherford', stated: 'Rutherford', articles: 1 },
    { conflict_id: 'conflict_s', variant: 0, value_number: 5e9, value_text: null, stated: '5 billion USD', articles: 1 },
    { conflict_id: 'conflict_s', variant: 1, value_number: 5e10, value_text: null, stated: '50 billion USD', articles: 1 },
  ]);
  // A value's evidence became its claim; a name's stays an article span. The view gives back the text.
  expect(all('SELECT conflict_id, variant, claim_id, article_id, span_start, span_end, text FROM conflict_spans ORDER BY conflict_id, variant')).toEqual([
    { conflict_id: 'conflict_n', variant: 1, claim_id: null, article_id: 'a1', span_start: 81, span_end: 100, text: 'Minister Rutherford' },
    { conflict_id: 'conflict_s', variant: 0, claim_id: 'claim_1', article_id: 'a1', span_start: 17, span_end: 27, text: '$5 billion' },
    { conflict_id: 'conflict_s', variant: 1, claim_id: 'claim_2', article_id: 'a1', span_start: 54, span_end: 65, text: '$50 billion' },
  ]);
  const variants = JSON.parse(String(db.prepare("SELECT variants FROM conflicts WHERE id = 'conflict_s'").pluck().get())) as Record<string, unknown>[];
  expect(variants).toEqual([
    { value: 5e9, stated: '5 billion USD', articles: ['a1'] },
    { value: 5e10, stated: '50 billion USD', articles: ['a1'] },
  ]);

  expect(all('SELECT id, measure_rule, object_rule, as_of_rule FROM claims ORDER BY id')).toEqual([
    { id: 'claim_1', measure_rule: 'measure.ranked-cue', object_rule: 'object.after-amount', as_of_rule: 'as-of.unknown' },
    { id: 'claim_2', measure_rule: 'measure.unknown', object_rule: 'object.unknown', as_of_rule: 'as-of.unknown' },
  ]);
  expect(all('SELECT rule, reason FROM rule_reasons ORDER BY rule')).toEqual([
    { rule: 'as-of.unknown', reason: 'no dated sentence and no published date' },
    { rule: 'measure.unknown', reason: 'no measure cue in its clause' },
    { rule: 'object.unknown', reason: 'no place, project or organisation named for it in its clause' },
  ]);

  expect(all('SELECT fact_id, claim_id, verdict, sentence FROM fact_evidence ORDER BY claim_id')).toEqual([
    { fact_id: 'fact_1', claim_id: 'claim_1', verdict: 'supports', sentence: 'Acme will invest $5 billion in Ohio.' },
    { fact_id: 'fact_1', claim_id: 'claim_2', verdict: 'scale_error', sentence: 'Acme will invest $50 billion, a rival said.' },
  ]);
  expect(all('SELECT claims FROM canonical_facts')).toEqual([{ claims: 2 }]);
  // From migration 10 fact_claims is a view over fact_claim_rows, the table without a rowid; from migration 24 that is a view
  // over the claims' rows, which hold their fact.
  expect(String(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'fact_claim_rows'").pluck().get())).toMatch(/CREATE VIEW fact_claim_rows[^]*FROM claim_rows/);
  expect(all("SELECT id, flag, variant_of, flag_reason FROM entities")).toEqual([{ id: 'person:rutherford', flag: null, variant_of: null, flag_reason: null }]);
  // Evidence is derived with its conflict and goes with it; deleting a fact takes its conflicts, variants and evidence.
  db.prepare("DELETE FROM facts WHERE id = 'fact_1'").run();
  expect(all('SELECT conflict_id, count(*) AS n FROM conflict_evidence GROUP BY conflict_id')).toEqual([{ conflict_id: 'conflict_n', n: 1 }]);
  expect(all('SELECT DISTINCT conflict_id FROM conflict_variants')).toEqual([{ conflict_id: 'conflict_n' }]);
  db.close();
});
