// The segmenter behind the Chinese recogniser (extractors/jieba.ts): cuts as the rules
// expect them, and a dictionary that makes splitting ASCII runs safe.

import { describe, expect, test } from 'vitest';
import { cutWords, dictionaryTags } from '../extractors/jieba.ts';

describe('cutWords', () => {
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
    expect(cutWords(text).join('/')).toBe(words);
  });

  test('the words join back into the text', () => {
    const text = 'abc 123  def\t中文，“美国总统”说：x86 和 ARM64。';
    expect(cutWords(text).join('')).toBe(text);
  });
});

describe('dictionaryTags', () => {
  test('holds the dictionary the segmenter uses, with its tags', () => {
    const tags = dictionaryTags();
    expect(tags.size).toBeGreaterThan(300_000);
    expect(tags.get('北京')).toBe('ns');
    expect(tags.get('B超')).toBe('n');
  });

  test('no entry is made only of ASCII letters and digits, so splitting such runs never breaks a word', () => {
    const asciiOnly = [...dictionaryTags().keys()].filter((word) => /^[A-Za-z0-9]+$/.test(word));
    expect(asciiOnly).toEqual([]);
  });
});
