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
const DOTTED_WORDS = new Set(['Corp', 'Inc', 'Co', 'Ltd', 'Jr', 'Sr', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Bros', 'Gov', 'Sen', 'Rep']);

// Latin letters (with accents) rather than \p{L}: the unicode-property form is several
// times slower, and normalised English text is Latin script.
const TOKEN = /(?:[A-Z]\.){2,}(?:[A-Z]\b)?|[A-Za-z0-9\u00C0-\u024F]+(?:['’](?![sS]\b)[A-Za-z\u00C0-\u024F]+)*|['’][sS]\b|\S/g;

const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
const isWordStart = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);

function gapBetween(text: string, from: number, to: number): EnglishToken['gap'] {
  if (from === to) return 'none';
  if (to === from + 1 && text.charCodeAt(from) === 32) return 'space';
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return 'newline';
  return 'other';
}

export function tokenizeEnglish(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    let word = m[0];
    if (text.charCodeAt(end) === 46 && DOTTED_WORDS.has(word)) { end++; word += '.'; TOKEN.lastIndex = end; }
    const code = word.charCodeAt(0);
    const kind = (code === 39 || code === 0x2019) && word.length === 2 ? 'possessive' : isWordStart(code) ? 'word' : 'punct';
    tokens.push({
      start: m.index, end, text: word, lower: word.toLowerCase(), kind,
      capitalised: kind === 'word' && isUpper(code),
      gap: gapBetween(text, previousEnd, m.index),
    });
    previousEnd = end;
  }
  return tokens;
}
