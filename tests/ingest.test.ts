import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../pipeline/ingest/decode.ts';
import { extractHtmlArticle } from '../pipeline/ingest/html.ts';
import { readRecords, type RecordResult } from '../pipeline/ingest/records.ts';

const bytesOf = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const recordsOf = (path: string): RecordResult[] => readRecords(bytesOf(path), path, extname(path));
const okRecords = (results: RecordResult[]) => results.flatMap((r) => (r.ok ? [r.record] : []));
const failures = (results: RecordResult[]) => results.flatMap((r) => (r.ok ? [] : [r.failure]));

describe('decodeText', () => {
  test.each([
    ['articles/en/utf8-bom.md', 'utf-8-bom', '# Chip Plant Breaks Ground'],
    ['articles/en/utf16-bom.txt', 'utf-16le', 'Battery Maker Expands in Georgia'],
    ['articles/zh/gb18030.txt', 'gb18030', '日立公司宣布扩建'],
    ['articles/zh/big5.txt', 'big5', '台灣電力公司擴建電網'],
    ['articles/en/plain-news.txt', 'utf-8', 'Tokyo Gas Signs Supply Deal With Texas Exporter'],
  ])('%s is read as %s', (path, encoding, firstLine) => {
    const decoded = decodeText(bytesOf(path));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.split('\n')[0]).toBe(firstLine);
  });

  test('UTF-16 big-endian with BOM', () => {
    const text = 'Port reopens 港口重开';
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: 'utf-16be' });
  });

  test('Windows-1252 smart quotes are read, not refused', () => {
    const bytes = Buffer.from([...Buffer.from('The minister said '), 0x93, ...Buffer.from('yes'), 0x94, ...Buffer.from(' on Friday, and the market rallied.')]);
    expect(decodeText(bytes).text).toBe('The minister said \u201cyes\u201d on Friday, and the market rallied.');
  });

  test.each([
    ['hostile/image.html', 'not a text file: looks like PNG image'],
    ['hostile/random.txt', 'not a text file: looks like binary data'],
  ])('%s is refused: %s', (path, reason) => {
    expect(() => decodeText(bytesOf(path))).toThrow(reason);
  });
});

describe('extractHtmlArticle', () => {
  const page = extractHtmlArticle(bytesOf('articles/html/news-page.html').toString('utf8'));

  test('keeps the title and article text, with metadata', () => {
    expect(page.title).toBe('Shipyard Order Lifts Nagasaki Economy');
    expect(page.published).toBe('2026-03-05T08:30:00+09:00');
    expect(page.url).toBe('https://example.org/news/shipyard-order');
    expect(page.lang).toBe('en');
    expect(page.body).toContain('A Nagasaki shipyard won an order for four car carriers on Wednesday');
    expect(page.body).toContain('The yard said it would hire 300 workers over the next two years.');
  });

  test.each(['Secret tracker', 'color: red', 'Home', 'Markets', 'Fishing fleet', 'newsletter', 'First comment', '© 2026', 'editor note'])(
    'drops page furniture: %s',
    (furniture) => expect(page.body).not.toContain(furniture),
  );
});

describe('readRecords', () => {
  test('a JSON array gives one record per object, with its metadata and #n paths', () => {
    const [first, second] = okRecords(recordsOf('articles/json/two-records.json'));
    expect(first).toMatchObject({
      path: 'articles/json/two-records.json#1',
      title: 'Refinery Restarts After Storm',
      published: '2026-02-15',
      url: 'https://example.org/101',
      source: 'Harbour Daily',
      externalId: 'hd-101',
    });
    expect(first!.text).toBe('Refinery Restarts After Storm\n\nA Gulf Coast refinery restarted two units on Sunday after storm damage kept it shut for a week.');
    expect(second).toMatchObject({ path: 'articles/json/two-records.json#2', lang: 'zh', published: '2026-02-17' });
  });

  test('a JSONL file skips blank lines; #n counts records', () => {
    expect(okRecords(recordsOf('articles/json/feed.jsonl')).map((r) => r.path)).toEqual([
      'articles/json/feed.jsonl#1',
      'articles/json/feed.jsonl#2',
      'articles/json/feed.jsonl#3',
    ]);
  });

  test('a JSONL file with a broken line keeps its good lines and names the bad ones', () => {
    const results = recordsOf('hostile/broken-line.jsonl');
    expect(okRecords(results).map((r) => r.text)).toEqual([
      'A grain terminal in Oregon reopened on Friday after repairs.',
      'A wind farm in Iowa added forty turbines this spring.',
    ]);
    expect(failures(results)).toEqual([
      { path: 'hostile/broken-line.jsonl#2', error: expect.stringMatching(/^line 2: invalid JSON/) },
      { path: 'hostile/broken-line.jsonl#4', error: expect.stringMatching(/^record has no text/) },
    ]);
  });

  test.each([
    ['hostile/empty.txt', 'empty file (no text)'],
    ['hostile/blank.txt', 'empty file (no text)'],
    ['hostile/truncated.json', 'invalid JSON'],
    ['hostile/image-only.html', 'HTML page has no article text'],
    ['hostile/not-records.json', 'record is string, not an object'],
  ])('%s fails with a reason: %s', (path, reason) => {
    const failed = failures(recordsOf(path));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.error).toContain(reason);
  });

  test('a plain-text article takes its headline from a short first line', () => {
    expect(okRecords(recordsOf('articles/en/plain-news.txt'))[0]!.title).toBe('Tokyo Gas Signs Supply Deal With Texas Exporter');
    expect(okRecords(recordsOf('articles/en/utf8-bom.md'))[0]!.title).toBe('Chip Plant Breaks Ground');
    expect(okRecords(recordsOf('articles/other/french.txt'))[0]!.title).toBeUndefined();
  });
});
