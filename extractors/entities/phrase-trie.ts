// PhraseTrie: longest-match lookup of multi-unit phrases (English tokens or Chinese
// characters) — one walk per start position, so scanning stays linear in practice.
// The scanners call it at every position of every article, so a step is a few typed-array
// reads: nodes are numbers, and the edges (node, unit) → child live in one open-addressed
// hash table, not in a Map per node (as Maps, the 50,000 nodes of jieba's proper nouns
// took 13 MB, here 2.5 MB, and were slower to walk). A one-character unit is its UTF-16
// code, so a string is walked with charCodeAt and never cut into one-character strings;
// a longer unit (an English token) is numbered after the 65,536 codes.

export interface PhraseMatch<V> {
  length: number;
  value: V;
}

const ROOT = 0;
const NO_NODE = -1;
const FIRST_TOKEN_ID = 65536;
/** Edge slots at most half full, so a probe seldom walks far. */
const MAX_LOAD = 0.5;

export class PhraseTrie<V> {
  /** Each node's phrase value, if a phrase ends there. */
  private readonly values: (V | undefined)[] = [undefined];
  private readonly tokenIds = new Map<string, number>();
  /**
   * The root's child for each UTF-16 unit (ROOT for none, as the root is no node's child):
   * the first step of every walk, and the only one at most positions of a scan, is one read.
   */
  private readonly rootChildren = new Int32Array(65536);
  /** Open-addressed edge slots, three numbers each: parent (NO_NODE for a free slot), unit, child. */
  private edges = new Int32Array(3 * 1024).fill(NO_NODE);
  private edgeCount = 0;

  add(units: readonly string[], value: V): void {
    let node = ROOT;
    for (const unit of units) {
      const id = this.unitId(unit, true);
      let child = this.child(node, id);
      if (child === NO_NODE) {
        child = this.values.length;
        this.values.push(undefined);
        this.addEdge(node, id, child);
      }
      node = child;
    }
    if (this.values[node] === undefined) this.values[node] = value;
  }

  /** The longest phrase of `units` (an array of tokens, or a string read character by character) starting at `from`. */
  longestMatch(units: string | readonly string[], from: number, maxLength = Infinity): PhraseMatch<V> | undefined {
    if (from >= units.length) return undefined;
    const scanString = typeof units === 'string';
    let node = this.child(ROOT, scanString ? units.charCodeAt(from) : this.unitId(units[from]!, false));
    if (node === NO_NODE) return undefined;
    let bestLength = 0;
    let bestValue: V | undefined;
    const limit = Math.min(units.length, from + maxLength);
    for (let i = from + 1; ; i++) {
      const value = this.values[node];
      if (value !== undefined) { bestLength = i - from; bestValue = value; }
      if (i >= limit) break;
      node = this.child(node, scanString ? units.charCodeAt(i) : this.unitId(units[i]!, false));
      if (node === NO_NODE) break;
    }
    return bestLength > 0 ? { length: bestLength, value: bestValue! } : undefined;
  }

  /** A unit's number: its UTF-16 code, or a token's id (NO_NODE for a token no phrase has, unless `create`). */
  private unitId(unit: string, create: boolean): number {
    if (unit.length === 1) return unit.charCodeAt(0);
    let id = this.tokenIds.get(unit);
    if (id === undefined && create) { id = FIRST_TOKEN_ID + this.tokenIds.size; this.tokenIds.set(unit, id); }
    return id ?? NO_NODE;
  }

  /** The first slot to probe for an edge, among `slots` (a power of two). */
  private slotOf(parent: number, unit: number, slots: number): number {
    return (Math.imul(Math.imul(parent, 0x01000193) ^ unit, 0x9e3779b1) >>> 7) & (slots - 1);
  }

  private child(parent: number, unit: number): number {
    if (parent === ROOT && unit >= 0 && unit < 65536) return this.rootChildren[unit] || NO_NODE;
    const edges = this.edges;
    const slots = edges.length / 3;
    for (let slot = this.slotOf(parent, unit, slots); ; slot = (slot + 1) & (slots - 1)) {
      const at = 3 * slot;
      if (edges[at] === parent && edges[at + 1] === unit) return edges[at + 2]!;
      if (edges[at] === NO_NODE) return NO_NODE;
    }
  }

  private addEdge(parent: number, unit: number, child: number): void {
    if (parent === ROOT && unit >= 0 && unit < 65536) { this.rootChildren[unit] = child; return; }
    if (this.edgeCount + 1 > (this.edges.length / 3) * MAX_LOAD) this.growEdges();
    const slots = this.edges.length / 3;
    let slot = this.slotOf(parent, unit, slots);
    while (this.edges[3 * slot] !== NO_NODE) slot = (slot + 1) & (slots - 1);
    this.edges[3 * slot] = parent;
    this.edges[3 * slot + 1] = unit;
    this.edges[3 * slot + 2] = child;
    this.edgeCount++;
  }

  private growEdges(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2).fill(NO_NODE);
    this.edgeCount = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] !== NO_NODE) this.addEdge(old[at]!, old[at + 1]!, old[at + 2]!);
    }
  }
}
