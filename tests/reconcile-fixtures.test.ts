// Each reconciliation rule on our own small articles: fixtures/reconcile/<rule>/articles
// is a drop, expected.json the facts and conflicts it must give. The real bin stores the
// drop (the run reconciles); the store is compared with the file.

import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';

interface Expected {
  rule: string;
  facts: { subject: string; predicate: string; topic: string | null; value: number | string; status: string; claims: Record<string, string[]> }[];
  conflicts: { kind: string; entity?: string; canonical: string; variants: { value: number | string; articles: string[] }[] }[];
}

const ROOT = join(REPO, 'fixtures', 'reconcile');
const RULES = readdirSync(ROOT).sort();

function reconciledStore(rule: string): Database.Database {
  const file = join(tempDir(), `${rule}.sqlite`);
  const run = newsfacts(['run', join(ROOT, rule, 'articles'), '--db', file, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  return new Database(file, { readonly: true });
}

describe.each(RULES)('%s', (rule) => {
  const expected = JSON.parse(readFileSync(join(ROOT, rule, 'expected.json'), 'utf8')) as Expected;

  test(`gives the expected facts and conflicts (${expected.rule})`, () => {
    const db = reconciledStore(rule);
    const pathOf = new Map((db.prepare('SELECT id, path FROM articles').all() as { id: string; path: string }[]).map((a) => [a.id, a.path]));
    const articles = (ids: string[]) => ids.map((id) => pathOf.get(id) ?? id).sort();
    const facts = (db.prepare('SELECT * FROM facts ORDER BY topic, id').all() as Record<string, unknown>[]).map((f) => {
      const claims: Record<string, string[]> = {};
      for (const e of db.prepare('SELECT article_id, verdict FROM fact_evidence WHERE fact_id = ? ORDER BY article_id, span_start').all(f.id) as { article_id: string; verdict: string }[]) {
        const path = pathOf.get(e.article_id)!;
        claims[path] = [...new Set([...(claims[path] ?? []), e.verdict])];
      }
      return { subject: f.subject_entity_id, predicate: f.predicate, topic: f.topic, value: f.value_number ?? f.value_text, status: f.status, claims };
    });
    expect(facts).toEqual(expected.facts);
    const conflicts = (db.prepare('SELECT * FROM conflicts ORDER BY kind, id').all() as Record<string, unknown>[]).map((c) => ({
      kind: c.kind,
      ...(c.kind === 'name_variant' ? { entity: c.entity_id } : {}),
      canonical: c.canonical,
      variants: (JSON.parse(String(c.variants)) as { value: number | string; articles: string[] }[]).map((v) => ({ value: v.value, articles: articles(v.articles) })),
    }));
    expect(conflicts).toEqual(expected.conflicts);
    db.close();
  });
});
