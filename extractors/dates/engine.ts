// The small engine. Scanning the whole text once per rule cost ~25 regex passes; instead
// one pass over the characters finds the keys (a digit run, or a key word: a month name,
// 年, "week"…) and their class, and each rule keyed on that class is tried, sticky, only
// at the few positions within its reach before the key. Then overlaps are resolved
// (longest match wins, earlier start on ties). tests/dates-fuzz.test.ts checks that this
// finds exactly what a full scan of every rule finds.
import { firstCharacters } from './first-characters.ts';
import { DIGIT_KEY_CLASS, isWordCode, keyWordTrie, nextKey, type FoundKey, type KeyWords } from './keys.ts';
import type { DateCandidate, DateRule } from './reading.ts';

/** The rules of one language and the key words that trigger them. */
export interface DateLanguage {
  rules: readonly DateRule[];
  /**
   * Key words by class, e.g. `month: ["january", "jan", …]` (English in lower case); rules
   * name classes in `trigger.keys`. A run of digits is always a key, of the class "digit".
   */
  keys: Readonly<Record<string, readonly string[]>>;
  /**
   * English keys and matches begin at a word start and a key is a whole word in any case
   * ("Days" but not "daylight"), so only word starts are tried; Chinese has no spaces: a
   * key word may begin anywhere.
   */
  matchesStartAtWords: boolean;
}

/** The class of digit runs, which every language has; first, at DIGIT_KEY_CLASS. */
const DIGIT_CLASS = 'digit';

interface PreparedRule {
  index: number;
  rule: DateRule;
  sticky: RegExp;
  reach: number;
  /** How many ASCII digits, and how many digits of either width, the run at a digit key may have. */
  asciiDigits: readonly [number, number];
  digits: readonly [number, number];
  /** By column (PreparedLanguage.columnOf): 1 where a match can begin with that character; null: with any. */
  opensWith: Uint8Array | null;
}

interface PreparedLanguage {
  keyWords: KeyWords;
  /** A column per code unit that some rule's match can begin with; 0 for the rest. */
  columnOf: Uint16Array;
  /** Rules triggered by each key class, in class order (digit runs first). */
  rulesByKey: PreparedRule[][];
  /** The longest reach of the rules of each key class. */
  maxReach: number[];
  ruleCount: number;
  matchesStartAtWords: boolean;
}

const ANY_COUNT = [0, Infinity] as const;
const isAsciiDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isDigitCode = (c: number): boolean => isAsciiDigitCode(c) || (c >= 0xff10 && c <= 0xff19);

/**
 * Positions where a match ending at a key at `at` may start: word starts within reach (every
 * position in Chinese), then `at`. The first `count` entries; the array is reused across keys.
 */
const starts: number[] = [];

/** Fills `starts` and returns how many there are. */
function collectStartsBefore(text: string, at: number, reach: number, atWordsOnly: boolean): number {
  let count = 0;
  let previous = at - reach > 0 ? text.charCodeAt(at - reach - 1) : 0;
  for (let i = Math.max(0, at - reach); i < at; i++) {
    const c = text.charCodeAt(i);
    if (!atWordsOnly || (isWordCode(c) && !isWordCode(previous))) starts[count++] = i;
    previous = c;
  }
  starts[count++] = at;
  return count;
}

function runLength(text: string, at: number, isInRun: (c: number) => boolean): number {
  let end = at;
  while (isInRun(text.charCodeAt(end))) end++;
  return end - at;
}

const prepared = new WeakMap<DateLanguage, PreparedLanguage>();

function prepare(language: DateLanguage): PreparedLanguage {
  const cached = prepared.get(language);
  if (cached) return cached;
  const classes = [DIGIT_CLASS, ...Object.keys(language.keys)];
  const openers = language.rules.map((rule) => firstCharacters(rule.pattern));
  const columnOf = new Uint16Array(0x10000);
  let columns = 0;
  for (const opener of openers) for (const code of opener ?? []) if (columnOf[code] === 0) columnOf[code] = ++columns;
  const rules = language.rules.map((rule, index): PreparedRule => {
    const opener = openers[index]!;
    const opensWith = opener && new Uint8Array(columns + 1);
    for (const code of opener ?? []) opensWith![columnOf[code]!] = 1;
    return {
      index,
      rule,
      sticky: new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'),
      reach: rule.trigger.reach,
      asciiDigits: rule.trigger.asciiDigits ?? ANY_COUNT,
      digits: rule.trigger.digits ?? ANY_COUNT,
      opensWith,
    };
  });
  for (const r of rules) {
    for (const key of r.rule.trigger.keys) if (!classes.includes(key)) throw new Error(`${r.rule.id}: unknown key ${key}`);
  }
  const triggered = (keyClass: string) => rules.filter((r) => r.rule.trigger.keys.includes(keyClass));
  const result: PreparedLanguage = {
    keyWords: keyWordTrie(classes.map((c) => language.keys[c] ?? []), language.matchesStartAtWords),
    columnOf,
    rulesByKey: classes.map(triggered),
    maxReach: classes.map((c) => Math.max(0, ...triggered(c).map((r) => r.reach))),
    ruleCount: rules.length,
    matchesStartAtWords: language.matchesStartAtWords,
  };
  prepared.set(language, result);
  return result;
}

export function findCandidates(text: string, language: DateLanguage): DateCandidate[] {
  const { keyWords, columnOf, rulesByKey, maxReach, ruleCount, matchesStartAtWords } = prepare(language);
  const found: DateCandidate[] = [];
  // Per rule, the first position not yet tried: a full scan would resume after a match.
  const nextStart = new Array<number>(ruleCount).fill(0);
  const key: FoundKey = { at: 0, keyClass: 0, resumeAt: 0 };
  for (let from = 0; nextKey(text, from, keyWords, key); from = key.resumeAt) {
    const { at, keyClass } = key;
    const startCount = collectStartsBefore(text, at, maxReach[keyClass]!, matchesStartAtWords);
    const asciiDigits = keyClass === DIGIT_KEY_CLASS ? runLength(text, at, isAsciiDigitCode) : 0;
    const digits = keyClass === DIGIT_KEY_CLASS ? runLength(text, at, isDigitCode) : 0;
    for (const r of rulesByKey[keyClass]!) {
      if (asciiDigits < r.asciiDigits[0] || asciiDigits > r.asciiDigits[1] || digits < r.digits[0] || digits > r.digits[1]) continue;
      const earliest = Math.max(at - r.reach, nextStart[r.index]!);
      for (let k = 0; k < startCount; k++) {
        const start = starts[k]!;
        if (start < earliest || start < nextStart[r.index]!) continue;
        if (r.opensWith !== null && r.opensWith[columnOf[text.charCodeAt(start)]!] === 0) continue;
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
