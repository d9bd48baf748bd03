// Chinese words with offsets and jieba's dictionary part of speech, for short windows of
// text. nodejieba runs at under 2 MB/s here (tag and cut alike), so the recogniser never
// segments whole articles: it cuts only around a trigger (a suffix, a dictionary name,
// a speech verb). Tags come from jieba's own dictionary file, read once; a word the
// dictionary lacks (found by jieba's HMM) has tag 'x', as nodejieba.tag reports it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { jieba } from '../../jieba.ts';

export interface ChineseWord {
  start: number;
  end: number;
  word: string;
  tag: string;
}

let tags: Map<string, string> | undefined;

function dictionaryTags(): Map<string, string> {
  if (tags) return tags;
  const require = createRequire(import.meta.url);
  const dictPath = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
  tags = new Map();
  for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    const lastSpace = line.lastIndexOf(' ');
    if (space > 0 && lastSpace > space) tags.set(line.slice(0, space), line.slice(lastSpace + 1));
  }
  return tags;
}

export function dictionaryEntries(): Map<string, string> {
  return dictionaryTags();
}

export function tagOf(word: string): string {
  const known = dictionaryTags().get(word);
  if (known) return known;
  if (/^[A-Za-z]/.test(word)) return 'eng';
  if (/^[0-9]/.test(word)) return 'm';
  return /^\p{Script=Han}+$/u.test(word) ? 'x' : 'w';
}

/** Words of text[from, to) with offsets into `text`. */
export function chineseWords(text: string, from: number, to: number): ChineseWord[] {
  const words: ChineseWord[] = [];
  let pos = from;
  for (const word of jieba().cut(text.slice(from, to))) {
    const start = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (start < 0 || start + word.length > to) continue;
    pos = start + word.length;
    if (word.trim() !== '') words.push({ start, end: pos, word, tag: tagOf(word) });
  }
  return words;
}
