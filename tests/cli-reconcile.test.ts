// `newsfacts reconcile` as a user meets it, and what run and report say about a canonical
// layer built by other rules: the exact command that rebuilds it.

import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';

const BUILT_RULES = () => (JSON.parse(readFileSync(join(REPO, 'dist', 'pipeline', 'reconcile', 'rules-version.json'), 'utf8')) as { rulesVersion: string }).rulesVersion;

function query<T>(db: string, sql: string, ...params: unknown[]): T[] {
  const handle = new Database(db);
  try {
    return handle.prepare(sql).all(...params) as T[];
  } finally {
    handle.close();
  }
}

function dropWith(files: Record<string, string>): string {
  const drop = join(tempDir(), 'drop');
  mkdirSync(drop, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(drop, name), text);
  return drop;
}

describe('newsfacts reconcile', () => {
  test('--help prints its options and exits 0; the main usage lists it', () => {
    const help = newsfacts(['reconcile', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: newsfacts reconcile');
    expect(help.stdout).toContain('--full');
    expect(newsfacts(['--help']).stdout).toContain('newsfacts reconcile [--full] [--db FILE] [--quiet]');
  });

  test('a store that does not exist: one line naming it, exit 2', () => {
    const db = join(tempDir(), 'none.sqlite');
    const result = newsfacts(['reconcile', '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`newsfacts reconcile: ${db}: no store here yet; make one with "newsfacts run <drop-dir> --db ${db}"\n`);
  });

  test('a folder or an unknown option is bad usage, exit 2', () => {
    expect(newsfacts(['reconcile', 'some-drop']).status).toBe(2);
    const result = newsfacts(['reconcile', '--fast']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--fast'");
  });

  describe('on a store', () => {
    const drop = dropWith({
      'a.txt': 'Toshiba said on March 3, 2025 it would invest $2.1 billion in a plant in Ohio.\n',
      'b.txt': 'Toshiba will spend $2.1 billion on the Ohio plant, chief executive Marta Lindqvist said.\n',
    });
    const db = join(tempDir(), 'store.sqlite');
    const first = newsfacts(['run', drop, '--db', db, '--quiet']);
    const nothing = newsfacts(['reconcile', '--db', db]);
    const full = newsfacts(['reconcile', '--full', '--db', db, '--quiet']);

    test('after a run nothing is pending: it says so, exit 0, no reconciliation written', () => {
      expect(first.status).toBe(0);
      expect(nothing.status).toBe(0);
      expect(nothing.stdout).toBe('nothing to reconcile: the canonical layer is up to date with the store\'s articles (--full rebuilds it anyway)\n');
    });

    test('--full rebuilds: the summary on stdout, recorded as a run with no drops, with these rules', () => {
      expect(full.status).toBe(0);
      expect(full.stderr).toBe('');
      expect(full.stdout).toMatch(/^reconcile run 2: 2 articles, the whole layer rebuilt, rules [0-9a-f]{16}, in [\d.]+ s\nreconciled: \d+ claims → \d+ facts/);
      expect(query(db, 'SELECT id, drops, status FROM runs ORDER BY id')).toEqual([
        expect.objectContaining({ id: 1, status: 'finished' }),
        { id: 2, drops: '[]', status: 'finished' },
      ]);
      expect(query(db, 'SELECT run_id, rules_version, full FROM reconciliations ORDER BY id')).toEqual([
        { run_id: 1, rules_version: BUILT_RULES(), full: 0 },
        { run_id: 2, rules_version: BUILT_RULES(), full: 1 },
      ]);
    });
  });

  describe('a layer built by other rules', () => {
    const drop = dropWith({ 'a.txt': 'Hitachi reported quarterly revenue of $4.5 billion, up from $4.1 billion a year earlier.\n' });
    const db = join(tempDir('newsfacts cli '), 'store.sqlite');
    newsfacts(['run', drop, '--db', db, '--quiet']);
    query(db, "UPDATE reconciliations SET rules_version = '0123456789abcdef' RETURNING id");
    const factsBefore = query(db, 'SELECT * FROM facts ORDER BY id');
    writeFileSync(join(drop, 'b.txt'), 'Hitachi will invest $1.2 billion in a plant in Texas, it said on May 5, 2025.\n');
    const run = newsfacts(['run', drop, '--db', db, '--quiet']);
    const factsAfterRun = query(db, 'SELECT * FROM facts ORDER BY id');
    const report = newsfacts(['report', '--db', db, '--format', 'json']);
    const reconcile = newsfacts(['reconcile', '--db', db]);
    const reportAfter = newsfacts(['report', '--db', db, '--format', 'json']);
    const quoted = `'${db}'`;

    test('run stores the article, leaves the layer as it was and prints the command that rebuilds it', () => {
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('1 new articles');
      expect(run.stdout).not.toContain('reconciled:');
      expect(run.stdout).toContain(
        `not reconciled (the articles are stored): the canonical layer is stale (built by rules 0123456789abcdef; this newsfacts has rules ${BUILT_RULES()}); ` +
          `rebuild it with: newsfacts reconcile --full --db ${quoted}\n`,
      );
      expect(factsAfterRun).toEqual(factsBefore);
    });

    test('report still writes the report, with a warning on stderr naming the command', () => {
      expect(report.status).toBe(0);
      expect(JSON.parse(report.stdout).articles).toHaveLength(2);
      expect(report.stderr).toContain(`newsfacts report: warning: the canonical layer is stale (built by rules 0123456789abcdef;`);
      expect(report.stderr).toContain(`rebuild it with: newsfacts reconcile --full --db ${quoted}`);
    });

    test('reconcile without --full rebuilds it whole and says why; then report has no warning', () => {
      expect(reconcile.status).toBe(0);
      expect(reconcile.stdout).toContain('2 articles, the whole layer rebuilt: it was built by other rules (0123456789abcdef)');
      expect(query(db, 'SELECT rules_version, full FROM reconciliations ORDER BY id DESC LIMIT 1')).toEqual([{ rules_version: BUILT_RULES(), full: 1 }]);
      expect(reportAfter.status).toBe(0);
      expect(reportAfter.stderr).toBe('');
    });
  });

  test('report warns about articles stored since the last reconciliation', () => {
    const drop = dropWith({ 'a.txt': 'Toshiba said it would invest $2.1 billion in Ohio.\n' });
    const db = join(tempDir(), 'store.sqlite');
    newsfacts(['run', drop, '--db', db, '--quiet']);
    // As a run killed between storing and reconciling leaves it: the reconciliation is gone.
    query(db, 'DELETE FROM reconciliations RETURNING id');
    const report = newsfacts(['report', '--db', db, '--format', 'json']);
    expect(report.status).toBe(0);
    expect(report.stderr).toBe(
      `newsfacts report: warning: articles stored since the last reconciliation are not in the facts yet; newsfacts reconcile --db ${db} adds them\n`,
    );
  });
});
