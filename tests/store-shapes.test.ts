// The canonical layer's shapes an app reads (migration 7), on the sample drop: typed
// conflict values per kind, variants as rows, evidence stored once as claim ids (name
// evidence as spans), misnamed people flagged on the entity, a lone surname a gazetteer
// person bears kept off the misnamed entity's aliases, rule reasons stored once — and the
// JSON report carrying the same.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyFixtures, newsfacts, tempDir } from './cli-helpers.ts';

type Row = Record<string, unknown>;
let db: Database.Database;
let report: { entities: Row[]; conflicts: Row[]; facts: { id: string; claims: { id: string; article: string; start: number }[] }[] };
const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
const articleOf = (prefix: string) => (all('SELECT id FROM articles WHERE path LIKE ?', `${prefix}%`)[0] as { id: string }).id;

beforeAll(() => {
  const drop = copyFixtures('seeds');
  const file = join(tempDir(), 'seeds.sqlite');
  const run = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  const json = newsfacts(['report', '--db', file, '--format', 'json']);
  expect(json.status, json.stderr).toBe(0);
  report = JSON.parse(json.stdout);
  db = new Database(file, { readonly: true });
}, 120_000);

describe('conflicts', () => {
  test('each kind has its typed canonical value', () => {
    expect(all(`SELECT kind, canonical_number, canonical_text, unit FROM conflicts ORDER BY kind, canonical_text`)).toEqual([
      { kind: 'name_variant', canonical_number: null, canonical_text: 'Howard Lutnick', unit: null },
      { kind: 'name_variant', canonical_number: null, canonical_text: 'Ryosei Akazawa', unit: null },
      { kind: 'name_variant', canonical_number: null, canonical_text: 'Sanae Takaichi', unit: null },
      { kind: 'scale_error', canonical_number: 550e9, canonical_text: '550 billion USD', unit: 'USD' },
      // The Alaska LNG estimates are disputed: nothing kept, the readings are the variants.
      { kind: 'value_mismatch', canonical_number: null, canonical_text: null, unit: 'USD' },
    ]);
    expect(all(`SELECT v.variant, v.value_number, v.stated, v.articles FROM conflict_variants v JOIN conflicts c ON c.id = v.conflict_id
      WHERE c.kind = 'value_mismatch' ORDER BY v.variant`)).toEqual([
      { variant: 0, value_number: 44e9, stated: 'up to 44 billion USD', articles: 1 },
      { variant: 1, value_number: 60e9, stated: 'over 60 billion USD', articles: 1 },
    ]);
  });

  test('a value conflict\'s evidence is its claims, by id, each once; the JSON variants copy none of it', () => {
    const [scale] = all("SELECT id, fact_id, variants FROM conflicts WHERE kind = 'scale_error'");
    const evidence = all('SELECT e.variant, e.claim_id, e.article_id, c.text, fc.verdict FROM conflict_evidence e JOIN claims c ON c.id = e.claim_id JOIN fact_claims fc ON fc.claim_id = c.id WHERE e.conflict_id = ?', scale!.id);
    expect(evidence.every((e) => e.article_id === null)).toBe(true);
    expect(new Set(evidence.map((e) => e.claim_id)).size).toBe(evidence.length);
    expect(new Set(evidence.filter((e) => e.variant === 1).map((e) => `${e.text}|${e.verdict}`))).toEqual(new Set(['$55 billion|scale_error']));
    expect(new Set(evidence.filter((e) => e.variant === 0).map((e) => e.verdict))).toEqual(new Set(['supports']));
    // Every claim of the fact with either value is evidence.
    expect(evidence).toHaveLength(all("SELECT 1 FROM fact_claims WHERE fact_id = ? AND verdict IN ('supports', 'scale_error')", scale!.fact_id).length);
    expect(String(scale!.variants)).not.toContain('evidence');
    expect(JSON.parse(String(scale!.variants))[1]).toEqual({ value: 55e9, stated: '55 billion USD', articles: [articleOf('003')] });
  });

  test('a name variant\'s evidence is the spans where the article wrote it, with the text resolvable', () => {
    const spans = all(`SELECT s.variant, s.path, s.text FROM conflict_spans s JOIN conflicts c ON c.id = s.conflict_id
      WHERE c.canonical_text = 'Howard Lutnick' ORDER BY s.variant, s.span_start`);
    expect(spans.filter((s) => s.variant === 1)).toEqual([
      { variant: 1, path: expect.stringMatching(/^003_/), text: 'U.S. Commerce Secretary Rutherford' },
      { variant: 1, path: expect.stringMatching(/^003_/), text: 'U.S. Commerce Secretary Rutherford' },
    ]);
  });
});

describe('entities', () => {
  test('the misnamed people are flagged with the person they stand for', () => {
    expect(all('SELECT id, flag, variant_of FROM entities WHERE flag IS NOT NULL ORDER BY id')).toEqual([
      { id: 'person:akizuki', flag: 'name_variant', variant_of: 'person:ryosei-akazawa' },
      { id: 'person:rutherford', flag: 'name_variant', variant_of: 'person:howard-lutnick' },
      { id: 'person:taro-kishida', flag: 'name_variant', variant_of: 'person:sanae-takaichi' },
    ]);
    expect(all("SELECT entity_id FROM conflict_variants WHERE variant = 1 AND entity_id IS NOT NULL ORDER BY entity_id").map((r) => r.entity_id))
      .toEqual(['person:akizuki', 'person:rutherford', 'person:taro-kishida']);
  });

  test('"Kishida" points at the entity its article meant but is no alias of it (Fumio Kishida bears that surname)', () => {
    expect(all("SELECT entity_id FROM mentions WHERE kind = 'entity' AND text = 'Kishida'").map((r) => r.entity_id)).toEqual(['person:taro-kishida']);
    expect(all("SELECT alias FROM entity_aliases WHERE alias = 'Kishida'")).toEqual([]);
    expect(all("SELECT rule FROM entity_links WHERE entity_id = 'person:taro-kishida' AND alias = 'Kishida'")).toEqual([{ rule: 'surname-in-article.not-alias' }]);
  });

});

test('claim rule columns hold rule ids; each reason is stored once', () => {
  for (const column of ['measure_rule', 'object_rule', 'source_rule', 'as_of_rule']) {
    expect(all(`SELECT ${column} FROM claims WHERE ${column} LIKE '%: %'`)).toEqual([]);
  }
  const used = all("SELECT DISTINCT object_rule AS rule FROM claims WHERE object_rule LIKE '%.unknown'").map((r) => r.rule);
  for (const rule of used) expect(all('SELECT reason FROM rule_reasons WHERE rule = ?', rule)).toHaveLength(1);
});

describe('the JSON report', () => {
  test('conflicts carry the typed value, the claims of each variant and each evidence\'s claim', () => {
    const scale = report.conflicts.find((c) => c.kind === 'scale_error')!;
    expect(scale).toMatchObject({ canonical: 550e9, canonical_value: 550e9, canonical_text: '550 billion USD', unit: 'USD' });
    const variants = scale.variants as { claims: string[]; evidence: { claim: string; path: string }[] }[];
    const fact = report.facts.find((f) => f.id === scale.fact)!;
    const claimIds = new Set(fact.claims.map((c) => c.id));
    for (const v of variants) {
      expect(v.claims.length).toBeGreaterThan(0);
      expect(v.claims.every((id) => claimIds.has(id))).toBe(true);
      expect(v.evidence.map((e) => e.claim)).toEqual(v.claims);
    }
    const names = report.conflicts.filter((c) => c.kind === 'name_variant');
    expect(names.every((c) => c.canonical_value === undefined && typeof c.canonical_text === 'string')).toBe(true);
    expect(names.map((c) => (c.variants as { entity: string }[])[1]!.entity).sort()).toEqual(['person:akizuki', 'person:rutherford', 'person:taro-kishida']);
  });

  test('entities carry the flag', () => {
    expect(report.entities.find((e) => e.id === 'person:rutherford')).toMatchObject({ flag: 'name_variant', variant_of: 'person:howard-lutnick' });
    expect(report.entities.find((e) => e.id === 'person:howard-lutnick')!.flag).toBeUndefined();
  });
});
