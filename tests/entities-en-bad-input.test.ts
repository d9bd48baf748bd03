// English recognition on hostile text of growing size: names thousands of characters long,
// runs of capitals (one line, or many title-case words), organisation-name chains ("Bank of
// Bank of …"), and text with no spaces. Whatever the input, the output is well-formed:
// sorted, non-overlapping spans inside the text whose text is the slice they cover. (The
// engine is linear by construction; these tests hold the shape, not a timing.)

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../extractors/entities/index.ts';

function expectWellFormed(text: string): void {
  const mentions = extractEntities(text, { lang: 'en' });
  let end = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(['person', 'org', 'place', 'other']).toContain(m.type);
    expect(m.rule).toMatch(/^en\./);
    end = m.end;
  }
}

const capitalisedWord = fc.stringMatching(/^[A-Z][a-z]{0,8}$/);
const capsWord = fc.stringMatching(/^[A-Z]{1,9}$/);
const joiner = fc.constantFrom(' ', ' of ', ' and ', ' & ', '-', ' , ', ' ( ', ' ) ', " 's ", '. ', '\n', ' 1 ', ' v ');

/** Text of about `size` characters made of `piece` joined by `joiners`. */
const textOf = (size: number, piece: fc.Arbitrary<string>, joiners: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(piece, joiners), { minLength: 1, maxLength: Math.max(1, Math.ceil(size / 6)) }).map((parts) => parts.flat().join(''));

const SIZES = [10, 100, 1_000, 10_000] as const;

describe('English recognition on hostile text stays well-formed', () => {
  test.each(SIZES)('a name %i characters long, alone and inside a sentence', (size) => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Z][a-zA-Z]$/), (head) => {
      const name = head + 'a'.repeat(size);
      expectWellFormed(name);
      expectWellFormed(`Shares of ${name} Holdings rose, said ${name} in ${name}.`);
    }), { numRuns: 5 });
  });

  test.each(SIZES)('runs of capitals of about %i characters', (size) => {
    fc.assert(fc.property(textOf(size, capsWord, fc.constantFrom(' ', ' ', ' - ', ' 1 ', '\n')), expectWellFormed), { numRuns: 5 });
  });

  test.each(SIZES)('title-case words and joiners, about %i characters', (size) => {
    fc.assert(fc.property(textOf(size, capitalisedWord, joiner), expectWellFormed), { numRuns: 5 });
  });

  test.each(SIZES)('organisation-name chains of about %i characters', (size) => {
    fc.assert(fc.property(textOf(size, fc.constantFrom('Bank', 'Ministry', 'Council', 'Trade', 'the', 'Energy'), fc.constantFrom(' of ', ' and ', ' ', ' of the ')), expectWellFormed), { numRuns: 5 });
  });

  test.each(SIZES)('text without spaces, about %i characters', (size) => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('A', 'b', 'Z', '.', '-', "'", 's', '1', 'é', '中'), minLength: size, maxLength: size }), expectWellFormed), { numRuns: 5 });
  });

  test('any string at all', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), expectWellFormed), { numRuns: 300 });
  });
});
