// Proleptic Gregorian arithmetic on plain numbers; UTC Date objects only as a day counter,
// so no time zone can shift a date.

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, allow 29 February: the year may be a leap year.
  return day <= daysInMonth(year ?? 2000, month);
}

function toDayNumber(d: CalendarDay): number {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
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
