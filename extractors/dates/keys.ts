// Finding the keys of the trigger scan (engine.ts): digit runs, and key words. One global
// pattern built from the key words finds them (a regex scans plain text faster here than a
// loop over its characters, and test() builds no match); a trie of the same words then
// gives the class of each key without a capture group per class. English key words are
// whole words at word starts, in any case ("Days" but not "daylight"); Chinese ones may
// begin anywhere, and the pattern matches only their first character.

/** A key word trie node; `keyClass` is the first class of a word ending here, or -1. */
interface KeyNode {
  next: Map<number, KeyNode>;
  keyClass: number;
}

export interface KeyWords {
  /** Global; each match ends at the first character of a digit run or key word (English: at the word's end). */
  pattern: RegExp;
  root: KeyNode;
  wholeWords: boolean;
}

/** Where a key is, its class index, and where to look for the next one. */
export interface FoundKey {
  at: number;
  keyClass: number;
  resumeAt: number;
}

/** The class of digit runs: index 0 of every language's classes. */
export const DIGIT_KEY_CLASS = 0;
const DIGIT_RUN_START = '(?<![0-9])[0-9]|(?<![０-９])[０-９]';

const isAsciiDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isWideDigitCode = (c: number): boolean => c >= 0xff10 && c <= 0xff19;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isWordCode = (c: number): boolean => isAsciiDigitCode(c) || isAsciiLetterCode(c) || c === 95;

const escapeForPattern = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `wordsByClass[i]`: the key words of class i (class 0, digit runs, has none). English words: lower-case letters. */
export function keyWordTrie(wordsByClass: readonly (readonly string[])[], wholeWords: boolean): KeyWords {
  const root: KeyNode = { next: new Map(), keyClass: -1 };
  wordsByClass.forEach((words, keyClass) => {
    for (const word of words) {
      if (wholeWords && !/^[a-z]+$/.test(word)) throw new Error(`key word "${word}" is not lower-case letters`);
      let node = root;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (!node.next.has(code)) node.next.set(code, { next: new Map(), keyClass: -1 });
        node = node.next.get(code)!;
      }
      if (node.keyClass < 0) node.keyClass = keyClass;
    }
  });
  const words = [...new Set(wordsByClass.flat())].sort((a, b) => b.length - a.length);
  const wordPattern = wholeWords
    ? `\\b(?:${words.map(escapeForPattern).join('|')})(?![a-z])`
    : words.map((w) => escapeForPattern(w[0]!) + (w.length > 1 ? `(?=${escapeForPattern(w.slice(1))})` : '')).join('|');
  return { pattern: new RegExp(`${DIGIT_RUN_START}|${wordPattern}`, wholeWords ? 'gi' : 'g'), root, wholeWords };
}

/** The first key at or after `from`, into `found`; false when there is none. */
export function nextKey(text: string, from: number, words: KeyWords, found: FoundKey): boolean {
  const { pattern } = words;
  pattern.lastIndex = from;
  while (pattern.test(text)) {
    const end = pattern.lastIndex;
    let at = end - 1;
    const code = text.charCodeAt(at);
    let keyClass = DIGIT_KEY_CLASS;
    if (!isAsciiDigitCode(code) && !isWideDigitCode(code)) {
      if (words.wholeWords) while (at > 0 && isAsciiLetterCode(text.charCodeAt(at - 1))) at--;
      keyClass = keyWordClassAt(text, at, words);
    }
    if (keyClass >= 0) {
      found.at = at;
      found.keyClass = keyClass;
      found.resumeAt = end;
      return true;
    }
  }
  return false;
}

/** The first class among the key words starting at `at` (English: the whole letter run, folded to lower case), or -1. */
function keyWordClassAt(text: string, at: number, words: KeyWords): number {
  let found = -1;
  let node: KeyNode | undefined = words.root;
  for (let i = at; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (words.wholeWords) {
      if (!isAsciiLetterCode(code)) break;
      code |= 0x20;
    }
    node = node.next.get(code);
    if (!node) return words.wholeWords ? -1 : found;
    if (node.keyClass >= 0 && (found < 0 || node.keyClass < found)) found = node.keyClass;
  }
  return words.wholeWords ? node.keyClass : found;
}
