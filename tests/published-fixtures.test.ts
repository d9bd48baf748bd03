// The dated fixtures (fixtures/articles/dated/): each file's published date, the rule that
// found it and the outlet, read from every format; metadata beats the text; a yearless
// dateline takes its year from the article or from --published-default; and the store and
// the JSON report carry published_rule and source.

import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { processRecord } from '../pipeline/article.ts';
import { readRecords, type ArticleRecord } from '../pipeline/ingest/records.ts';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';

const DIR = 'fixtures/articles/dated';
const recordsOf = (file: string): ArticleRecord[] =>
  readRecords(readFileSync(join(REPO, DIR, file)), file, extname(file)).flatMap((r) => (r.ok ? [r.record] : []));

const EXPECTED: [file: string, published: string, rule: string, source: string | undefined, title: string | undefined][] = [
  ['en-dateline-year-from-text.txt', '2025-02-09', 'en.dateline+year-from-text', 'Fjord Wire', 'Ferry operator orders two electric vessels'],
  ['en-dateline-no-year.txt', 'XXXX-12-30', 'en.dateline', 'Polar Desk', 'Cold snap closes northern highway'],
  ['en-byline.txt', '2025-04-14', 'text.header.byline-date', undefined, 'Harbour city approves new tram line'],
  ['en-updated-then-published.md', '2025-04-01', 'text.header.published-label', undefined, 'Orchard growers count the cost of a late frost'],
  ['en-front-matter.md', '2025-11-30', 'text.front-matter:published', 'Circuit Weekly', 'Chipmaker doubles its research budget'],
  ['zh-dateline.txt', '2025-07-01', 'zh.dateline', '临川日报', '临川港集装箱吞吐量创新高'],
  ['zh-parenthesised.txt', '2025-10-08', 'zh.dateline.parenthesised', undefined, '山区县城开通首条高速公路'],
  ['zh-hant-header.md', '2025-08-15', 'text.header.published-label', '東嶼週報', '東嶼漁港擴建工程動工'],
  ['en-jsonld-graph.html', '2025-06-30', 'html.json-ld:datePublished', 'Lakeshore Courier', 'Lake town opens floating solar farm'],
  ['zh-jsonld-array.html', '2025-05-20', 'html.json-ld:datePublished', undefined, '北嶺隧道貫通'],
  ['en-meta-beats-text.html', '2025-01-10', 'html.meta:article:published_time', 'Rhine Business Post', 'Chemicals group sells coatings unit'],
  ['zh-record-without-date.json', '2024-11-03', 'zh.dateline+year-from-text', '南湾晚报', '南湾新区引进电池材料项目'],
];

describe('published date, rule, outlet and title of each dated fixture', () => {
  test.each(EXPECTED)('%s → %s by %s', (file, published, rule, source, title) => {
    const [record] = recordsOf(file);
    expect(record).toMatchObject({ published, publishedRule: rule, title });
    expect(record!.source).toBe(source);
  });
});

describe('processRecord', () => {
  const [yearless] = recordsOf('en-dateline-no-year.txt');

  test('a yearless dateline takes the year that puts it nearest --published-default', () => {
    const { row } = processRecord(yearless!, 'drop', '2026-01-04');
    expect(row).toMatchObject({ published: '2025-12-30', published_source: 'metadata', published_rule: 'en.dateline+year-from-default' });
  });

  test('without a default it stays XXXX and anchors no relative date', () => {
    const { row, mentions } = processRecord(yearless!, 'drop');
    expect(row).toMatchObject({ published: 'XXXX-12-30', published_rule: 'en.dateline' });
    // "on Tuesday" needs a full published date to resolve; with XXXX it is left out
    expect(mentions!.dates.map((d) => d.text)).not.toContain('Tuesday');
  });

  test('a date found in the text is used to anchor relative dates', () => {
    const [byline] = recordsOf('en-byline.txt');
    const { mentions } = processRecord(byline!, 'drop');
    expect(mentions!.dates.find((d) => d.text === 'Monday')?.value).toBe('2025-04-14');
  });

  test('an article with no date anywhere takes the default, with rule "default"', () => {
    const record: ArticleRecord = { path: 'x.txt', text: 'Title\n\nNothing here is dated.', format: 'text', encoding: 'utf-8' };
    expect(processRecord(record, 'drop', '2026-02-02').row).toMatchObject({ published: '2026-02-02', published_source: 'default', published_rule: 'default' });
    expect(processRecord(record, 'drop').row).toMatchObject({ published: null, published_rule: null });
  });
});

test('the store and the JSON report carry published_rule and source', () => {
  const dir = tempDir();
  const db = join(dir, 'store.sqlite');
  const out = join(dir, 'report.json');
  expect(newsfacts(['run', join(REPO, DIR), '--db', db, '--quiet']).status).toBe(0);
  const rows = new Database(db, { readonly: true })
    .prepare('SELECT path, published, published_source, published_rule, source_name FROM articles ORDER BY path')
    .all() as { path: string; published: string; published_source: string; published_rule: string; source_name: string | null }[];
  expect(rows).toHaveLength(EXPECTED.length);
  for (const [file, published, rule, source] of EXPECTED) {
    expect(rows.find((r) => r.path === file)).toEqual({ path: file, published, published_source: 'metadata', published_rule: rule, source_name: source ?? null });
  }
  expect(newsfacts(['report', '--db', db, '--format', 'json', '--out', out]).status).toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { articles: Record<string, unknown>[] };
  expect(report.articles.find((a) => a.path === 'zh-hant-header.md')).toMatchObject({
    published: '2025-08-15', published_rule: 'text.header.published-label', source: '東嶼週報', title: '東嶼漁港擴建工程動工',
  });
  expect(report.articles.find((a) => a.path === 'en-byline.txt')).not.toHaveProperty('source');
});
