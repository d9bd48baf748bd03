// A run killed with SIGKILL at any point, then run again, leaves the same store as one
// clean run.

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';
import { writeSyntheticDrop } from './drop-generator.ts';

const snapshot = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      articles: db.prepare('SELECT id, path, lang, status, error, text_normalised FROM articles ORDER BY id').all(),
      mentions: db
        .prepare(
          `SELECT article_id, kind, span_start, span_end, text, rule, value_number, value_text, currency, qualifier, entity_id
           FROM mentions ORDER BY article_id, kind, span_start, span_end`,
        )
        .all(),
      roles: db.prepare('SELECT article_id, span_start, span_end, role, person_text FROM roles ORDER BY article_id, span_start').all(),
      files: db.prepare('SELECT path, status, error, records FROM files ORDER BY path').all(),
      sources: db.prepare('SELECT record_path, article_id, duplicate FROM article_sources ORDER BY record_path').all(),
    };
  } finally {
    db.close();
  }
};

const countArticles = (file: string): number => {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
};

describe('crash safety', () => {
  test('killed mid-run with SIGKILL, then re-run: the same store as one clean run', async () => {
    const drop = join(tempDir(), 'drop');
    writeSyntheticDrop(drop, 240);
    const clean = join(tempDir(), 'clean.sqlite');
    expect(newsfacts(['run', drop, '--db', clean, '--quiet']).status).toBe(0);

    const crashed = join(tempDir(), 'crashed.sqlite');
    const child = spawn(process.execPath, [join(REPO, 'bin', 'newsfacts.js'), 'run', drop, '--db', crashed, '--quiet'], { stdio: 'ignore' });
    // Kill it once some, but not all, articles are committed.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const n = countArticles(crashed);
        if (n >= 20) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the run finished before it could be killed; make the drop larger'));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const partial = countArticles(crashed);
    expect(partial).toBeGreaterThanOrEqual(20);
    expect(partial).toBeLessThan(240);

    const rerun = newsfacts(['run', drop, '--db', crashed, '--quiet']);
    expect(rerun.status).toBe(0);
    expect(snapshot(crashed)).toEqual(snapshot(clean));
    const db = new Database(crashed, { readonly: true });
    expect(db.prepare('SELECT status FROM runs ORDER BY id').pluck().all()).toEqual(['interrupted', 'finished']);
    db.close();
  }, 180_000);
});
