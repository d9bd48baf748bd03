// Reading Chinese numbers: pure numerals (五千五百亿, 两千万, 一千零五十), traditional and
// financial forms (億, 萬, 兩, 壹贰叁), and digits mixed with units (5,500亿, 3.5万亿).
import { cleanFloat, isDigitAt } from './chars.ts';
import { readDigitNumber } from './numbers.en.ts';
import {
  CHINESE_BIG_UNITS, CHINESE_DECIMAL_POINT, CHINESE_DIGITS, CHINESE_MORE_MARKERS, CHINESE_SMALL_UNITS,
} from './tables.zh.ts';

export interface ChineseNumberRead {
  value: number;
  end: number;
  /** Multiplier of the trailing big unit (亿 in 12亿), shared across a range: 10至12亿. */
  scale: number;
  hasUnit: boolean;
  hasHanDigits: boolean;
  /** A 多 / 余 marker was read: the amount is "more than" the value. */
  more: boolean;
}

const NUMBER_OPENERS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_SMALL_UNITS)]);

/** The tables by character code: the reader asks for every character of a number and the one after it. */
const byCode = (table: Record<string, number>) => new Map(Object.entries(table).map(([ch, value]) => [ch.charCodeAt(0), value]));
const DIGIT_VALUES = byCode(CHINESE_DIGITS);
const SMALL_UNIT_VALUES = byCode(CHINESE_SMALL_UNITS);
const BIG_UNIT_VALUES = byCode(CHINESE_BIG_UNITS);

/** Can a Chinese number start with this character? Big units cannot (亿美元 alone is no amount). */
export function opensChineseNumber(ch: string | undefined): boolean {
  return ch !== undefined && NUMBER_OPENERS.has(ch);
}

/**
 * Reads a Chinese number at `start`; the digits may be Arabic ("5,500亿"). Sections below
 * 万 add up small units; a big unit larger than every one before multiplies all read so
 * far (3.5万亿 = 3.5e12), a smaller one adds its section (一亿五千万 = 1.5e8).
 */
export function readChineseNumber(text: string, start: number): ChineseNumberRead | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let largestBig = 0;
  let lastUnit = 0;
  let tailIsHan = false;
  let zeroSinceUnit = false;
  let scale = 1;
  let hasUnit = false;
  let hasHanDigits = false;
  let more = false;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isDigitAt(text, i)) {
      if (digit !== null) break;
      const read = readDigitNumber(text, i, false);
      if (!read) break;
      digit = read.value;
      tailIsHan = false;
      i = read.end;
      continue;
    }
    const value = DIGIT_VALUES.get(code);
    if (value !== undefined) {
      if (value === 0) { zeroSinceUnit = true; i++; continue; }
      // Two digits in a row (三四十亿, 一九六九) are a span or a year, not one amount.
      if (digit !== null) return null;
      digit = value;
      tailIsHan = true;
      hasHanDigits = true;
      i++;
      if (CHINESE_DECIMAL_POINT.includes(text[i] ?? '') && DIGIT_VALUES.has(text.charCodeAt(i + 1))) {
        let fraction = '';
        i++;
        while (i < text.length && DIGIT_VALUES.has(text.charCodeAt(i))) fraction += DIGIT_VALUES.get(text.charCodeAt(i++));
        digit = Number(`${value}.${fraction}`);
      }
      continue;
    }
    const smallUnit = SMALL_UNIT_VALUES.get(code);
    if (smallUnit !== undefined) {
      section += (digit ?? 1) * smallUnit;
      digit = null;
      lastUnit = smallUnit;
      zeroSinceUnit = false;
      hasUnit = true;
      i++;
      continue;
    }
    const unit = BIG_UNIT_VALUES.get(code);
    if (unit !== undefined) {
      const amount = section + (digit ?? 0);
      if (amount === 0 && total === 0) return null;
      if (unit > largestBig) {
        total = (total + amount) * unit;
        scale = largestBig > 0 && amount === 0 ? scale * unit : unit;
        largestBig = unit;
      } else {
        total += amount * unit;
        scale = unit;
      }
      section = 0;
      digit = null;
      lastUnit = unit;
      zeroSinceUnit = false;
      hasUnit = true;
      i++;
      continue;
    }
    if (CHINESE_MORE_MARKERS.includes(text[i]!) && i > start && !more) {
      more = true;
      i++;
      continue;
    }
    break;
  }
  if (i === start) return null;
  // 两千五 is 2500 and 一万五 15000: a last Han digit right after a unit counts in the next lower unit.
  const tail = digit !== null && tailIsHan && lastUnit > 10 && !zeroSinceUnit && !more ? digit * (lastUnit / 10) : digit ?? 0;
  const value = cleanFloat(total + section + tail);
  if (!Number.isFinite(value)) return null;
  return { value, end: i, scale, hasUnit, hasHanDigits, more };
}

/** Convenience for tests and callers holding a bare string: "五千五百亿" → 5.5e11. */
export function parseChineseNumber(input: string): number | null {
  const text = input.trim();
  const read = readChineseNumber(text, 0);
  return read && read.end === text.length ? read.value : null;
}
