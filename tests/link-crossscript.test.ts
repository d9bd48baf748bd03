// Cross-script name matching, one row per phenomenon: pinyin and Wade-Giles for Chinese
// names (word order, hyphens, compound surnames, traditional characters), the
// transliteration table for Western names, org and place head words — and the look-alikes
// that must never match. Names are public examples or invented for this test.

import { describe, expect, test } from 'vitest';
import { headsAgree, matchAcrossScripts } from '../extractors/entities/crossscript/match.ts';
import { soundSpelling, transliterationScore } from '../extractors/entities/crossscript/translit.ts';
import { TRANSLITERATION_SOUNDS } from '../extractors/entities/crossscript/translit-table.ts';
import { wadeGilesForms } from '../extractors/entities/crossscript/wade-giles.ts';
import type { EntityType } from '../extractors/types.ts';

const matches: [string, string, EntityType, string][] = [
  ['王传福', 'Wang Chuanfu', 'person', 'crossscript.person.pinyin'],
  ['张一鸣', 'Zhang Yiming', 'person', 'crossscript.person.pinyin'],
  ['张一鸣', 'Yiming Zhang', 'person', 'crossscript.person.pinyin'],
  ['欧阳志明', 'Ouyang Zhiming', 'person', 'crossscript.person.pinyin'],
  ['周海濤', 'Zhou Haitao', 'person', 'crossscript.person.pinyin'],
  ['蔡英文', 'Tsai Ing-wen', 'person', 'crossscript.person.wade-giles'],
  ['周海涛', 'Chou Hai-tao', 'person', 'crossscript.person.wade-giles'],
  ['周海涛', "Hai-t'ao Chou", 'person', 'crossscript.person.wade-giles'],
  ['吉姆·法利', 'Jim Farley', 'person', 'crossscript.person.transliteration'],
  ['佩特拉·诺瓦克', 'Petra Novak', 'person', 'crossscript.person.transliteration'],
  ['丹尼尔·布鲁克斯', 'Daniel Brooks', 'person', 'crossscript.person.transliteration'],
  ['海倫娜·布蘭特', 'Helena Brandt', 'person', 'crossscript.person.transliteration'],
  ['星河证券', 'Xinghe Securities', 'org', 'crossscript.org.pinyin'],
  ['星河證券', 'Xinghe Securities', 'org', 'crossscript.org.pinyin'],
  ['浩宇能源科技有限公司', 'Haoyu Energy Technology Co., Ltd.', 'org', 'crossscript.org.pinyin'],
  ['浩宇能源', 'Haoyu Energy Technology', 'org', 'crossscript.org.pinyin'],
  ['云杉互动', 'Yunshan Interactive Entertainment', 'org', 'crossscript.org.pinyin'],
  ['维拉银行', 'Banco Vela', 'org', 'crossscript.org.transliteration'],
  ['浙江省', 'Zhejiang province', 'place', 'crossscript.place.pinyin'],
  ['杭州', 'Hangzhou', 'place', 'crossscript.place.pinyin'],
  ['高雄', 'Kaohsiung', 'place', 'crossscript.place.wade-giles'],
  ['新竹縣', 'Hsinchu County', 'place', 'crossscript.place.wade-giles'],
  ['塞格德', 'Szeged', 'place', 'crossscript.place.transliteration'],
];

const distinct: [string, string, EntityType][] = [
  ['王浩宇', 'Wang Haochuan', 'person'], // relatives: one surname, one generation name
  ['周海', 'Zhou Haitao', 'person'], // a two-character name that is a prefix of a three-character one
  ['周海涛', 'Zhou Hai', 'person'],
  ['周海涛', 'Zhou', 'person'], // a lone surname decides nothing
  ['吉姆·法利', 'Jim Farrell', 'person'],
  ['星河资本', 'Xinghe Securities', 'org'], // one brand, two companies
  ['星河资本', 'Xinghe Interactive', 'org'],
  ['索尼互动娱乐', 'Sony Group', 'org'], // a group and its subsidiary
  ['广东', 'Guangxi', 'place'],
  ['台南', 'Taichung', 'place'],
  ['新竹', 'Hsinchuang', 'place'],
  ['塞格德', 'Segovia', 'place'],
];

describe('names that match across scripts', () => {
  test.each(matches)('%s = %s (%s) by %s', (chinese, latin, type, rule) => {
    expect(matchAcrossScripts(chinese, latin, type)?.rule).toBe(rule);
  });
});

describe('look-alikes that never match', () => {
  test.each(distinct)('%s ≠ %s (%s)', (chinese, latin, type) => {
    expect(matchAcrossScripts(chinese, latin, type)).toBeUndefined();
  });
});

describe('the parts', () => {
  test.each([
    ['zhong', ['chung']], ['xin', ['hsin']], ['jie', ['chieh']], ['cai', ["ts'ai"]], ['si', ['ssu', 'szu']], ['yu', ['yü']], ['ying', ['ying', 'ing']],
  ])('Wade-Giles of %s', (pinyin, forms) => {
    expect(wadeGilesForms(pinyin)).toEqual(forms);
  });

  test.each([['Szeged', 'seged'], ['Carlton', 'karlton'], ['Philippa', 'filipa'], ['Lyle', 'lil']])('sound spelling of %s is %s', (latin, sound) => {
    expect(soundSpelling(latin)).toBe(sound);
  });

  test('a transliteration scores by sound, tolerantly: an r after a vowel may go unwritten, a shared consonant counts once', () => {
    expect(transliterationScore('法利', 'Farley')).toBeGreaterThan(0.85);
    expect(transliterationScore('丹尼尔', 'Daniel')).toBeGreaterThan(0.85);
    expect(transliterationScore('法利', 'Holland')).toBeLessThan(0.5);
    expect(transliterationScore('北京', 'Beijing')).toBe(0); // not transliteration characters
  });

  test('heads agree when one list is the start of the other', () => {
    expect(headsAgree(['energy'], ['energy', 'technology'])).toBe(true);
    expect(headsAgree(['capital'], ['interactive'])).toBe(false);
    expect(headsAgree([], ['securities'])).toBe(true);
  });
});

test('a floor stops an alignment that cannot reach it, and never changes a score that does', () => {
  const pairs: [string, string][] = [['法利', 'Farley'], ['伊内丝', 'Ines'], ['诺瓦克', 'Novak'], ['丹尼尔', 'Daniel'], ['布鲁克斯', 'Brooks'], ['塞格德', 'Szeged'], ['维拉', 'Vela'],
    ['法利', 'Brooks'], ['伊内丝', 'Daniel'], ['诺瓦克', 'Farley'], ['丹尼尔', 'Novak'], ['塞格德', 'Helena']];
  for (const [han, latin] of pairs) {
    const whole = transliterationScore(han, latin);
    const floored = transliterationScore(han, latin, 0.8);
    if (whole >= 0.8) expect(floored, `${han} ${latin}`).toBe(whole);
    else expect(floored, `${han} ${latin}`).toBeLessThan(0.8);
  }
  expect(transliterationScore('法利', 'Farley', 0.8)).toBeGreaterThanOrEqual(0.8);
  expect(transliterationScore('诺瓦克', 'Farley', 0.8)).toBe(0);
});

test('a floor never drops a score it allows: names spelt from their own sounds, letters added and left out', () => {
  // Generated pairs: 1–4 table characters, the Latin spelt from one of each character's sounds, then
  // lengthened or shortened by up to five letters, so the letter-count bound meets every case near the floor.
  const characters = [...TRANSLITERATION_SOUNDS.keys()].filter((k) => k.length === 1);
  let seed = 11;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const letters = 'abdeiklmnorstuv';
  let checked = 0;
  for (let i = 0; i < 3000; i++) {
    const han = Array.from({ length: 1 + next(4) }, () => characters[next(characters.length)]!).join('');
    let latin = [...han].map((c) => { const sounds = TRANSLITERATION_SOUNDS.get(c)!; return sounds[next(sounds.length)]!; }).join('');
    const change = next(11) - 5;
    for (let k = 0; k < change; k++) latin += letters[next(letters.length)];
    if (change < 0) latin = latin.slice(0, Math.max(1, latin.length + change));
    for (const floor of [0.8, 0.85]) {
      const whole = transliterationScore(han, latin);
      const floored = transliterationScore(han, latin, floor);
      if (whole >= floor) { expect(floored, `${han} ${latin} ${floor}`).toBe(whole); checked++; }
      else expect(floored, `${han} ${latin} ${floor}`).toBeLessThan(floor);
    }
  }
  expect(checked).toBeGreaterThan(500);
});
