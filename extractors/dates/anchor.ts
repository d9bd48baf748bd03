// The refining pass: turn readings into values. Order of trust for a missing year:
// the article's published date (relative expressions and bare month-days), then a
// consistent explicit year in the same article, else XXXX. Relative expressions that no
// anchor can fix ("last month" without a published date) are dropped, because the
// contract has no value form for them; see README.md.
import type { DateMention, DatePrecision } from '../types.ts';
import type { DateCandidate, DateReading } from './reading.ts';
import {
  addDays, addMonths, daysBetween, daysInMonth, formatDateValue, formatQuarterValue, formatWeekValue, isValidDay, isoWeekOf,
  isoWeekday, parseIsoDay, type CalendarDay,
} from './calendar.ts';
import { leansFuture } from './tense.ts';

interface Resolved {
  year?: number;
  month?: number;
  day?: number;
  /** A whole ISO week ("next week"): its week-year and number. */
  isoWeek?: { year: number; week: number };
  quarter?: number;
}

interface ArticleContext {
  text: string;
  published?: CalendarDay;
  /** Explicit dates with both a year and a month, in text order: they may lend their year. */
  lenders: { start: number; year: number; month: number; day?: number }[];
  /**
   * The article's reporting month when it has no published date: that of its first stated
   * month-day ("October 27" in the lead). "On the 27th" in a report means a day of the month
   * being reported on, not of a flashback date mentioned just before (a caption's "September 4").
   */
  reportingMonth?: { year?: number; month: number };
}

/** How far a year-less date may lie from a lender for the loan to count as consistent. */
const CONSISTENT_WITHIN_DAYS = 92;
/** With a published date, only a lender this close before the date outranks it. */
const NEAR_LENDER_CHARS = 400;
/**
 * A year-less month(-day) this close to the published day, before or after, is taken as
 * that occurrence; when both occurrences lie farther, the clause's tense decides.
 */
const CLEARLY_NEAR_DAYS = 120;

export function anchorCandidates(text: string, candidates: DateCandidate[], published?: string): DateMention[] {
  const context: ArticleContext = {
    text,
    published: published ? parseIsoDay(published) : undefined,
    lenders: [],
  };
  for (const { start, reading } of candidates) {
    if (reading.year !== undefined && reading.month !== undefined) context.lenders.push({ start, year: reading.year, month: reading.month, day: reading.day });
  }
  const mentions: DateMention[] = [];
  for (const candidate of candidates) {
    const resolved = resolveReading(candidate, context);
    if (!resolved) continue;
    const precision = precisionOf(resolved);
    if (!context.reportingMonth && resolved.day !== undefined && resolved.month !== undefined && !candidate.reading.dayFromContext) {
      context.reportingMonth = { year: resolved.year, month: resolved.month };
    }
    mentions.push({
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      value: valueOf(resolved, precision),
      precision,
      rule: candidate.rule,
    });
  }
  return mentions;
}

function precisionOf(r: Resolved): DatePrecision {
  if (r.isoWeek) return 'week';
  if (r.quarter !== undefined) return 'quarter';
  return r.day !== undefined ? 'day' : r.month !== undefined ? 'month' : 'year';
}

function valueOf(r: Resolved, precision: DatePrecision): string {
  if (precision === 'week') return formatWeekValue(r.isoWeek!.year, r.isoWeek!.week);
  if (precision === 'quarter') return formatQuarterValue(r.year, r.quarter!);
  return formatDateValue(r.year, r.month, r.day);
}

function resolveReading(candidate: DateCandidate, context: ArticleContext): Resolved | null {
  const r = candidate.reading;
  if (r.dayFromContext && r.day !== undefined) return resolveContextDay(r.day, context);
  const anchor = context.published;
  if (r.quarter !== undefined) return resolveQuarter(r, r.quarter, anchor);
  if (r.yearOffset !== undefined || r.monthOffset !== undefined || r.dayOffset !== undefined || r.weekOffset !== undefined) {
    if (!anchor) return r.month !== undefined ? { month: r.month, day: r.day } : null; // "年底" → XXXX-12
    return resolveOffsets(r, anchor);
  }
  if (r.weekday !== undefined) {
    if (!anchor) return null;
    const lean = r.lean === 'tense' || !r.lean ? (leansFuture(context.text, candidate.start, candidate.end) ? 'tense-future' : 'tense-past') : r.lean;
    return resolveWeekday(r.weekday, anchor, lean);
  }
  if (r.month === undefined) return r.year !== undefined ? { year: r.year } : null;
  const year = r.year ?? borrowYear(candidate, context);
  if (r.nthWeekday) {
    if (year === undefined) return { month: r.month };
    const day = nthWeekdayOfMonth(year, r.month, r.nthWeekday.weekday, r.nthWeekday.n);
    return day === undefined ? null : { year, month: r.month, day };
  }
  if (r.day !== undefined && !isValidDay(year, r.month, r.day)) {
    // A year-less 29 February lies in the leap year nearest the borrowed one.
    if (r.year !== undefined || year === undefined || !isValidDay(undefined, r.month, r.day)) return null;
    const leap = [year - 1, year + 1, year - 2, year + 2, year - 3, year + 3].find((y) => isValidDay(y, r.month!, r.day!));
    return { year: leap, month: r.month, day: r.day };
  }
  return { year, month: r.month, day: r.day };
}

function resolveContextDay(day: number, context: ArticleContext): Resolved | null {
  const anchor = context.published;
  if (!anchor) {
    const reporting = context.reportingMonth;
    if (!reporting || !isValidDay(reporting.year, reporting.month, day)) return null;
    return { year: reporting.year, month: reporting.month, day };
  }
  // A day after the published day is last month's: news reports what has happened.
  const { year, month } = day <= anchor.day ? anchor : addMonths(anchor.year, anchor.month, -1);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

function resolveOffsets(r: DateReading, anchor: CalendarDay): Resolved | null {
  if (r.dayOffset !== undefined) return addDays(anchor, r.dayOffset);
  if (r.weekOffset !== undefined) {
    const monday = addDays(anchor, 1 - isoWeekday(anchor) + 7 * r.weekOffset);
    if (r.weekday !== undefined) return addDays(monday, r.weekday - 1);
    return { isoWeek: isoWeekOf(monday) };
  }
  if (r.monthOffset !== undefined) {
    // "去年本月十日": this month of last year.
    const { year, month } = addMonths(anchor.year + (r.yearOffset ?? 0), anchor.month, r.monthOffset);
    if (r.nthWeekday) {
      const day = nthWeekdayOfMonth(year, month, r.nthWeekday.weekday, r.nthWeekday.n);
      return day === undefined ? null : { year, month, day };
    }
    if (r.day !== undefined && !isValidDay(year, month, r.day)) return null;
    return { year, month, day: r.day };
  }
  const year = anchor.year + (r.yearOffset ?? 0);
  if (r.month !== undefined && r.day !== undefined && !isValidDay(year, r.month, r.day)) return null;
  return { year, month: r.month, day: r.month !== undefined ? r.day : undefined };
}

/**
 * A quarter without a year is the latest one of that number to have begun by the published
 * day: news reports "third-quarter profit" once the quarter is under way or over (on
 * TimeBank, the development set, this holds for 100 of 104 such quarters).
 */
function resolveQuarter(r: DateReading, quarter: number, anchor: CalendarDay | undefined): Resolved {
  if (r.year !== undefined) return { year: r.year, quarter };
  if (!anchor) return { quarter };
  if (r.yearOffset !== undefined) return { year: anchor.year + r.yearOffset, quarter };
  return { year: 3 * quarter - 2 <= anchor.month ? anchor.year : anchor.year - 1, quarter };
}

function resolveWeekday(weekday: number, anchor: CalendarDay, lean: 'past' | 'future' | 'this' | 'tense-past' | 'tense-future'): CalendarDay {
  const today = isoWeekday(anchor);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (lean) {
    case 'this': return addDays(anchor, weekday - today);
    case 'past': return addDays(anchor, -(back || 7)); // "last Wednesday" said on a Wednesday: a week ago
    case 'future': return addDays(anchor, ahead || 7);
    case 'tense-past': return addDays(anchor, -back); // a bare "Friday" in Friday's paper is that day
    case 'tense-future': return addDays(anchor, ahead);
  }
}

function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number | undefined {
  const firstWeekday = isoWeekday({ year, month, day: 1 });
  const first = 1 + ((weekday - firstWeekday + 7) % 7);
  const last = daysInMonth(year, month);
  const day = n > 0 ? first + 7 * (n - 1) : first + 7 * Math.floor((last - first) / 7);
  return day <= last ? day : undefined;
}

/** The year for a year-less month or month-day, or undefined (→ XXXX). */
function borrowYear(candidate: DateCandidate, context: ArticleContext): number | undefined {
  const r = candidate.reading;
  const [month, start] = [r.month!, candidate.start];
  const lender = nearestConsistentLender(month, r.day, start, context);
  const anchor = context.published;
  if (!anchor) return lender?.year;
  if (lender && lender.start < start && start - lender.start <= NEAR_LENDER_CHARS) return lender.year;
  if (r.lean === 'this') return anchor.year;
  if (r.lean === 'past') return month < anchor.month ? anchor.year : anchor.year - 1;
  if (r.lean === 'future') return month > anchor.month ? anchor.year : anchor.year + 1;
  // Otherwise the month's latest occurrence on or before the published day, or its next one
  // after it: the nearer, when it is within four months; past that, news looks back unless
  // the clause speaks of the future ("the NATO summit in April" said in December: the next
  // April only with "are expected to join in April").
  const [back, ahead] = occurrencesAround(anchor, month, r.day);
  if (Math.min(-back.days, ahead.days) < CLEARLY_NEAR_DAYS) return -back.days <= ahead.days ? back.year : ahead.year;
  return leansFuture(context.text, candidate.start, candidate.end) ? ahead.year : back.year;
}

/** The year of a month(-day)'s latest occurrence on or before `anchor` and of its first one after. */
function occurrencesAround(anchor: CalendarDay, month: number, day: number | undefined) {
  const around = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({
    year,
    days: daysBetween(anchor, { year, month, day: Math.min(day ?? 15, daysInMonth(year, month)) }),
  }));
  const back = around.filter((o) => o.days <= 0).at(-1)!;
  const ahead = around.find((o) => o.days > 0)!;
  return [back, ahead] as const;
}

function nearestConsistentLender(month: number, day: number | undefined, start: number, context: ArticleContext) {
  let best: ArticleContext['lenders'][number] | undefined;
  for (const lender of context.lenders) {
    // Only a nearer lender can replace the best one: test that before the calendar work.
    if (best && Math.abs(lender.start - start) >= Math.abs(best.start - start)) continue;
    const here = { year: lender.year, month, day: Math.min(day ?? 15, daysInMonth(lender.year, month)) };
    const there = { year: lender.year, month: lender.month, day: lender.day ?? 15 };
    if (Math.abs(daysBetween(there, here)) > CONSISTENT_WITHIN_DAYS) continue;
    best = lender;
  }
  return best;
}
