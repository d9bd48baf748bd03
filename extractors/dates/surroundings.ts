// Looking at the words around a match: rules use these to tell "in March" from "March on",
// "the 27th." from "the 27th floor". Scans are bounded so a rule stays linear.

// The words are read with character tests, not a regex over a slice: rules ask this for
// most matches, and an end-anchored regex would try every position of its window.

/** How far either look reaches, and the longest word it returns: a letter and 20 more word characters. */
const WINDOW = 30;
const WORD_LENGTH = 21;
/** Spaces (or an opening bracket, before) allowed between the match and the word. */
const GAP = 3;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordPart = (c: number): boolean => isLetter(c) || c === 39 /* ' */ || c === 45; /* - */
/** What the regex class \s matches. */
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The word ending just before `index`, across at most three spaces or "(": letters,
 * apostrophes and hyphens, starting with a letter, within the 30 characters before.
 */
export function wordBefore(text: string, index: number): string {
  const from = Math.max(0, index - WINDOW);
  const end = Math.min(index, text.length);
  let wordEnd = end;
  while (wordEnd > from && end - wordEnd < GAP && (isSpace(text.charCodeAt(wordEnd - 1)) || text.charCodeAt(wordEnd - 1) === 40)) wordEnd--;
  let start = wordEnd;
  while (start > from && wordEnd - start < WORD_LENGTH && isWordPart(text.charCodeAt(start - 1))) start--;
  while (start < wordEnd && !isLetter(text.charCodeAt(start))) start++;
  return text.slice(start, wordEnd);
}

/** The word starting after at most three spaces from `index`, within the 30 characters after. */
export function wordAfter(text: string, index: number): string {
  const limit = Math.min(index + WINDOW, text.length);
  let start = Math.max(index, 0);
  while (start < limit && start - index < GAP && isSpace(text.charCodeAt(start))) start++;
  if (start >= limit || !isLetter(text.charCodeAt(start))) return '';
  let end = start + 1;
  while (end < limit && end - start < WORD_LENGTH && isWordPart(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** The next non-space character after index ('' at the end of the text). */
export function charAfter(text: string, index: number): string {
  for (let i = index; i < text.length && i < index + 8; i++) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t') return c;
  }
  return '';
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
}

/** The part of the sentence before index, at most `limit` characters. */
export function clauseBefore(text: string, index: number, limit = 160): string {
  const from = Math.max(0, index - limit);
  let start = from;
  for (let i = index - 1; i >= from; i--) {
    const c = text[i];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && i < index - 1)) {
      start = i + 1;
      break;
    }
  }
  return text.slice(start, index);
}
