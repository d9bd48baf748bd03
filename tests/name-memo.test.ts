// The memos of name forms: a name's form is worked out once while remembered, the memo stays
// bounded, and forgetNames empties every memo at once (a long reconciliation does between steps).

import { expect, test } from 'vitest';
import { forgetNames, memoByName, rememberedMap } from '../extractors/entities/crossscript/memo.ts';

test('a name is worked out once until forgetNames, then again', () => {
  const asked: string[] = [];
  const upper = memoByName((name) => { asked.push(name); return name.toUpperCase(); });
  const other = rememberedMap<number>();
  other.set('Toshiba', 1);
  expect([upper('Toshiba'), upper('Toshiba'), upper('东芝')]).toEqual(['TOSHIBA', 'TOSHIBA', '东芝']);
  expect(asked).toEqual(['Toshiba', '东芝']);
  forgetNames();
  expect(other.size).toBe(0);
  expect(upper('Toshiba')).toBe('TOSHIBA');
  expect(asked).toEqual(['Toshiba', '东芝', 'Toshiba']);
});

test('a memo is emptied when full, so it never holds more than its bound', () => {
  let computed = 0;
  const length = memoByName((name) => { computed++; return name.length; });
  for (let i = 0; i <= 50_000; i++) length(`name ${i}`);
  expect(computed).toBe(50_001);
  length('name 0'); // forgotten when the memo filled
  expect(computed).toBe(50_002);
  length('name 50000'); // met after the memo was emptied: still remembered
  expect(computed).toBe(50_002);
});
