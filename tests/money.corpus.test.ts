// Corpus-as-tests: every example of fixtures/money/corpus.*.json, positive and negative,
// through one test.each. Adding a form means adding a line there.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang, MoneyMention } from '../extractors/types.ts';

interface CorpusCase {
  phenomenon: string;
  text: string;
  expect: Array<Pick<MoneyMention, 'text' | 'value' | 'currency' | 'qualifier' | 'min' | 'max'>>;
}

const load = (lang: Lang) =>
  (JSON.parse(readFileSync(new URL(`../fixtures/money/corpus.${lang}.json`, import.meta.url), 'utf8')) as CorpusCase[])
    .map((c) => ({ lang, ...c }));

const CASES = [...load('en'), ...load('zh')];

describe('money corpus', () => {
  test.each(CASES)('$lang · $phenomenon · $text', ({ lang, text, expect: expected }) => {
    const mentions = extractMoney(text, { lang });
    const seen = mentions.map(({ text: t, value, currency, qualifier, min, max }) => ({
      text: t, value, currency, qualifier, ...(min !== undefined ? { min, max } : {}),
    }));
    expect(seen).toEqual(expected);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toMatch(/^(en|zh)\.money\.[a-z-]+$/);
    }
  });
});
