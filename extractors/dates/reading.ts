// What a rule says a date expression means, before anchoring. A reading keeps what the
// text states (explicit fields) apart from what must be computed from an anchor
// (offsets, weekdays, a day whose month comes from context); anchor.ts turns it into a
// value. Keeping the two apart is what lets one pattern serve articles with and without
// a published date.

export type WeekdayLean = 'past' | 'future' | 'this' | 'tense';

export interface DateReading {
  /** Stated year, e.g. 2025 from "2025年" or "October 27, 2025". */
  year?: number;
  /** Year relative to the anchor: -1 for "last year"/"去年". */
  yearOffset?: number;
  /** Stated month 1–12. */
  month?: number;
  /** Month relative to the anchor: -1 for "last month"/"上月". */
  monthOffset?: number;
  /** Stated day of month 1–31. */
  day?: number;
  /** Days relative to the anchor: -1 for "yesterday"/"昨天". */
  dayOffset?: number;
  /** Stated quarter 1–4: "the third quarter", "第三季度". */
  quarter?: number;
  /** Weeks relative to the anchor: 1 for "next week"/"下周". */
  weekOffset?: number;
  /** ISO weekday 1 (Monday) – 7 (Sunday). */
  weekday?: number;
  /** How a bare weekday or month name finds its week or year when no offset is given. */
  lean?: WeekdayLean;
  /** The n-th weekday of the month (n = -1 for the last): Thanksgiving, "the first Friday of July". */
  nthWeekday?: { weekday: number; n: number };
  /** A day of the month whose month (and year) come from the article: "the 27th", "28日". */
  dayFromContext?: boolean;
}

export interface DateRule {
  /** Stable id recorded on every mention, e.g. "en.date.month-day". */
  id: string;
  /** A global ("g") regular expression without nested unbounded quantifiers. */
  pattern: RegExp;
  /**
   * Where the engine tries the pattern: every match contains a word of one of the `keys`
   * classes (the language's key table) starting at most `reach` characters after the match.
   */
  trigger: {
    keys: readonly string[];
    reach: number;
    /** For a digit key: how many ASCII digits the run at the key must have ("2025": [4, 4]). */
    asciiDigits?: readonly [number, number];
    /** For a digit key: how many digits, ASCII or full-width, the run at the key must have ("２０２5-10-27": [4, 4]). */
    digits?: readonly [number, number];
  };
  /** The reading of one match, or null when the match is not a date after all. */
  produce: (match: RegExpExecArray, text: string) => DateReading | null;
}

/** A match before overlap resolution and anchoring. */
export interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  reading: DateReading;
}
