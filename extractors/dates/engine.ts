// The small engine. Scanning the whole text once per rule cost ~25 regex passes; instead
// one pass of a simple pattern finds where a key may start (a digit run, or a word whose
// first letters begin a key word: a month name, 年, "week"…), the key pattern confirms it
// (sticky, at that position only), and each rule keyed on its class is tried, sticky,
// only at the few positions within its reach before the key. Then overlaps are resolved
// (longest match wins, earlier start on ties). tests/dates-fuzz.test.ts checks that this
// finds exactly what a full scan of every rule finds.
import type { DateCandidate, DateRule } from './reading.ts';

/** The rules of one language and the key words that trigger them. */
export interface DateLanguage {
  rules: readonly DateRule[];
  /** One pattern source per key class, e.g. `month: "\\b(?:january|…)"`; rules name classes in `trigger.keys`. */
  keys: Readonly<Record<string, string>>;
  /** The key patterns' flags ("i" for English). */
  keyFlags: string;
  /**
   * The beginnings of every key word but digits (lower case): a key can only start where one
   * of these does; in Chinese each is one character. A run of digits may always start a key.
   */
  keyPrefixes: readonly string[];
  /**
   * English keys and matches begin at a word boundary, so only word starts are tried (and a
   * prefix found is traced back to its word's start); Chinese has no spaces.
   */
  matchesStartAtWords: boolean;
}

interface PreparedRule {
  index: number;
  rule: DateRule;
  sticky: RegExp;
  reach: number;
  minDigits: number;
  maxDigits: number;
}

interface PreparedLanguage {
  /** Global: where a key may start. A digit match is one character long. */
  prefixPattern: RegExp;
  /** Sticky, one capture group per key class: tried only where prefixPattern found a start. */
  keyPattern: RegExp;
  /** Rules triggered by the key class of capture group i + 1. */
  rulesByKey: PreparedRule[][];
  /** The longest reach of the rules of each key class. */
  maxReach: number[];
  ruleCount: number;
  matchesStartAtWords: boolean;
}

const DIGIT_RUN_START = '(?<![0-9])[0-9]|(?<![０-９])[０-９]';
const isAsciiDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isDigitCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Where a match ending at a key at `at` may start: word starts within reach (every position in Chinese), then `at`. */
function startsBefore(text: string, at: number, reach: number, atWordsOnly: boolean): number[] {
  const starts: number[] = [];
  let previous = at - reach > 0 ? text.charCodeAt(at - reach - 1) : 0;
  for (let i = Math.max(0, at - reach); i < at; i++) {
    const c = text.charCodeAt(i);
    if (!atWordsOnly || (isWordCode(c) && !isWordCode(previous))) starts.push(i);
    previous = c;
  }
  starts.push(at);
  return starts;
}

const prepared = new WeakMap<DateLanguage, PreparedLanguage>();

function prepare(language: DateLanguage): PreparedLanguage {
  const cached = prepared.get(language);
  if (cached) return cached;
  const classes = Object.keys(language.keys);
  const rules = language.rules.map((rule, index) => ({
    index,
    rule,
    sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'),
    reach: rule.trigger.reach,
    minDigits: rule.trigger.asciiDigits?.[0] ?? 0,
    maxDigits: rule.trigger.asciiDigits?.[1] ?? Infinity,
  }));
  for (const r of rules) {
    for (const key of r.rule.trigger.keys) if (!classes.includes(key)) throw new Error(`${r.rule.id}: unknown key ${key}`);
  }
  const wordStart = language.matchesStartAtWords ? '\\b' : '';
  const result: PreparedLanguage = {
    prefixPattern: new RegExp(`${DIGIT_RUN_START}|${wordStart}(?:${language.keyPrefixes.join('|')})`, language.keyFlags + 'g'),
    keyPattern: new RegExp(classes.map((c) => `(${language.keys[c]})`).join('|'), language.keyFlags + 'y'),
    rulesByKey: classes.map((c) => rules.filter((r) => r.rule.trigger.keys.includes(c))),
    maxReach: classes.map((c) => Math.max(0, ...rules.filter((r) => r.rule.trigger.keys.includes(c)).map((r) => r.reach))),
    ruleCount: rules.length,
    matchesStartAtWords: language.matchesStartAtWords,
  };
  prepared.set(language, result);
  return result;
}

export function findCandidates(text: string, language: DateLanguage): DateCandidate[] {
  const { prefixPattern, keyPattern, rulesByKey, maxReach, ruleCount, matchesStartAtWords } = prepare(language);
  const found: DateCandidate[] = [];
  // Per rule, the first position not yet tried: a full scan would resume after a match.
  const nextStart = new Array<number>(ruleCount).fill(0);
  prefixPattern.lastIndex = 0;
  while (prefixPattern.test(text)) {
    // test() allocates no match: the key starts one character back (a digit, a Chinese key
    // character), or at the start of the English word the prefix ends in.
    let at = prefixPattern.lastIndex - 1;
    if (matchesStartAtWords && !isDigitCode(text.charCodeAt(at))) while (at > 0 && isWordCode(text.charCodeAt(at - 1))) at--;
    keyPattern.lastIndex = at;
    const key = keyPattern.exec(text);
    if (key === null) continue;
    let group = 1;
    while (key[group] === undefined) group++;
    const rules = rulesByKey[group - 1]!;
    const starts = startsBefore(text, at, maxReach[group - 1]!, matchesStartAtWords);
    let digits = 0;
    while (isAsciiDigitCode(text.charCodeAt(at + digits))) digits++;
    for (const r of rules) {
      if (digits < r.minDigits || digits > r.maxDigits) continue;
      const from = Math.max(at - r.reach, nextStart[r.index]!);
      for (const start of starts) {
        if (start < from || start < nextStart[r.index]!) continue;
        r.sticky.lastIndex = start;
        const match = r.sticky.exec(text);
        if (match === null || match[0].length === 0) continue;
        const end = start + match[0].length;
        nextStart[r.index] = end;
        const reading = r.rule.produce(match, text);
        if (reading) found.push({ start, end, rule: r.rule.id, reading });
      }
      nextStart[r.index] = Math.max(nextStart[r.index]!, at + 1);
    }
  }
  return found;
}

/** Sorted, non-overlapping: within a cluster of overlapping candidates the longest wins. */
export function resolveOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const candidate of byStart) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}
