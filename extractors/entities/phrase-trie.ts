// PhraseTrie: longest-match lookup of multi-unit phrases (English tokens or Chinese
// characters) — one walk per start position, so scanning stays linear in practice.

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  add(units: readonly string[], value: V): void {
    let node = this.root;
    for (const unit of units) {
      let child = node.next.get(unit);
      if (!child) { child = { next: new Map() }; node.next.set(unit, child); }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** The longest phrase starting at `from`; `unitAt(i)` gives the i-th unit or undefined past the end. */
  longestMatch(from: number, unitAt: (i: number) => string | undefined, maxLength = Infinity): { length: number; value: V } | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let best: { length: number; value: V } | undefined;
    for (let i = from; node && i - from < maxLength; i++) {
      const unit = unitAt(i);
      if (unit === undefined) break;
      node = node.next.get(unit);
      if (node?.value !== undefined) best = { length: i - from + 1, value: node.value };
    }
    return best;
  }
}
