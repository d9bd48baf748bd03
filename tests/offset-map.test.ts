import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdits, identityMap, parseMap, rewrite, serialiseMap, toOriginalSpan, type Edit } from '../pipeline/normalise/offset-map.ts';

describe('applyEdits', () => {
  test('deleting, replacing and keeping text maps every kept character back', () => {
    const original = 'the U. S. and  Japan';
    const { text, map } = applyEdits(original, [
      { start: 6, end: 7, text: '' },
      { start: 13, end: 15, text: ' ' },
    ]);
    expect(text).toBe('the U.S. and Japan');
    const japan = text.indexOf('Japan');
    const span = toOriginalSpan(map, japan, japan + 5);
    expect(original.slice(span.start, span.end)).toBe('Japan');
    const us = toOriginalSpan(map, 4, 8);
    expect(original.slice(us.start, us.end)).toBe('U. S.');
  });

  test('a span ending inside a replacement snaps outwards to the whole original stretch', () => {
    const original = 'large, scale plan';
    const { text, map } = applyEdits(original, [{ start: 5, end: 7, text: '-' }]);
    expect(text).toBe('large-scale plan');
    const span = toOriginalSpan(map, 0, 11);
    expect(original.slice(span.start, span.end)).toBe('large, scale');
  });

  test('rejects overlapping edits', () => {
    expect(() => applyEdits('abcdef', [{ start: 1, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(RangeError);
  });
});

describe('rewrite (composed maps)', () => {
  test('two rounds of edits still map back to the first text', () => {
    const original = 'A  B\u00a0\u00a0C, D';
    let current = { text: original, map: identityMap(original.length) };
    current = rewrite(current, [{ start: 1, end: 3, text: ' ' }]);
    current = rewrite(current, [{ start: 3, end: 5, text: ' ' }]);
    expect(current.text).toBe('A B C, D');
    const d = current.text.indexOf('D');
    const span = toOriginalSpan(current.map, d, d + 1);
    expect(original.slice(span.start, span.end)).toBe('D');
  });

  test('serialises and parses without loss', () => {
    const { map } = applyEdits('one, two, three', [{ start: 3, end: 5, text: '-' }]);
    expect(parseMap(serialiseMap(map))).toEqual(map);
  });

  // Property: after any series of deletions, every surviving character maps back to itself.
  test('surviving characters always map back to the same character', () => {
    const editsFor = (length: number) =>
      fc.uniqueArray(fc.nat({ max: Math.max(0, length - 1) }), { maxLength: Math.max(0, length) }).map((positions) =>
        positions.sort((a, b) => a - b).map((p): Edit => ({ start: p, end: p + 1, text: '' })),
      );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).chain((s) => fc.tuple(fc.constant(s), editsFor(s.length), editsFor(s.length))),
        ([original, first, second]) => {
          let current = rewrite({ text: original, map: identityMap(original.length) }, first);
          const valid = second.filter((e) => e.end <= current.text.length);
          current = rewrite(current, valid);
          for (let i = 0; i < current.text.length; i++) {
            const span = toOriginalSpan(current.map, i, i + 1);
            expect(original.slice(span.start, span.end)).toBe(current.text[i]);
          }
        },
      ),
    );
  });
});
