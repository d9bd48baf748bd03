// Numbered: each distinct item a run meets, numbered once in the order first met, so that a
// long list can hold small numbers in a typed array rather than a reference to a copy each.

export class Numbered<T> {
  private readonly items: T[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of the item `key` names: the one first met under that key, else `item`, numbered now. */
  number(key: string, item: T): number {
    let n = this.numbers.get(key);
    if (n === undefined) this.numbers.set(key, (n = this.items.push(item) - 1));
    return n;
  }

  at(n: number): T {
    return this.items[n]!;
  }
}
