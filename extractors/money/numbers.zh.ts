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
    const ch = text[i]!;
    if (isDigitAt(text, i)) {
      if (digit !== null) break;
      const read = readDigitNumber(text, i, false);
      if (!read) break;
      digit = read.value;
      tailIsHan = false;
      i = read.end;
      continue;
    }
    if (ch in CHINESE_DIGITS) {
      const value = CHINESE_DIGITS[ch]!;
      if (value === 0) { zeroSinceUnit = true; i++; continue; }
      // Two digits in a row (三四十亿, 一九六九) are a span or a year, not one amount.
      if (digit !== null) return null;
      digit = value;
      tailIsHan = true;
      hasHanDigits = true;
      i++;
      if (CHINESE_DECIMAL_POINT.includes(text[i] ?? '') && (text[i + 1] ?? '') in CHINESE_DIGITS) {
        let fraction = '';
        i++;
        while (i < text.length && text[i]! in CHINESE_DIGITS) fraction += CHINESE_DIGITS[text[i++]!];
        digit = Number(`${value}.${fraction}`);
      }
      continue;
    }
    if (ch in CHINESE_SMALL_UNITS) {
      const unit = CHINESE_SMALL_UNITS[ch]!;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      zeroSinceUnit = false;
      hasUnit = true;
      i++;
      continue;
    }
    if (ch in CHINESE_BIG_UNITS) {
      const unit = CHINESE_BIG_UNITS[ch]!;
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
    if (CHINESE_MORE_MARKERS.includes(ch) && i > start && !more) {
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
