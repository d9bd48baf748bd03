// Proleptic Gregorian arithmetic on plain numbers; UTC Date objects only as a day counter,
// so no time zone can shift a date.

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Month lengths of a common year; February gets its leap day from isLeapYear. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Date objects cover ±100,000,000 days around 1970; the arithmetic below is kept well inside. */
const ARITHMETIC_YEARS = 200_000;

const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Whole years and months 1–12 within range: the arithmetic paths below; anything else goes to Date. */
const isPlainMonth = (year: number, month: number): boolean =>
  Number.isInteger(year) && Math.abs(year) <= ARITHMETIC_YEARS && Number.isInteger(month) && month >= 1 && month <= 12;

/**
 * Arithmetic, not a Date per call: anchoring asks this for every pair of candidate and
 * lender. It keeps Date.UTC's reading of years 0–99 as 1900–1999.
 */
export function daysInMonth(year: number, month: number): number {
  if (!isPlainMonth(year, month)) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return month === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[month - 1]!;
}

export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, allow 29 February: the year may be a leap year.
  return day <= daysInMonth(year ?? 2000, month);
}

/**
 * Days since 1970-01-01. The day is placed in leap year 2000 and then moved to its year, so
 * 29 February of a common year is 1 March; the arithmetic path (days from civil, after
 * Howard Hinnant) does the same for every day that exists in 2000, and Date the rest.
 */
function toDayNumber(d: CalendarDay): number {
  const { year, month, day } = d;
  if (!isPlainMonth(year, month) || !Number.isInteger(day) || day < 1 || day > (month === 2 ? 29 : MONTH_DAYS[month - 1]!)) {
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    return Math.round(date.getTime() / MS_PER_DAY);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of toDayNumber (civil from days); Date beyond the arithmetic range. */
function fromDayNumber(n: number): CalendarDay {
  if (!Number.isInteger(n) || Math.abs(n) > ARITHMETIC_YEARS * 365) {
    const date = new Date(n * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  return fromDayNumber(toDayNumber(d) + days);
}

export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: CalendarDay): number {
  const sundayZero = (((toDayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return sundayZero === 0 ? 7 : sundayZero;
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function parseIsoDay(value: string): CalendarDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d.year, d.month, d.day) ? d : undefined;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The ISO 8601 week holding a day: its week-year is the year of the week's Thursday. */
export function isoWeekOf(d: CalendarDay): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const dayOfYear = daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday);
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** YYYY-Www for an ISO week. */
export function formatWeekValue(year: number, week: number): string {
  return `${pad4(year)}-W${pad2(week)}`;
}

/** YYYY-Qn, with XXXX for an unknown year. */
export function formatQuarterValue(year: number | undefined, quarter: number): string {
  return `${year === undefined ? 'XXXX' : pad4(year)}-Q${quarter}`;
}

/** YYYY-MM-DD / YYYY-MM / YYYY, with XXXX for an unknown year. */
export function formatDateValue(year: number | undefined, month?: number, day?: number): string {
  const y = year === undefined ? 'XXXX' : pad4(year);
  if (month === undefined) return y;
  if (day === undefined) return `${y}-${pad2(month)}`;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}
