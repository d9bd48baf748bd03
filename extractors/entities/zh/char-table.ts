// Sets of characters as lookup tables by UTF-16 code unit, for the rules that test a
// character of every word of a text: `word[0]` makes a new one-character string for each
// CJK character (V8 caches only Latin-1 ones), and hashing it into a Set costs more than
// the test itself. A table answers from the code alone.

export type CharTable = Uint8Array;

/** A table holding every character of `sources` (strings or sets of one-character strings). */
export function charTable(...sources: Iterable<string>[]): CharTable {
  const table = new Uint8Array(0x10000);
  for (const source of sources) for (const chars of source) for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

/** Whether the UTF-16 unit of `word` at `index` is in `table` (false past either end). */
export function hasCharAt(table: CharTable, word: string, index: number): boolean {
  return table[word.charCodeAt(index)] === 1;
}

/** Whether every UTF-16 unit of `word` is in `table` (false for the empty word). */
export function allCharsIn(table: CharTable, word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) if (table[word.charCodeAt(k)] !== 1) return false;
  return true;
}
