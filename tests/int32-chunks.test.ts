// Int32Chunks keeps every integer pushed, in order, across the fixed-size chunks it fills.

import { describe, expect, test } from 'vitest';
import { Int32Chunks } from '../pipeline/reconcile/int32-chunks.ts';

describe('Int32Chunks', () => {
  test('gives back each integer at its place, past the end of the first chunks', () => {
    const list = new Int32Chunks();
    const n = (1 << 16) * 2 + 5;
    for (let i = 0; i < n; i++) list.push(i % 7 === 0 ? -i - 1 : i * 3);
    expect(list.length).toBe(n);
    for (const i of [0, 1, 65_535, 65_536, 65_537, 131_071, 131_072, n - 1]) expect(list.at(i)).toBe(i % 7 === 0 ? -i - 1 : i * 3);
  });

  test('an empty list has no length', () => {
    expect(new Int32Chunks().length).toBe(0);
  });
});
