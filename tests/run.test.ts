import Database from 'better-sqlite3';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyFixtures, newsfacts, tempDir } from './cli-helpers.ts';

const query = (db: string, sql: string, ...params: unknown[]) => {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    handle.close();
  }
};

describe('newsfacts run over the fixture articles', () => {
  const drop = copyFixtures('articles');
  const db = join(tempDir(), 'store.sqlite');
  const first = newsfacts(['run', drop, '--db', db]);

  test('stores every article once, records the duplicate, exits 0', () => {
    expect(first.stdout).toContain('26 files — 28 new articles (en 17, fr 1, zh 10), 0 unchanged files, 1 duplicates, 0 failed, 0 skipped');
    expect(first.status).toBe(0);
    const articles = query(db, 'SELECT path, lang, status FROM articles ORDER BY path');
    expect(articles).toContainEqual({ path: 'en/utf16-bom.txt', lang: 'en', status: 'ok' });
    expect(articles).toContainEqual({ path: 'zh/big5.txt', lang: 'zh', status: 'ok' });
    expect(articles).toContainEqual({ path: 'zh/gb18030.txt', lang: 'zh', status: 'ok' });
    expect(articles).toContainEqual({ path: 'html/news-page.html', lang: 'en', status: 'ok' });
    expect(articles).toContainEqual({ path: 'json/two-records.json#2', lang: 'zh', status: 'ok' });
    expect(articles).toContainEqual({ path: 'json/feed.jsonl#3', lang: 'zh', status: 'ok' });
    // The copy of plain-news.txt is the same text: stored once, recorded as a duplicate.
    expect(articles.filter((a) => String(a.path).includes('plain-news'))).toEqual([{ path: 'en/plain-news.txt', lang: 'en', status: 'ok' }]);
    expect(query(db, 'SELECT record_path, duplicate FROM article_sources WHERE record_path LIKE ?', '%plain-news-copy%')).toEqual([
      { record_path: 'other/plain-news-copy.txt', duplicate: 1 },
    ]);
  });

  test('a language other than English or Chinese is stored but not extracted', () => {
    expect(query(db, "SELECT lang, status, error FROM articles WHERE path = 'other/french.txt'")).toEqual([
      { lang: 'fr', status: 'not_extracted', error: 'language fr is not extracted (only en and zh are)' },
    ]);
  });

  test('metadata is kept: published date, title, url', () => {
    expect(query(db, "SELECT title, published, published_source, url FROM articles WHERE path = 'html/news-page.html'")).toEqual([
      { title: 'Shipyard Order Lifts Nagasaki Economy', published: '2026-03-05', published_source: 'metadata', url: 'https://example.org/news/shipyard-order' },
    ]);
  });

  test('every mention span points at its text in the original article', () => {
    const rows = query(db, 'SELECT a.text_original AS original, m.span_start AS s, m.span_end AS e, m.text FROM mentions m JOIN articles a ON a.id = m.article_id');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(String(row.original).slice(Number(row.s), Number(row.e))).toBe(row.text);
  });

  test('a second run over the same drop stores nothing new', () => {
    const second = newsfacts(['run', drop, '--db', db]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 new articles');
    expect(query(db, 'SELECT articles_new, files_unchanged, status FROM runs ORDER BY id')).toEqual([
      { articles_new: 28, files_unchanged: 0, status: 'finished' },
      { articles_new: 0, files_unchanged: 26, status: 'finished' },
    ]);
    expect(query(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 28 }]);
  });

  test('a re-run after new files arrive processes only the new ones', () => {
    writeFileSync(join(drop, 'en', 'late-arrival.txt'), 'Late News\nA ferry operator in Osaka ordered two electric ships on Monday.\n');
    const third = newsfacts(['run', drop, '--db', db]);
    expect(third.status).toBe(0);
    expect(third.stdout).toContain('1 new articles');
    expect(query(db, 'SELECT articles_new, files_unchanged, files_total FROM runs ORDER BY id DESC LIMIT 1')).toEqual([
      { articles_new: 1, files_unchanged: 26, files_total: 27 },
    ]);
  });

  test('--published-default fills in articles without a date', () => {
    const store = join(tempDir(), 'dated.sqlite');
    const dated = newsfacts(['run', drop, '--db', store, '--published-default', '2026-04-01', '--quiet']);
    expect(dated.status).toBe(0);
    expect(query(store, "SELECT published, published_source FROM articles WHERE path = 'en/plain-news.txt'")).toEqual([
      { published: '2026-04-01', published_source: 'default' },
    ]);
    expect(query(store, "SELECT published_source FROM articles WHERE path = 'html/news-page.html'")).toEqual([{ published_source: 'metadata' }]);
  });
});

describe('newsfacts run over hostile files', () => {
  const drop = copyFixtures('hostile');
  const db = join(tempDir(), 'store.sqlite');
  const result = newsfacts(['run', drop, '--db', db, '--quiet']);

  test('exits 1 and names each failed file with its reason, one line each', () => {
    expect(result.status).toBe(1);
    for (const line of [
      'failed: empty.txt: empty file (no text)',
      'failed: image.html: not a text file: looks like PNG image',
      'failed: random.txt: not a text file: looks like binary data',
      'failed: truncated.json: invalid JSON',
      'failed: broken-line.jsonl#2: line 2: invalid JSON',
      'failed: broken-line.jsonl#4: record has no text',
      'failed: image-only.html: HTML page has no article text',
      'skipped: brochure.pdf: unsupported file type ".pdf"',
    ]) {
      expect(result.stdout).toContain(line);
    }
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('the good lines of a broken JSONL file are stored; every failure is an article row', () => {
    const rows = query(db, 'SELECT path, status, error FROM articles ORDER BY path');
    expect(rows.filter((r) => r.status === 'ok').map((r) => r.path)).toEqual(['broken-line.jsonl#1', 'broken-line.jsonl#3']);
    expect(rows.filter((r) => r.status === 'failed').map((r) => r.path)).toEqual([
      'blank.txt',
      'broken-line.jsonl#2',
      'broken-line.jsonl#4',
      'empty.txt',
      'image-only.html',
      'image.html',
      'not-records.json#1',
      'not-records.json#2',
      'random.txt',
      'truncated.json',
    ]);
    expect(query(db, "SELECT status, error FROM files WHERE path = 'brochure.pdf'")).toEqual([
      { status: 'skipped', error: 'unsupported file type ".pdf" (not an article format)' },
    ]);
  });

  test('a symbolic link leaving the drop is not followed, and says so', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'Not part of the drop.');
    const linked = copyFixtures('articles');
    symlinkSync(join(outside, 'secret.txt'), join(linked, 'link-out.txt'));
    symlinkSync(join(linked, 'en'), join(linked, 'en-again'));
    const store = join(tempDir(), 'links.sqlite');
    const run = newsfacts(['run', linked, '--db', store, '--quiet']);
    expect(run.stdout).toContain('skipped: link-out.txt: symbolic link points outside the drop (not followed)');
    expect(query(store, "SELECT count(*) AS n FROM articles WHERE text_original LIKE '%Not part of the drop%'")[0]!.n).toBe(0);
  });
});

describe('usage errors', () => {
  test.each([
    [['run'], 'run needs at least one drop folder'],
    [['run', 'no/such/folder'], 'no/such/folder: no such folder'],
    [['run', 'fixtures', '--concurrency', 'zero'], '--concurrency must be a whole number'],
    [['run', 'fixtures', '--published-default', '28/10/2025'], '--published-default must be a date written YYYY-MM-DD'],
    [['run', 'fixtures', '--published-default', '2025-13-45'], '--published-default "2025-13-45" is not a real calendar day'],
    [['run', 'fixtures', '--published-default', '2025-02-30'], '--published-default "2025-02-30" is not a real calendar day'],
    [['report', '--db', 'no/such/store.sqlite'], 'no/such/store.sqlite: no store here yet; make one with "newsfacts run <drop-dir> --db no/such/store.sqlite"'],
    [['run', 'fixtures', '--frobnicate'], 'newsfacts run --help lists its options'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['report', '--format', 'pdf', '--db', 'nowhere.sqlite'], '--format must be html, md or json'],
  ])('newsfacts %j exits 2: %s', (args, message) => {
    const result = newsfacts(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
