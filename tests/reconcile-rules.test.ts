// The reconciliation rules one by one, as tables of examples: value comparison, sentence
// boundaries, the predicate and topic tables (each row's cue read from a sentence), and
// order independence of the whole computation.

import { describe, expect, test } from 'vitest';
import { extractMoney } from '../extractors/money/index.ts';
import { parseArticleClaims } from '../pipeline/reconcile/claims.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { sentenceAround } from '../pipeline/reconcile/sentences.ts';
import type { ArticleInput, MentionInput } from '../pipeline/reconcile/types.ts';
import { compatible, scaleStep } from '../pipeline/reconcile/values.ts';

const v = (value: number, qualifier = 'exact') => ({ value, qualifier, min: null, max: null });

describe('values', () => {
  test.each([
    ['up to 44bn and 40bn agree', v(44e9, 'up_to'), v(40e9), true],
    ['over 60bn and up to 44bn do not', v(60e9, 'over'), v(44e9, 'up_to'), false],
    ['about 10bn and 10.5bn agree', v(10e9, 'about'), v(10.5e9), true],
    ['550bn and 551bn are one figure', v(550e9), v(551e9), true],
    ['550bn and 560bn are not', v(550e9), v(560e9), false],
    ['at least 5bn and 7bn agree', v(5e9, 'at_least'), v(7e9), true],
  ])('%s', (_name, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
    expect(compatible(b, a)).toBe(expected);
  });

  test.each([
    [550e9, 55e9, 1], [600e6, 600e9, 3], [44e9, 4.4e9, 1], [550e9, 500e9, 0], [44e9, 60e9, 0], [2.1e9, 21.5e9, 0],
  ])('scaleStep(%d, %d) = %d', (a, b, step) => expect(scaleStep(a, b)).toBe(step));
});

describe('sentences', () => {
  test.each([
    ['The U.S. Commerce Secretary said $5 billion. Next one.', '$5 billion', 'The U.S. Commerce Secretary said $5 billion.'],
    ['It is $2.1 billion. More.', '$2.1 billion', 'It is $2.1 billion.'],
    ['前一句。日本承诺投资5,500亿美元。后一句', '5,500亿美元', '日本承诺投资5,500亿美元。'],
    ['Headline with $550B\nBody text.', '$550B', 'Headline with $550B'],
  ])('%s', (text, span, sentence) => {
    const start = text.indexOf(span);
    const s = sentenceAround(text, start, start + span.length);
    expect(text.slice(s.start, s.end)).toBe(sentence);
  });
});

/** Claims of one text with no entities: money from the extractor, the article as given. */
function claimsOf(text: string, lang: 'en' | 'zh' = 'en') {
  const article: ArticleInput = { id: 'x', path: 'x.txt', lang, text, published: null };
  const money: MentionInput[] = extractMoney(text, { lang }).map((m, i) => ({
    id: i, articleId: 'x', kind: 'money', start: m.start, end: m.end, text: m.text, rule: m.rule, valueNumber: m.value, valueText: null,
    currency: m.currency, qualifier: m.qualifier, min: m.min ?? null, max: m.max ?? null, entityType: null, entityId: null,
  }));
  return parseArticleClaims({ article, money, entities: [], dates: [], roles: [], nameOf: (id) => id });
}

describe('predicates (pipeline/reconcile/predicates.ts)', () => {
  test.each([
    ['the pledge of $5 billion was made', 'en', 'commitment'],
    ['its $5 billion investment commitment', 'en', 'commitment'],
    ['the Japanese side will establish a $5 billion fund', 'en', 'commitment'],
    ['the plant could cost over $5 billion', 'en', 'cost_estimate'],
    ['a project worth $5 billion', 'en', 'project_value'],
    ['they will invest $5 billion', 'en', 'investment'],
    ['双方承诺投资50亿美元', 'zh', 'commitment'],
    ['估算成本高达50亿美元', 'zh', 'cost_estimate'],
    ['项目价值最高达50亿美元', 'zh', 'project_value'],
    ['计划投资50亿美元', 'zh', 'investment'],
  ] as const)('%s → %s', (text, lang, predicate) => {
    expect(claimsOf(text, lang)[0]!.predicate).toBe(predicate);
  });
});

describe('topics (pipeline/reconcile/topics.ts)', () => {
  test.each([
    ['a $600m artificial diamond plant', 'en', 'artificial_diamond'],
    ['投资6亿美元建设人工钻石工厂', 'zh', 'artificial_diamond'],
    ['$2.1bn tied to a crude oil project', 'en', 'crude_oil'],
    ['6亿美元用于原油出口', 'zh', 'crude_oil'],
    ['the Alaska LNG project could cost $44 billion', 'en', 'alaska_lng'],
    ['阿拉斯加LNG项目估算成本440亿美元', 'zh', 'alaska_lng'],
    ['a $3 billion LNG terminal', 'en', 'lng'],
    ['The first phase totals up to $44 billion', 'en', 'first_phase'],
    ['$5 billion for energy, LNG, shipbuilding and critical minerals', 'en', null],
  ] as const)('%s → %s', (text, lang, topic) => {
    expect(claimsOf(text, lang)[0]!.topic).toBe(topic);
  });

  test('an amount in a bare list takes no topic from its neighbours', () => {
    const claims = claimsOf('three projects worth $600m, $2.1bn and $33.3bn, spanning artificial diamonds and energy');
    expect(claims.map((c) => c.topic)).toEqual([null, null, null]);
  });
});

describe('determinism', () => {
  test('the canonical layer does not depend on the order of the input rows', () => {
    const texts = ["Japan's $300 billion commitment was confirmed.", "Officials said Japan's $300 billion commitment stands.", "Japan's $30 billion commitment, a brief said."];
    const articles: ArticleInput[] = texts.map((text, i) => ({ id: `a${i}`, path: `${i}.txt`, lang: 'en', text, published: null }));
    const mentions: MentionInput[] = articles.flatMap((a, k) => [
      ...extractMoney(a.text, { lang: 'en' }).map((m, i) => ({
        id: k * 10 + i, articleId: a.id, kind: 'money' as const, start: m.start, end: m.end, text: m.text, rule: m.rule, valueNumber: m.value,
        valueText: null, currency: m.currency, qualifier: m.qualifier, min: null, max: null, entityType: null, entityId: null,
      })),
      { id: k * 10 + 9, articleId: a.id, kind: 'entity' as const, start: a.text.indexOf('Japan'), end: a.text.indexOf('Japan') + 5, text: 'Japan', rule: 't',
        valueNumber: null, valueText: 'Japan', currency: null, qualifier: null, min: null, max: null, entityType: 'place', entityId: 'place:jp' },
    ]);
    const snapshot = (r: ReturnType<typeof reconcile>) => JSON.stringify({
      claims: [...r.claims].sort((a, b) => (a.id < b.id ? -1 : 1)),
      facts: r.facts.map((f) => ({ ...f, verdicts: [...f.verdicts].sort() })),
      conflicts: r.conflicts,
    });
    const forward = reconcile({ articles, mentions, roles: [] });
    const backward = reconcile({ articles: [...articles].reverse(), mentions: [...mentions].reverse(), roles: [] });
    expect(snapshot(backward)).toBe(snapshot(forward));
    expect(forward.conflicts.map((c) => c.kind)).toEqual(['scale_error']);
  });
});
