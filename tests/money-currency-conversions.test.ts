// A bare "$" written as the conversion of an amount in another currency is the US dollar,
// even in an article whose only named dollar is another one (where a bare "$" otherwise
// takes that dollar). Both orders: "HK$… , or $…" and "$… (HK$…)"; and once a text converts
// into a bare dollar, all its bare dollars are US dollars.

import { describe, expect, test } from 'vitest';
import { extractMoney } from '../extractors/money/index.ts';

const currencies = (text: string) => extractMoney(text, { lang: 'en' }).map((m) => [m.text, m.currency]);

describe('the bare dollar of a conversion is USD', () => {
  test.each([
    ['The vase sold for HK$190 million, or $24.4 million.', [['HK$190 million', 'HKD'], ['$24.4 million', 'USD']]],
    ['Repairs will cost NT$2.6 billion ($81 million).', [['NT$2.6 billion', 'TWD'], ['$81 million', 'USD']]],
    ['a A$7 billion (about $4.6 billion) pipeline', [['A$7 billion', 'AUD'], ['$4.6 billion', 'USD']]],
    ['S$900 million, or roughly $670 million', [['S$900 million', 'SGD'], ['$670 million', 'USD']]],
    ['The collector paid $12.8 million (HK$100 million) on Sunday.', [['$12.8 million', 'USD'], ['HK$100 million', 'HKD']]],
    ['€640 million (or $700 million)', [['€640 million', 'EUR'], ['$700 million', 'USD']]],
  ])('%s', (text, expected) => expect(currencies(text)).toEqual(expected));
});

describe('a bare dollar that is no conversion keeps the text\'s dollar', () => {
  test.each([
    ['The group paid HK$5 billion; the $3 billion first phase opens in May.', [['HK$5 billion', 'HKD'], ['$3 billion', 'HKD']]],
    ['HK$4 billion was raised. Of that, $1 billion went to debt.', [['HK$4 billion', 'HKD'], ['$1 billion', 'HKD']]],
    ['US$5 million, or $6 million with fees', [['US$5 million', 'USD'], ['$6 million', 'USD']]],
  ])('%s', (text, expected) => expect(currencies(text)).toEqual(expected));
});

test('once the text converts into a bare dollar, its other bare dollars are US dollars too', () => {
  const text = 'Record $24.4 million vase tops the sale\n\nThe vase sold for HK$190 million, or $24.4 million, and a bowl for $3 million.';
  expect(currencies(text)).toEqual([['$24.4 million', 'USD'], ['HK$190 million', 'HKD'], ['$24.4 million', 'USD'], ['$3 million', 'USD']]);
});
