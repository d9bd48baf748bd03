// simplifiedText skips OpenCC's t → cn converter for a text none of whose characters begins a
// dictionary key: that must give exactly what the converter gives, for every character the
// skip lets through and for texts of each kind (so an opencc-js upgrade cannot change it silently).

import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { simplifiedKeyStarts, simplifiedText } from '../extractors/opencc.ts';

const converter = OpenCC.Converter({ from: 't', to: 'cn' });

describe('simplifiedText', () => {
  test('reads the key starts of the t → cn dictionaries (traditional characters among them)', () => {
    const starts = simplifiedKeyStarts();
    expect(starts).not.toBeNull();
    expect(starts!.size).toBeGreaterThan(3000);
    for (const ch of '們說國際東資') expect([ch, starts!.has(ch.codePointAt(0)!)]).toEqual([ch, true]);
  });

  test('every code point that begins no key is left as it is by the converter, alone and all together', () => {
    const starts = simplifiedKeyStarts()!;
    const kept: string[] = [];
    for (let code = 0; code <= 0x2ffff; code++) {
      if ((code >= 0xd800 && code <= 0xdfff) || (code > 0xffff && code < 0x20000) || starts.has(code)) continue;
      const ch = String.fromCodePoint(code);
      if (converter(ch) !== ch) throw new Error(`U+${code.toString(16)} is converted though it begins no key`);
      kept.push(ch);
    }
    expect(kept.length).toBeGreaterThan(60_000);
    const all = kept.join('');
    expect(converter(all) === all).toBe(true);
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
