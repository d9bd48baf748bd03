// Looking at the words around a match: rules use these to tell "in March" from "March on",
// "the 27th." from "the 27th floor". Scans are bounded so a rule stays linear.

const WORD_BEFORE = /([A-Za-z][A-Za-z'-]{0,20})[\s(]{0,3}$/;
const WORD_AFTER = /^[\s]{0,3}([A-Za-z][A-Za-z'-]{0,20})/;

export function wordBefore(text: string, index: number): string {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, index - 30), index));
  return m?.[1] ?? '';
}

export function wordAfter(text: string, index: number): string {
  const m = WORD_AFTER.exec(text.slice(index, index + 30));
  return m?.[1] ?? '';
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
