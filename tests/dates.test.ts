// Corpus-as-tests for the date extractor: each fixture line is a phenomenon with the
// mentions (text and value) it must give — an empty list for a negative example.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractDates } from '../extractors/dates/index.ts';
import type { Lang } from '../extractors/types.ts';

interface Example {
  phenomenon: string;
  text: string;
  published?: string;
  expect: [string, string][];
}

const load = (lang: Lang): [Lang, Example][] =>
  (JSON.parse(readFileSync(new URL(`../fixtures/dates/${lang}.examples.json`, import.meta.url), 'utf8')) as Example[]).map(
    (example) => [lang, example],
  );

describe('date corpus', () => {
  test.each([...load('en'), ...load('zh')])('%s: %j', (lang, example) => {
    const found = extractDates(example.text, { lang, published: example.published });
    expect(found.map((m) => [m.text, m.value])).toEqual(example.expect);
    for (const m of found) expect(example.text.slice(m.start, m.end)).toBe(m.text);
  });
});
