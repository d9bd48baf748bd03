// Number readers on their own: digits, English words, Chinese numerals.
import fc from 'fast-check';
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

/** Writes n (< 10^16) in standard Chinese numerals, 零 for skipped places: 10050 → 一万零五十. */
function toChineseNumerals(n: number): string {
  const DIGITS = '零一二三四五六七八九';
  const writeSection = (section: number): string => {
    let out = '';
    let pendingZero = false;
    for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
      const digit = Math.floor(section / unit) % 10;
      if (digit === 0) { pendingZero = out !== ''; continue; }
      out += (pendingZero ? '零' : '') + DIGITS[digit] + name;
      pendingZero = false;
    }
    return out;
  };
  if (n === 0) return '零';
  let out = '';
  let needZero = false;
  for (const [size, name] of [[1e12, '兆'], [1e8, '亿'], [1e4, '万'], [1, '']] as const) {
    const section = Math.floor(n / size) % 10000;
    if (section === 0) { needZero = out !== ''; continue; }
    out += (needZero || (out !== '' && section < 1000) ? '零' : '') + writeSection(section) + name;
    needZero = false;
  }
  return out;
}

describe('parseChineseNumber reads back what toChineseNumerals writes', () => {
  test('any integer below 10^15', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 15 - 1 }), (n) => {
      expect(parseChineseNumber(toChineseNumerals(n))).toBe(n);
    }), { numRuns: 2000 });
  });
});
