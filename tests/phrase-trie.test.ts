// PhraseTrie (extractors/entities/phrase-trie.ts): the longest phrase at a position, in a
// string read character by character or in an array of tokens, checked against a plain
// scan of every phrase.

import { describe, expect, test } from 'vitest';
import { PhraseTrie } from '../extractors/entities/phrase-trie.ts';

function trieOf(phrases: Record<string, string>, split = (p: string) => p.split('')): PhraseTrie<string> {
  const trie = new PhraseTrie<string>();
  for (const [phrase, value] of Object.entries(phrases)) trie.add(split(phrase), value);
  return trie;
}

const match = (trie: PhraseTrie<string>, units: string | string[], from: number, maxLength?: number) =>
  trie.longestMatch(units, from, maxLength) ?? null;

describe('PhraseTrie over a string', () => {
  const trie = trieOf({ 美国: 'us', 美国商务部: 'doc', 商务部长: 'sec', 部: 'dept', '𠀀甲': 'astral' });

  test.each([
    ['美国商务部长', 0, undefined, { length: 5, value: 'doc' }],
    ['美国商务部长', 0, 4, { length: 2, value: 'us' }],
    ['美国商务部长', 2, undefined, { length: 4, value: 'sec' }],
    ['美国商务', 2, undefined, null], // a path with no phrase at its end
    ['美国商务部长', 4, undefined, { length: 1, value: 'dept' }],
    ['美国商务部长', 6, undefined, null], // past the end
    ['中国', 0, undefined, null],
    ['x𠀀甲', 1, undefined, { length: 3, value: 'astral' }], // UTF-16 units: a surrogate pair is two
  ] as const)('%s from %i (max %s)', (text, from, maxLength, expected) => {
    expect(match(trie, text, from, maxLength)).toEqual(expected);
  });

  test('the first value added for a phrase stays', () => {
    const twice = trieOf({ 北京: 'first' });
    twice.add(['北', '京'], 'second');
    expect(match(twice, '北京', 0)).toEqual({ length: 2, value: 'first' });
  });
});

describe('PhraseTrie over tokens', () => {
  const trie = trieOf({ 'Bank of America': 'bofa', Bank: 'bank', 'AT & T': 'att' }, (p) => p.split(' '));

  test.each([
    [['the', 'Bank', 'of', 'America', 'said'], 1, { length: 3, value: 'bofa' }],
    [['the', 'Bank', 'of', 'England'], 1, { length: 1, value: 'bank' }],
    [['AT', '&', 'T'], 0, { length: 3, value: 'att' }],
    [['Unknown', 'Bank'], 0, null], // a token no phrase has
    [['Bank'], 1, null],
  ])('%j from %i', (tokens, from, expected) => {
    expect(match(trie, tokens, from)).toEqual(expected);
  });
});

test('many phrases: every position matches what a plain scan finds', () => {
  // A fixed pseudo-random generator, so a failure can be replayed.
  let seed = 7;
  const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  const alphabet = '的国中美日北京上海银行公司部长集团华电';
  const phrases = new Map<string, number>();
  for (let n = 0; n < 20_000; n++) {
    let phrase = '';
    for (let k = 1 + random(5); k > 0; k--) phrase += alphabet[random(alphabet.length)];
    if (!phrases.has(phrase)) phrases.set(phrase, phrases.size);
  }
  const trie = new PhraseTrie<number>();
  for (const [phrase, value] of phrases) trie.add(phrase.split(''), value);
  let text = '';
  for (let n = 0; n < 3_000; n++) text += alphabet[random(alphabet.length)];
  for (let from = 0; from < text.length; from++) {
    let expected: { length: number; value: number } | undefined;
    for (let length = 1; length <= 5 && from + length <= text.length; length++) {
      const value = phrases.get(text.slice(from, from + length));
      if (value !== undefined) expected = { length, value };
    }
    expect(trie.longestMatch(text, from)).toEqual(expected);
  }
});
