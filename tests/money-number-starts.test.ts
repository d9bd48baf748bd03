// The money scanner's number starts (extractors/money/number-starts.ts) are found with
// character tests; they must be exactly where the regex alternation they replaced matches,
// from every position, on random mixes of number pieces, words and unicode.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextNumberStart, vagueAmountEnd } from '../extractors/money/number-starts.ts';

/** The regex the scanner used before: where a number may start, and the text of the opening. */
const NUMBER_START = new RegExp(
  [
    '[0-9\\uFF10-\\uFF19]',
    '[〇零一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟]',
    '[数數几幾上](?=[十拾百佰千仟万萬亿億])',
    '\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen' +
      '|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|quarter)\\b',
    '\\ban? (?=(?:hundred|thousand|million|billion|trillion|quarter|half)\\b)',
    '\\bmulti-?(?:million|billion|trillion)\\b',
  ].join('|'),
  'gi',
);

function regexStarts(text: string): string[] {
  const found: string[] = [];
  for (let from = 0; from <= text.length; from++) {
    NUMBER_START.lastIndex = from;
    const m = NUMBER_START.exec(text);
    found.push(m ? `${m.index}${/^multi/i.test(m[0]) ? `-${m.index + m[0].length}` : ''}` : '-1');
  }
  return found;
}

function scannerStarts(text: string): string[] {
  const found: string[] = [];
  for (let from = 0; from <= text.length; from++) {
    const start = nextNumberStart(text, from);
    const vagueEnd = start < 0 ? -1 : vagueAmountEnd(text, start);
    found.push(`${start}${vagueEnd >= 0 ? `-${vagueEnd}` : ''}`);
  }
  return found;
}

const PIECES = ['1', '２', '一', '十', '亿', '数', '上', '几', '百', 'a ', 'an ', 'A ', 'AN ', 'a  ', 'billion', 'Million', 'half',
  'quarter', 'quarters', 'hundred', 'multi', 'Multi-', 'multibillion', 'multi-trillion', 'one', 'TWENTY', 'fourteen', 'ninety',
  'zero', 'ten', 'tens', 'an', 'and', 'the', ' ', '-', '_', '.', ',', "'", 'x', 'é', '\u00a0', '\n', '美元'];
const textOfPieces = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 2 })), { maxLength: 25 })
  .map((pieces) => pieces.join(''));

describe('money number starts', () => {
  test('are where the replaced regex matched, from every position', () => {
    fc.assert(fc.property(textOfPieces, (text) => {
      expect(scannerStarts(text)).toEqual(regexStarts(text));
    }), { numRuns: 3000 });
  });

  test.each([
    ['$420.5 billion', '1'],
    ['a billion dollars', '0'],
    ['an hundred', '0'],
    ['a  billion', '-1'],
    ['abillion', '-1'],
    ['multibillion-dollar', '0-12'],
    ['multi-Million', '0-13'],
    ['multimillions', '-1'],
    ['A380', '1'],
    ['数十亿美元', '0'],
    ['数据', '-1'],
    ['上', '-1'],
  ])('%j', (text, expected) => {
    expect(scannerStarts(text)[0]).toBe(expected);
    expect(regexStarts(text)[0]).toBe(expected);
  });
});
