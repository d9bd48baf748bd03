// Chinese date rules: one { id, pattern, produce } per written form. Digits may be ASCII,
// full-width or Chinese numerals; traditional forms are accepted beside simplified ones.
import type { DateReading, DateRule } from '../reading.ts';
import { isValidDay } from '../calendar.ts';
import { yearFirstRule, yearLastRule } from '../numeric.ts';
import {
  NOT_A_DAY_AFTER, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_YEARS, WEEKDAY_NUMBERS, WEEK_CUES,
  WEEK_WORDS, YEAR_PARTS, alternation, parseChineseNumber,
} from './lexicon.ts';

const rx = (source: string): RegExp => new RegExp(source, 'g');
const ASCII_OR_WIDE = '[0-9０-９]';
const NUMERAL_BEFORE = '(?<![0-9０-９〇○零一二两兩三四五六七八九十])';
const YEAR = `${NUMERAL_BEFORE}(${ASCII_OR_WIDE}{4}|[〇○零一二三四五六七八九]{4}|[两兩二一]千(?:零?[一二三四五六七八九十]{1,3})?)`;
const MONTH = `(${ASCII_OR_WIDE}{1,2}|十[一二]?|[一二三四五六七八九])`;
const DAY = `(${ASCII_OR_WIDE}{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;
const DAY_MARK = '([日号號])';
// 初 alone is "early in the month"; 初一…初十 are lunar days, which this extractor does not read.
const MONTH_PART = '(?:份)?(底|初(?![一二三四五六七八九十])|末|中旬|上旬|下旬)?';
const LUNAR_BEFORE = /(?:农历|農曆|阴历|陰曆)[^，。,.;；]{0,6}$/;

function num(written: string | undefined): number | undefined {
  return written === undefined ? undefined : parseChineseNumber(written);
}

/** A day without 日/号 is trusted only in Chinese numerals (八月十五), never as bare figures. */
function dayIsMarked(dayText: string | undefined, mark: string | undefined): boolean {
  return mark !== undefined || (dayText !== undefined && !/[0-9０-９]/.test(dayText));
}

function monthDay(year: number | undefined, month: number | undefined, day: number | undefined): DateReading | null {
  if (month === undefined || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

const precededBy = (text: string, index: number, pattern: RegExp): boolean =>
  pattern.test(text.slice(Math.max(0, index - 10), index));

export const CHINESE_DATE_RULES: readonly DateRule[] = [
  yearFirstRule('zh.date.iso'),
  yearLastRule('zh.date.numeric-dmy', 'day-first'),
  {
    id: 'zh.date.ymd',
    trigger: { keys: ['year'], reach: 6 },
    pattern: rx(`${YEAR}年${MONTH}月${DAY}${DAY_MARK}?`),
    produce: (m, text) => {
      if (precededBy(text, m.index, LUNAR_BEFORE) || !dayIsMarked(m[3], m[4])) return null;
      return monthDay(num(m[1]), num(m[2]), num(m[3]));
    },
  },
  {
    id: 'zh.date.ym',
    trigger: { keys: ['year'], reach: 6 },
    pattern: rx(`${YEAR}年${MONTH}月${MONTH_PART}`),
    produce: (m, text) => (precededBy(text, m.index, LUNAR_BEFORE) ? null : monthDay(num(m[1]), num(m[2]), undefined)),
  },
  {
    id: 'zh.date.year',
    trigger: { keys: ['year'], reach: 6 },
    pattern: rx(`${YEAR}年(?:度)?(底|末|初)?(?!代)`),
    produce: (m) => {
      const year = num(m[1]);
      if (year === undefined) return null;
      return m[2] ? { year, month: YEAR_PARTS[m[2]] } : { year };
    },
  },
  {
    id: 'zh.date.md',
    trigger: { keys: ['month'], reach: 2 },
    pattern: rx(`${NUMERAL_BEFORE}${MONTH}月${DAY}${DAY_MARK}?`),
    produce: (m, text) => {
      if (precededBy(text, m.index, /每$/) || precededBy(text, m.index, LUNAR_BEFORE) || !dayIsMarked(m[2], m[3])) return null;
      return monthDay(undefined, num(m[1]), num(m[2]));
    },
  },
  {
    // "7月", "9月份", "10月底" — not "每年7月" (a frequency) and not lunar months.
    id: 'zh.date.month',
    trigger: { keys: ['month'], reach: 2 },
    pattern: rx(`${NUMERAL_BEFORE}${MONTH}月${MONTH_PART}`),
    produce: (m, text) => {
      if (precededBy(text, m.index, /(?:每年?|第)$/) || precededBy(text, m.index, LUNAR_BEFORE)) return null;
      return monthDay(undefined, num(m[1]), undefined);
    },
  },
  {
    id: 'zh.date.relative-year',
    trigger: { keys: ['year'], reach: 1 },
    pattern: rx(`(${alternation(Object.keys(RELATIVE_YEARS))})(?:${MONTH}月(?:份)?(?:${DAY}[日号號])?|(年底|年末|年初|底|末|初)|(?:本月|这个月|這個月)${DAY}[日号號])?`),
    produce: (m) => {
      const reading: DateReading = { yearOffset: RELATIVE_YEARS[m[1]!] };
      if (m[5]) {
        // "去年本月十日": this month's day, a year back.
        const day = num(m[5]);
        return day !== undefined && day >= 1 && day <= 31 ? { ...reading, monthOffset: 0, day } : null;
      }
      if (m[2]) {
        const month = num(m[2]);
        const day = num(m[3]);
        if (month === undefined || month < 1 || month > 12) return null;
        if (day !== undefined && !isValidDay(undefined, month, day)) return null;
        Object.assign(reading, { month, day });
      } else if (m[4]) reading.month = YEAR_PARTS[m[4]];
      return reading;
    },
  },
  {
    id: 'zh.date.relative-month',
    trigger: { keys: ['month'], reach: 3 },
    pattern: rx(`(${alternation(Object.keys(RELATIVE_MONTHS))})(?:${DAY}[日号號]|(底|末|初))?`),
    produce: (m) => {
      const day = num(m[2]);
      if (day !== undefined && (day < 1 || day > 31)) return null;
      return { monthOffset: RELATIVE_MONTHS[m[1]!], day };
    },
  },
  {
    id: 'zh.date.relative-week',
    trigger: { keys: ['week'], reach: 3 },
    pattern: rx(`(${alternation(Object.keys(WEEK_CUES))})(?:个|個)?(?:${alternation(WEEK_WORDS)})([一二三四五六日天1-7])?(?![期边邊围圍年刊])`),
    produce: (m) => ({ weekOffset: WEEK_CUES[m[1]!], weekday: m[2] ? WEEKDAY_NUMBERS[m[2]] : undefined }),
  },
  {
    id: 'zh.date.weekday',
    trigger: { keys: ['week'], reach: 0 },
    pattern: rx(`(?:${alternation(WEEK_WORDS)})([一二三四五六日天])(?![期边邊围圍年刊])`),
    produce: (m) => ({ weekday: WEEKDAY_NUMBERS[m[1]!], lean: 'tense' }),
  },
  {
    id: 'zh.date.relative-day',
    trigger: { keys: ['relday', 'day'], reach: 2 },
    pattern: rx(`(${alternation(Object.keys(RELATIVE_DAYS))})(?!头条|頭條|美国|美國|俄罗斯|俄羅斯)`),
    produce: (m) => ({ dayOffset: RELATIVE_DAYS[m[1]!] }),
  },
  {
    // "第三季度", "2025年第三季度", "去年四季度", "三季度": a quarter of a year (value YYYY-Qn).
    id: 'zh.date.quarter',
    trigger: { keys: ['quarter'], reach: 12 },
    pattern: rx(`(?:${YEAR}年(?:度)?|(${alternation(Object.keys(RELATIVE_YEARS))})(?:度)?)?(?:第|${NUMERAL_BEFORE})([一二三四1-4１-４])(?:个|個)?季度`),
    produce: (m) => {
      const quarter = num(m[3]);
      if (quarter === undefined || quarter < 1 || quarter > 4) return null;
      if (m[1]) return { year: num(m[1]), quarter };
      return m[2] ? { yearOffset: RELATIVE_YEARS[m[2]], quarter } : { quarter };
    },
  },
  {
    // 年底 alone: the end of the current year, recorded as its last month.
    id: 'zh.date.year-part',
    trigger: { keys: ['year'], reach: 0 },
    pattern: /(?<![年0-9０-９])(年底|年末|年初)/g,
    produce: (m) => ({ yearOffset: 0, month: YEAR_PARTS[m[1]!] }),
  },
  {
    // "28日", "29号": a day whose month comes from the article or the published date.
    id: 'zh.date.day',
    trigger: { keys: ['day'], reach: 2 },
    pattern: rx(`(?<![0-9０-９月.])(${ASCII_OR_WIDE}{1,2})[日号號](?![${NOT_A_DAY_AFTER}])`),
    produce: (m) => {
      const day = num(m[1]);
      return day !== undefined && day >= 1 && day <= 31 ? { day, dayFromContext: true } : null;
    },
  },
];
