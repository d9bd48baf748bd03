// The seed drop's "perfect result" (MISSION.md) as an acceptance test: run the real bin
// over fixtures/seeds, reconcile, and read the canonical layer back from the store.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { reconcileStore } from '../pipeline/reconcile/index.ts';
import { openStore } from '../pipeline/store/open.ts';
import { copyFixtures, newsfacts, tempDir } from './cli-helpers.ts';

type Row = Record<string, unknown>;
let db: Database.Database;
const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
const articleOf = (prefix: string) => (all('SELECT id FROM articles WHERE path LIKE ?', `${prefix}%`)[0] as { id: string }).id;

/** Facts holding a claim of `article` whose text is `text`, with that claim's verdict. */
function factsWithClaim(prefix: string, text: string): Row[] {
  return all(
    `SELECT f.*, fc.verdict FROM facts f JOIN fact_claims fc ON fc.fact_id = f.id JOIN claims c ON c.id = fc.claim_id
     WHERE c.article_id = ? AND c.text = ?`, articleOf(prefix), text);
}

beforeAll(() => {
  const drop = copyFixtures('seeds');
  const file = join(tempDir(), 'seeds.sqlite');
  const run = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  db = new Database(file, { readonly: true });
}, 120_000);

describe('the seed drop reconciled', () => {
  test('the $550 billion commitment: 002 and 004 support it, 003\'s $55 billion is a scale error', () => {
    const facts = factsWithClaim('002', '$550 billion');
    expect(facts.length).toBeGreaterThan(0);
    const fact = facts[0]!;
    expect(fact).toMatchObject({ subject_entity_id: 'place:jp', predicate: 'commitment', value_number: 550e9, unit: 'USD' });
    expect(['resolved', 'agreed']).toContain(fact.status);
    const evidence = all('SELECT article_id, text, verdict FROM fact_evidence WHERE fact_id = ?', fact.id);
    const verdictsOf = (prefix: string) => new Set(evidence.filter((e) => e.article_id === articleOf(prefix)).map((e) => e.verdict));
    expect(verdictsOf('002')).toEqual(new Set(['supports']));
    expect(verdictsOf('004')).toEqual(new Set(['supports']));
    expect(verdictsOf('003')).toEqual(new Set(['scale_error']));
    expect(evidence.filter((e) => e.verdict === 'scale_error').every((e) => e.text === '$55 billion')).toBe(true);
    // every $55 billion of 003 is evidence on this fact, none silently dropped
    expect(evidence.filter((e) => e.text === '$55 billion')).toHaveLength(all("SELECT 1 FROM mentions WHERE article_id = ? AND text = '$55 billion'", articleOf('003')).length);
    const conflicts = all("SELECT * FROM conflicts WHERE kind = 'scale_error' AND fact_id = ?", fact.id);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.canonical).toBe('550000000000');
    const variants = JSON.parse(String(conflicts[0]!.variants)) as { value: number; articles: string[] }[];
    expect(variants.map((v) => [v.value, v.articles])).toEqual([[550e9, [articleOf('002'), articleOf('004')].sort()], [55e9, [articleOf('003')]]]);
  });

  test.each([
    ['Rutherford', 'person:howard-lutnick', 'Howard Lutnick'],
    ['Akizuki', 'person:ryosei-akazawa', 'Ryosei Akazawa'],
    ['Taro Kishida', 'person:sanae-takaichi', 'Sanae Takaichi'],
  ])('"%s" (003) is a name variant of %s', (variant, entity, canonical) => {
    const rows = all("SELECT * FROM conflicts WHERE kind = 'name_variant' AND entity_id = ?", entity);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.canonical).toBe(canonical);
    const variants = JSON.parse(String(rows[0]!.variants)) as { value: string; articles: string[] }[];
    expect(variants[0]!.value).toBe(canonical);
    expect(variants.slice(1)).toEqual([expect.objectContaining({ value: variant, articles: [articleOf('003')] })]);
    expect(variants[0]!.articles).not.toContain(articleOf('003'));
  });

  test('the Alaska LNG cost is disputed: over $60 billion (003) against up to 440亿美元 (004)', () => {
    const [fact] = factsWithClaim('004', '440亿美元');
    expect(fact).toMatchObject({ predicate: 'cost_estimate', topic: 'alaska_lng', status: 'disputed' });
    const evidence = all('SELECT article_id, text, qualifier, verdict FROM fact_evidence WHERE fact_id = ? ORDER BY article_id', fact!.id);
    expect(evidence).toEqual([
      { article_id: articleOf('003'), text: '$60 billion', qualifier: 'over', verdict: 'disputed' },
      { article_id: articleOf('004'), text: '440亿美元', qualifier: 'up_to', verdict: 'disputed' },
    ].sort((a, b) => (a.article_id < b.article_id ? -1 : 1)));
    expect(all("SELECT kind FROM conflicts WHERE fact_id = ?", fact!.id)).toEqual([{ kind: 'value_mismatch' }]);
  });

  test('the same number in different contexts stays in different facts', () => {
    const [firstPhase] = factsWithClaim('002', '$44 billion');
    const [alaska] = factsWithClaim('004', '440亿美元');
    expect(firstPhase!.id).not.toBe(alaska!.id);
    expect(firstPhase!.topic).toBe('first_phase');
    const [diamond] = factsWithClaim('001', '$600m');
    const [channel] = factsWithClaim('004', '6亿美元');
    expect(diamond!.id).not.toBe(channel!.id);
    expect(diamond!.topic).toBe('artificial_diamond');
    expect(channel!.subject_entity_id).toBe('org:max-energy');
  });

  test('the three Mitsubishis are three entities; Trump is one across languages', () => {
    const ids = all("SELECT id FROM entities WHERE id LIKE 'org:mitsubishi%'").map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['org:mitsubishi-corporation', 'org:mitsubishi-electric', 'org:mitsubishi-heavy-industries']));
    const trumpNames = all("SELECT DISTINCT m.text FROM mentions m WHERE m.kind = 'entity' AND m.entity_id = 'person:donald-trump'").map((r) => r.text);
    expect(trumpNames).toEqual(expect.arrayContaining(['Donald Trump', '唐纳德·特朗普', '特朗普']));
    const aliases = all("SELECT alias FROM entity_aliases WHERE entity_id = 'person:donald-trump'").map((r) => r.alias);
    expect(aliases).toEqual(expect.arrayContaining(['唐纳德·特朗普', '特朗普']));
  });

  test('every claim is traceable: its span slices its text, its sentence holds the span', () => {
    const rows = all('SELECT c.*, a.text_original FROM claims c JOIN articles a ON a.id = c.article_id');
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const r of rows) {
      const text = String(r.text_original);
      expect(text.slice(Number(r.span_start), Number(r.span_end))).toBe(r.text);
      expect(Number(r.sentence_start)).toBeLessThanOrEqual(Number(r.span_start));
      expect(Number(r.sentence_end)).toBeGreaterThanOrEqual(Number(r.span_end));
    }
    expect(all('SELECT count(*) AS n FROM claims WHERE id NOT IN (SELECT claim_id FROM fact_claims)')).toEqual([{ n: 0 }]);
  });

  test('reconciling again gives the same canonical layer', () => {
    const snapshot = () => JSON.stringify([
      all('SELECT * FROM claims ORDER BY id'), all('SELECT * FROM facts ORDER BY id'),
      all('SELECT * FROM fact_claims ORDER BY fact_id, claim_id'), all('SELECT * FROM conflicts ORDER BY id'),
      all('SELECT * FROM entity_aliases ORDER BY entity_id, alias'),
    ]);
    const before = snapshot();
    const writer = openStore(db.name);
    reconcileStore(writer);
    writer.close();
    expect(snapshot()).toBe(before);
  });
});
