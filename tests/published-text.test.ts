// findPublishedInText over short article heads, one case per written form (English and
// Chinese, simplified and traditional): the date, the rule that found it, the outlet when
// the form names one, and the span of the date phrase. Then the forms that are not a
// publication date, and the metadata reading (a timestamp's own calendar day).

import { describe, expect, test } from 'vitest';
import { dateOfMetadata, findPublishedInText, withYearNear } from '../pipeline/ingest/published-text.ts';

const HEADLINE = 'Headline of the story\n\n';
const BODY = '\n\nA later paragraph says nothing about when it was written.';

describe('forms that state the publication date', () => {
  test.each([
    // English datelines
    ['LISBON, March 3, 2026 (Harbour Wire) - The ministry said…', '2026-03-03', 'en.dateline', 'Harbour Wire', 'March 3, 2026'],
    ['TAIPEI, Sept. 21, 2025 (Reuters) — Shares rose…', '2025-09-21', 'en.dateline', 'Reuters', 'Sept. 21, 2025'],
    ['LONDON 1996-08-30', '1996-08-30', 'en.dateline', undefined, '1996-08-30'],
    ['SAO PAULO, Brazil, 4 June 2024 — Coffee prices…', '2024-06-04', 'en.dateline', undefined, '4 June 2024'],
    ['**NAIROBI, Oct. 2, 2025** - A bold dateline in Markdown', '2025-10-02', 'en.dateline', undefined, 'Oct. 2, 2025'],
    // English header lines
    ['Published: 3 March 2026', '2026-03-03', 'text.header.published-label', undefined, '3 March 2026'],
    ['First published on 12 May 2025, 06:00 BST', '2025-05-12', 'text.header.published-label', undefined, '12 May 2025'],
    ['By Jane Doe | March 3, 2026', '2026-03-03', 'text.header.byline-date', undefined, 'March 3, 2026'],
    ['Updated 2026-03-03 08:00', '2026-03-03', 'text.header.updated-label', undefined, '2026-03-03'],
    ['*Coastal Trade Review · 9 July 2025 · translated from the Portuguese edition*', '2025-07-09', 'text.header.date-line', 'Coastal Trade Review', '9 July 2025'],
    ['**Mountain Ledger** | 19 September 2025', '2025-09-19', 'text.header.date-line', 'Mountain Ledger', '19 September 2025'],
    ['Source: Delta Times | 2025-02-11 14:05 GMT', '2025-02-11', 'text.header.date-line', 'Delta Times', '2025-02-11'],
    // Chinese datelines and header lines
    ['2026年3月3日 电 记者从市政府获悉', '2026-03-03', 'zh.dateline', undefined, '2026年3月3日'],
    ['【江北商报 2025年6月17日电】某公司公告', '2025-06-17', 'zh.dateline', '江北商报', '2025年6月17日'],
    ['（西岸新聞網高雄2025年9月18日電）應變中心表示', '2025-09-18', 'zh.dateline', '西岸新聞網', '2025年9月18日'],
    ['（2026年3月3日）大桥今日通车', '2026-03-03', 'zh.dateline.parenthesised', undefined, '2026年3月3日'],
    ['發布時間：2026-03-03', '2026-03-03', 'text.header.published-label', undefined, '2026-03-03'],
    ['发布时间：2025-10-08 09:30 | 来源：山海财经网 | 编辑：王立', '2025-10-08', 'text.header.published-label', '山海财经网', '2025-10-08'],
    ['2025年03月09日 08:15\u3000来源：江淮晨报', '2025-03-09', 'text.header.date-line', '江淮晨报', '2025年03月09日'],
  ])('%s', (line, value, rule, outlet, phrase) => {
    const text = `${HEADLINE}${line}${BODY}`;
    const found = findPublishedInText(text);
    expect(found).toMatchObject({ value, rule });
    expect(found?.outlet).toBe(outlet);
    expect(text.slice(found!.start, found!.end)).toBe(phrase);
  });

  test('a yearless dateline takes the year of a consistent full date elsewhere in the article', () => {
    const text = `${HEADLINE}OSLO, Feb. 9 (Fjord Wire) - The order follows an agreement signed on January 28, 2025.`;
    expect(findPublishedInText(text)).toMatchObject({ value: '2025-02-09', rule: 'en.dateline+year-from-text', outlet: 'Fjord Wire' });
  });

  test('a yearless dateline without other dates keeps XXXX (新华社 names the outlet, 本报 does not)', () => {
    expect(findPublishedInText(`${HEADLINE}新华社北京3月3日电 国务院今天宣布`)).toMatchObject({ value: 'XXXX-03-03', rule: 'zh.dateline', outlet: '新华社' });
    expect(findPublishedInText(`${HEADLINE}本报合肥3月9日电（记者 程明）`)).toEqual(expect.objectContaining({ value: 'XXXX-03-09', rule: 'zh.dateline' }));
    expect(findPublishedInText(`${HEADLINE}本报合肥3月9日电（记者 程明）`)?.outlet).toBeUndefined();
    expect(findPublishedInText(`${HEADLINE}TAIPEI, Sept. 21 (Reuters) — Shares rose.`)).toMatchObject({ value: 'XXXX-09-21', rule: 'en.dateline' });
  });

  test('front matter wins over a header line, and names date key and source', () => {
    const text = '---\ntitle: "A story"\ndate: 2025-06-18\nsource: Pixel Weekly\n---\n\nUpdated 2025-06-20 10:00\n\nBody.';
    expect(findPublishedInText(text)).toMatchObject({ value: '2025-06-18', rule: 'text.front-matter:date', outlet: 'Pixel Weekly' });
    const toml = '+++\npublishDate = "2024-12-01T22:00:00-05:00"\n+++\nBody.';
    expect(findPublishedInText(toml)).toMatchObject({ value: '2024-12-01', rule: 'text.front-matter:publishDate' });
  });

  test('a published label wins over an updated one, whatever the order', () => {
    expect(findPublishedInText('Title\nUpdated: 2025-04-03\nPublished: 1 April 2025\n\nBody.')).toMatchObject({ value: '2025-04-01', rule: 'text.header.published-label' });
    expect(findPublishedInText('標題\n更新時間：2025-04-03\n發布時間：2025-04-01\n\n內文。')).toMatchObject({ value: '2025-04-01', rule: 'text.header.published-label' });
  });
});

describe('what is not a publication date', () => {
  test.each([
    ['a date inside a sentence', 'On March 3, 2026, the council voted to build the line.'],
    ['a title that names a month', 'Markets slide on March 3 as oil jumps'],
    ['a year alone', '2026 budget: what changes'],
    ['a place without a date', 'WASHINGTON (Reuters) - Lawmakers met on Tuesday.'],
    ['a Chinese sentence with a date', '公司3月3日宣布，将投资10亿元扩建工厂。'],
    ['a date in a late paragraph', 'Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nPublished: 3 March 2026'],
  ])('%s', (_what, text) => {
    expect(findPublishedInText(text)).toBeUndefined();
  });
});

describe('dateOfMetadata: the publisher\'s local day', () => {
  test.each([
    ['2026-03-03T23:30:00+08:00', '2026-03-03'],
    ['2026-03-04T01:10:00+08:00', '2026-03-04'],
    ['Wed, 04 Mar 2026 01:10:00 +0800', '2026-03-04'],
    ['March 3, 2026', '2026-03-03'],
    ['2026年3月3日', '2026-03-03'],
    ['March 3', undefined],
    ['soon', undefined],
  ])('%s → %s', (value, day) => expect(dateOfMetadata(value)).toBe(day));
});

test('withYearNear puts a yearless day in the year nearest the reference', () => {
  expect(withYearNear('XXXX-12-30', '2026-01-04')).toBe('2025-12-30');
  expect(withYearNear('XXXX-01-02', '2025-12-28')).toBe('2026-01-02');
  expect(withYearNear('XXXX-03-11', '2026-03-12')).toBe('2026-03-11');
  expect(withYearNear('XXXX-02-29', '2025-03-01')).toBe('2024-02-29');
});
