// English words the date rules are built from. Each table maps a lower-case word to its
// number; the pattern sources are generated from the same tables so the two cannot drift.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Full month names only: a bare "Jan" or "Mar" is not trusted as a month reference. */
export const FULL_MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
];

/** Month names that are also everyday words ("may", "march"): lower-case needs support. */
export const AMBIGUOUS_MONTH_WORDS = new Set(['may', 'march', 'mar']);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3, thursday: 4,
  thurs: 4, thur: 4, thu: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Ordinal and cardinal words that can name a day of the month. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30,
};

/** Counts in "two weeks ago", "a year ago". */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50,
};

/** "last", "next", "this" and their kin, as an offset from the anchor. */
export const RELATIVE_CUES: Readonly<Record<string, number>> = {
  last: -1, previous: -1, past: -1, next: 1, coming: 1, this: 0, current: 0,
};

/** Quarters of a year: "the third quarter", "fourth-quarter profit", "Q2". */
export const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Fixed-date holidays (month, day). */
export const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas day': [12, 25], 'christmas eve': [12, 24], christmas: [12, 25],
  "new year's day": [1, 1], "new year's eve": [12, 31], 'independence day': [7, 4],
  halloween: [10, 31], "valentine's day": [2, 14],
};

/** Words after "the 27th" that keep it a day of the month (not "the 27th floor"). */
export const WORDS_AFTER_ANAPHORIC_DAY = new Set([
  'that', 'saying', 'said', 'and', 'when', 'at', 'in', 'to', 'local', 'morning',
  'afternoon', 'evening', 'night', 'as', 'with', 'after', 'before', 'but', 'while', 'of',
  'this', 'last', 'next', 'the', 'a', 'for', 'by', 'on', 'he', 'she', 'they', 'it', 'we',
]);

/** Words before a bare year or an ambiguous month that make it a time reference. */
export const TIME_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'of', 'from', 'to', 'during', 'before', 'after',
  'through', 'between', 'and', 'or', 'early', 'late', 'mid', 'around', 'circa', 'than',
  'the', 'last', 'next', 'this', 'spring', 'summer', 'autumn', 'fall', 'winter', 'fiscal',
  'year', 'on', 'for', 'as', 'at', 'into', 'throughout', 'against',
]);

/** Words before a number that make it a count, not a year: "about 1990 troops". */
export const COUNT_CUES = new Set(['about', 'nearly', 'roughly', 'approximately', 'some', 'over', 'almost', 'only', 'just', 'than', 'least', 'most']);
/** Words after a number that make it an amount: "2025 million". */
export const SCALE_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'per']);

export function wordAlternation(words: Iterable<string>): string {
  // Longest first, so "september" is tried before "sep".
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeForPattern).join('|');
}

function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
}
