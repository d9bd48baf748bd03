// PhraseTrie: longest-match lookup of multi-unit phrases (English tokens or Chinese
// characters) — one walk per start position, so scanning stays linear in practice.
// The scanners call it at every position, so it avoids closures and allocations: a
// one-character unit is keyed by its UTF-16 code, so a string is walked with charCodeAt
// and never cut into one-character strings.

type UnitKey = string | number;

interface TrieNode<V> {
  next: Map<UnitKey, TrieNode<V>>;
  value?: V;
}

export interface PhraseMatch<V> {
  length: number;
  value: V;
}

const keyOf = (unit: string): UnitKey => (unit.length === 1 ? unit.charCodeAt(0) : unit);

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  /** UTF-16 units that start some phrase: a string scan skips every other position at once. */
  private readonly firstUnits = new Uint8Array(65536);

  add(units: readonly string[], value: V): void {
    if (units[0]?.length === 1) this.firstUnits[units[0].charCodeAt(0)] = 1;
    let node = this.root;
    for (const unit of units) {
      const key = keyOf(unit);
      let child = node.next.get(key);
      if (!child) { child = { next: new Map() }; node.next.set(key, child); }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The longest phrase of `units` (an array of tokens, or a string read character by character) starting at `from`. */
  longestMatch(units: string | readonly string[], from: number, maxLength = Infinity): PhraseMatch<V> | undefined {
    const scanString = typeof units === 'string';
    if (scanString && (from >= units.length || this.firstUnits[units.charCodeAt(from)] === 0)) return undefined;
    if (!scanString && from >= units.length) return undefined;
    let node: TrieNode<V> | undefined = this.root.next.get(scanString ? units.charCodeAt(from) : keyOf(units[from]!));
    if (!node) return undefined;
    let bestLength = 0;
    let bestValue: V | undefined;
    const limit = Math.min(units.length, from + maxLength);
    for (let i = from + 1; ; i++) {
      if (node.value !== undefined) { bestLength = i - from; bestValue = node.value; }
      if (i >= limit) break;
      node = node.next.get(scanString ? units.charCodeAt(i) : keyOf(units[i]!));
      if (!node) break;
    }
    return bestLength > 0 ? { length: bestLength, value: bestValue! } : undefined;
  }
}
