// taggedWords (extractors/jieba.ts) tags a text's words from the tags it remembers when it
// has met them all, and asks jieba's tag() otherwise: either way it must give what tag()
// alone gives, for texts of every script, met or new.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Jieba } from '@node-rs/jieba';
import { taggedWords } from '../extractors/jieba.ts';

const require = createRequire(import.meta.url);
const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
const jieba: Jieba = JiebaClass.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));

/** The words and tags from tag() alone, split and re-tagged as extractors/jieba.ts documents. */
function expected(text: string): string {
  return jieba.tag(text, false).flatMap(({ word, tag }) => {
    if (word.length > 1 && /^[A-Za-z0-9]+$/.test(word)) return [...word].map((c) => `${c}/${/[A-Za-z]/.test(c) ? 'eng' : 'm'}`);
    const unknown = tag === 'x' || tag === 'eng' || (tag === 'm' && /[0-9]/.test(word));
    const script = /^[A-Za-z]/.test(word) ? 'eng' : /^[0-9]/.test(word) ? 'm' : /^\p{Script=Han}+$/u.test(word) ? 'x' : 'w';
    return [`${word}/${unknown ? script : tag}`];
  }).join(' ');
}

const tagged = (text: string) => taggedWords(text).map((w) => `${w.word}/${w.tag}`).join(' ');

test('remembered tags give what tag() gives, for texts met before, new, and made of met words', () => {
  let seed = 3;
  const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  const pieces = ['中国', '银行', '表示', '西安', '秦川', '燃气', '宣布', '的', '了', '凰', '龥', 'AT&T', 'x86', 'B超', '2024', '年',
    'CEO', '说', '，', '。', '“', '”', ' ', '\r\n', '\n', '·', '𠀀', '😀', 'Ａ１', '3.5%', '有限公司', '高市早苗', '首相'];
  for (let n = 0; n < 4_000; n++) {
    let text = '';
    for (let k = 1 + random(8); k > 0; k--) text += pieces[random(pieces.length)];
    expect(tagged(text), text).toBe(expected(text));
  }
});
