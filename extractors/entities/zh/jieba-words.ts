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

/** jieba's words of `text`, with [start, end) offsets into it, whitespace left out. */
export function wholeTextWords(text: string): ChineseWord[] {
  const words: ChineseWord[] = [];
  let pos = 0;
  for (const { word, tag } of wordsOfWholeText(text)) {
    const start = pos;
    pos += word.length;
    if (word.trim() !== '') words.push({ start, end: pos, word, tag });
  }
  return words;
}
