// tokenizeEnglish: words, abbreviations and punctuation with offsets, the unit every
// English rule works on. "U.S." and "Corp." keep their dots; a possessive "'s" is a
// token of its own so "Japan's" yields the name "Japan". The one pass also records what
// every later stage asks of a token (its lower-case form, the gap before it), so no rule
// lower-cases or slices the text again.

export interface EnglishToken {
  start: number;
  end: number;
  text: string;
  /** `text` in lower case, for case-blind tables (role titles, small words, the lexicon). */
  lower: string;
  kind: 'word' | 'possessive' | 'punct';
  /** Starts with a capital letter (or is an all-capitals abbreviation). */
  capitalised: boolean;
  /** Whitespace between the previous token and this one: none, exactly one space, a line break, or other. */
  gap: 'none' | 'space' | 'newline' | 'other';
}

/** Words whose trailing period belongs to them. */
const DOTTED_WORDS = new Set([
  'Corp', 'Inc', 'Co', 'Ltd', 'Jr', 'Sr', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Bros', 'Gov', 'Sen', 'Rep',
  'Gen', 'Col', 'Maj', 'Capt', 'Lt', 'Rev', 'Prof',
  // Abbreviated months and weekdays ("Nov. 3"), so that their dot never reads as a sentence end.
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
]);

// The scanner reads UTF-16 code units; letters are Latin with accents (U+00C0–U+024F)
// rather than any \p{L}, since normalised English text is Latin script. A token is, the
// first that applies: an abbreviation of two or more capital-dot pairs ("U.S.", "U.S.A");
// a word of letters and digits, with inner apostrophes ("O'Neil", but not "Japan's");
// a possessive "'s"; or any other single non-space code unit.
const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isLatinLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
const isWordUnit = (code: number) => (code >= 48 && code <= 57) || isLatinLetter(code);
const isApostrophe = (code: number) => code === 39 || code === 0x2019;
/** Word characters in the sense of a regular-expression \b: ASCII letters, digits, underscore. */
const isBoundaryWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** JavaScript's \s. */
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** "'s" at `at` followed by a word boundary (what the possessive token is). */
function isPossessiveAt(text: string, at: number): boolean {
  const s = text.charCodeAt(at + 1);
  return isApostrophe(text.charCodeAt(at)) && (s === 115 || s === 83) && !isBoundaryWordChar(text.charCodeAt(at + 2));
}

/** End of the abbreviation starting at `at` ("U.S."), or -1 when there are fewer than two capital-dot pairs. */
function abbreviationEnd(text: string, at: number): number {
  let end = at;
  while (isAsciiUpper(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46) end += 2;
  if (end - at < 4) return -1;
  if (isAsciiUpper(text.charCodeAt(end)) && !isBoundaryWordChar(text.charCodeAt(end + 1))) end++;
  return end;
}

/** End of the word starting at `at`: letters and digits, then apostrophe-joined letter groups. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (isWordUnit(text.charCodeAt(end))) end++;
  while (isApostrophe(text.charCodeAt(end)) && !isPossessiveAt(text, end) && isLatinLetter(text.charCodeAt(end + 1))) {
    end += 2;
    while (isLatinLetter(text.charCodeAt(end))) end++;
  }
  return end;
}

/** "P. Johnson", "George W. Bush": one capital letter, its dot, then a space and a capitalised word. */
function isInitialBeforeName(text: string, at: number, end: number): boolean {
  return end === at + 1 && isAsciiUpper(text.charCodeAt(at)) && text.charCodeAt(end + 1) === 32 && isUpper(text.charCodeAt(end + 2)) &&
    !isBoundaryWordChar(text.charCodeAt(at - 1));
}

function tokenEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isAsciiUpper(code)) {
    const abbreviation = abbreviationEnd(text, at);
    if (abbreviation !== -1) return abbreviation;
  }
  if (isWordUnit(code)) return wordEnd(text, at);
  if (isPossessiveAt(text, at)) return at + 2;
  return at + 1;
}

/** `word` in lower case; most tokens already are, and String#toLowerCase is slow on two-byte strings. */
function lowerCaseOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return word.toLowerCase();
  }
  return word;
}

function gapBetween(text: string, from: number, to: number): EnglishToken['gap'] {
  if (from === to) return 'none';
  if (to === from + 1 && text.charCodeAt(from) === 32) return 'space';
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return 'newline';
  return 'other';
}

export function tokenizeEnglish(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  let previousEnd = 0;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) { at++; continue; }
    let end = tokenEnd(text, at);
    let word = text.slice(at, end);
    if (text.charCodeAt(end) === 46 && (DOTTED_WORDS.has(word) || isInitialBeforeName(text, at, end))) { end++; word += '.'; }
    const kind = isApostrophe(code) && end - at === 2 ? 'possessive' : isWordUnit(code) ? 'word' : 'punct';
    tokens.push({
      start: at, end, text: word, lower: lowerCaseOf(word), kind,
      capitalised: kind === 'word' && isUpper(code),
      gap: gapBetween(text, previousEnd, at),
    });
    previousEnd = end;
    at = end;
  }
  return tokens;
}

/** Index of the first token starting at or after `start` (binary search over the sorted tokens). */
export function tokenIndexAt(tokens: readonly EnglishToken[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  return lo;
}
