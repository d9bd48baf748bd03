// The extractor must never throw, must keep its span contract on any input, and must
// finish on long adversarial runs (its patterns are linear; no timing is asserted).
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DATE_LANGUAGES, extractDates } from '../extractors/dates/index.ts';
import { findCandidates } from '../extractors/dates/engine.ts';
import type { DateMention, Lang } from '../extractors/types.ts';

const VALUE = /^(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** The contract's extensions, each with its own precision: ISO weeks (known year only) and quarters. */
const EXTENDED_VALUE: Record<string, RegExp> = { week: /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/, quarter: /^(?:\d{4}|XXXX)-Q[1-4]$/ };

function checkContract(text: string, found: DateMention[]): void {
  let lastEnd = 0;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    const extended = EXTENDED_VALUE[m.precision];
    if (extended) {
      expect(m.value).toMatch(extended);
    } else {
      expect(m.value).toMatch(VALUE);
      expect(['day', 'month', 'year']).toContain(m.precision);
      expect(m.precision === 'day' ? 3 : m.precision === 'month' ? 2 : 1).toBe(m.value.split('-').length);
    }
    lastEnd = m.end;
  }
}

const pieces = ['10月', '28日', '2025', '年', '年底', '十月', '二〇二五', '２０２５', 'October ', 'Oct. ', '27', 'the ',
  '27th', ', ', '/', '-', '.', ' ', 'last ', 'month', 'Friday', 'May ', 'in ', '上周', '去年', '号', '\n', '每年',
  'week', 'third', ' quarter', '-quarter', 'Q', '第三', '季度'];
const langs: Lang[] = ['en', 'zh'];

/** The engine without triggers: every rule's pattern over the whole text. */
function fullScan(text: string, lang: Lang): string[] {
  const found: string[] = [];
  for (const rule of DATE_LANGUAGES[lang].rules) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      if (rule.produce(m, text)) found.push(`${m.index}-${m.index + m[0].length} ${rule.id}`);
    }
  }
  return found.sort();
}
const triggered = (text: string, lang: Lang): string[] =>
  findCandidates(text, DATE_LANGUAGES[lang]).map((c) => `${c.start}-${c.end} ${c.rule}`).sort();

// Phrases that reach furthest back from their key word, so the trigger windows are exercised.
const farPieces = ['the twenty-second of ', 'the beginning of the ', 'more than fifteen ', 'decades ago', 'weeks from now',
  'the day after ', 'tomorrow', 'the year two thousand', 'in nineteen ninety-six', 'Wednesday, ', 'next week on ',
  'Friday', 'Christmas', 'new year\'s day', 'year-end', 'early-', '上上个月', '大前天', '星期日', '这个星期', '两千零一十二年',
  '十二月', '今日', '１０月', '2025-Oct-27', '27th', '3 ', 'mid-', 'tues', 'Sept. ', "next year's ", 'fiscal ', '2012年度第三個季度'];

describe('date extractor fuzz', () => {
  test('the triggered engine finds exactly what a full scan of every rule finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces, ...farPieces), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }),
        fc.constantFrom(...langs),
        (parts, lang) => {
          const text = parts.join('');
          expect(triggered(text, lang)).toEqual(fullScan(text, lang));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test.each(langs)('the triggered engine matches a full scan on the fixtures (%s)', (lang) => {
    const examples = JSON.parse(readFileSync(new URL(`../fixtures/dates/${lang}.examples.json`, import.meta.url), 'utf8')) as { text: string }[];
    const seeds = readdirSync(new URL('../fixtures/seeds/', import.meta.url)).map((f) => readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8'));
    for (const text of [...examples.map((e) => e.text), ...seeds]) expect(triggered(text, lang)).toEqual(fullScan(text, lang));
  });

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
