// The small engine. Scanning the whole text once per rule cost ~25 regex passes; instead
// one pass over the characters finds the keys (a digit run, or a key word: a month name,
// 年, "week"…) and their class, and each rule keyed on that class is tried, sticky, only
// at the few positions within its reach before the key. Then overlaps are resolved
// (longest match wins, earlier start on ties). tests/dates-fuzz.test.ts checks that this
// finds exactly what a full scan of every rule finds.
import { firstCharacters } from './first-characters.ts';
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

/** The class of digit runs, which every language has. */
const DIGIT_CLASS = 'digit';

interface PreparedRule {
  index: number;
  rule: DateRule;
  sticky: RegExp;
  reach: number;
  minDigits: number;
  maxDigits: number;
  /** By column (PreparedLanguage.columnOf): 1 where a match can begin with that character; null: with any. */
  opensWith: Uint8Array | null;
}

/** Key words as a trie over UTF-16 code units; `keyClass` is the first class of a word ending here, or -1. */
interface KeyNode {
  next: Map<number, KeyNode>;
  keyClass: number;
}

interface PreparedLanguage {
  keyWords: KeyNode;
  /** 1 for the code units a key word can begin with (both cases in English). */
  beginsKeyWord: Uint8Array;
  /** A column per code unit that some rule's match can begin with; 0 for the rest. */
  columnOf: Uint16Array;
  /** Rules triggered by each key class, in class order (digit first). */
  rulesByKey: PreparedRule[][];
  /** The longest reach of the rules of each key class. */
  maxReach: number[];
  ruleCount: number;
  matchesStartAtWords: boolean;
}

const isAsciiDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isWideDigitCode = (c: number): boolean => c >= 0xff10 && c <= 0xff19;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordCode = (c: number): boolean => isAsciiDigitCode(c) || isAsciiLetterCode(c) || c === 95;

/** Positions where a match ending at a key at `at` may start, reused across keys: word starts within reach (every position in Chinese), then `at`. */
const starts: number[] = [];

function collectStartsBefore(text: string, at: number, reach: number, atWordsOnly: boolean): void {
  starts.length = 0;
  let previous = at - reach > 0 ? text.charCodeAt(at - reach - 1) : 0;
  for (let i = Math.max(0, at - reach); i < at; i++) {
    const c = text.charCodeAt(i);
    if (!atWordsOnly || (isWordCode(c) && !isWordCode(previous))) starts.push(i);
    previous = c;
  }
  starts.push(at);
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
      minDigits: rule.trigger.asciiDigits?.[0] ?? 0,
      maxDigits: rule.trigger.asciiDigits?.[1] ?? Infinity,
      opensWith,
    };
  });
  for (const r of rules) {
    for (const key of r.rule.trigger.keys) if (!classes.includes(key)) throw new Error(`${r.rule.id}: unknown key ${key}`);
  }
  const keyWords: KeyNode = { next: new Map(), keyClass: -1 };
  const beginsKeyWord = new Uint8Array(0x10000);
  classes.forEach((keyClass, classIndex) => {
    for (const word of language.keys[keyClass] ?? []) {
      let node = keyWords;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), keyClass: -1 }));
        node = child;
      }
      if (node.keyClass < 0) node.keyClass = classIndex;
      const first = word.charCodeAt(0);
      beginsKeyWord[first] = 1;
      if (language.matchesStartAtWords && first >= 97 && first <= 122) beginsKeyWord[first - 32] = 1;
    }
  });
  const result: PreparedLanguage = {
    keyWords,
    beginsKeyWord,
    columnOf,
    rulesByKey: classes.map((c) => rules.filter((r) => r.rule.trigger.keys.includes(c))),
    maxReach: classes.map((c) => Math.max(0, ...rules.filter((r) => r.rule.trigger.keys.includes(c)).map((r) => r.reach))),
    ruleCount: rules.length,
    matchesStartAtWords: language.matchesStartAtWords,
  };
  prepared.set(language, result);
  return result;
}

/** The class index of a key word at `at` (English: the whole letter run, any case; Chinese: the first class among the words starting there), or -1. */
function keyWordClassAt(text: string, at: number, language: PreparedLanguage): number {
  let node: KeyNode | undefined = language.keyWords;
  if (language.matchesStartAtWords) {
    let i = at;
    for (let c = text.charCodeAt(i); isAsciiLetterCode(c); c = text.charCodeAt(++i)) {
      node = node.next.get(c <= 90 ? c + 32 : c);
      if (!node) return -1;
    }
    return node.keyClass;
  }
  let found = -1;
  for (let i = at; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.keyClass >= 0 && (found < 0 || node.keyClass < found)) found = node.keyClass;
  }
  return found;
}

export function findCandidates(text: string, language: DateLanguage): DateCandidate[] {
  const prepared = prepare(language);
  const { beginsKeyWord, columnOf, rulesByKey, maxReach, matchesStartAtWords } = prepared;
  const found: DateCandidate[] = [];
  // Per rule, the first position not yet tried: a full scan would resume after a match.
  const nextStart = new Array<number>(prepared.ruleCount).fill(0);
  let previous = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const before = previous;
    previous = code;
    let keyClass: number;
    if (isAsciiDigitCode(code)) {
      if (isAsciiDigitCode(before)) continue;
      keyClass = 0;
    } else if (isWideDigitCode(code)) {
      if (isWideDigitCode(before)) continue;
      keyClass = 0;
    } else {
      if (beginsKeyWord[code] === 0 || (matchesStartAtWords && isWordCode(before))) continue;
      keyClass = keyWordClassAt(text, at, prepared);
      if (keyClass < 0) continue;
    }
    collectStartsBefore(text, at, maxReach[keyClass]!, matchesStartAtWords);
    let digits = 0;
    while (isAsciiDigitCode(text.charCodeAt(at + digits))) digits++;
    for (const r of rulesByKey[keyClass]!) {
      if (digits < r.minDigits || digits > r.maxDigits) continue;
      const from = Math.max(at - r.reach, nextStart[r.index]!);
      for (const start of starts) {
        if (start < from || start < nextStart[r.index]!) continue;
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
