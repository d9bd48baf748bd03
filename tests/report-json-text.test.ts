// The JSON report written in pieces: the same text JSON.stringify(value, null, 2) gives, for
// nested lists and objects, left-out and null values, dates, empty containers and strings
// with line breaks, and never one piece much longer than asked for.
import { expect, test } from 'vitest';
import { writeJsonText } from '../pipeline/report/json-text.ts';

const text = (value: unknown, chunk?: number) => {
  const pieces: string[] = [];
  writeJsonText(value, (p) => pieces.push(p), chunk);
  return { whole: pieces.join(''), pieces };
};

test('pieces join into the text JSON.stringify gives, whatever the value', () => {
  const report = {
    generated: new Date(Date.UTC(2026, 11, 4)),
    empty: { list: [], object: {} },
    skipped: undefined,
    facts: [
      { id: 'fact_1', value: 2.5e9, status: 'disputed', claims: [{ text: 'line one\nline two', start: 3, note: undefined }], deeper: { a: { b: { c: [1, [2, [3]]] } } } },
      { id: 'fact_2', value: null, claims: [], names: ['东芝', 'Toshiba', '\u2028'] },
    ],
    holes: [undefined, () => 1, 0, false],
  };
  for (const value of [report, [], {}, 'plain', 42, null, [[[[]]]], { a: [{ b: [{ c: 'd' }] }] }]) {
    expect(text(value).whole).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(text(value, 8).whole).toBe(`${JSON.stringify(value, null, 2)}\n`);
  }
});

test('a long list is written in pieces of about the size asked for', () => {
  const facts = Array.from({ length: 5000 }, (_, i) => ({ id: `fact_${i}`, claims: [{ article: `a${i}`, start: i, end: i + 10 }] }));
  const { whole, pieces } = text({ facts }, 4096);
  expect(whole).toBe(`${JSON.stringify({ facts }, null, 2)}\n`);
  expect(pieces.length).toBeGreaterThan(100);
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096 + 400);
});
