// Number readers on their own: digits, English words, Chinese numerals.
import { describe, expect, test } from 'vitest';
import { parseChineseNumber, parseEnglishNumber } from '../extractors/money/index.ts';

const ENGLISH: Array<[string, number | null]> = [
  ['600', 600], ['1,000', 1000], ['3.5', 3.5], ['５,５００', 5500], ['1 000', 1000], ['12,345.67', 12345.67],
  ['2.1bn', 2.1e9], ['600m', 6e8], ['550B', 5.5e11], ['33.3 billion', 3.33e10], ['1.5 trillion', 1.5e12],
  ['two billion', 2e9], ['a billion', 1e9], ['half a trillion', 5e11], ['forty-five', 45],
  ['three thousand', 3000], ['one hundred twenty', 120], ['a quarter million', 250000],
  ['three quarters billion', 7.5e8], ['quarter', null], ['a', null], ['million', null], ['1,2345', null],
];

const CHINESE: Array<[string, number | null]> = [
  ['五千五百亿', 5.5e11], ['两千万', 2e7], ['一千零五十', 1050], ['十五', 15], ['一万五', 15000],
  ['两千五', 2500], ['一亿五千万', 1.5e8], ['3.5万亿', 3.5e12], ['5,500亿', 5.5e11], ['1亿5000万', 1.5e8],
  ['36.57亿', 3.657e9], ['壹仟贰佰叁拾', 1230], ['兩千萬', 2e7], ['四十九兆九千五百九十二億', 49959200000000],
  ['三点五亿', 3.5e8], ['一九六九', null], ['亿', null],
];

describe('parseEnglishNumber', () => {
  test.each(ENGLISH)('%s → %s', (input, expected) => expect(parseEnglishNumber(input)).toBe(expected));
});

describe('parseChineseNumber', () => {
  test.each(CHINESE)('%s → %s', (input, expected) => expect(parseChineseNumber(input)).toBe(expected));
});
