// The command line as a new user meets it: help and version, calendar dates, failures that
// outlive a re-run, and `extract`'s error lines and plain-text input.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, tempDir } from './cli-helpers.ts';

describe('help and version', () => {
  test.each(['run', 'extract', 'report'])('newsfacts %s --help prints its options and exits 0', (command) => {
    const result = newsfacts([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`usage: newsfacts ${command}`);
    expect(result.stderr).toBe('');
  });

  test('report --help lists the values --status and --kind take', () => {
    const { stdout } = newsfacts(['report', '--help']);
    expect(stdout).toContain('only facts of this status: agreed, resolved, updated, disputed, single');
    expect(stdout).toContain('only conflicts of this kind: scale_error, value_mismatch, name_variant');
  });

  test('newsfacts help run is the same as newsfacts run --help', () => {
    expect(newsfacts(['help', 'run']).stdout).toBe(newsfacts(['run', '--help']).stdout);
  });

  test('--version prints the package version', () => {
    const result = newsfacts(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^newsfacts \d+\.\d+\.\d+\n$/);
  });
});

describe('a re-run over files that are still failed', () => {
  const drop = join(tempDir(), 'drop');
  mkdirSync(drop);
  writeFileSync(join(drop, 'good.txt'), 'Acme Corp said on Monday it would invest $2 billion in a new plant in Ohio.\n');
  writeFileSync(join(drop, 'empty.txt'), '');
  writeFileSync(join(drop, 'lines.jsonl'), '{"id": "a", "text": "Acme Corp raised $5 million."}\n{not json\n');
  const db = join(tempDir(), 'store.sqlite');
  const first = newsfacts(['run', drop, '--db', db, '--quiet']);
  const second = newsfacts(['run', drop, '--db', db, '--quiet']);
  const forgiving = newsfacts(['run', drop, '--db', db, '--quiet', '--ignore-old-failures']);

  test('the first run fails them and says so on stdout', () => {
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('2 failed');
    expect(first.stdout).toContain('failed: empty.txt: empty file (no text)');
  });

  test('the second run counts them as still failed and exits 1', () => {
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('3 unchanged files, 0 duplicates, 0 failed, 2 still failed');
    expect(second.stdout).toContain('still failed: empty.txt: empty file (no text)');
    expect(second.stdout).toContain('still failed: lines.jsonl#2: line 2: invalid JSON');
  });

  test('--ignore-old-failures exits 0 but still lists them', () => {
    expect(forgiving.status).toBe(0);
    expect(forgiving.stdout).toContain('2 still failed');
  });
});

describe('extract', () => {
  test('an error line carries its input line number; a missing id takes the line number', () => {
    const input = ['{"id": "a", "text": "Acme paid $5 million."}', '', '{"text": "Beta paid $7 million."}', '{"id": "c"}', 'nope'].join('\n');
    const result = newsfacts(['extract', '--lang', 'en'], { input });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatchObject({ id: '3', money: [{ text: '$7 million', value: 7_000_000 }] });
    expect(lines[2]).toEqual({ id: 'c', line: 4, error: 'text: text is missing or not a string' });
    expect(lines[3]).toMatchObject({ line: 5 });
    expect(String(lines[3]!.error)).toMatch(/^invalid JSON/);
    expect(result.stderr).toContain('stdin:4: text: text is missing or not a string');
  });

  test('an impossible published date is an error for that line, not a silent guess', () => {
    const result = newsfacts(['extract'], { input: '{"id": "x", "text": "Acme paid $5 million.", "published": "2025-02-30"}' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ id: 'x', line: 1, error: 'published: published must be a real calendar day written YYYY-MM-DD' });
  });

  test('--text FILE reads one plain-text article; --input refuses a .txt file with a hint', () => {
    const dir = tempDir();
    const file = join(dir, 'story.txt');
    writeFileSync(file, 'Acme Corp will spend $3 billion on October 27, 2025.');
    const result = newsfacts(['extract', '--text', file, '--published', '2025-10-01']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { id: string; money: { value: number }[]; dates: { value: string }[] };
    expect(out.id).toBe('story.txt');
    expect(out.money.map((m) => m.value)).toEqual([3_000_000_000]);
    expect(out.dates.map((d) => d.value)).toEqual(['2025-10-27']);
    const refused = newsfacts(['extract', '--input', file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`--input reads JSONL; for a plain-text article use --text ${file}`);
  });
});
