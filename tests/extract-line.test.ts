// `newsfacts extract` reads a plainly valid line without zod (plainLineFields) and asks the
// zod schema only about the others: both must accept exactly the same lines, with the same
// fields, so the shortcut changes no output; a bad line still gets the schema's message.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractLine, inputLineSchema, plainLineFields } from '../pipeline/commands/extract.ts';

const schema = inputLineSchema();

/** Values of every JSON kind, with the ones each field takes more often. */
const anyValue = fc.oneof(
  fc.string(), fc.constantFrom('en', 'zh', 'fr', 'EN', '', '2025-10-27', '2025-02-30', '2025-1-5', '27/10/2025'),
  fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
);
const line = fc.record(
  { id: anyValue, text: anyValue, lang: anyValue, published: anyValue, source: anyValue },
  { requiredKeys: [] },
);

describe('plainLineFields and the zod schema agree', () => {
  test('on generated lines: accepted by both or by neither, with the same text, lang and published', () => {
    fc.assert(
      fc.property(line, (json) => {
        const fields = plainLineFields(json);
        const parsed = schema.safeParse(json);
        expect(fields !== undefined).toBe(parsed.success);
        if (fields && parsed.success) {
          const { text, lang, published } = parsed.data;
          expect(fields).toEqual({ text, ...(lang === undefined ? {} : { lang }), ...(published === undefined ? {} : { published }) });
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('on written cases', () => {
    const cases: [object, boolean][] = [
      [{ id: 'a', text: 'Toshiba will invest.' }, true],
      [{ id: 7, text: 'x', lang: 'zh', published: '2025-10-27' }, true],
      [{ text: 'x', note: 'unknown keys are ignored' }, true],
      [{ id: 'a' }, false],
      [{ text: 'x', lang: 'fr' }, false],
      [{ text: 'x', published: '2025-02-30' }, false],
      [{ text: 'x', id: null }, false],
      [{ text: 'x', lang: null }, false],
    ];
    for (const [json, ok] of cases) {
      expect([json, plainLineFields(json as Record<string, unknown>) !== undefined]).toEqual([json, ok]);
      expect([json, schema.safeParse(json).success]).toEqual([json, ok]);
    }
  });
});

describe('extractLine', () => {
  test('a bad line gets the schema message, field by field', () => {
    expect(extractLine('{"id":"a","lang":"fr"}', 'auto', 3).output).toEqual({
      id: 'a', line: 3,
      error: expect.stringMatching(/^text: text is missing or not a string; lang: .+$/),
    });
    expect(extractLine('{"id":"b","text":"x","published":"2025-02-30"}', 'auto', 4).output).toEqual({
      id: 'b', line: 4, error: 'published: published must be a real calendar day written YYYY-MM-DD',
    });
  });

  test('a plainly valid line is extracted with its own lang and date', () => {
    const { output, ok } = extractLine('{"id":5,"text":"The plant opened on Monday.","lang":"en","published":"2025-10-29"}', 'zh');
    expect(ok).toBe(true);
    expect(output).toMatchObject({ id: '5', lang: 'en', dates: [{ text: 'Monday', value: '2025-10-27' }] });
  });
});
