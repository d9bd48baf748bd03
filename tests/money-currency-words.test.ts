// Which currency a Chinese or English amount is in when the currency word is not the usual
// one right after the number: a currency word after the generic 元 (31億元新台幣), a currency
// word before the amount (新台幣31億元, 歐元12.5億), bare 元 in a text that names the NT
// dollar, and ¥ by language and by the currencies the text names. One table, both languages.

import { describe, expect, test } from 'vitest';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang } from '../extractors/types.ts';

type Seen = [text: string, value: number, currency: string];
const read = (text: string, lang: Lang): Seen[] => extractMoney(text, { lang }).map((m) => [m.text, m.value!, m.currency]);

describe('a currency word after 元 names the currency', () => {
  test.each<[string, Lang, Seen[]]>([
    ['修復經費上修至42億元新台幣。', 'zh', [['42億元新台幣', 4_200_000_000, 'TWD']]],
    ['损失约27亿元新台币。', 'zh', [['27亿元新台币', 2_700_000_000, 'TWD']]],
    ['估值为9亿元港币。', 'zh', [['9亿元港币', 900_000_000, 'HKD']]],
    ['投資6500萬元新臺幣。', 'zh', [['6500萬元新臺幣', 65_000_000, 'TWD']]],
    ['另有80亿元人民币贷款。', 'zh', [['80亿元人民币', 8_000_000_000, 'CNY']]],
    ['共計3億元。', 'zh', [['3億元', 300_000_000, 'CNY']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});

describe('a currency word before the amount', () => {
  test.each<[string, Lang, Seen[]]>([
    ['工程經費為新台幣23億元。', 'zh', [['新台幣23億元', 2_300_000_000, 'TWD']]],
    ['成交價港幣2.35億元。', 'zh', [['港幣2.35億元', 235_000_000, 'HKD']]],
    ['收購價為歐元12.5億。', 'zh', [['歐元12.5億', 1_250_000_000, 'EUR']]],
    ['韩元3万亿的投资', 'zh', [['韩元3万亿', 3_000_000_000_000, 'KRW']]],
    ['估價港幣1.8億至2.5億。', 'zh', [['港幣1.8億至2.5億', 180_000_000, 'HKD']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));

  test.each([
    '欧元兑美元1.08，创两个月新高。',
    '美元兑日元报150.2。',
    '歐元兌美元匯率1.1。',
  ])('an exchange rate is not an amount: %s', (text) => expect(read(text, 'zh')).toEqual([]));
});

describe('bare 元 in a text that names the NT dollar and never the yuan', () => {
  test('is the NT dollar', () => {
    expect(read('損失由初估的18億元，上修至31億元新台幣。', 'zh')).toEqual([
      ['18億元', 1_800_000_000, 'TWD'], ['31億元新台幣', 3_100_000_000, 'TWD'],
    ]);
  });

  test('stays the yuan when the text also names the yuan', () => {
    expect(read('台商投資18億元，另以人民幣5億元增資，折合新台幣22億元。', 'zh')).toEqual([
      ['18億元', 1_800_000_000, 'CNY'], ['人民幣5億元', 500_000_000, 'CNY'], ['新台幣22億元', 2_200_000_000, 'TWD'],
    ]);
  });
});

describe('¥ by language and by the currencies the text names', () => {
  test.each<[string, Lang, Seen[]]>([
    ['Toyota booked ¥900 billion of profit.', 'en', [['¥900 billion', 900_000_000_000, 'JPY']]],
    ['The lender raised 5 billion yuan and priced shares at ¥12.', 'en', [['5 billion yuan', 5_000_000_000, 'CNY'], ['¥12', 12, 'CNY']]],
    ['门票售价¥380。', 'zh', [['¥380', 380, 'CNY']]],
    ['这家东京公司售价¥5000万，另有30亿日元投资。', 'zh', [['¥5000万', 50_000_000, 'JPY'], ['30亿日元', 3_000_000_000, 'JPY']]],
    ['售價為300億円。', 'zh', [['300億円', 30_000_000_000, 'JPY']]],
    ['₩2.5 trillion and 1.2万亿韩元', 'zh', [['₩2.5 trillion', 2_500_000_000_000, 'KRW'], ['1.2万亿韩元', 1_200_000_000_000, 'KRW']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});

describe('other written forms of the NT dollar, Hong Kong dollar and won', () => {
  test.each<[string, Lang, Seen[]]>([
    ['a 3.1 billion NT dollars repair bill', 'en', [['3.1 billion NT dollars', 3_100_000_000, 'TWD']]],
    ['about 270 million HK dollars', 'en', [['270 million HK dollars', 270_000_000, 'HKD']]],
    ['投資金額達3兆韓圜。', 'zh', [['3兆韓圜', 3_000_000_000_000, 'KRW']]],
  ])('%s', (text, lang, expected) => expect(read(text, lang)).toEqual(expected));
});

test('spans stay exact when the currency word follows 元', () => {
  const text = '（某報）修復經費上修至42億元新台幣（約13億美元）。';
  for (const m of extractMoney(text, { lang: 'zh' })) expect(text.slice(m.start, m.end)).toBe(m.text);
  expect(extractMoney(text, { lang: 'zh' }).map((m) => m.rule)).toEqual(['zh.money.digits-unit-currency', 'zh.money.digits-unit-currency']);
});
