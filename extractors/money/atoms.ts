// The scanner: finds number anchors left to right, reads the number, then looks a few
// characters left for a currency and right for a scale word and a currency. Every look
// is bounded and the cursor only moves forward, so the scan is linear in the text.
import type { Lang } from '../types.ts';
import { byLowerCaseCharacter, isAsciiLetterAt, isDigitAt, isSpaceAt, skipSpacesBackward, skipSpacesForward, cleanFloat } from './chars.ts';
import { matchCurrencyAfter, matchCurrencyBefore, mayEndCurrencyFormAt, mayStartCurrencyFormAt, namedAfterGeneric, repeatsCurrency } from './currency-match.ts';
import type { AmountAtom, CurrencyHit } from './model.ts';
import { readDigitNumber, readEnglishNumberWords, readEnglishScale } from './numbers.en.ts';
import { opensChineseNumber, readChineseNumber } from './numbers.zh.ts';
import { nextNumberStart, vagueAmountEnd } from './number-starts.ts';
import { ENGLISH_BETWEEN, ENGLISH_RANGE_CONNECTORS } from './tables.en.ts';
import { CHINESE_BIG_UNITS, CHINESE_MORE_MARKERS, CHINESE_RANGE_CONNECTORS, CHINESE_SMALL_UNITS, CHINESE_VAGUE_PREFIXES } from './tables.zh.ts';

interface NumberAtAnchor {
  value: number | null;
  end: number;
  scale: number;
  hasOwnScale: boolean;
  kind: 'number' | 'words' | 'numerals' | 'digits-unit' | 'vague';
  lang: Lang;
  more: boolean;
}

const CHINESE_UNITS_AND_MORE = new Set([...Object.keys(CHINESE_BIG_UNITS), ...Object.keys(CHINESE_SMALL_UNITS), ...CHINESE_MORE_MARKERS]);
const isChineseUnitOrMore = (ch: string | undefined) => ch !== undefined && CHINESE_UNITS_AND_MORE.has(ch);

function readNumberAt(text: string, start: number): NumberAtAnchor | null {
  const first = text[start]!;
  if (isDigitAt(text, start)) {
    const digits = readDigitNumber(text, start);
    if (!digits) return null;
    if (isChineseUnitOrMore(text[digits.end])) {
      const zh = readChineseNumber(text, start);
      if (zh && zh.end > digits.end) {
        return { value: zh.value, end: zh.end, scale: zh.scale, hasOwnScale: zh.hasUnit, kind: 'digits-unit', lang: 'zh', more: zh.more };
      }
    }
    const scale = readEnglishScale(text, digits.end);
    if (scale) {
      return { value: cleanFloat(digits.value * scale.multiplier), end: scale.end, scale: scale.multiplier, hasOwnScale: true, kind: 'number', lang: 'en', more: false };
    }
    return { value: digits.value, end: digits.end, scale: 1, hasOwnScale: false, kind: 'number', lang: 'en', more: false };
  }
  if (CHINESE_VAGUE_PREFIXES.includes(first) && !opensChineseNumber(text[start - 1])) {
    let end = start + 1;
    while (end - start < 8 && isChineseUnitOrMore(text[end])) end++;
    return { value: null, end, scale: 1, hasOwnScale: true, kind: 'vague', lang: 'zh', more: false };
  }
  if (opensChineseNumber(first)) {
    const zh = readChineseNumber(text, start);
    if (!zh) return null;
    return { value: zh.value, end: zh.end, scale: zh.scale, hasOwnScale: zh.hasUnit && zh.scale > 1, kind: 'numerals', lang: 'zh', more: zh.more };
  }
  const vagueEnd = vagueAmountEnd(text, start);
  if (vagueEnd >= 0) return { value: null, end: vagueEnd, scale: 1, hasOwnScale: true, kind: 'vague', lang: 'en', more: false };
  const words = readEnglishNumberWords(text, start);
  if (!words) return null;
  const scale = readEnglishScale(text, words.end);
  const value = scale ? cleanFloat(words.value * scale.multiplier) : words.value;
  return { value, end: scale ? scale.end : words.end, scale: scale?.multiplier ?? 1, hasOwnScale: true, kind: 'words', lang: 'en', more: false };
}

/** "multibillion, dollar" / "multibillion - dollar": the broken hyphen may be any of these. */
function skipVagueJoiner(text: string, index: number): number {
  let i = index;
  while (i - index < 3 && (text[i] === '-' || text[i] === ',' || isSpaceAt(text, i))) i++;
  return i;
}

/**
 * A symbol after a number that is followed by another number opens that one ("1 $10 bill"),
 * unless the text writes every symbol after its number ("10 $ 30 $").
 */
function symbolBelongsToNextNumber(text: string, hit: CurrencyHit): boolean {
  if (hit.form.kind !== 'symbol') return false;
  const nextStart = skipSpacesForward(text, hit.end, 1);
  const next = isDigitAt(text, nextStart) ? readDigitNumber(text, nextStart) : null;
  if (!next) return false;
  return !text.startsWith(hit.form.form, skipSpacesForward(text, next.end, 1));
}

function currencyAfterNumber(text: string, numberEnd: number, number: NumberAtAnchor, lang: Lang): CurrencyHit | null {
  if (number.kind === 'vague' && number.lang === 'en') return matchCurrencyAfter(text, skipVagueJoiner(text, numberEnd), lang);
  let hit = matchCurrencyAfter(text, numberEnd, lang);
  // After a space any form; after a hyphen only words ("one-yen bid"), never symbols ("10-$20" is a range).
  if (!hit && (isSpaceAt(text, numberEnd) || text[numberEnd] === '-')) {
    const spaced = matchCurrencyAfter(text, numberEnd + 1, lang);
    if (spaced && (text[numberEnd] !== '-' || spaced.form.kind === 'word')) hit = spaced;
  }
  return hit && !symbolBelongsToNextNumber(text, hit) ? hit : null;
}

const PERCENT = ['%', '％', ' %', ' percent', ' per cent', '个百分点'];

/** "15%" and "5 percent" are rates, whatever currency sign stands near them. */
function isPercentAt(text: string, index: number): boolean {
  const next = text[index];
  if (next !== '%' && next !== '％' && next !== ' ' && next !== '个') return false;
  return PERCENT.some((sign) => text.startsWith(sign, index));
}

/** "in 2019 dollars" names a price base, not an amount. */
function isPriceBaseYear(text: string, start: number, number: NumberAtAnchor, hit: CurrencyHit): boolean {
  return hit.form.kind === 'word' && number.kind === 'number' && number.end - start === 4 && number.value !== null
    && number.value >= 1900 && number.value <= 2100 && /(?:^|[^a-z])in $/i.test(text.slice(Math.max(0, start - 4), start));
}

function acceptsAmount(hit: CurrencyHit, text: string, start: number, number: NumberAtAnchor): boolean {
  if (isPriceBaseYear(text, start, number, hit)) return false;
  if (hit.form.guard !== 'amount-needs-scale') return true;
  const after = text.slice(hit.end, hit.end + 9).toLowerCase();
  return (number.hasOwnScale && number.kind !== 'words') || number.value! >= 1e6 || after === ' sterling';
}

/** First and last characters of the range connectors: "-", "to", "and", 至, 到, dashes, tildes. */
const RANGE_CONNECTORS = [...ENGLISH_RANGE_CONNECTORS, ENGLISH_BETWEEN.connector, ...CHINESE_RANGE_CONNECTORS];
const rangeFirstCharacterAt = byLowerCaseCharacter(new Map(RANGE_CONNECTORS.map((c) => [c[0]!, true])));
const rangeLastCharacterAt = byLowerCaseCharacter(new Map(RANGE_CONNECTORS.map((c) => [c[c.length - 1]!, true])));

function mayOpenRange(text: string, end: number): boolean {
  return rangeFirstCharacterAt(text, skipSpacesForward(text, end, 1)) !== undefined;
}

function mayCloseRange(text: string, start: number): boolean {
  return rangeLastCharacterAt(text, skipSpacesBackward(text, start, 1, 0) - 1) !== undefined;
}

/**
 * The scanner's fast path: most numbers (dates, counts, 一项) have no currency character
 * next to them and cannot end a range, so they skip the full look-around.
 */
function mayBeMoney(text: string, start: number, number: NumberAtAnchor): boolean {
  if (number.kind === 'vague') return true;
  const end = number.end;
  const afterSpace = isSpaceAt(text, end) || text[end] === '-' ? end + 1 : end;
  return mayStartCurrencyFormAt(text, end) || mayStartCurrencyFormAt(text, afterSpace)
    || mayEndCurrencyFormAt(text, skipSpacesBackward(text, start, 2, 0) - 1)
    || mayOpenRange(text, end) || mayCloseRange(text, start);
}

function endOfNumberLikeRun(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && (isDigitAt(text, i) || opensChineseNumber(text[i]) || isChineseUnitOrMore(text[i]))) i++;
  return i;
}

export function scanAmountAtoms(text: string, lang: Lang): AmountAtom[] {
  const atoms: AmountAtom[] = [];
  let floor = 0;
  for (let start = nextNumberStart(text, 0); start >= 0;) {
    const number = readNumberAt(text, start);
    if (!number || number.end <= start) {
      // Never re-read the rest of a failed number (a 100k-digit run would go quadratic).
      start = nextNumberStart(text, endOfNumberLikeRun(text, start));
      continue;
    }
    const atom = isPercentAt(text, number.end) || !mayBeMoney(text, start, number) ? null : buildAtom(text, start, number, floor, lang);
    if (atom) {
      atoms.push(atom);
      if (atom.currency) floor = atom.end;
    }
    start = nextNumberStart(text, atom ? atom.end : number.end);
  }
  return atoms;
}

function buildAtom(text: string, start: number, number: NumberAtAnchor, floor: number, lang: Lang): AmountAtom | null {
  const parts: string[] = [];
  const beforeEnd = skipSpacesBackward(text, start, 2, floor);
  let before = number.kind === 'vague' ? null : matchCurrencyBefore(text, beforeEnd, floor, lang);
  // A number glued to letters that are not a currency is part of a word or id ("A380", "v2").
  if (!before && (isAsciiLetterAt(text, start - 1) || isDigitAt(text, start - 1) || text[start - 1] === '.')) return null;
  let end = number.end;
  let value = number.value;
  let scale = number.scale;
  let hasOwnScale = number.hasOwnScale;
  let after = currencyAfterNumber(text, end, number, lang);
  if (after && !acceptsAmount(after, text, start, number)) after = null;
  if (after?.form.generic) after = namedAfterGeneric(text, after, lang) ?? after;
  // 港幣2.684億 / 新台幣31億元 are amounts; 欧元兑美元1.08 is an exchange rate.
  if (before?.form.guard === 'before-needs-unit' && !(number.lang === 'zh' && number.hasOwnScale) && !after?.form.generic) before = null;
  // With a currency before the number, only a word repeating it joins ("$10 dollars", "人民币 50元");
  // "$20 $30" and "rmb 10 usd 20" are two amounts.
  if (before && after && !(after.form.kind === 'word' && repeatsCurrency(before, after))) after = null;
  // "75 USD million": the scale may follow the currency.
  if (after && !hasOwnScale && value !== null) {
    const trailing = readEnglishScale(text, after.end);
    if (trailing) {
      value = cleanFloat(value * trailing.multiplier);
      scale = trailing.multiplier;
      hasOwnScale = true;
      after = { ...after, end: trailing.end };
    }
  }
  const currency = before ?? after ?? undefined;
  // A number without currency only matters as one end of a range ("10至12亿美元", "$10-20 million").
  if (!currency && !mayOpenRange(text, end) && !mayCloseRange(text, start)) return null;
  if (before) parts.push(before.form.kind);
  parts.push(number.kind);
  if (number.kind === 'number' && hasOwnScale) parts.push('scale');
  if (after) parts.push(after.form.lang === 'zh' ? 'currency' : after.form.kind);
  const multiplier = currency?.form.multiplier ?? 1;
  if (value !== null && multiplier !== 1) value = cleanFloat(value * multiplier);
  if (after) end = after.end;
  const usesChinese = number.lang === 'zh' || currency?.form.lang === 'zh';
  return {
    start: before ? before.start : start,
    end,
    value,
    scale,
    hasOwnScale,
    currency,
    parts,
    lang: usesChinese ? 'zh' : 'en',
    impliedQualifier: number.more ? 'over' : undefined,
  };
}
