// Readers query while a run writes (WAL); a second run on the same store refuses with a
// clear message and touches nothing.

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';
import { writeSyntheticDrop } from './drop-generator.ts';

describe('concurrent use of one store', () => {
  test('a reader sees committed articles mid-run; a second run is refused; the first finishes', async () => {
    const drop = join(tempDir(), 'drop');
    writeSyntheticDrop(drop, 1500);
    const store = join(tempDir(), 'shared.sqlite');
    const writer = spawn(process.execPath, [join(REPO, 'bin', 'newsfacts.js'), 'run', drop, '--db', store, '--quiet'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));

    // Wait until the writer has committed some articles, reading as it goes.
    let seen = 0;
    const started = Date.now();
    while (seen < 10 && Date.now() - started < 60_000) {
      await new Promise((r) => setTimeout(r, 25));
      try {
        const reader = new Database(store, { readonly: true, fileMustExist: true });
        seen = reader.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        reader.close();
      } catch {
        // The file or its tables may not exist yet.
      }
    }
    expect(seen).toBeGreaterThanOrEqual(10);

    const second = newsfacts(['run', drop, '--db', store, '--quiet']);
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/store is being written by run 1 \(process \d+/);

    expect(await exited).toBe(0);
    const db = new Database(store, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1500);
    expect(db.prepare('SELECT id, status FROM runs').all()).toEqual([{ id: 1, status: 'finished' }]);
    db.close();
  }, 180_000);
});
