// The date engine skips a rule at a position whose character cannot open a match of it
// (extractors/dates/first-characters.ts). The reader must answer a superset: exact sets
// for the constructs it follows, "any" (null) for the rest; and every match of every rule
// on the fixtures must begin with a character of its set.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DATE_LANGUAGES } from '../extractors/dates/index.ts';
import { firstCharacters } from '../extractors/dates/first-characters.ts';

const sorted = (pattern: RegExp): string | null => {
  const found = firstCharacters(pattern);
  return found === null ? null : [...found].map((c) => String.fromCharCode(c)).sort().join('');
};
const chars = (s: string): string => [...s].sort().join('');

describe('first characters of a pattern', () => {
  test.each<[RegExp, string | null]>([
    [/abc/, 'a'],
    [/abc/i, 'Aa'],
    [/(?:a|b)?c/, 'abc'],
    [/a{0,2}b/, 'ab'],
    [/a{1,2}b/, 'a'],
    [/(?<!x)\by/, 'y'],
    [/(?=a)b/, 'b'],
    [/(?<name>x)y/, 'x'],
    [/a|/, 'a'],
    [/[a-c]x/, 'abc'],
    [/[\d-x]/, '-0123456789x'],
    [/[\x41-C]/i, 'ABCabc'],
    [/[]a/, ''], // [] matches nothing
    [/\u5e74|[号號]/, '号年號'],
    [/\.|\//, './'],
    [/[\b]/, '\b'],
    [/\w/, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'],
    [/[^a]/, null],
    [/./, null],
    [/\s/, null],
    [new RegExp('\\1a'), null], // an octal escape or a backreference
    [/(a)?\1b/, null],
    [new RegExp('[\\012]'), null],
    [/é/i, null], // non-ASCII under i: left to the regex
    [/a/u, null],
  ])('%s', (pattern, expected) => {
    expect(sorted(pattern)).toBe(expected === null ? null : chars(expected));
  });

  test.each(['en', 'zh'] as const)('every %s rule match on the fixtures begins with one of its first characters', (lang) => {
    const examples = JSON.parse(readFileSync(new URL(`../fixtures/dates/${lang}.examples.json`, import.meta.url), 'utf8')) as { text: string }[];
    const seeds = readdirSync(new URL('../fixtures/seeds/', import.meta.url)).map((f) => readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8'));
    const outside: string[] = [];
    for (const rule of DATE_LANGUAGES[lang].rules) {
      const first = firstCharacters(rule.pattern);
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      for (const text of [...examples.map((e) => e.text), ...seeds]) {
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          if (m[0].length === 0) pattern.lastIndex += 1;
          else if (first !== null && !first.has(text.charCodeAt(m.index))) outside.push(`${rule.id}: ${m[0]}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
