// English date rules: one { id, pattern, produce } per written form. Patterns find
// candidates; produce checks the surroundings and says what the match means.
import type { DateReading, DateRule } from '../reading.ts';
import { isValidDay } from '../calendar.ts';
import { yearFirstRule, yearLastRule } from '../numeric.ts';
import { charAfter, isCapitalized, wordAfter, wordBefore } from '../surroundings.ts';
import { AMBIGUOUS_MONTH_WORDS, COUNT_CUES, SCALE_WORDS, HOLIDAYS, QUARTER_ORDINALS, RELATIVE_CUES, TIME_PREPOSITIONS, WORDS_AFTER_ANAPHORIC_DAY, wordAlternation } from './lexicon.ts';
import {
  COUNT, DAY_NUMBER, DAY_WORD, FULL_MONTH, MONTH, MONTH_WORD, WEEKDAY, WEEKDAY_PREFIX, YEAR, YEAR_WORDS, countNumber, dayNumber,
  monthNumber, weekdayNumber, yearFromWords,
} from './patterns.ts';

const rx = (source: string): RegExp => new RegExp(source, 'gi');
const S = '\\s{1,3}';
const OPTIONAL_YEAR = `(?:,?${S}(?:of${S})?${YEAR})?`;

function calendarDay(month: number | undefined, day: number | undefined, year?: number): DateReading | null {
  if (month === undefined || day === undefined) return null;
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

const yearOf = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** Lower-case "may"/"march" are words first: a month only with a day or year beside it. */
function monthWordTrusted(word: string): boolean {
  return !AMBIGUOUS_MONTH_WORDS.has(word.toLowerCase()) || isCapitalized(word);
}

const QUARTER_ORDINAL = wordAlternation(Object.keys(QUARTER_ORDINALS));
/** "this year's", "last year’s": captured as group 1 of the quarter rules. */
const RELATIVE_YEARS = `(this|last|next)${S}year(?:'|’)s`;

/** The n-th weekday of a month: "the first Friday of July", "the last Monday in May". */
const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1 };

const DAY_PART = `(?:${S}(?:morning|afternoon|evening|night))?`;

export const ENGLISH_DATE_RULES: readonly DateRule[] = [
  yearFirstRule('en.date.iso'),
  {
    id: 'en.date.year-monthname-day',
    trigger: { keys: ['digit'], reach: 0, asciiDigits: [4, 4] },
    pattern: rx(`(?<![\\d./-])(\\d{4})[-/](${MONTH})[-/](\\d{1,2})(?![\\d]|[./-]\\d)`),
    produce: (m) => calendarDay(monthNumber(m[2]!), Number(m[3]), Number(m[1])),
  },
  yearLastRule('en.date.numeric-mdy', 'month-first'),
  {
    id: 'en.date.month-day',
    trigger: { keys: ['month'], reach: 16 },
    pattern: rx(`\\b(?:${WEEKDAY_PREFIX}\\.?,?${S})?(${MONTH})(?:\\.?${S}|[-/]|,${S}(?=\\d{1,2}(?:st|nd|rd|th)))${DAY_NUMBER}${OPTIONAL_YEAR}`),
    produce: (m) => calendarDay(monthNumber(m[1]!), Number(m[2]), yearOf(m[3])),
  },
  {
    id: 'en.date.month-day-word',
    trigger: { keys: ['month'], reach: 0 },
    pattern: rx(`\\b(${MONTH})(?:,|\\.)?${S}(the${S})?(${DAY_WORD})(?![\\s-]{1,3}(?:ninety|eighty|seventy|sixty|fifty|forty|hundred|thousand)\\b)${OPTIONAL_YEAR}`),
    produce: (m) => {
      const words = m[3]!.toLowerCase();
      // "May one day" / "March one": a plain cardinal after a month is rarely its day.
      if (!m[2] && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(words)) return null;
      // Lower-case "may first" is a verb and an adverb; "may twenty-first" is a date.
      if (!m[2] && !monthWordTrusted(m[1]!) && !/^(?:twenty|thirty)/.test(words)) return null;
      return calendarDay(monthNumber(m[1]!), dayNumber(words), yearOf(m[4]));
    },
  },
  {
    id: 'en.date.day-month',
    trigger: { keys: ['month'], reach: 40 },
    pattern: rx(`(?<![\\d.,$])\\b(?:${WEEKDAY_PREFIX}\\.?,?${S})?(?:the${S})?${DAY_NUMBER}(?:${S}|-|\\.${S})(?:of${S})?(${MONTH})${OPTIONAL_YEAR}`),
    produce: (m) => {
      if (!monthWordTrusted(m[2]!) && !/\bof\b/i.test(m[0]) && !m[3]) return null;
      return calendarDay(monthNumber(m[2]!), Number(m[1]), yearOf(m[3]));
    },
  },
  {
    id: 'en.date.day-word-of-month',
    trigger: { keys: ['month'], reach: 32 },
    pattern: rx(`\\b(?:the${S})?(${DAY_WORD})${S}of${S}(${MONTH})${OPTIONAL_YEAR}`),
    produce: (m) => calendarDay(monthNumber(m[2]!), dayNumber(m[1]!), yearOf(m[3])),
  },
  {
    id: 'en.date.month-year',
    trigger: { keys: ['month'], reach: 8 },
    pattern: rx(`\\b(?:(?:early|late|mid)[\\s-]{1,2})?(${MONTH}),?${S}(?:of${S})?${YEAR}`),
    produce: (m) => ({ month: monthNumber(m[1]!), year: Number(m[2]) }),
  },
  {
    id: 'en.date.month-year-words',
    trigger: { keys: ['month'], reach: 0 },
    pattern: rx(`\\b(${MONTH}),?${S}(?:of${S})?${YEAR_WORDS}`),
    produce: (m) => ({ month: monthNumber(m[1]!), year: yearFromWords(m[2]!, m[3], m[4], m[5]) }),
  },
  {
    id: 'en.date.month-relative-year',
    trigger: { keys: ['month'], reach: 0 },
    pattern: rx(`\\b(${MONTH}),?${S}(?:of${S})?(last|next|this)${S}year\\b`),
    produce: (m) => ({ month: monthNumber(m[1]!), yearOffset: RELATIVE_CUES[m[2]!.toLowerCase()] }),
  },
  {
    // "March" alone, "the March summit", "late November", "last October".
    id: 'en.date.month-name',
    trigger: { keys: ['month'], reach: 8 },
    pattern: rx(`\\b(?:(early|late|mid|last|next|this|coming)[\\s-]{1,2})?(${FULL_MONTH})(?!-)`),
    produce: (m, text) => {
      const [modifier, word] = [m[1]?.toLowerCase(), m[2]!];
      if (!isCapitalized(word)) return null;
      const before = wordBefore(text, m.index);
      if (!modifier && AMBIGUOUS_MONTH_WORDS.has(word.toLowerCase())) {
        if (!TIME_PREPOSITIONS.has(before.toLowerCase())) return null; // "May I", "March on"
      }
      if (!modifier && isCapitalized(before) && word.toLowerCase() === 'may') return null; // Theresa May
      const offset = modifier ? RELATIVE_CUES[modifier] : undefined;
      const lean = offset === undefined ? undefined : offset < 0 ? 'past' : offset > 0 ? 'future' : 'this';
      return { month: monthNumber(word), lean };
    },
  },
  {
    // A bare year: "in 1969", "the 2000 Olympics", "its 1990 invasion" — but not a count
    // ("about 1990 troops", "2025 million").
    id: 'en.date.year',
    trigger: { keys: ['digit'], reach: 0, asciiDigits: [4, 4] },
    pattern: /(?<![\d$£€¥.,/-])\b(1[6-9]\d\d|20\d\d)\b(?![\d%]|[.,]\d|s\b|-\d|'s\b)/g,
    produce: (m, text) => {
      const year = Number(m[1]);
      const before = wordBefore(text, m.index).toLowerCase();
      const after = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (year < 1900 && !TIME_PREPOSITIONS.has(before)) return null;
      if (COUNT_CUES.has(before) || SCALE_WORDS.has(after)) return null;
      if (after.length > 3 && after.endsWith('s') && !/(?:ss|us|is|as|was|has|says)$/.test(after)) return null; // "2000 homes"
      return { year };
    },
  },
  {
    id: 'en.date.year-words',
    trigger: { keys: ['yearword'], reach: 20 },
    pattern: rx(`\\b(?:(?:in|since|by|until|of|the${S}year)${S})${YEAR_WORDS}|\\bthe${S}year${S}two${S}thousand\\b`),
    produce: (m) => ({ year: m[1] ? yearFromWords(m[1], m[2], m[3], m[4]) : 2000 }),
  },
  {
    id: 'en.date.relative-day',
    trigger: { keys: ['relday'], reach: 20 },
    // "yesterday morning", "tomorrow night": the span covers the part of day, the value is the day.
    pattern: rx(`\\b(today|tonight|tomorrow|tmrw|yesterday|(?:the${S})?day${S}before${S}yesterday|(?:the${S})?day${S}after${S}(?:tomorrow|tmrw))\\b(?:${S}(?:morning|afternoon|evening|night)\\b)?`),
    produce: (m, text) => {
      const word = m[1]!.toLowerCase();
      if (word === 'today' && /USA\s*$/.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
      const offsets: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, tmrw: 1, yesterday: -1 };
      const dayOffset = offsets[word] ?? (word.includes('before') ? -2 : 2);
      return { dayOffset };
    },
  },
  {
    // "last night", "this morning": a part of the published day or the day before, valued as the day.
    id: 'en.date.part-of-day',
    trigger: { keys: ['daypart'], reach: 8 },
    pattern: /\b(last\s{1,3}(?:night|evening)|this\s{1,3}(?:morning|afternoon|evening))\b/gi,
    produce: (m, text) => {
      // "the last night of the tour", "every last night" are not the night before.
      if (/^(?:the|a|every|each|that)$/i.test(wordBefore(text, m.index))) return null;
      if (wordAfter(text, m.index + m[0].length).toLowerCase() === 'of') return null;
      return { dayOffset: m[1]!.toLowerCase().startsWith('last') ? -1 : 0 };
    },
  },
  {
    // "last month", "this year", "next week", "by the end of this year", "earlier this year".
    id: 'en.date.relative-unit',
    trigger: { keys: ['period'], reach: 32 },
    pattern: /\b(?:(?:the\s{1,3})?(end|beginning|start|middle)\s{1,3}of\s{1,3}|(?:earlier|later|early|late)\s{1,3})?(last|next|this|the|coming)\s{1,3}(week|month|year)\b/gi,
    produce: (m) => readRelativeUnit(m),
  },
  {
    id: 'en.date.year-end',
    trigger: { keys: ['period'], reach: 8 },
    pattern: /\b(?:(?:this|the)\s{1,3})?year(?:-|\s{1,3}|'s\s{1,3})end\b/gi,
    produce: () => ({ yearOffset: 0, month: 12 }),
  },
  {
    id: 'en.date.ago',
    trigger: { keys: ['day', 'period'], reach: 24 },
    pattern: rx(`\\b(?:(?:almost|nearly|about|some|more${S}than)${S})?(${COUNT})${S}(day|week|month|year|decade)s?${S}(ago|from${S}now)\\b`),
    produce: (m) => {
      const count = countNumber(m[1]!);
      if (count === undefined) return null;
      const sign = m[3]!.toLowerCase() === 'ago' ? -1 : 1;
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return { dayOffset: sign * count };
      if (unit === 'week') return { dayOffset: 7 * sign * count }; // that day, like "14 days ago" 
      if (unit === 'month') return { monthOffset: sign * count };
      return { yearOffset: sign * count * (unit === 'decade' ? 10 : 1) };
    },
  },
  {
    id: 'en.date.weekday-the-day',
    trigger: { keys: ['weekday'], reach: 0 },
    pattern: rx(`\\b${WEEKDAY_PREFIX}\\.?,?${S}the${S}(\\d{1,2}(?:st|nd|rd|th)?|${DAY_WORD})(?![\\d%]|[.,]\\d)`),
    produce: (m, text) => {
      const day = dayNumber(m[1]!);
      if (day === undefined || day < 1 || day > 31) return null;
      // "Friday the first time" is not a date: a day in words must end the phrase.
      if (!/\d/.test(m[1]!) && !/^$|[.,;:!?)]/.test(charAfter(text, m.index + m[0].length))) return null;
      return { day, dayFromContext: true };
    },
  },
  {
    id: 'en.date.weekday-of-week',
    trigger: { keys: ['weekday'], reach: 24 },
    pattern: rx(`\\b(?:(?:on${S})?(${WEEKDAY})\\.?,?${S}(?:of${S})?(last|next|this)${S}week|(last|next|this)${S}week${S}(?:on${S})?(${WEEKDAY}))`),
    produce: (m) => ({
      weekday: weekdayNumber(m[1] ?? m[4]!),
      weekOffset: RELATIVE_CUES[(m[2] ?? m[3]!).toLowerCase()],
    }),
  },
  {
    id: 'en.date.weekday',
    trigger: { keys: ['weekday'], reach: 16 },
    pattern: rx(`\\b(?:(last|next|this(?:${S}coming)?|past|coming)${S})?(${WEEKDAY})${DAY_PART}`),
    produce: (m) => {
      const cue = m[1]?.toLowerCase().replace(/^this\s+coming$/, 'coming');
      const offset = cue === undefined ? undefined : RELATIVE_CUES[cue];
      // "next Sunday" is the Sunday of next week (said on a Monday, not six days on); "this
      // coming Sunday" is the first one ahead.
      if (cue === 'next') return { weekday: weekdayNumber(m[2]!), weekOffset: 1 };
      const lean = offset === undefined ? 'tense' : offset < 0 ? 'past' : offset > 0 ? 'future' : 'this';
      return { weekday: weekdayNumber(m[2]!), lean };
    },
  },
  {
    id: 'en.date.anaphoric-ordinal-day',
    trigger: { keys: ['digit'], reach: 6, asciiDigits: [1, 2] },
    pattern: /\bthe\s{1,3}(\d{1,2})(st|nd|rd|th)?(?![\d%]|[.,]\d)/gi,
    produce: (m, text) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      const end = m.index + m[0].length;
      const next = wordAfter(text, end).toLowerCase();
      const following = charAfter(text, end);
      const endsClause = following === '' || /[.,;:!?)\n"']/.test(following);
      if (!m[2]) return endsClause ? { day, dayFromContext: true } : null; // "the 27" only at a clause end
      if (!endsClause && !WORDS_AFTER_ANAPHORIC_DAY.has(next)) return null; // "the 27th floor"
      return { day, dayFromContext: true };
    },
  },
  {
    // "the first Friday of July", "the second Monday of next month".
    id: 'en.date.nth-weekday-of-month',
    trigger: { keys: ['weekday'], reach: 16 },
    pattern: rx(`\\b(?:the${S})?(${wordAlternation(Object.keys(NTH))})${S}(${WEEKDAY})${S}(?:of|in)${S}(?:(${MONTH})(?:,?${S}${YEAR})?|(this|next|last|previous)${S}month\\b)`),
    produce: (m) => {
      const nthWeekday = { weekday: weekdayNumber(m[2]!)!, n: NTH[m[1]!.toLowerCase()]! };
      if (m[3]) return { month: monthNumber(m[3]), year: yearOf(m[4]), nthWeekday };
      return { monthOffset: RELATIVE_CUES[m[5]!.toLowerCase()], nthWeekday };
    },
  },
  {
    // "the 20th of next month", "31st of this month".
    id: 'en.date.day-of-relative-month',
    trigger: { keys: ['period'], reach: 32 },
    pattern: rx(`\\b(?:the${S})?(\\d{1,2})(?:st|nd|rd|th)${S}(?:of${S})?(this|next|last|previous)${S}month\\b`),
    produce: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { day, monthOffset: RELATIVE_CUES[m[2]!.toLowerCase()] } : null;
    },
  },
  {
    // Glued forms: "april22", "Oct2", "january12,2016", "22april".
    id: 'en.date.month-day-glued',
    trigger: { keys: ['month'], reach: 0 },
    pattern: rx(`\\b(${MONTH_WORD})(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s{0,3}${YEAR}|(?![\\d%]|[.,:]\\d)(?:${S}${YEAR})?)`),
    produce: (m) => calendarDay(monthNumber(m[1]!), Number(m[2]), yearOf(m[3])),
  },
  {
    id: 'en.date.day-month-glued',
    trigger: { keys: ['digit'], reach: 0, asciiDigits: [1, 2] },
    pattern: rx(`(?<![\\d.,$])\\b(\\d{1,2})(?:st|nd|rd|th)?(${MONTH_WORD})\\b(?:,?${S}${YEAR})?`),
    produce: (m) => calendarDay(monthNumber(m[2]!), Number(m[1]), yearOf(m[3])),
  },
  {
    // "the third quarter", "the 1988 second quarter", "last year's first quarter", "the third
    // quarter of 1984": a quarter of a year (value YYYY-Qn).
    id: 'en.date.quarter',
    trigger: { keys: ['quarter'], reach: 32 },
    pattern: rx(`\\b(?:(?:the|${RELATIVE_YEARS})${S})?(?:${YEAR}${S})?(?:fiscal${S})?(${QUARTER_ORDINAL})${S}quarter\\b(?:${S}of${S}(?:(?:fiscal${S})?${YEAR}|(this|last|next)${S}year\\b))?`),
    produce: (m) => readQuarter(m),
  },
  {
    // "third-quarter profit", "last year's fourth-quarter loss": an adjective, so "the" belongs to the noun.
    id: 'en.date.quarter-adjective',
    trigger: { keys: ['quarter'], reach: 32 },
    pattern: rx(`\\b(?:${RELATIVE_YEARS}${S})?(?:${YEAR}${S})?(?:fiscal${S})?(${QUARTER_ORDINAL})-quarter\\b`),
    produce: (m) => readQuarter(m),
  },
  {
    id: 'en.date.quarter-q',
    trigger: { keys: ['digit'], reach: 1, asciiDigits: [1, 1] },
    pattern: /\bQ([1-4])(?:[\s-]{1,3}(\d{4}))?(?![\d%]|[.,]\d)\b/g,
    produce: (m) => ({ quarter: Number(m[1]), year: yearOf(m[2]) }),
  },
  {
    id: 'en.date.holiday',
    trigger: { keys: ['holiday', 'period'], reach: 8 }, // "new year's day" holds the key "year"
    pattern: rx(`\\b(${wordAlternation(Object.keys(HOLIDAYS))}|thanksgiving(?:${S}day)?)\\b`),
    produce: (m) => {
      const name = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (name.startsWith('thanksgiving')) return { month: 11, nthWeekday: { weekday: 4, n: 4 } };
      const fixed = HOLIDAYS[name];
      return fixed ? { month: fixed[0], day: fixed[1] } : null;
    },
  },
];

/** Groups: 1 relative year before, 2 year before, 3 ordinal, 4 year after, 5 relative year after. */
function readQuarter(m: RegExpExecArray): DateReading {
  const quarter = QUARTER_ORDINALS[m[3]!.toLowerCase()]!;
  const relative = m[1] ?? m[5];
  const year = yearOf(m[2] ?? m[4]);
  if (year !== undefined) return { year, quarter };
  return relative ? { quarter, yearOffset: RELATIVE_CUES[relative.toLowerCase()] } : { quarter };
}

function readRelativeUnit(m: RegExpExecArray): DateReading | null {
  const [part, cue, unit] = [m[1]?.toLowerCase(), m[2]!.toLowerCase(), m[3]!.toLowerCase()];
  if (cue === 'the' && !part) return null; // "the year" alone is not a date; "the end of the year" is
  const offset = RELATIVE_CUES[cue] ?? 0;
  const reading: DateReading =
    unit === 'year' ? { yearOffset: offset } : unit === 'month' ? { monthOffset: offset } : { weekOffset: offset };
  if (part && unit === 'year') {
    // The year's end is recorded as its last month, its start as its first.
    if (part === 'end') reading.month = 12;
    else if (part === 'beginning' || part === 'start') reading.month = 1;
    else if (part === 'middle') reading.month = 6;
  }
  return reading;
}
