// Chinese words with offsets and jieba's dictionary part of speech, for short windows of
// text. The recogniser never segments whole articles: it cuts only around a trigger (a
// suffix, a dictionary name, a speech verb). jieba cuts with its HMM off, so every word is
// a dictionary entry, tagged as the dictionary tags it, or a single character the
// dictionary may lack, tagged by its script: 'x' Han, 'eng' Latin letter, 'm' digit, 'w'
// anything else (extractors/jieba.ts).

import { taggedWords } from '../../jieba.ts';

export interface ChineseWord {
  start: number;
  end: number;
  word: string;
  tag: string;
}

/** Words of text[from, to) with offsets into `text`. */
export function chineseWords(text: string, from: number, to: number): ChineseWord[] {
  const words: ChineseWord[] = [];
  let pos = from;
  for (const { word, tag } of taggedWords(text.slice(from, to))) {
    const start = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (start < 0 || start + word.length > to) continue;
    pos = start + word.length;
    if (word.trim() !== '') words.push({ start, end: pos, word, tag });
  }
  return words;
}
