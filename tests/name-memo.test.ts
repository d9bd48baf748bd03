// The memos of name forms: a name's form is worked out once while remembered, the memo stays
// bounded, forgetNames empties every memo at once (a long reconciliation does between steps),
// and a name sliced from an article does not keep the article alive while it is remembered.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

test('a remembered name sliced from a long text does not keep that text alive', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const upper = memoByName((name) => name.toUpperCase());
  gc();
  const before = process.memoryUsage().heapUsed;
  // 400 texts of 100,000 characters (40 MB), a name of 20 characters from each: V8 keeps such a slice as a view of its text.
  for (let i = 0; i < 400; i++) {
    const text = `Said Guo Minghui ${i} of Xinghe Securities`.padEnd(100_000, ' and more words');
    expect(upper(text.slice(5, 30))).toBe(`GUO MINGHUI ${i} OF XINGHE SECURITIES`.slice(0, 25));
  }
  gc();
  // What the memo holds is 400 short names and their forms, far below one of the texts.
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(4_000_000);
  forgetNames();
});
