// Joining two amounts into a range: "$1bn-$2bn", "$1-2bn", "between $1 billion and $2 billion",
// "10亿至12亿美元". A range needs a currency on at least one end and, on both, the same one.
import type { Lang } from '../types.ts';
import { cleanFloat, isAsciiLetterAt, skipSpacesBackward } from './chars.ts';
import type { AmountAtom } from './model.ts';
import { ENGLISH_BETWEEN, ENGLISH_CHANGE_OPENERS, ENGLISH_RANGE_CONNECTORS } from './tables.en.ts';
import { CHINESE_RANGE_CONNECTORS } from './tables.zh.ts';

export interface AmountRange {
  start: number;
  end: number;
  min: number;
  max: number;
  currency: AmountAtom['currency'] & object;
  lang: Lang;
  rule: string;
}

const CONNECTORS = new Set([...ENGLISH_RANGE_CONNECTORS, ...CHINESE_RANGE_CONNECTORS]);

/** The word ending at `end` (after up to one space), lower-cased, with its start. */
function wordBefore(text: string, end: number, floor: number): { word: string; start: number } {
  const wordEnd = skipSpacesBackward(text, end, 1, floor);
  let start = wordEnd;
  while (start > floor && wordEnd - start < 10 && isAsciiLetterAt(text, start - 1)) start--;
  return { word: text.slice(start, wordEnd).toLowerCase(), start };
}

/** Where the range starts (at "between" if any), or -1 when the gap joins no range. */
function rangeOpening(text: string, first: AmountAtom, second: AmountAtom, floor: number): number {
  if (second.start - first.end > 9) return -1;
  const gap = text.slice(first.end, second.start).trim().toLowerCase();
  const opener = wordBefore(text, first.start, floor);
  if (ENGLISH_CHANGE_OPENERS.includes(opener.word)) return -1;
  if (CONNECTORS.has(gap)) return first.start;
  if (gap === ENGLISH_BETWEEN.connector && opener.word === ENGLISH_BETWEEN.opener) return opener.start;
  return -1;
}

export function joinRange(text: string, first: AmountAtom, second: AmountAtom, floor: number): AmountRange | null {
  if (first.value === null || second.value === null) return null;
  const currency = first.currency ?? second.currency;
  if (!currency) return null;
  if (first.currency && second.currency && first.currency.iso !== second.currency.iso) return null;
  if (first.hasOwnScale && !second.hasOwnScale) return null;
  const start = rangeOpening(text, first, second, floor);
  if (start < 0) return null;
  const min = first.hasOwnScale ? first.value : cleanFloat(first.value * second.scale);
  const max = second.value;
  // "$5bn to $3bn" is a change, and "2024-$5bn" a year before an amount.
  if (!(min < max)) return null;
  const lang: Lang = first.lang === 'zh' || second.lang === 'zh' ? 'zh' : 'en';
  const shape = start < first.start ? 'between-range' : 'range';
  return { start, end: second.end, min, max, currency, lang, rule: `${lang}.money.${shape}` };
}
