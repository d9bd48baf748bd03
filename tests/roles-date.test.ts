// When a role is placed in time: the date mention with a stated year nearest to it in its
// paragraph, else the published date. Reconciliation uses it so that two holders of one
// office years apart are not taken for one person misnamed.

import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DateMention } from '../extractors/types.ts';
import { roleDate } from '../pipeline/extract.ts';
import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';
import { tempDir } from './cli-helpers.ts';

const date = (text: string, span: string, value: string): DateMention => {
  const start = text.indexOf(span);
  return { start, end: start + span.length, text: span, value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', rule: 'test' };
};

describe('roleDate', () => {
  const text = 'In 2019, Commerce Secretary Wilbur Ross said so. On October 27 he left.\nIn March 2025 a new one came.';
  const role = { start: text.indexOf('Commerce'), end: text.indexOf(' said') };
  const dates = [date(text, '2019', '2019'), date(text, 'October 27', 'XXXX-10-27'), date(text, 'March 2025', '2025-03')];

  test('the nearest date with a stated year in the paragraph', () => {
    expect(roleDate(text, role, dates)).toBe('2019');
    expect(roleDate(text, role, dates, '2025-11-01')).toBe('2019');
  });

  test('a year-less date or one in another paragraph does not count; the published date is the fallback', () => {
    const onlyOthers = dates.slice(1);
    expect(roleDate(text, role, onlyOthers, '2025-11-01')).toBe('2025-11-01');
    expect(roleDate(text, role, onlyOthers)).toBeUndefined();
  });
});

describe('roles in the store carry their date, and office holders years apart are not name variants', () => {
  test('Ross in 2019 is not flagged; Rutherford beside Lutnick in October 2025 is', async () => {
    const drop = join(tempDir(), 'drop');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, 'a-2019.txt'), 'U.S. Commerce Secretary Wilbur Ross said on March 3, 2019 that the tariffs would stay in place.\n');
    writeFileSync(join(drop, 'b-lutnick.txt'), 'U.S. Commerce Secretary Howard Lutnick said on October 27, 2025 that Japan would invest $550 billion.\n');
    writeFileSync(join(drop, 'c-lutnick.txt'), 'U.S. Commerce Secretary Howard Lutnick told reporters on October 29, 2025 that the $550 billion was firm.\n');
    writeFileSync(join(drop, 'd-rutherford.txt'), 'U.S. Commerce Secretary Rutherford said on October 28, 2025 that Japan would invest $550 billion.\n');
    const file = join(tempDir(), 'store.sqlite');
    const db = openStore(file);
    try {
      await runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });
    } finally {
      db.close();
    }
    const read = new Database(file, { readonly: true });
    try {
      const roles = read.prepare('SELECT a.path, r.person_text, r.role, r.date_value FROM roles r JOIN articles a ON a.id = r.article_id ORDER BY a.path').all();
      expect(roles).toEqual([
        { path: 'a-2019.txt', person_text: 'Wilbur Ross', role: 'commerce_secretary', date_value: '2019-03-03' },
        { path: 'b-lutnick.txt', person_text: 'Howard Lutnick', role: 'commerce_secretary', date_value: '2025-10-27' },
        { path: 'c-lutnick.txt', person_text: 'Howard Lutnick', role: 'commerce_secretary', date_value: '2025-10-29' },
        { path: 'd-rutherford.txt', person_text: 'Rutherford', role: 'commerce_secretary', date_value: '2025-10-28' },
      ]);
      const variants = read.prepare("SELECT variants FROM conflicts WHERE kind = 'name_variant'").pluck().all() as string[];
      expect(variants).toHaveLength(1);
      expect(variants[0]).toContain('Rutherford');
      expect(variants[0]).not.toContain('Ross');
    } finally {
      read.close();
    }
  }, 60_000);
});
