// Hostile drops generated on the fly: adversarial number runs, odd file names, and a file
// that disappears while the run is going. Each input is stored or recorded with its
// reason; nothing hangs; the rest of the drop is stored.

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';
import { writeSyntheticDrop } from './drop-generator.ts';

const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

describe('adversarial contents and names', () => {
  const drop = join(tempDir(), 'drop');
  mkdirSync(join(drop, '中文 目录 with spaces'), { recursive: true });
  writeFileSync(join(drop, 'ones.txt'), `The ministry said that the totals of ${'1,'.repeat(60_000)} billion dollars were in the report.`);
  writeFileSync(join(drop, 'yi.txt'), `金额为${'亿'.repeat(5_000)}美元，另有${'10月'.repeat(5_000)}的记录。`);
  writeFileSync(join(drop, 'digits.txt'), `The figure was $${'9'.repeat(50_000)} billion on ${'October '.repeat(5_000)}27.`);
  writeFileSync(join(drop, '中文 目录 with spaces', '东芝 新闻 (1).txt'), '东芝表示，将在美国投资20亿美元。');
  writeFileSync(join(drop, 'name with spaces & quotes \'" .txt'), 'Hitachi said it would invest $2 billion in Ohio.');
  const db = join(tempDir(), 'store.sqlite');
  const result = newsfacts(['run', drop, '--db', db, '--quiet']);

  test('every file is stored, with valid spans', () => {
    expect(result.status).toBe(0);
    const articles = rows(db, 'SELECT path, status FROM articles ORDER BY path');
    expect(articles).toEqual([
      { path: 'digits.txt', status: 'ok' },
      { path: "name with spaces & quotes '\" .txt", status: 'ok' },
      { path: 'ones.txt', status: 'ok' },
      { path: 'yi.txt', status: 'ok' },
      { path: '中文 目录 with spaces/东芝 新闻 (1).txt', status: 'ok' },
    ]);
    for (const m of rows(db, 'SELECT a.text_original AS t, m.span_start AS s, m.span_end AS e, m.text FROM mentions m JOIN articles a ON a.id = m.article_id')) {
      expect(String(m.t).slice(Number(m.s), Number(m.e))).toBe(m.text);
    }
  });

  test('names with spaces, quotes and CJK characters are kept exactly', () => {
    expect(rows(db, "SELECT value_number, currency FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.path LIKE '中文%' AND kind = 'money'")).toEqual([
      { value_number: 2_000_000_000, currency: 'USD' },
    ]);
  });
});

describe('a 30 MB article', () => {
  test('is stored whole and extracted, and a file over --max-file-mb is recorded with its reason', () => {
    const drop = join(tempDir(), 'drop');
    mkdirSync(drop);
    const paragraph = 'Tokyo said on October 27 that Toshiba and Hitachi would invest up to $2.1 billion in Ohio plants over five years.\n';
    writeFileSync(join(drop, 'huge.txt'), paragraph.repeat(Math.ceil(30_000_000 / paragraph.length)));
    writeFileSync(join(drop, 'small.txt'), 'Small News\nA small ferry operator in Osaka ordered two electric ships on Monday.\n');
    const db = join(tempDir(), 'store.sqlite');
    const result = newsfacts(['run', drop, '--db', db, '--quiet']);
    expect(result.status).toBe(0);
    const [huge] = rows(db, "SELECT length(text_original) AS n, status FROM articles WHERE path = 'huge.txt'");
    expect(huge).toEqual({ n: expect.any(Number), status: 'ok' });
    expect(Number(huge!.n)).toBeGreaterThanOrEqual(30_000_000);
    const money = rows(db, "SELECT count(*) AS n, min(value_number) AS v FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.path = 'huge.txt' AND kind = 'money'");
    expect(money).toEqual([{ n: Math.ceil(30_000_000 / paragraph.length), v: 2_100_000_000 }]);

    const limited = join(tempDir(), 'limited.sqlite');
    const refused = newsfacts(['run', drop, '--db', limited, '--quiet', '--max-file-mb', '20']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/failed: huge\.txt: file is 28\.6 MB, over the 20\.0 MB limit \(raise it with --max-file-mb\)/);
    expect(rows(limited, "SELECT path FROM articles WHERE status = 'ok'")).toEqual([{ path: 'small.txt' }]);
  }, 300_000);
});

describe('a file that disappears mid-run', () => {
  test('is recorded as failed with its reason; the rest is stored; the next run retries it', async () => {
    const drop = join(tempDir(), 'drop');
    writeSyntheticDrop(drop, 1500);
    const db = join(tempDir(), 'store.sqlite');
    const child = spawn(process.execPath, [join(REPO, 'bin', 'newsfacts.js'), 'run', drop, '--db', db, '--quiet'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const started = Date.now();
    let stored = 0;
    while (stored < 10 && Date.now() - started < 60_000) {
      await new Promise((r) => setTimeout(r, 25));
      try {
        stored = rows(db, 'SELECT count(*) AS n FROM articles')[0]!.n as number;
      } catch {
        // not created yet
      }
    }
    rmSync(join(drop, 'article-1499.txt'));
    expect(await exited).toBe(1);
    expect(stdout).toContain('failed: article-1499.txt: cannot read file: ENOENT');
    expect(rows(db, "SELECT count(*) AS n FROM articles WHERE status = 'ok'")).toEqual([{ n: 1499 }]);
    expect(rows(db, "SELECT status, error FROM files WHERE path = 'article-1499.txt'")).toEqual([{ status: 'failed', error: 'cannot read file: ENOENT' }]);

    writeFileSync(join(drop, 'article-1499.txt'), 'Back Again\nThe missing article came back on Friday.\n');
    const rerun = newsfacts(['run', drop, '--db', db, '--quiet']);
    expect(rerun.status).toBe(0);
    expect(rows(db, "SELECT status FROM files WHERE path = 'article-1499.txt'")).toEqual([{ status: 'done' }]);
  }, 180_000);
});
