// Named pattern pieces for the English rules, generated from the lexicon. Every piece is
// bounded (no nested unbounded repetition), so each rule scans in linear time.
import { DAY_WORDS, FULL_MONTH_NAMES, MONTHS, WEEKDAYS, COUNT_WORDS, wordAlternation } from './lexicon.ts';

const abbreviations = Object.keys(MONTHS).filter((w) => !FULL_MONTH_NAMES.includes(w));

/** A month name; abbreviations carry their optional period ("Oct.", "Sept."). */
export const MONTH = `(?:(?:${wordAlternation(FULL_MONTH_NAMES)})\\b|(?:${wordAlternation(abbreviations)})\\b\\.?)`;
export const FULL_MONTH = `(?:${wordAlternation(FULL_MONTH_NAMES)})\\b`;

const fullWeekdays = Object.keys(WEEKDAYS).filter((w) => w.endsWith('day'));
/** A weekday; short forms only when unmistakable ("tues", "thurs") or followed by "." / ",". */
export const WEEKDAY = `(?:${wordAlternation(fullWeekdays)}|tues|thurs|(?:mon|tue|wed|thu|fri|sat|sun)(?=[.,]))\\b`;

const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A day written in words: "first", "twenty-second", "twenty one", "thirtieth". */
export const DAY_WORD = `(?:(?:twenty|thirty)(?:[\\s-](?:${units.join('|')}))?|${wordAlternation(Object.keys(DAY_WORDS))})\\b`;

/** A day in figures with an optional ordinal suffix, not part of a longer number or time. */
export const DAY_NUMBER = `(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%:]|[.,]\\d)`;

/** A four-digit year not followed by more digits, a decimal, a percent or a decade "s". */
export const YEAR = `(\\d{4})(?![\\d%]|[.,]\\d|s\\b)`;

export const COUNT = `(?:\\d{1,3}|${wordAlternation(Object.keys(COUNT_WORDS))})`;

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
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

export function countNumber(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word.toLowerCase()];
}
