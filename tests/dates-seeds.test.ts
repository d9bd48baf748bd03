// Every date of the five seed articles, checked against hand-verified gold with spans into
// the original seed text: without a published date (XXXX years, October days for
// "the 27th") and, where it matters, with one (relative expressions resolve).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractDates } from '../extractors/dates/index.ts';
import type { Lang } from '../extractors/types.ts';

interface GoldDate {
  start: number;
  end: number;
  text: string;
  value: string;
  precision: string;
}
interface SeedGold {
  lang: Lang;
  dates: GoldDate[];
  withPublished?: { published: string; dates: GoldDate[] };
}

const gold = JSON.parse(readFileSync(new URL('../fixtures/dates/seeds.gold.json', import.meta.url), 'utf8')) as Record<string, SeedGold>;
const seedText = (file: string): string => readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8');
const shape = ({ start, end, text, value, precision }: GoldDate) => ({ start, end, text, value, precision });

describe('seed articles', () => {
  test.each(Object.entries(gold))('%s without a published date', (file, seed) => {
    const text = seedText(file);
    for (const d of seed.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(extractDates(text, { lang: seed.lang }).map(shape)).toEqual(seed.dates);
  });

  test.each(Object.entries(gold).filter(([, seed]) => seed.withPublished))('%s with a published date', (file, seed) => {
    const anchored = seed.withPublished!;
    expect(extractDates(seedText(file), { lang: seed.lang, published: anchored.published }).map(shape)).toEqual(anchored.dates);
  });

  test('seed 003: "the 27th" and "the 28th" are days of October, years stay unknown', () => {
    const found = extractDates(seedText('003_fae7c283240c5289.txt'), { lang: 'en' });
    const anaphoric = found.filter((m) => m.rule === 'en.date.anaphoric-ordinal-day');
    expect(anaphoric.length).toBe(6);
    for (const m of anaphoric) expect(m.value).toMatch(/^XXXX-10-2[678]$/);
    expect(found.some((m) => /six years/.test(m.text))).toBe(false);
  });
});
