// Property tests: extractMoney never throws, spans stay valid, sorted and disjoint, and
// pathological runs (digits, "1,", 亿, random unicode) finish. No timings: a backtracking
// pattern would hang these runs rather than fail an assertion.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang, MoneyMention } from '../extractors/types.ts';

/** Checks every mention in plain code and asserts once: 20k mentions would make 120k expect calls. */
function expectValidMentions(text: string, mentions: MoneyMention[]): void {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const m of mentions) {
    if (m.start < previousEnd) problems.push(`overlap or disorder at ${m.start}`);
    if (!(m.end > m.start && m.end <= text.length)) problems.push(`bad span ${m.start}-${m.end}`);
    if (text.slice(m.start, m.end) !== m.text) problems.push(`text differs from span at ${m.start}`);
    if (!(m.value === null || Number.isFinite(m.value))) problems.push(`value ${m.value} at ${m.start}`);
    if (!/^[A-Z]{3}$/.test(m.currency)) problems.push(`currency ${m.currency} at ${m.start}`);
    previousEnd = m.end;
  }
  expect(problems.slice(0, 5)).toEqual([]);
}

const MONEY_PIECES = ['$', 'US$', '€', '£', '¥', '美元', '亿', '万', '元', '人民币', '1', '0', '5', ',', '.', ' ', '-', '至',
  'bn', 'm', 'billion', 'million', 'up to ', 'over ', '最高达', '约', '五', '千', '两', '%', 'between ', ' and ', 'dollars', '１', '，'];
const moneyish = fc.array(fc.constantFrom(...MONEY_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
const lang = fc.constantFrom<Lang>('en', 'zh');

describe('extractMoney properties', () => {
  test('never throws and keeps spans valid on random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), lang, (text, l) => {
      expectValidMentions(text, extractMoney(text, { lang: l }));
    }), { numRuns: 500 });
  });

  test('never throws and keeps spans valid on money-like noise', () => {
    fc.assert(fc.property(moneyish, lang, (text, l) => {
      expectValidMentions(text, extractMoney(text, { lang: l }));
    }), { numRuns: 2000 });
  });

  test('reads back any grouped dollar amount and any 亿美元 amount', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 12 }), (n) => {
      const english = extractMoney(`It paid $${n.toLocaleString('en-US')} in cash.`, { lang: 'en' });
      expect(english.map((m) => [m.value, m.currency])).toEqual([[n, 'USD']]);
      const chinese = extractMoney(`投资${n}亿美元。`, { lang: 'zh' });
      expect(chinese.map((m) => [m.value, m.currency])).toEqual([[n * 1e8, 'USD']]);
    }), { numRuns: 500 });
  });

  const LONG_RUNS: Array<[string, string]> = [
    ['"1," repeated', '1,'.repeat(50_000)],
    ['digits', '9'.repeat(100_000)],
    ['亿', '亿'.repeat(100_000)],
    ['digits then 亿美元', '1'.repeat(100_000) + '亿美元'],
    ['"$1,000" glued', '$1,000'.repeat(20_000)],
    ['一千', '一千'.repeat(50_000)],
    ['spaced groups', '1 000 '.repeat(20_000)],
    ['"a " repeated', 'a '.repeat(50_000)],
    ['"up to " repeated', 'up to '.repeat(20_000) + '$5'],
  ];
  test.each(LONG_RUNS)('finishes on a 100k-character run of %s', (_name, text) => {
    for (const l of ['en', 'zh'] as const) expectValidMentions(text, extractMoney(text, { lang: l }));
  });

  test('finishes on 100k characters of random unicode', () => {
    const text = fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), 100).join('');
    expectValidMentions(text, extractMoney(text, { lang: 'zh' }));
  });
});
