// The seed drop: every money mention of the five articles, checked against the hand-made
// gold in fixtures/money/seeds.gold.json (spans into the original seed text).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang, MoneyMention } from '../extractors/types.ts';

type GoldMention = Omit<MoneyMention, 'rule'>;
const GOLD = JSON.parse(readFileSync(new URL('../fixtures/money/seeds.gold.json', import.meta.url), 'utf8')) as
  Record<string, { lang: Lang; money: GoldMention[]; notMoney: string[] }>;

const readSeed = (file: string) => readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');

describe('seed articles', () => {
  test.each(Object.keys(GOLD))('%s: every money mention, nothing else', (file) => {
    const { lang, money } = GOLD[file]!;
    const text = readSeed(file);
    const found = extractMoney(text, { lang }).map(({ rule: _rule, ...mention }) => mention);
    expect(found).toEqual(money);
    for (const m of money) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  const NOT_MONEY = Object.entries(GOLD).flatMap(([file, { lang, notMoney }]) => notMoney.map((phrase) => ({ file, lang, phrase })));
  test.each(NOT_MONEY)('$file: "$phrase" is not money', ({ file, lang, phrase }) => {
    const text = readSeed(file);
    const at = text.indexOf(phrase);
    expect(at).toBeGreaterThanOrEqual(0);
    const overlapping = extractMoney(text, { lang }).filter((m) => m.start < at + phrase.length && m.end > at);
    expect(overlapping).toEqual([]);
  });
});
