// The extractor must never throw, must keep its span contract on any input, and must
// finish on long adversarial runs (its patterns are linear; no timing is asserted).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractDates } from '../extractors/dates/index.ts';
import type { DateMention, Lang } from '../extractors/types.ts';

const VALUE = /^(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function checkContract(text: string, found: DateMention[]): void {
  let lastEnd = 0;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.value).toMatch(VALUE);
    expect(['day', 'month', 'year']).toContain(m.precision);
    expect(m.precision === 'day' ? 3 : m.precision === 'month' ? 2 : 1).toBe(m.value.split('-').length);
    lastEnd = m.end;
  }
}

const pieces = ['10月', '28日', '2025', '年', '年底', '十月', '二〇二五', '２０２５', 'October ', 'Oct. ', '27', 'the ',
  '27th', ', ', '/', '-', '.', ' ', 'last ', 'month', 'Friday', 'May ', 'in ', '上周', '去年', '号', '\n', '每年'];
const langs: Lang[] = ['en', 'zh'];

describe('date extractor fuzz', () => {
  test('random mixes of date pieces and unicode keep the contract', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }),
        fc.constantFrom(...langs),
        fc.option(fc.constantFrom('2025-10-29', '1998-02-28', '2000-12-31'), { nil: undefined }),
        (parts, lang, published) => {
          const text = parts.join('');
          checkContract(text, extractDates(text, { lang, published }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test.each(langs)('100k-character adversarial runs complete (%s)', (lang) => {
    const runs = ['10月'.repeat(50_000), '1'.repeat(100_000), 'October '.repeat(12_500), '2025年'.repeat(20_000),
      'the 27th '.repeat(11_000), '1/'.repeat(50_000), 'May May '.repeat(12_500), '十'.repeat(100_000), '\u{1F600}'.repeat(50_000)];
    for (const text of runs) checkContract(text, extractDates(text, { lang, published: '2025-10-29' }));
  });
});
