// Chinese word segmentation: @node-rs/jieba (jieba-rs) with the dictionary it ships, loaded
// on first use, once per thread (the segmenter holds one copy of the dictionary, about
// 50 MB). The dictionary file is read once: the same bytes give the segmenter its words
// and dictionaryTags() its parts of speech, so a word the segmenter returns and the tag it
// is given come from one source.
//
// Words are cut with the HMM off, so each is a dictionary entry or a single character.
// jieba-rs keeps a run of ASCII letters and digits whole ("250", "The"); cutWords splits it
// into one word per character, the cut the recogniser's rules were written and tested
// against (nodejieba's, before this module used jieba-rs). The split never breaks a
// dictionary word: no entry is made only of ASCII letters and digits (tests/jieba.test.ts
// checks this).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

interface LoadedJieba {
  segmenter: Jieba;
  /** word → part-of-speech tag, for every dictionary entry. */
  tags: Map<string, string>;
}

let loaded: LoadedJieba | undefined;

function load(): LoadedJieba {
  if (loaded) return loaded;
  // Required here rather than imported, so a thread that never cuts Chinese does not load
  // the native module either.
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const dictionary = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
  loaded = { segmenter: Jieba.withDict(dictionary), tags: dictionaryTagsOf(dictionary.toString('utf8')) };
  return loaded;
}

/** Tags of a jieba dictionary, whose lines read "word frequency tag". */
function dictionaryTagsOf(dictionary: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const line of dictionary.split('\n')) {
    const space = line.indexOf(' ');
    const lastSpace = line.lastIndexOf(' ');
    if (space > 0 && lastSpace > space) tags.set(line.slice(0, space), line.slice(lastSpace + 1));
  }
  return tags;
}

const ASCII_RUN = /^[A-Za-z0-9]+$/;

/** jieba's words of `text`, in order; joined, they give back `text`. */
export function cutWords(text: string): string[] {
  const words: string[] = [];
  for (const word of load().segmenter.cut(text, false)) {
    if (word.length > 1 && ASCII_RUN.test(word)) words.push(...word);
    else words.push(word);
  }
  return words;
}

/** word → part-of-speech tag for every entry of the dictionary cutWords uses. */
export function dictionaryTags(): ReadonlyMap<string, string> {
  return load().tags;
}
