// Chinese words with offsets and jieba's dictionary part of speech, for short windows of
// text. The recogniser never segments whole articles: it cuts only around a trigger (a
// suffix, a dictionary name, a speech verb). jieba cuts with its HMM off, so every word is
// a dictionary entry, tagged as the dictionary tags it, or a single character the
// dictionary may lack, tagged by its script: 'x' Han, 'eng' Latin letter, 'm' digit, 'w'
// anything else (extractors/jieba.ts).

import { taggedWords, type TaggedWord } from '../../jieba.ts';

export interface ChineseWord {
  start: number;
  end: number;
  word: string;
  tag: string;
}

/** The words of text[from, to), with offsets into the text. */
export type WindowWords = (from: number, to: number) => ChineseWord[];

/**
 * Cuts windows of one text. A window's words depend only on its characters, and the
 * passes cut the same few characters again and again (a name before each "表示", each
 * repeat of a company's name), so each distinct window is cut once: a call into jieba
 * costs far more than a map lookup.
 */
export function windowCutter(text: string): WindowWords {
  const cuts = new Map<string, TaggedWord[]>();
  return (from, to) => {
    const window = text.slice(from, to);
    let tagged = cuts.get(window);
    if (!tagged) {
      tagged = taggedWords(window);
      cuts.set(window, tagged);
    }
    return placeWords(text, tagged, from, to);
  };
}

/** Gives the words of text[from, to) their offsets into `text`. */
function placeWords(text: string, tagged: readonly TaggedWord[], from: number, to: number): ChineseWord[] {
  const words: ChineseWord[] = [];
  let pos = from;
  for (const { word, tag } of tagged) {
    const start = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (start < 0 || start + word.length > to) continue;
    pos = start + word.length;
    if (word.trim() !== '') words.push({ start, end: pos, word, tag });
  }
  return words;
}
