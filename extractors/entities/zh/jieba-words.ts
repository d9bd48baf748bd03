// The words of a whole Chinese text with offsets and parts of speech: jieba's cut with its
// HMM on (extractors/jieba.ts), so a name the dictionary lacks comes back as one word tagged
// 'x'. Every later rule of the recogniser reads these words; none cuts text again.

import { wordsOfWholeText } from '../../jieba.ts';

export interface ChineseWord {
  start: number;
  end: number;
  word: string;
  tag: string;
}

const BLANK = /^\s+$/;

/** jieba's words of `text`, with [start, end) offsets into it, whitespace left out. */
export function wholeTextWords(text: string): ChineseWord[] {
  // The segmenter's array is new on each call: blank words are dropped from it in place.
  const words: ChineseWord[] = wordsOfWholeText(text);
  let kept = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.tag !== 'w' || !BLANK.test(w.word)) words[kept++] = w;
  }
  words.length = kept;
  return words;
}

/** The index of the word of `words` (in text order) that starts at `pos`, by binary search; -1 when none does. */
export function wordIndexStartingAt(words: readonly ChineseWord[], pos: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = words[mid]!.start;
    if (start === pos) return mid;
    if (start < pos) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The word of `words` (in text order) that starts at `pos`, by binary search. */
export function wordStartingAt(words: readonly ChineseWord[], pos: number): ChineseWord | undefined {
  const at = wordIndexStartingAt(words, pos);
  return at < 0 ? undefined : words[at];
}

/** The word of `words` (in text order) that ends at `pos`, by binary search. */
export function wordEndingAt(words: readonly ChineseWord[], pos: number): ChineseWord | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const end = words[mid]!.end;
    if (end === pos) return words[mid];
    if (end < pos) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** Whether every UTF-16 unit of `word` is a CJK ideograph (the basic block, extension A or the compatibility block). */
export function isHanWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (!((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff))) return false;
  }
  return true;
}
