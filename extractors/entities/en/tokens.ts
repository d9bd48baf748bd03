// tokenizeEnglish: words, abbreviations and punctuation with offsets, the unit every
// English rule works on. "U.S." and "Corp." keep their dots; a possessive "'s" is a
// token of its own so "Japan's" yields the name "Japan".

export interface EnglishToken {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'possessive' | 'punct';
  /** Starts with a capital letter (or is an all-capitals abbreviation). */
  capitalised: boolean;
  /** Whitespace between the previous token and this one. */
  spaceBefore: string;
}

/** Words whose trailing period belongs to them. */
const DOTTED_WORDS = new Set(['Corp', 'Inc', 'Co', 'Ltd', 'Jr', 'Sr', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'Bros', 'Gov', 'Sen', 'Rep']);

// Latin letters (with accents) rather than \p{L}: the unicode-property form is several
// times slower, and normalised English text is Latin script.
const TOKEN = /(?:[A-Z]\.){2,}(?:[A-Z]\b)?|[A-Za-z0-9\u00C0-\u024F]+(?:['’](?![sS]\b)[A-Za-z\u00C0-\u024F]+)*|['’][sS]\b|\S/g;

const isUpper = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
const isWordStart = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);

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
      start: m.index, end, text: word, kind,
      capitalised: kind === 'word' && isUpper(code),
      spaceBefore: m.index === previousEnd ? '' : m.index === previousEnd + 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : text.slice(previousEnd, m.index),
    });
    previousEnd = end;
  }
  return tokens;
}
