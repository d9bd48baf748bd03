// Named pattern pieces for the English rules, generated from the lexicon. Every piece is
// bounded (no nested unbounded repetition), so each rule scans in linear time.
import { DAY_WORDS, FULL_MONTH_NAMES, MONTHS, WEEKDAYS, COUNT_WORDS, wordAlternation } from './lexicon.ts';

const abbreviations = Object.keys(MONTHS).filter((w) => !FULL_MONTH_NAMES.includes(w));

/** A month name; abbreviations carry their optional period ("Oct.", "Sept."). */
export const MONTH = `(?:(?:${wordAlternation(FULL_MONTH_NAMES)})\\b|(?:${wordAlternation(abbreviations)})\\b\\.?)`;
/** A month name or abbreviation without a boundary after it, for glued forms ("april22"). */
export const MONTH_WORD = `(?:${wordAlternation(Object.keys(MONTHS))})`;
export const FULL_MONTH = `(?:${wordAlternation(FULL_MONTH_NAMES)})\\b`;

const fullWeekdays = Object.keys(WEEKDAYS).filter((w) => w.endsWith('day'));
/** A weekday on its own: full names, and the short forms that are no other word ("tues"). */
export const WEEKDAY = `(?:${wordAlternation(fullWeekdays)}|tues|thurs)\\b`;
/** A weekday before a date ("Wed, 22 of Jan", "Fri. Oct. 23"): short forms are safe there. */
export const WEEKDAY_PREFIX = `(?:${wordAlternation(fullWeekdays)}|tues|thurs|(?:mon|tue|wed|thu|fri|sat|sun)(?=[.,]))\\b`;

const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const teens = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A year said in words, as broadcast transcripts write it: "nineteen ninety-six". */
export const YEAR_WORDS = `(nineteen|twenty)[\\s-](?:(${tens})(?:[\\s-](one|two|three|four|five|six|seven|eight|nine))?|(${teens}))\\b`;

const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A day written in words: "first", "twenty-second", "twenty one", "thirtieth". */
export const DAY_WORD = `(?:(?:twenty|thirty)(?:[\\s-](?:${units.join('|')}))?|${wordAlternation(Object.keys(DAY_WORDS))})\\b`;

/** A day in figures with an optional ordinal suffix, not part of a longer number or time. */
export const DAY_NUMBER = `(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|[.,:]\\d)`;

/** A four-digit year not followed by more digits, a decimal, a percent or a decade "s". */
export const YEAR = `(\\d{4})(?![\\d%]|[.,]\\d|s\\b)`;

export const COUNT = `(?:\\d{1,3}|${wordAlternation(Object.keys(COUNT_WORDS))})`;

/** "Oct." → "oct". */
const withoutPeriod = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();

export function monthNumber(word: string): number | undefined {
  return MONTHS[withoutPeriod(word)];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[withoutPeriod(word)];
}

/** "twenty-second" → 22, "first" → 1, "27th" → 27. */
export function dayNumber(word: string): number | undefined {
  const digits = /^(\d{1,2})/.exec(word);
  if (digits) return Number(digits[1]);
  let total = 0;
  for (const part of word.toLowerCase().split(/[\s-]+/)) {
    const n = DAY_WORDS[part];
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};

/** "nineteen" + "ninety" + "six" → 1996. */
export function yearFromWords(century: string, tensWord?: string, unitWord?: string, teenWord?: string): number {
  const value = (w?: string) => (w ? NUMBER_WORDS[w.toLowerCase()] ?? 0 : 0);
  return value(century) * 100 + value(tensWord) + value(unitWord) + value(teenWord);
}

export function countNumber(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()];
}

const pluralToo = (words: string[]): string[] => words.flatMap((word) => [word, `${word}s`]);

/**
 * The key words of the engine's trigger scan (engine.ts), by class: every English rule's
 * match contains a digit run or one of these words, a bounded distance after its start
 * (each rule's `trigger`). A key is a whole word; units may be plural ("two weeks ago").
 */
export const ENGLISH_KEYS: Readonly<Record<string, readonly string[]>> = {
  month: Object.keys(MONTHS),
  weekday: Object.keys(WEEKDAYS),
  day: pluralToo(['day']),
  period: pluralToo(['week', 'month', 'year', 'decade']),
  relday: ['today', 'tonight', 'tomorrow', 'tmrw', 'yesterday'],
  daypart: ['morning', 'afternoon', 'evening', 'night'],
  yearword: ['nineteen', 'twenty', 'thousand'],
  holiday: ['christmas', 'independence', 'halloween', 'valentine', 'thanksgiving'],
  quarter: ['quarter'],
};
