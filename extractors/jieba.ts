// Chinese word segmentation: @node-rs/jieba (jieba-rs) with the dictionary it ships, loaded
// on first use, once per thread (the segmenter holds one copy of the dictionary, about
// 50 MB). Words and their parts of speech both come from the segmenter (its `cut`, and its
// `tag` for words not met before), so this thread keeps no JavaScript copy of the
// dictionary, only the tags of the words it has met; dictionaryEntries() reads the same
// file again for the few callers that need to walk all its entries.
//
// Words are cut with the HMM off, so each is a dictionary entry, a run of ASCII letters and
// digits ("250", "The") or a single character ("\r\n" stays whole). taggedWords splits an
// ASCII run into one word per character, the cut the recogniser's rules were written and
// tested against (nodejieba's, before this module used jieba-rs). The split never breaks a
// dictionary word: no entry is made only of ASCII letters and digits.
//
// A word is tagged as the dictionary tags it; a word the dictionary lacks is tagged by its
// script (scriptTag). jieba-rs tags a word it lacks by its ASCII letters and digits: 'x'
// when it has none, 'm' when they are all digits, 'eng' otherwise. So wordTag re-tags by
// script a word jieba-rs tagged 'x' or 'eng', or 'm' with an ASCII digit in it. For a
// dictionary entry that gives its own tag back: every entry tagged 'x' is all Han (script
// tag 'x' too), no entry is tagged 'eng', and no entry tagged 'm' holds an ASCII digit.
// tests/jieba.test.ts checks these properties of the dictionary.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

export interface TaggedWord {
  word: string;
  /** Part of speech: the dictionary's, else scriptTag's. */
  tag: string;
}

const require = createRequire(import.meta.url);
let segmenter: Jieba | undefined;

function dictionaryPath(): string {
  return require.resolve('@node-rs/jieba/dict.txt');
}

function load(): Jieba {
  if (segmenter) return segmenter;
  // Required here rather than imported, so a thread that never cuts Chinese does not load
  // the native module either.
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  segmenter = Jieba.withDict(readFileSync(dictionaryPath()));
  return segmenter;
}

const ASCII_RUN = /^[A-Za-z0-9]+$/;

/** Tag of a word the dictionary lacks: 'eng' Latin letter first, 'm' digit first, 'x' all Han, 'w' anything else. */
function scriptTag(word: string): string {
  if (/^[A-Za-z]/.test(word)) return 'eng';
  if (/^[0-9]/.test(word)) return 'm';
  return /^\p{Script=Han}+$/u.test(word) ? 'x' : 'w';
}

/** Our tag for a word jieba-rs tagged `jiebaTag` (see the header for why this is exact). */
function wordTag(word: string, jiebaTag: string): string {
  const unknown = jiebaTag === 'x' || jiebaTag === 'eng' || (jiebaTag === 'm' && /[0-9]/.test(word));
  return unknown ? scriptTag(word) : jiebaTag;
}

/**
 * Our tag of each word met so far, up to WORDS_REMEMBERED of them (then forgotten at once).
 * A word's tag depends on the word alone, and jieba's cut() costs about a third of its tag(),
 * which builds an object for each word: so a text is cut, and tagged by jieba only when
 * one of its words is new.
 */
const tagsMet = new Map<string, string>();
const WORDS_REMEMBERED = 50_000;

/** jieba's words of `text` with their tags, in order; joined, the words give back `text`. */
export function taggedWords(text: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  for (const word of load().cut(text, false)) {
    if (word.length > 1 && ASCII_RUN.test(word)) {
      for (const char of word) words.push({ word: char, tag: scriptTag(char) });
      continue;
    }
    const tag = tagsMet.get(word);
    if (tag === undefined) return taggedByJieba(text);
    words.push({ word, tag });
  }
  return words;
}

function taggedByJieba(text: string): TaggedWord[] {
  if (tagsMet.size > WORDS_REMEMBERED) tagsMet.clear();
  const words: TaggedWord[] = [];
  for (const { word, tag } of load().tag(text, false)) {
    if (word.length > 1 && ASCII_RUN.test(word)) {
      for (const char of word) words.push({ word: char, tag: scriptTag(char) });
    } else {
      const ourTag = wordTag(word, tag);
      words.push({ word, tag: ourTag });
      tagsMet.set(word, ourTag);
    }
  }
  return words;
}

/**
 * Tags of words met by wordsOfWholeText that tag() alone would not give: words the
 * dictionary lacks (jieba's HMM joined them), ASCII runs and whitespace, all tagged by script.
 */
const otherWordsMet = new Map<string, string>();

/** A word of wordsOfWholeText, with its [start, end) offsets into the text. */
export interface PlacedWord extends TaggedWord {
  start: number;
  end: number;
}

const WHITESPACE = /\s/;

/**
 * jieba's words of a whole text with its HMM on, so that a run of characters the dictionary
 * lacks (most often a name: 马拉佩, 吴弦光) comes back as one word, tagged by script ('x' when
 * all Han), as jieba-rs's tag() would give it. Words are cut once; the tags of words not met
 * before are asked for in one tag() call over just those words, each on its own line: a
 * word that comes back whole gets jieba-rs's tag (the dictionary's, else by script), one
 * cut otherwise in isolation (rare) is tagged by script. ASCII runs stay whole here.
 * Joined, the words give back `text`.
 */
export function wordsOfWholeText(text: string): PlacedWord[] {
  const cut = load().cut(text, true);
  // Each word's tag is looked up once; only the words not met before are looked up again after learnTags.
  const tags: (string | undefined)[] = new Array(cut.length);
  let unknown: string[] | undefined;
  for (let i = 0; i < cut.length; i++) {
    const word = cut[i]!;
    const tag = tagsMet.get(word) ?? otherWordsMet.get(word);
    tags[i] = tag;
    if (tag === undefined) (unknown ??= []).push(word);
  }
  if (unknown) learnTags(unknown);
  const words: PlacedWord[] = new Array(cut.length);
  let start = 0;
  for (let i = 0; i < cut.length; i++) {
    const word = cut[i]!;
    const end = start + word.length;
    words[i] = { word, tag: tags[i] ?? tagsMet.get(word) ?? otherWordsMet.get(word) ?? scriptTag(word), start, end };
    start = end;
  }
  return words;
}

function learnTags(words: readonly string[]): void {
  if (tagsMet.size > WORDS_REMEMBERED) tagsMet.clear();
  if (otherWordsMet.size > WORDS_REMEMBERED) otherWordsMet.clear();
  const asked: string[] = [];
  for (const word of words) {
    if (ASCII_RUN.test(word) || WHITESPACE.test(word)) otherWordsMet.set(word, scriptTag(word));
    else asked.push(word);
  }
  if (asked.length === 0) return;
  // With the HMM on, a dictionary word that its own characters would cut apart in isolation
  // ("中印": 中/印) is joined again, and jieba-rs then finds it in the dictionary.
  const pieces = load().tag(asked.join('\n'), true);
  let p = 0;
  for (const word of asked) {
    const first = pieces[p];
    if (first && first.word === word) {
      tagsMet.set(word, wordTag(word, first.tag));
      p++;
    } else {
      otherWordsMet.set(word, scriptTag(word));
      for (let covered = 0; covered < word.length && p < pieces.length; p++) covered += pieces[p]!.word.length;
    }
    if (pieces[p]?.word === '\n') p++;
  }
}

/**
 * Every entry of the dictionary the segmenter uses, as [word, tag], read from its lines
 * ("word frequency tag"). The file is read on each call and nothing of it is kept.
 */
export function* dictionaryEntries(): Generator<[word: string, tag: string]> {
  const text = readFileSync(dictionaryPath(), 'utf8');
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const space = text.indexOf(' ', start);
    const lastSpace = text.lastIndexOf(' ', end - 1);
    if (space > start && lastSpace > space) yield [text.slice(start, space), text.slice(lastSpace + 1, end)];
    start = end + 1;
  }
}
