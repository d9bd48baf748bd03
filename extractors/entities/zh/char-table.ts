// Sets of characters as bit flags in one table by UTF-16 code unit, for the rules that test
// a character of every word of a text: `word[0]` makes a new one-character string for each
// CJK character (V8 caches only Latin-1 ones), and hashing it into a Set costs more than the
// test itself. A table answers from the code alone; all sets share one 256 KB table (a bit
// each), so testing a character against several sets reads one entry.

/** A set of characters: its bit in the shared table. */
export type CharTable = number;

const FLAGS = new Uint32Array(0x10000);
const MAX_SETS = 32;
let setsMade = 0;

/** A set holding every character of `sources` (strings or sets of one-character strings). */
export function charTable(...sources: Iterable<string>[]): CharTable {
  if (setsMade === MAX_SETS) throw new Error(`char-table: more than ${MAX_SETS} character sets`);
  const bit = 1 << setsMade++;
  for (const source of sources) for (const chars of source) for (let k = 0; k < chars.length; k++) FLAGS[chars.charCodeAt(k)]! |= bit;
  return bit;
}

/** Whether the UTF-16 unit of `word` at `index` is in `table` (false past either end). */
export function hasCharAt(table: CharTable, word: string, index: number): boolean {
  return ((FLAGS[word.charCodeAt(index)] ?? 0) & table) !== 0;
}

/** Whether every UTF-16 unit of `word` is in `table` (false for the empty word). */
export function allCharsIn(table: CharTable, word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) if ((FLAGS[word.charCodeAt(k)]! & table) === 0) return false;
  return true;
}
