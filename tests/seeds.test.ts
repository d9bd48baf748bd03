// Acceptance over the user's sample drop (../shared/seeds, copied in fixtures/seeds):
// five articles with the right languages and the normalised texts of fixtures/gold/normalised.

import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';

const SHARED_SEEDS = join(REPO, '..', 'shared', 'seeds');
const SEEDS = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : join(REPO, 'fixtures', 'seeds');
const gold = (file: string) => readFileSync(join(REPO, 'fixtures', 'gold', 'normalised', file), 'utf8');

describe('the seed drop', () => {
  const db = join(tempDir(), 'seeds.sqlite');
  const first = newsfacts(['run', SEEDS, '--db', db, '--quiet']);
  const second = newsfacts(['run', SEEDS, '--db', db, '--quiet']);
  const handle = new Database(db, { readonly: true });
  const articles = handle.prepare('SELECT path, lang, status, text_original, text_normalised FROM articles ORDER BY path').all() as {
    path: string; lang: string; status: string; text_original: string; text_normalised: string;
  }[];
  handle.close();

  test('fixtures/seeds is the same drop as ../shared/seeds', () => {
    for (const file of readdirSync(SEEDS)) {
      expect(readFileSync(join(REPO, 'fixtures', 'seeds', file), 'utf8')).toBe(readFileSync(join(SEEDS, file), 'utf8'));
    }
  });

  test('run twice, it holds five articles with the right languages', () => {
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('0 new articles, 5 unchanged files');
    expect(articles.map((a) => [a.path, a.lang, a.status])).toEqual([
      ['000_3c2bb6f092247f78.txt', 'en', 'ok'],
      ['001_6b92a1cf280a7864.txt', 'en', 'ok'],
      ['002_cb30ab373f00ce51.txt', 'en', 'ok'],
      ['003_fae7c283240c5289.txt', 'en', 'ok'],
      ['004_e492c4e8dd3a0010.txt', 'zh', 'ok'],
    ]);
  });

  test.each(readdirSync(join(REPO, 'fixtures', 'seeds')))('%s: original kept, normalised text as in the gold file', (file) => {
    const article = articles.find((a) => a.path === file)!;
    expect(article.text_original).toBe(readFileSync(join(SEEDS, file), 'utf8'));
    expect(article.text_normalised).toBe(gold(file));
  });

  test('000: the broken-hyphen artefact is repaired and real lists survive', () => {
    const text = articles[0]!.text_normalised;
    for (const repaired of ['large-scale', 'multibillion-dollar', 'natural-gas-powered', 'AI-driven', 'deep-water', 'government-backed', 'high-precision', 'present-day', 'Japan-U.S. alliance', 'long-term', 'high-level', 'supply-chain resilience', 'technology-based', 'cross-border']) {
      expect(text).toContain(repaired);
    }
    for (const list of ['loans, guarantees, and institutional investment', 'semiconductor processing, precision cutting, electronics', 'Energy, infrastructure related to AI, and advanced materials', 'technology, energy, and economic security']) {
      expect(text).toContain(list);
    }
    expect(text).not.toContain('U. S.');
    expect(text).not.toContain('Also Read');
  });

  test('boilerplate of 001, 002 and 003 is gone from the normalised text', () => {
    const [, a001, a002, a003] = articles;
    expect(a001!.text_normalised).not.toMatch(/^-$/m);
    expect(a001!.text_normalised).not.toContain('Leave a Reply');
    for (const gone of ['Related Articles', 'Renesas', 'AI-generated', 'Share your thoughts', 'Sign in to join']) expect(a002!.text_normalised).not.toContain(gone);
    for (const gone of ['unauthorized reproduction', 'Original: https', 'Statement:']) expect(a003!.text_normalised).not.toContain(gone);
  });
});
