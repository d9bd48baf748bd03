// Explanations name at most ten articles (or figures) and count the rest: a fact repeated
// by thousands of articles is explained in a sentence, while fact_claims keeps every claim.

import { describe, expect, test } from 'vitest';
import { factClaims, resolveFact } from '../pipeline/reconcile/facts.ts';
import { listed, NAMED_AT_MOST } from '../pipeline/reconcile/prose-lists.ts';
import type { Claim } from '../pipeline/reconcile/types.ts';

function claim(n: number, value: number): Claim {
  return {
    id: `claim_${String(n).padStart(4, '0')}`, articleId: `art${String(n).padStart(4, '0')}`, mentionId: n, subjectEntityId: 'org:acme', subject: 'Acme',
    predicate: 'investment', topic: null, value, unit: 'USD', qualifier: 'exact', min: null, max: null, dateValue: null, start: 10, end: 20,
    text: `$${value / 1e9} billion`, sentenceStart: 0, sentenceEnd: 40, rule: 'test', measure: 'investment', measureRule: 'test', measureKey: 'investment',
    period: null, object: null, objectEntityId: null, objectRule: 'test', source: `Outlet ${n}`, sourceEntityId: null, sourceRule: 'source.outlet',
    asOf: null, asOfRule: 'test', timeRole: null, precision: 0.05, glossOf: null, story: 'story_1',
  };
}
const ctx = { weightOf: () => 1, labelOf: (a: string) => `“${a}”` };

describe('lists in explanations', () => {
  test('listed names every item up to the limit, then counts the rest', () => {
    expect(listed(['a', 'b'], String, 'articles')).toBe('a, b');
    const many = Array.from({ length: 1234 + NAMED_AT_MOST }, (_, i) => `x${i}`);
    expect(listed(many, String, 'articles')).toBe(`${many.slice(0, 10).join(', ')} (and 1,234 more articles)`);
    expect(listed(['a', 'b', 'c'], (s) => s.toUpperCase(), 'figures', ' and ')).toBe('A and B and C');
  });

  test('an agreed fact of 25 articles names ten of them', () => {
    const claims = Array.from({ length: 25 }, (_, i) => claim(i, 2e9));
    const { fact } = resolveFact(factClaims(claims), ctx);
    expect(fact.status).toBe('agreed');
    expect(fact.explanation).toBe(`25 articles (${claims.slice(0, 10).map((c) => `“${c.articleId}”`).join(', ')} (and 15 more articles)) give compatible figures for the Acme investment: 2 billion USD.`);
  });

  test('a fact of three articles still names all three', () => {
    const claims = [claim(1, 2e9), claim(2, 2e9), claim(3, 2e9)];
    const { fact } = resolveFact(factClaims(claims), ctx);
    expect(fact.explanation).toContain('(“art0001”, “art0002”, “art0003”)');
  });
});
