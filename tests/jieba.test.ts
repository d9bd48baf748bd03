// The segmenter behind the Chinese recogniser (extractors/jieba.ts): cuts as the rules
// expect them, tags as the dictionary gives them (else by script), and the properties of
// the dictionary that make splitting ASCII runs and reading jieba-rs's tags safe.

import { describe, expect, test } from 'vitest';
import { dictionaryEntries, taggedWords } from '../extractors/jieba.ts';

const cut = (text: string): string => taggedWords(text).map((w) => w.word).join('/');
const tagged = (text: string): string => taggedWords(text).map((w) => `${w.word}/${w.tag}`).join(' ');

describe('taggedWords: the cut', () => {
  test.each([
    // HMM off: a name the dictionary lacks falls apart into characters.
    ['日本首相高市早苗多次表示', '日本首相/高/市/早/苗/多次/表示'],
    // ASCII letters and digits come one character at a time, as cppjieba cuts them.
    ['2024年CEO说ok', '2/0/2/4/年/C/E/O/说/o/k'],
    ['x86架构', 'x/8/6/架构'],
    // Dictionary words that mix ASCII and Han stay whole.
    ['做B超检查', '做/B超/检查'],
    ['AT&T在4S店附近', 'AT&T/在/4S店/附近'],
    // nodejieba's sample user dictionary (云计算, 区块链) is not loaded.
    ['云计算和区块链', '云/计算/和/区块/链'],
  ])('%s', (text, words) => {
    expect(cut(text)).toBe(words);
  });

  test('the words join back into the text', () => {
    const text = 'abc 123  def\t中文，“美国总统”说：x86 和 ARM64。';
    expect(taggedWords(text).map((w) => w.word).join('')).toBe(text);
  });
});

describe('taggedWords: the tags', () => {
  test.each([
    // Dictionary words keep the dictionary's tag, 'x' (凰) and 'm' (第, 号) included.
    ['他在北京说凰', '他/r 在/p 北京/ns 说/v 凰/x'],
    ['第2号', '第/m 2/m 号/m'],
    // A Han character the dictionary lacks (龥) is 'x'; punctuation and full-width forms are 'w'.
    ['龥，“Ａ１”。', '龥/x ，/w “/w Ａ/w １/w ”/w 。/w'],
    // Each character of a split ASCII run is tagged by its script: 'eng' letter, 'm' digit.
    ['iPhone15发布', 'i/eng P/eng h/eng o/eng n/eng e/eng 1/m 5/m 发布/v'],
    // Other ASCII the dictionary lacks is 'w'; dictionary words with ASCII keep their tag.
    ['3.5%的B超', '3/m ./w 5/m %/w 的/uj B超/n'],
  ])('%s', (text, words) => {
    expect(tagged(text)).toBe(words);
  });
});

describe('dictionaryEntries', () => {
  const entries = [...dictionaryEntries()];

  test('reads the dictionary the segmenter uses, with its tags', () => {
    expect(entries.length).toBeGreaterThan(300_000);
    expect(entries).toContainEqual(['北京', 'ns']);
    expect(entries).toContainEqual(['B超', 'n']);
  });

  test('no entry is made only of ASCII letters and digits, so splitting such runs never breaks a word', () => {
    expect(entries.filter(([word]) => /^[A-Za-z0-9]+$/.test(word))).toEqual([]);
  });

  // jieba-rs tags a word the dictionary lacks 'x', 'm' or 'eng' (by its ASCII letters and
  // digits); taggedWords reads those as "tag by script". These keep that exact for entries.
  test('every entry tagged x is all Han, so its script tag is x too', () => {
    expect(entries.filter(([word, tag]) => tag === 'x' && !/^\p{Script=Han}+$/u.test(word))).toEqual([]);
  });

  test('no entry is tagged eng', () => {
    expect(entries.filter(([, tag]) => tag === 'eng')).toEqual([]);
  });

  test('no entry tagged m holds an ASCII digit', () => {
    expect(entries.filter(([word, tag]) => tag === 'm' && /[0-9]/.test(word))).toEqual([]);
  });
});
