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

const TOKEN = /(?:\p{Lu}\.){2,}(?:\p{Lu}\b)?|[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*(?:\.(?=\p{L}{2,}\.[a-z]))?|['’][sS]\b|\S/gu;

export function tokenizeEnglish(text: string): EnglishToken[] {
  const tokens: EnglishToken[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    let word = m[0];
    if (DOTTED_WORDS.has(word) && text[end] === '.') { end++; word += '.'; TOKEN.lastIndex = end; }
    const first = word[0]!;
    const kind = /^['’][sS]$/.test(word) ? 'possessive' : /[\p{L}\p{N}]/u.test(first) ? 'word' : 'punct';
    tokens.push({
      start: m.index, end, text: word, kind,
      capitalised: kind === 'word' && /\p{Lu}/u.test(first),
      spaceBefore: text.slice(previousEnd, m.index),
    });
    previousEnd = end;
  }
  return tokens;
}
