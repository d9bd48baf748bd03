// All-figure dates, shared by both languages; only the order of day and month differs
// (10/27/2025 in English news, 27/10/2025 in Chinese text). Digits may be full-width.
import type { DateReading, DateRule } from './reading.ts';
import { isValidDay } from './calendar.ts';

const D = '[0-9０-９]';
const toNumber = (s: string): number =>
  Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

function calendarDay(year: number, month: number, day: number): DateReading | null {
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** 2025-10-27, 2025/10/27, 2025.10.27 (and "2010 01 29" when both parts have two digits). */
export function yearFirstRule(id: string): DateRule {
  return {
    id,
    trigger: { keys: ['digit'], reach: 0, digits: [4, 4] },
    pattern: new RegExp(`(?<![0-9０-９./-])(${D}{4})(?:([-/.])(${D}{1,2})\\2(${D}{1,2})|[ ](${D}{2})[ ](${D}{2}))(?![0-9０-９]|[./-]${D})`, 'g'),
    produce: (m) => calendarDay(toNumber(m[1]!), toNumber(m[3] ?? m[5]!), toNumber(m[4] ?? m[6]!)),
  };
}

/** 10/27/2025 (month first) or 27/10/2025 (day first); the other order when the first fails. */
export function yearLastRule(id: string, order: 'month-first' | 'day-first'): DateRule {
  return {
    id,
    trigger: { keys: ['digit'], reach: 0, digits: [1, 2] },
    pattern: new RegExp(`(?<![0-9０-９./-])(${D}{1,2})([-/.])(${D}{1,2})(?:\\2|,)(${D}{4}|${D}{2})(?![0-9０-９]|[./-]${D})`, 'g'),
    produce: (m) => {
      const [a, b, yearText] = [toNumber(m[1]!), toNumber(m[3]!), m[4]!];
      if (yearText.length === 2 && (m[2] === '.' || order === 'day-first')) return null; // 3.5.15: a version, 27-7-3: ambiguous
      const short = toNumber(yearText);
      const year = yearText.length === 4 ? short : short > 50 ? 1900 + short : 2000 + short;
      const [month, day] = order === 'month-first' ? [a, b] : [b, a];
      return calendarDay(year, month, day) ?? calendarDay(year, day, month);
    },
  };
}
