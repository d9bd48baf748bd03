// Reading numbers written with digits ("1,000", "3.5", "５,５００", "1 000") and with
// English words ("two billion", "half a trillion"), plus the scale word after a number.
import { cleanFloat, digitValue, isAsciiLetterAt, isDigitAt, isSpaceAt } from './chars.ts';
import { ENGLISH_NUMBER_WORDS, ENGLISH_SCALE_WORDS } from './tables.en.ts';

export interface NumberRead {
  value: number;
  end: number;
}

const GROUP_SEPARATORS = [',', ' ', '\u00a0', '\u2009', '\u202f'];

/** Digits from `start` as a number (folded left to right) and how many there were. */
function readDigitRun(text: string, start: number, value = 0): { value: number; count: number; end: number } {
  let i = start;
  let folded = value;
  for (;;) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) break;
    folded = folded * 10 + d;
    i++;
  }
  return { value: folded, count: i - start, end: i };
}

/** True when exactly three digits follow `index` and no fourth one. */
function threeDigitGroupAt(text: string, index: number): boolean {
  return isDigitAt(text, index) && isDigitAt(text, index + 1) && isDigitAt(text, index + 2) && !isDigitAt(text, index + 3);
}

function isFullWidthDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xff10 && code <= 0xff19;
}

/**
 * A number in digits at `start`. Thousands groups need a first group of one to three
 * digits and groups of exactly three after it, all with the same separator; a space
 * separator is allowed ("1 000") but a full-width comma only between full-width digits.
 */
export function readDigitNumber(text: string, start: number, allowSpaceGroups = true): NumberRead | null {
  const first = readDigitRun(text, start);
  if (first.count === 0) return null;
  let integer = first.value;
  let i = first.end;
  if (first.count <= 3) {
    let separator: string | null = null;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) break;
      const isSeparator = GROUP_SEPARATORS.includes(ch) || (ch === '，' && isFullWidthDigitAt(text, i - 1) && isFullWidthDigitAt(text, i + 1));
      if (!isSeparator || (separator !== null && ch !== separator)) break;
      if (ch !== ',' && ch !== '，' && !allowSpaceGroups) break;
      if (!threeDigitGroupAt(text, i + 1)) break;
      separator = ch;
      integer = readDigitRun(text, i + 1, integer).value;
      i += 4;
    }
  }
  let value = integer;
  if ((text[i] === '.' || text[i] === '．') && isDigitAt(text, i + 1)) {
    const fraction = readDigitRun(text, i + 1);
    // One division by a power of ten rounds correctly: 333 / 10 is exactly the double 33.3.
    value = fraction.count > 15 ? Number(`${integer}.${text.slice(i + 1, fraction.end)}`) : (integer * 10 ** fraction.count + fraction.value) / 10 ** fraction.count;
    i = fraction.end;
  }
  return Number.isFinite(value) ? { value, end: i } : null;
}

function readAsciiWord(text: string, start: number): { word: string; end: number } {
  let i = start;
  while (i < text.length && i - start < 12 && isAsciiLetterAt(text, i)) i++;
  if (isAsciiLetterAt(text, i)) return { word: '', end: start };
  return { word: text.slice(start, i).toLowerCase(), end: i };
}

/**
 * English number words from `start`: "five", "forty-five", "two hundred", "a billion",
 * "half a trillion", "three quarters billion". Stops at the first word that is not a
 * number word; returns null when nothing countable was read ("a", "an" alone).
 */
export function readEnglishNumberWords(text: string, start: number): NumberRead | null {
  let total = 0;
  let current = 0;
  let counted = false;
  let lastRole = '';
  let end = start;
  let i = start;
  for (;;) {
    const { word, end: wordEnd } = readAsciiWord(text, i);
    const entry = word ? ENGLISH_NUMBER_WORDS[word] : undefined;
    if (!entry) break;
    if (entry.role === 'article') {
      // "a" / "an" only opens a number ("a billion") or follows a fraction ("half a trillion").
      if ((counted && lastRole !== 'fraction') || lastRole === 'article') break;
      if (!counted) current = 1;
    } else if (entry.role === 'unit') {
      if (lastRole === 'unit' && (current % 10 !== 0 || entry.value >= 10)) break;
      current += entry.value;
    } else if (entry.role === 'hundred') {
      if ((!counted && lastRole !== 'article') || lastRole === 'hundred' || lastRole === 'scale') break;
      current = (current || 1) * 100;
    } else if (entry.role === 'fraction') {
      if (lastRole === 'fraction') break;
      current = (current || 1) * entry.value;
    } else {
      if ((!counted && lastRole !== 'article') || lastRole === 'scale') break;
      total += (current || 1) * entry.value;
      current = 0;
    }
    if (entry.role !== 'article') counted = true;
    lastRole = entry.role;
    end = wordEnd;
    const next = text[wordEnd];
    if ((next === ' ' || next === '-') && isAsciiLetterAt(text, wordEnd + 1)) i = wordEnd + 1;
    else break;
  }
  // "quarter" or "half" alone is a period or a share, not an amount ("in the quarter to $254 million").
  if (!counted || (total === 0 && current < 1)) return null;
  return { value: cleanFloat(total + current), end };
}

export interface ScaleRead {
  multiplier: number;
  end: number;
}

/** A scale word after a number: "bn" in "$2.1bn", "billion" in "$44 Billion". */
export function readEnglishScale(text: string, numberEnd: number): ScaleRead | null {
  // "a $5-billion deal": a hyphen joins only whole scale words, never the letters m, b, k.
  const joiner = isSpaceAt(text, numberEnd) ? 'space' : text[numberEnd] === '-' ? 'hyphen' : 'none';
  const start = joiner === 'none' ? numberEnd : numberEnd + 1;
  const { word, end } = readAsciiWord(text, start);
  if (!word) return null;
  for (const scale of ENGLISH_SCALE_WORDS) {
    if (scale.form !== word) continue;
    if (joiner === 'space' && scale.gluedOnly) return null;
    if (joiner === 'hyphen' && scale.form.length < 4) return null;
    return { multiplier: scale.multiplier, end };
  }
  return null;
}

/** Convenience for tests and callers holding a bare string: "two billion" → 2e9, "1,000" → 1000. */
export function parseEnglishNumber(input: string): number | null {
  const text = input.trim();
  const read = isDigitAt(text, 0) ? readDigitNumber(text, 0) : readEnglishNumberWords(text, 0);
  if (!read) return null;
  const scale = readEnglishScale(text, read.end);
  const end = scale ? scale.end : read.end;
  if (end !== text.length) return null;
  return cleanFloat(read.value * (scale ? scale.multiplier : 1));
}
