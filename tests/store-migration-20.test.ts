// Migration 20: conflicts compact. A version-19 store migrates reading back the same conflicts,
// variants, evidence, spans and facts byte for byte, with no text stored for a dispute's or an
// independent-sources mismatch's explanation and resolution, nor for a canonical column, that
// the view composes (a text that does not follow the template is kept); an app writing through
// the conflicts and conflict_variants views leaves what it did not change reading as before; and
// reconciliation's writer stores no text the view gives back.

import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { listed } from '../pipeline/reconcile/prose-lists.ts';
import type { Conflict, Fact } from '../pipeline/reconcile/types.ts';
import { writeFactsAndConflicts } from '../pipeline/reconcile/write.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema } from './old-store.ts';

const ARTICLES = Array.from({ length: 12 }, (_, i) => ({ id: `a${String(i + 1).padStart(2, '0')}`, path: `p${String(i + 1).padStart(2, '0')}.txt` }));
const pathOf = (id: string) => ARTICLES.find((a) => a.id === id)!.path;
const listOf = (articles: string[]) => listed(articles, pathOf, 'articles');

interface Variant { value: number | string; stated: string; articles: string[]; claims: number[]; spans?: [string, number, number][] }
/** A claim key per article: claim k is in article ARTICLES[k - 1]. */
const claimsOf = (articles: string[]) => articles.map((a) => ARTICLES.findIndex((x) => x.id === a) + 1);
const variant = (value: number, stated: string, articles: string[]): Variant => ({ value, stated, articles, claims: claimsOf(articles) });

// A dispute of eleven readings, the first stated by all twelve articles: both lists end in "(and … more …)".
const MANY = [variant(5e9, '5 billion USD', ARTICLES.map((a) => a.id)),
  ...Array.from({ length: 10 }, (_, i) => variant(6e9 + i * 1e8, `${6 + i / 10} billion USD`, [ARTICLES[i]!.id]))];
const DISPUTED = [variant(5e9, '5 billion USD', ['a01', 'a02']), variant(7e9, '7 billion USD', ['a03'])];
const OUTWEIGHED = [variant(5e9, 'about 5 billion USD', ['a01', 'a02', 'a05']), variant(7e9, '7 billion USD', ['a03']), variant(9e9, '9 billion USD', ['a04'])];
const dispute = (label: string, variants: Variant[]) =>
  `The Acme ${label} is ${listed(variants, (v) => `${v.stated} in ${listOf(v.articles)}`, 'readings', ' but ')}; these ranges do not meet and no source clearly outweighs the other, so both are kept.`;
const independent = (label: string, [kept, ...others]: Variant[]) =>
  `${listOf(kept!.articles)} independently give the Acme ${label} as ${kept!.stated}, outweighing ${listed(others, (v) => `${v.stated} (${listOf(v.articles)})`, 'figures', ' and ')}.`;

interface Row { id: string; kind: string; fact: string | null; canonical: string; resolution: string; rule: string; explanation: string; number?: number; variants: Variant[] }
const DISPUTE_RULE = 'value.mismatch.disputed';
const CONFLICTS: Row[] = [
  { id: 'conflict_d', kind: 'value_mismatch', fact: 'fact_d', canonical: '5 billion USD vs 7 billion USD', resolution: 'disputed: no reading is clearly better supported',
    rule: DISPUTE_RULE, explanation: dispute('investment (first phase)', DISPUTED), variants: DISPUTED },
  { id: 'conflict_m', kind: 'value_mismatch', fact: 'fact_m', canonical: MANY.map((v) => v.stated).join(' vs '), resolution: 'disputed: no reading is clearly better supported',
    rule: DISPUTE_RULE, explanation: dispute('price / offer', MANY), variants: MANY },
  { id: 'conflict_i', kind: 'value_mismatch', fact: 'fact_i', canonical: '5000000000', number: 5e9, resolution: 'about 5 billion USD kept; 7 billion USD, 9 billion USD marked as outliers',
    rule: 'value.mismatch.independent-sources', explanation: independent('investment', OUTWEIGHED), variants: OUTWEIGHED },
  // Kept: a scale error's words, a dispute whose text follows no template, a name variant.
  { id: 'conflict_s', kind: 'scale_error', fact: 'fact_i', canonical: '5000000000', number: 5e9, resolution: '5 billion USD kept; 500 million USD flagged as a ×10 scale error',
    rule: 'value.scale-error.power-of-ten', explanation: 'p03.txt gives the Acme investment as 500 million USD, a tenth of the 5 billion USD stated by p01.txt.',
    variants: [variant(5e9, '5 billion USD', ['a01']), variant(5e8, '500 million USD', ['a03'])] },
  { id: 'conflict_x', kind: 'value_mismatch', fact: 'fact_x', canonical: '5 billion USD vs 7 billion USD', resolution: 'disputed: no reading is clearly better supported',
    rule: DISPUTE_RULE, explanation: 'The readings differ.', variants: DISPUTED },
  { id: 'conflict_n', kind: 'name_variant', fact: null, canonical: 'Rutherford', resolution: 'Rutherford kept', rule: 'name.variant.same-role-story.spelling',
    explanation: 'p02.txt names the minister "Rutherfurd".', variants: [
      { value: 'Rutherford', stated: 'Rutherford', articles: ['a01'], claims: [], spans: [['a01', 0, 4]] },
      { value: 'Rutherfurd', stated: 'Rutherfurd', articles: ['a02'], claims: [], spans: [['a02', 0, 4]] }] },
];
const COMPOSED = ['conflict_d', 'conflict_i', 'conflict_m'];
/** A conflict's canonical_text: the kept amount as stated, a name variant's canonical name, none for a dispute. */
const canonicalText = (c: Row) => (c.number ? '5 billion USD' : c.kind === 'name_variant' ? c.canonical : null);
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const orNull = (s: string | null) => (s === null ? 'NULL' : q(s));
const code = (value: string) => `(SELECT id FROM codes WHERE value = ${q(value)})`;

/** A store at schema 19: twelve articles with a claim each, four facts (disputed ones with their text composed from their conflict), six conflicts. */
function version19Store(): string {
  const { file, raw } = storeAtSchema(19);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT OR IGNORE INTO codes (value) VALUES ('Acme'), ('investment'), ('subject.nearest'), ('disputed'), ('resolved'), ('fact.rule'), ('USD'), ('range');
    ${ARTICLES.map((a, i) => `
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, text_original, status, run_id, created_at)
      VALUES (${i + 1}, '${a.id}', 'x${i}', '/d', '${a.path}', 'en', 'Acme will invest $5 billion.', 'ok', 1, '2026-01-01');
    INSERT INTO claim_rows (key, id, article, subject, predicate, value_number, span_start, span_length, sentence_start, sentence_end, rule)
      VALUES (${i + 1}, 'claim_${i + 1}', ${i + 1}, ${code('Acme')}, ${code('investment')}, 5e9, 17, 10, 0, 28, ${code('subject.nearest')});`).join('')}
    ${['fact_d', 'fact_m', 'fact_i', 'fact_x'].map((id, i) => `
    INSERT INTO fact_rows (key, id, subject, predicate, unit, status, rule, explanation, qualifier)
      VALUES (${i + 1}, '${id}', ${code('Acme')}, ${code('investment')}, ${code('USD')}, ${code(id === 'fact_i' ? 'resolved' : 'disputed')}, ${code('fact.rule')},
        ${id === 'fact_i' ? "'settled'" : 'NULL'}, ${code('range')});
    INSERT INTO fact_claim_rows (fact, claim, verdict) VALUES (${i + 1}, ${i + 1}, ${code('disputed')});`).join('')}
    ${CONFLICTS.map((c) => `
    INSERT INTO conflict_rows (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation, canonical_number, canonical_text, unit)
      VALUES ('${c.id}', '${c.kind}', ${c.fact ? `'${c.fact}'` : 'NULL'}, 'org:acme', ${q(c.canonical)}, NULL, ${q(c.resolution)}, '${c.rule}', ${q(c.explanation)},
        ${c.number ?? 'NULL'}, ${orNull(canonicalText(c))}, ${c.kind === 'name_variant' ? 'NULL' : "'USD'"});
    ${c.variants.map((v, i) => `
    INSERT INTO conflict_variants (conflict_id, variant, value_number, value_text, stated, entity_id, articles)
      VALUES ('${c.id}', ${i}, ${typeof v.value === 'number' ? v.value : 'NULL'}, ${typeof v.value === 'string' ? q(v.value) : 'NULL'}, ${q(v.stated)},
        ${typeof v.value === 'string' ? `'person:${v.value.toLowerCase()}'` : 'NULL'}, ${v.articles.length});
    INSERT INTO conflict_evidence_sets (conflict_id, variant, evidence) VALUES ('${c.id}', ${i}, '${JSON.stringify([...v.claims, ...(v.spans ?? [])])}');`).join('')}`).join('')}
  `);
  raw.close();
  return file;
}

/** Every row of the views the migration remakes, text in hex. */
const readViews = (db: Database.Database) => Object.fromEntries(['conflicts', 'conflict_variants', 'conflict_evidence', 'conflict_spans', 'facts', 'canonical_facts']
  .map((view) => [view, db.prepare(`SELECT *, hex(${view === 'conflicts' || view === 'facts' ? 'explanation' : "''"}) FROM ${view} ORDER BY 1, 2, 3`).all()]));

test('a version-19 store migrates to 20: conflicts, their variants, evidence and facts read back byte for byte, texts the view composes not stored', () => {
  const file = version19Store();
  const raw = new Database(file, { readonly: true });
  const before = readViews(raw);
  raw.close();
  expect((before.conflicts as { explanation: string }[]).map((c) => c.explanation)).toEqual([...CONFLICTS].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => c.explanation));
  expect((before.facts as { id: string; explanation: string }[]).find((f) => f.id === 'fact_m')!.explanation).toMatch(/\(and 2 more articles\).*\(and 1 more readings\)/);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(20);
  expect(readViews(db)).toEqual(before);
  expect(db.prepare('SELECT id FROM conflict_rows WHERE explanation IS NULL AND resolution IS NULL ORDER BY id').pluck().all()).toEqual(COMPOSED);
  expect(db.prepare('SELECT r.id, c.value FROM conflict_rows r JOIN codes c ON c.id = r.label ORDER BY r.id').raw().all())
    .toEqual([['conflict_d', 'investment (first phase)'], ['conflict_i', 'investment'], ['conflict_m', 'price / offer']]);
  expect(db.prepare('SELECT count(*) FROM conflict_rows WHERE canonical IS NOT NULL OR variants IS NOT NULL').pluck().get()).toBe(0);
  expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('conflict_evidence_sets', 'conflict_rows_19')").pluck().get()).toBe(0);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('an app changing a conflict or its variants through the views leaves what it did not change reading as before', () => {
  const db = openStore(version19Store());
  const before = readViews(db);
  const conflictOf = (id: string) => db.prepare('SELECT * FROM conflicts WHERE id = ?').get(id) as Record<string, unknown>;
  const factText = () => db.prepare("SELECT explanation FROM facts WHERE id = 'fact_d'").pluck().get();
  db.prepare("UPDATE conflicts SET rule = 'value.mismatch.checked' WHERE id = 'conflict_d'").run();
  expect(conflictOf('conflict_d')).toEqual({ ...(before.conflicts as Record<string, unknown>[])[0], 'hex(explanation)': undefined, rule: 'value.mismatch.checked' });
  expect(factText()).toBe(CONFLICTS[0]!.explanation);
  const many = conflictOf('conflict_m');
  db.prepare("INSERT INTO conflict_variants (conflict_id, variant, value_number, stated, articles) VALUES ('conflict_m', 11, 8e9, '8 billion USD', 1)").run();
  db.prepare("DELETE FROM conflict_variants WHERE conflict_id = 'conflict_m' AND variant = 1").run();
  expect(conflictOf('conflict_m')).toEqual(many);
  expect(db.prepare("SELECT variant FROM conflict_variants WHERE conflict_id = 'conflict_m' ORDER BY variant").pluck().all()).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  expect(() => db.prepare("INSERT INTO conflict_variants (conflict_id, variant, stated, articles) VALUES ('conflict_gone', 0, 'x', 1)").run()).toThrow(/FOREIGN KEY/);
  db.prepare("DELETE FROM conflicts WHERE id = 'conflict_d'").run();
  expect(factText()).toBe(CONFLICTS[0]!.explanation);
  expect(db.prepare("SELECT count(*) FROM conflict_evidence WHERE conflict_id = 'conflict_d'").pluck().get()).toBe(0);
  db.close();
});

test('the writer stores no text for a conflict the view composes, and keeps the ones it cannot', () => {
  const db = openStore(version19Store());
  db.prepare('DELETE FROM conflict_rows').run();
  db.prepare('DELETE FROM fact_rows').run();
  const asConflict = (c: Row): Conflict => ({
    id: c.id, kind: c.kind as Conflict['kind'], factId: c.fact, entityId: 'org:acme', canonical: c.canonical, canonicalNumber: c.number ?? null,
    canonicalText: canonicalText(c), unit: c.kind === 'name_variant' ? null : 'USD', resolution: c.resolution, rule: c.rule, explanation: c.explanation,
    variants: c.variants.map((v) => ({ value: v.value, stated: v.stated, articles: v.articles, claims: v.claims.map((k) => `claim_${k}`),
      spans: v.spans?.map(([article, start, end]) => ({ article, start, end })) })),
  });
  // Each fact with a claim of its own, as reconciliation makes them (a claim is in one fact at most).
  const fact = (id: string, status: Fact['status'], explanation: string, claim: string): Fact => ({
    id, subject: 'Acme', subjectEntityId: null, predicate: 'investment', topic: null, valueNumber: null, valueText: null, unit: 'USD', status,
    rule: 'fact.rule', explanation, verdicts: new Map([[claim, 'disputed']]), qualifier: 'range', min: null, max: null, measure: 'investment',
    object: null, story: 's1', conversions: new Map(),
  });
  const noted = `${CONFLICTS[1]!.explanation} Other currencies compared in USD: EUR at 1.1.`;
  writeFactsAndConflicts(db, [fact('fact_d', 'disputed', CONFLICTS[0]!.explanation, 'claim_1'), fact('fact_m', 'disputed', noted, 'claim_2'),
    fact('fact_i', 'resolved', 'settled', 'claim_3'), fact('fact_x', 'disputed', 'The readings differ.', 'claim_4')], CONFLICTS.map(asConflict));
  expect(db.prepare('SELECT id, canonical, resolution, rule, explanation FROM conflicts ORDER BY id').raw().all())
    .toEqual([...CONFLICTS].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => [c.id, c.canonical, c.resolution, c.rule, c.explanation]));
  expect(db.prepare('SELECT id FROM conflict_rows WHERE explanation IS NULL AND resolution IS NULL AND canonical IS NULL ORDER BY id').pluck().all()).toEqual(COMPOSED);
  expect(db.prepare('SELECT id, explanation FROM facts ORDER BY id').raw().all())
    .toEqual([['fact_d', CONFLICTS[0]!.explanation], ['fact_i', 'settled'], ['fact_m', noted], ['fact_x', 'The readings differ.']]);
  // Only the fact whose text is not its conflict's keeps it; none was written and then emptied.
  expect(db.prepare('SELECT id FROM fact_rows WHERE explanation IS NOT NULL ORDER BY id').pluck().all()).toEqual(['fact_i', 'fact_m']);
  db.close();
});
