// What the Chinese recogniser's passes rely on to cut fewer windows with jieba: a window
// cut once serves every repeat of its characters (windowCutter), and a speaker can only
// be a word of dictionaryNames().personWords, so a speech verb with none before it is
// skipped without a cut.

import { describe, expect, test } from 'vitest';
import { taggedWords } from '../extractors/jieba.ts';
import { windowCutter } from '../extractors/entities/zh/jieba-words.ts';
import { dictionaryNames } from '../extractors/entities/zh/proper-nouns.ts';

describe('windowCutter', () => {
  const text = '西安秦川燃气宣布，西安秦川燃气将扩建。AT&T在4S店附近';

  test.each([
    [0, 6], [9, 15], [0, 8], [19, 23], [19, 29], [2, 4],
  ])('text[%i, %i) cuts as the window alone does, with offsets into the text', (from, to) => {
    const words = windowCutter(text)(from, to);
    expect(words.map((w) => [w.word, w.tag])).toEqual(taggedWords(text.slice(from, to)).map((w) => [w.word, w.tag]));
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.word);
    expect(words[0]!.start).toBe(from);
    expect(words[words.length - 1]!.end).toBe(to);
  });

  test('a repeated window gets the same words at its own offsets', () => {
    const wordsOf = windowCutter(text);
    const first = wordsOf(0, 6);
    const again = wordsOf(9, 15);
    expect(again.map((w) => w.word)).toEqual(first.map((w) => w.word));
    expect(again.map((w) => w.start - 9)).toEqual(first.map((w) => w.start));
  });
});

test('every word jieba may give as a speaker (two to four Han characters, tagged nr, nrt, nrfg or x) is a person word', () => {
  const { personWords } = dictionaryNames();
  const words = [...personWords];
  const fillers = '的了是在人有他这中大来上国个到们为和地出道也时年将已对向被由从长部';
  let seed = 11;
  const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
  let speakers = 0;
  for (let n = 0; n < 5_000; n++) {
    let window = '';
    while (window.length < 6) window += random(2) ? words[random(words.length)] : fillers[random(fillers.length)];
    const last = taggedWords(window.slice(-(2 + random(3)))).at(-1)!;
    const speaker = last.word.length >= 2 && last.word.length <= 4 && /^\p{Script=Han}+$/u.test(last.word) &&
      ['nr', 'nrt', 'nrfg', 'x'].includes(last.tag);
    if (!speaker) continue;
    speakers++;
    expect(personWords.has(last.word), last.word).toBe(true);
  }
  expect(speakers).toBeGreaterThan(1_000);
});
