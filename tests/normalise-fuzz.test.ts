// Property tests over the normaliser: it never throws, its offset map is well formed,
// every Latin letter and digit maps back to the same character in the original, and long
// adversarial inputs finish (a quadratic rule would hang the suite).

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normaliseArticle } from '../pipeline/normalise/index.ts';
import { toOriginalSpan, type OffsetMap } from '../pipeline/normalise/offset-map.ts';

const PIECES = [
  'U. S. ', 'large, scale ', 'AI, driven ', 'natural, gas, powered ', 'Japan, U. S. alliance ', 'loans, guarantees, and ',
  '\n-\n', '\nAlso Read: more\n', '\nRelated Articles\n', '©', 'ﬁ', '５，５００亿', '億萬兩', '“quoted”', 'Japan’s ', '\r\n',
  '  \t ', '\u3000', 'é', 'e\u0301', '😀', '台灣電力', '**bold** ', '[link](http://x.y) ', '# ', '\n\n\n', '$550B ', '10月28日',
];
const articleText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));

function expectWellFormed(map: OffsetMap, original: string, normalised: string): void {
  expect(map.originalLength).toBe(original.length);
  expect(map.normalisedLength).toBe(normalised.length);
  let n = 0;
  let o = 0;
  for (const seg of map.segments) {
    expect(seg.n).toBe(n);
    expect(seg.o).toBeGreaterThanOrEqual(o);
    expect(seg.o + seg.ol).toBeLessThanOrEqual(original.length);
    n += seg.nl;
    o = seg.o;
  }
  expect(n).toBe(normalised.length);
}

describe('normaliseArticle under random input', () => {
  test.each(['en', 'zh'] as const)('%s: no throw, well-formed map, ASCII letters and digits map back to themselves', (lang) => {
    fc.assert(
      fc.property(articleText, fc.constantFrom<'text' | 'markdown'>('text', 'markdown'), (original, format) => {
        const result = normaliseArticle(original, lang, { format });
        expectWellFormed(result.map, original, result.text);
        for (let i = 0; i < result.text.length; i++) {
          const ch = result.text[i]!;
          if (!/[A-Za-z0-9]/.test(ch)) continue;
          const span = toOriginalSpan(result.map, i, i + 1);
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(original.slice(span.start, span.end).normalize('NFKC')).toContain(ch);
        }
        for (const removed of result.removed) {
          expect(removed.start).toBeLessThanOrEqual(removed.end);
          expect(removed.end).toBeLessThanOrEqual(original.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('long adversarial inputs finish', () => {
  test.each([
    ['comma pairs', 'large, scale, '.repeat(20_000)],
    ['spaced initials', 'U. '.repeat(60_000)],
    ['separator lines', '-\n'.repeat(60_000)],
    ['teaser lines', 'Also Read: x\n'.repeat(20_000)],
    ['blank lines and spaces', ' \n \t\n\r\n'.repeat(40_000)],
    ['markdown marks', '**a** [b](c) # '.repeat(15_000)],
    ['full-width digits and commas', '５，'.repeat(80_000)],
    ['traditional characters', '億萬兩電網'.repeat(30_000)],
  ])('%s', (_name, text) => {
    for (const lang of ['en', 'zh'] as const) {
      const result = normaliseArticle(text, lang, { format: 'markdown' });
      expect(result.map.originalLength).toBe(text.length);
    }
  });
});
