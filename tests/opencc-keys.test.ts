// simplifiedText skips OpenCC's t → cn converter for a text holding none of its dictionary
// keys: that must give exactly what the converter gives, for every character the skip lets
// through, for texts built from pieces of keys, and for texts of each kind (so an opencc-js
// upgrade cannot change it silently).

import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { holdsSimplifiedKey, simplifiedKeys, simplifiedText } from '../extractors/opencc.ts';

const converter = OpenCC.Converter({ from: 't', to: 'cn' });
const keys = simplifiedKeys()!;

describe('simplifiedText', () => {
  test('reads the keys of the t → cn dictionaries: traditional characters and phrases', () => {
    expect(keys).not.toBeNull();
    expect(keys.single.size).toBeGreaterThan(3000);
    expect(keys.phrases.size).toBeGreaterThan(100);
    for (const ch of '們說國際東資') expect([ch, keys.single.has(ch.codePointAt(0)!)]).toEqual([ch, true]);
    expect(holdsSimplifiedKey('丰田将于2026年3月3日在肯塔基州投资12亿美元。', keys)).toBe(false);
    expect(holdsSimplifiedKey('台積電', keys)).toBe(true);
  });

  test('every code point that is no key and starts none is left as it is, alone and all together', () => {
    const kept: string[] = [];
    for (let code = 0; code <= 0x2ffff; code++) {
      if ((code >= 0xd800 && code <= 0xdfff) || (code > 0xffff && code < 0x20000) || keys.single.has(code) || keys.phrases.has(code)) continue;
      const ch = String.fromCodePoint(code);
      if (converter(ch) !== ch) throw new Error(`U+${code.toString(16)} is converted though no key holds it`);
      kept.push(ch);
    }
    expect(kept.length).toBeGreaterThan(60_000);
    const all = kept.join('');
    expect(converter(all) === all).toBe(true);
  });

  test('texts made of phrase starts, phrases cut short, whole keys and other characters: the converter leaves any that holds no key as it is', () => {
    const phrases = [...keys.phrases.values()].flat();
    const piece = fc.oneof(
      fc.constantFrom(...phrases.map((p) => p.slice(0, -1))),
      fc.constantFrom(...phrases.map((p) => String.fromCodePoint(p.codePointAt(0)!))),
      fc.constantFrom(...phrases, ...[...keys.single].slice(0, 200).map((c) => String.fromCodePoint(c))),
      fc.constantFrom('丰', '田', '年', '的', '了', 'a', '1', '。', ' '),
    );
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (!holdsSimplifiedKey(text, keys)) {
          skipped++;
          expect(converter(text)).toBe(text);
        }
        expect(simplifiedText(text)).toBe(converter(text));
      }),
      { numRuns: 3000 },
    );
    expect(skipped).toBeGreaterThan(100);
  });

  test('gives what the converter gives on simplified, traditional and mixed text', () => {
    const texts = [
      '丰田将于2026年3月3日在肯塔基州投资12亿美元。',
      '台積電將在亞利桑那州投資120億美元，鴻海和東京電力也表示支持。',
      'Toyota will invest $1.2 billion in Kentucky; 丰田表示，這項投資將創造就業。',
      '𠮷野家与𩸽在东京',
      '',
    ];
    for (const text of texts) expect([text, simplifiedText(text)]).toEqual([text, converter(text)]);
  });
});
