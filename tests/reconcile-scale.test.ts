// Many repeats of one figure: reconciliation groups claims by fact and by stated figure
// before comparing anything, so repeats must land together — one reading per figure,
// every repeat kept as evidence with its reading's verdict. (How fast is for the bench:
// scripts/bench-reconcile.ts; here only what comes out.)

import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, tempDir } from './cli-helpers.ts';

type Row = Record<string, unknown>;

const sentence = (amount: string) => `Tokyo said on October 27 that Toshiba and Hitachi would invest ${amount} in Ohio plants over five years. `;

/** Runs the bin (which reconciles) over a drop of `files` and opens the store. */
function reconciled(files: Record<string, string>): Database.Database {
  const drop = join(tempDir(), 'drop');
  mkdirSync(drop);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(drop, name), text);
  const file = join(tempDir(), 'scale.sqlite');
  const run = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  return new Database(file, { readonly: true });
}

const verdictCounts = (db: Database.Database, factId: unknown) =>
  Object.fromEntries((db.prepare('SELECT verdict, count(*) AS n FROM fact_claims WHERE fact_id = ? GROUP BY verdict').all(factId) as { verdict: string; n: number }[]).map((r) => [r.verdict, r.n]));

describe('repeated claims', () => {
  test('one article repeating one sentence 2,000 times: one fact, 2,000 claims, all supporting', () => {
    const db = reconciled({ 'repeat.txt': `Toshiba and Hitachi in Ohio\n\n${sentence('up to $2.1 billion').repeat(2000)}` });
    expect(db.prepare('SELECT count(*) AS n FROM claims').get()).toEqual({ n: 2000 });
    const facts = db.prepare('SELECT * FROM facts').all() as Row[];
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ subject_entity_id: 'org:hitachi', predicate: 'investment', value_number: 2.1e9, unit: 'USD', status: 'single' });
    expect(verdictCounts(db, facts[0]!.id)).toEqual({ supports: 2000 });
    expect(db.prepare('SELECT count(*) AS n FROM conflicts').get()).toEqual({ n: 0 });
    db.close();
  }, 120_000);

  test('repeats across articles: compatible figures share a reading, a ×10 slip is one scale error however often repeated', () => {
    const db = reconciled({
      'a.txt': `Toshiba and Hitachi in Ohio\n\n${sentence('up to $2.1 billion').repeat(2000)}`,
      'b.txt': `Ohio plants\n\n${sentence('$2.1 billion').repeat(300)}`,
      'd.txt': `Ohio plants again\n\n${sentence('$21 billion').repeat(100)}`,
    });
    const facts = db.prepare('SELECT * FROM facts').all() as Row[];
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value_number: 2.1e9, status: 'resolved', rule: 'value.scale-error.power-of-ten' });
    expect(verdictCounts(db, facts[0]!.id)).toEqual({ supports: 2300, scale_error: 100 });
    const conflicts = db.prepare('SELECT * FROM conflicts').all() as Row[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'scale_error', canonical: '2100000000' });
    // Said in words an analyst reads, not as a power of ten.
    expect(String(conflicts[0]!.explanation)).toMatch(/ as 21 billion USD, ten times the (up to )?2\.1 billion USD stated by .+: a ×10 slip, so the better-supported figure stands\.$/);
    const variants = JSON.parse(String(conflicts[0]!.variants)) as { value: number; articles: string[] }[];
    expect(variants.map((v) => [v.value, v.articles.length])).toEqual([[2.1e9, 2], [21e9, 1]]);
    // Every claim is evidence of its variant, stored once as a reference (migration 7), never as a copy.
    expect(db.prepare(`SELECT v.value_number AS value, count(e.claim_id) AS claims FROM conflict_variants v
      JOIN conflict_evidence e ON e.conflict_id = v.conflict_id AND e.variant = v.variant GROUP BY v.variant ORDER BY v.variant`).raw().all())
      .toEqual([[2.1e9, 2300], [21e9, 100]]);
    db.close();
  }, 120_000);

  test('two slipped readings leading with one figure stated two ways are two scale errors, not one id twice', () => {
    const invest = (amount: string) => `Toshiba will invest ${amount} in nuclear plants.\n`;
    const db = reconciled({
      'a.txt': invest('$66.2 billion'), 'b.txt': `Toshiba news\n\n${invest('$66.2 billion')}`, 'c.txt': `More Toshiba news\n\n${invest('$66.2 billion')}`,
      // $66.2 million and $66.6 million are one reading; "up to $66.2 million" does not meet $66.6 million, so it is another.
      'd.txt': invest('$66.2 million'), 'e.txt': invest('$66.6 million'), 'f.txt': invest('up to $66.2 million'),
    });
    const conflicts = db.prepare("SELECT id, variants FROM conflicts WHERE kind = 'scale_error'").all() as Row[];
    const slipped = conflicts.map((c) => (JSON.parse(String(c.variants)) as { stated: string }[])[1]!.stated).sort();
    expect(slipped).toEqual(['66.2 million USD', 'up to 66.2 million USD']);
    expect(new Set(conflicts.map((c) => c.id)).size).toBe(2);
    db.close();
  }, 120_000);
});
