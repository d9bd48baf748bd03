// What kind of line an English token stands on, where capitals and neighbours mean
// something other than in prose: a line in capitals (wire headlines, datelines, "home team
// in CAPS" tables), a dateline ("LONDON 1996-08-30", "BEIJING, March 3 (Reuters) -"), and a
// results line of a sports table ("Leeds 2 Chelsea 1", "Ajax v PSV"), where a place name
// stands for its club.

import { MONTH_ABBREVIATIONS } from './rules.ts';
import type { EnglishToken } from './tokens.ts';

export interface LineKinds {
  /** Per token: its line is written in capitals. */
  caps: Uint8Array;
  /** Per token: its line reads as a sports results or standings line. */
  results: Uint8Array;
  /** Token index → end of the dateline place that starts there. */
  datelines: Map<number, number>;
}

/** "FRIDAY , AUGUST 30": a day or month opening a line is a date, not a dateline's place. */
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const ISO_DATE = /^\d{4}$/;
const NEWS_AGENCY_PARENS = new Set(['reuters', 'ap', 'afp', 'xinhua', 'upi', 'dpa', 'ansa', 'bloomberg', 'kyodo', 'yonhap']);
const FIXTURE_WORDS = new Set(['v', 'vs', 'vs.', 'v.']);

/** Whether `s` has a lower-case letter; ASCII by character code (no string made), anything else by case mapping. */
function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128) return s !== s.toUpperCase();
  }
  return false;
}

/** Whether `s` has a letter of either case. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
    if (code >= 128) return s !== s.toLowerCase() || s !== s.toUpperCase();
  }
  return false;
}
const isInteger = (t: EnglishToken | undefined) => !!t && t.kind === 'word' && /^\d{1,3}$/.test(t.text);
/** A score stands alone: "Leeds 2", not the "10" of bowling figures "10-0-50-0". */
const isScore = (tokens: readonly EnglishToken[], k: number) => isInteger(tokens[k]) && !(tokens[k + 1]?.text === '-' && tokens[k + 1]!.gap === 'none');

/** "LONDON 1996-08-30", "TOKYO, Nov. 3", "BEIJING, March 3 (Reuters) -": the place run [from, to) opens a dateline. */
function endsInDatelineCue(tokens: readonly EnglishToken[], to: number): boolean {
  const next = tokens[to];
  if (!next) return false;
  if (ISO_DATE.test(next.text) && tokens[to + 1]?.text === '-') return true;
  if (next.text === ',' || next.text === '-') {
    const after = tokens[to + 1];
    if (after && (MONTHS.has(after.lower) || MONTH_ABBREVIATIONS.has(after.text) || MONTH_ABBREVIATIONS.has(after.text + '.'))) return true;
  }
  if (next.text === '(' && NEWS_AGENCY_PARENS.has(tokens[to + 1]?.lower ?? '')) return true;
  // "KHASAVYURT , Russia 1996-08-31": the place, its country, then the date.
  if (next.text === ',') {
    for (let k = to + 2; k <= to + 4 && k < tokens.length && tokens[k]!.gap !== 'newline'; k++) {
      if (ISO_DATE.test(tokens[k]!.text) && tokens[k + 1]?.text === '-') return true;
    }
  }
  return false;
}

/**
 * A results line: capitalised names each followed by a score ("Leeds 2 Chelsea 1 ( halftime 1-0 )"),
 * or one name followed by three or more small whole numbers (a standings row: played, won, lost …),
 * or names joined by "v" (a fixture). Parenthesised asides are skipped; any other lower-case word
 * makes it prose.
 */
function isResultsLine(tokens: readonly EnglishToken[], from: number, to: number, inCaps: boolean): boolean {
  let namesWithScore = 0;
  let numbersAfterFirstName = 0;
  let names = 0;
  let fixture = false;
  let depth = 0;
  let previousWasName = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    if (FIXTURE_WORDS.has(t.lower) && previousWasName) { fixture = true; previousWasName = false; continue; }
    if (t.kind === 'word' && t.capitalised) {
      if (!previousWasName) names++;
      previousWasName = true;
      continue;
    }
    if (isScore(tokens, k)) {
      if (previousWasName) namesWithScore++;
      if (names === 1) numbersAfterFirstName++;
      previousWasName = false;
      continue;
    }
    if (t.kind === 'word' && hasLetter(t.text) && hasLower(t.text) && !['of', 'and', 'de', 'the'].includes(t.lower)) return false;
    if (t.kind === 'word' && /\d[.,]\d/.test(t.text)) return false; // prices and indexes, not scores
    previousWasName = false;
  }
  return namesWithScore >= 2 || (names === 1 && numbersAfterFirstName >= 3) || (fixture && names >= 2 && !inCaps);
}

export function lineKinds(tokens: readonly EnglishToken[]): LineKinds {
  const caps = new Uint8Array(tokens.length);
  const results = new Uint8Array(tokens.length);
  const datelines = new Map<number, number>();
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    while (lineEnd < tokens.length && tokens[lineEnd]!.gap !== 'newline') lineEnd++;
    let letterWords = 0;
    let lowerWords = 0;
    for (let k = lineStart; k < lineEnd; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !hasLetter(t.text)) continue;
      letterWords++;
      if (hasLower(t.text)) lowerWords++;
    }
    // A line is in capitals when at most one word in five has a lower-case letter ("6mth", "v").
    let shouted = false;
    for (let k = lineStart; k < lineEnd && !shouted; k++) {
      const t = tokens[k]!;
      shouted = t.kind === 'word' && t.text.length >= 3 && !hasLower(t.text) && hasLetter(t.text);
    }
    const inCaps = letterWords >= 1 && lowerWords * 5 <= letterWords && shouted;
    if (inCaps) caps.fill(1, lineStart, lineEnd);
    // A headline in capitals with a "v" ("CRICKET - ENGLAND V PAKISTAN") is read as capitals, where its slug is no club.
    if (isResultsLine(tokens, lineStart, lineEnd, inCaps)) results.fill(1, lineStart, lineEnd);
    // The dateline: capitalised words opening the line, then a date or the agency.
    let k = lineStart;
    while (k < lineEnd && tokens[k]!.kind === 'word' && tokens[k]!.capitalised && !hasLower(tokens[k]!.text) && hasLetter(tokens[k]!.text)) k++;
    if (k > lineStart && k - lineStart <= 4 && !DATE_WORDS.has(tokens[lineStart]!.lower) && !MONTHS.has(tokens[lineStart]!.lower) && endsInDatelineCue(tokens, k)) {
      datelines.set(lineStart, k);
      // "MILWAUKEE , Wisconsin 1996-08-29": the state or country after the comma is part of the dateline.
      let region = k + 1;
      while (region < lineEnd && tokens[k]!.text === ',' && tokens[region]!.kind === 'word' && tokens[region]!.capitalised) region++;
      if (region > k + 1 && ISO_DATE.test(tokens[region]?.text ?? '')) datelines.set(k + 1, region);
    }
    lineStart = lineEnd;
  }
  return { caps, results, datelines };
}
