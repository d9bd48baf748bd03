// Where a number may start: a digit, a Chinese numeral, a vague prefix before a unit (数十亿),
// an English number word, "a"/"an" before a scale, "multi…". One pass over the characters,
// looking at each English word once, at its start: it finds what the flat regex alternation
// it replaces found (tests/money-number-starts.test.ts keeps that regex and compares), but
// builds no match per number and does not try every alternative at every position, which
// made the regex a quarter of the money extractor's time.
import { CHINESE_DIGITS, CHINESE_SMALL_UNITS, CHINESE_VAGUE_PREFIXES } from './tables.zh.ts';
import { ENGLISH_VAGUE_PREFIX } from './tables.en.ts';

/** English words that open a number by themselves, whole words in any case. */
const OPENING_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'half', 'quarter',
];
/** "a" / "an" and a space open a number only before one of these: "a billion", "an eighth" does not. */
const SCALES_AFTER_ARTICLE = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'quarter', 'half'];
/** After "multi" (and a hyphen or not): "multibillion", "multi-million". */
const VAGUE_SCALES = ['million', 'billion', 'trillion'];
/** What a vague prefix must stand before to open an amount: 数十亿, 几百万, 上百亿. */
const UNITS_AFTER_VAGUE_PREFIX = '十拾百佰千仟万萬亿億';

/** Lower-case ASCII words as a trie of 26-way nodes, so a word in the text is looked up in place. */
interface LetterNode {
  next: (LetterNode | undefined)[];
  isWord: boolean;
}

function letterTrie(words: readonly string[]): LetterNode {
  const root: LetterNode = { next: [], isWord: false };
  for (const word of words) {
    let node = root;
    for (let i = 0; i < word.length; i++) node = node.next[word.charCodeAt(i) - 97] ??= { next: [], isWord: false };
    node.isWord = true;
  }
  return root;
}

const OPENING_WORD_TRIE = letterTrie(OPENING_WORDS);
const SCALE_AFTER_ARTICLE_TRIE = letterTrie(SCALES_AFTER_ARTICLE);
const VAGUE_SCALE_TRIE = letterTrie(VAGUE_SCALES);

const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** What the regex \b counts as a word character. */
const isWordCode = (c: number): boolean => isAsciiLetterCode(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * The end of the word at `start` when its whole run of word characters is one of the trie's
 * words, in any case; else -1. Most words leave the trie at their first letters.
 */
function wholeWordEnd(text: string, start: number, trie: LetterNode): number {
  let node: LetterNode | undefined = trie;
  let end = start;
  for (let c = text.charCodeAt(end); isAsciiLetterCode(c); c = text.charCodeAt(++end)) {
    node = node.next[(c | 0x20) - 97];
    if (!node) return -1;
  }
  return node.isWord && !isWordCode(text.charCodeAt(end)) ? end : -1;
}

/** "a billion", "An hundred": "a" or "an", one space, then a scale word. */
function isArticleBeforeScale(text: string, start: number): boolean {
  if ((text.charCodeAt(start) | 0x20) !== 97) return false; // a
  const space = (text.charCodeAt(start + 1) | 0x20) === 110 ? start + 2 : start + 1; // an
  return text.charCodeAt(space) === 32 && wholeWordEnd(text, space + 1, SCALE_AFTER_ARTICLE_TRIE) >= 0;
}

/** The end of "multibillion" / "multi-million" at `start` (any case: the prefix is letters), or -1. */
export function vagueAmountEnd(text: string, start: number): number {
  for (let k = 0; k < ENGLISH_VAGUE_PREFIX.length; k++) {
    if ((text.charCodeAt(start + k) | 0x20) !== ENGLISH_VAGUE_PREFIX.charCodeAt(k)) return -1;
  }
  let scale = start + ENGLISH_VAGUE_PREFIX.length;
  if (text[scale] === '-') scale++;
  return wholeWordEnd(text, scale, VAGUE_SCALE_TRIE);
}

/** Per code unit: does it open a number (digits, numerals), or may it with a unit after it (vague prefixes)? */
const OPENS = 1;
const OPENS_BEFORE_UNIT = 2;
/** An ASCII letter that begins one of the words above (either case); other letters only begin words to skip. */
const MAY_BEGIN_WORD = 3;
const OTHER_LETTER = 4;
const CHARACTER_KIND = new Uint8Array(0x10000);
for (let c = 65; c <= 122; c++) if (isAsciiLetterCode(c)) CHARACTER_KIND[c] = OTHER_LETTER;
for (const word of [...OPENING_WORDS, 'a', ENGLISH_VAGUE_PREFIX]) {
  CHARACTER_KIND[word.charCodeAt(0)] = MAY_BEGIN_WORD;
  CHARACTER_KIND[word.toUpperCase().charCodeAt(0)] = MAY_BEGIN_WORD;
}
for (const c of '0123456789０１２３４５６７８９') CHARACTER_KIND[c.charCodeAt(0)] = OPENS;
for (const c of [...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_SMALL_UNITS)]) CHARACTER_KIND[c.charCodeAt(0)] = OPENS;
for (const c of CHINESE_VAGUE_PREFIXES) CHARACTER_KIND[c.charCodeAt(0)] = OPENS_BEFORE_UNIT;

/** Where the next number may start at or after `from`, or -1. */
export function nextNumberStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const kind = CHARACTER_KIND[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === OPENS) return i;
    if (kind === OPENS_BEFORE_UNIT) {
      if (i + 1 < text.length && UNITS_AFTER_VAGUE_PREFIX.includes(text[i + 1]!)) return i;
      continue;
    }
    // A letter: at a word start the words are tried, and none starts inside the word's letters.
    if (kind === MAY_BEGIN_WORD && !(i > 0 && isWordCode(text.charCodeAt(i - 1)))
      && (wholeWordEnd(text, i, OPENING_WORD_TRIE) >= 0 || isArticleBeforeScale(text, i) || vagueAmountEnd(text, i) >= 0)) return i;
    while (i + 1 < text.length && isAsciiLetterCode(text.charCodeAt(i + 1))) i++;
  }
  return -1;
}
