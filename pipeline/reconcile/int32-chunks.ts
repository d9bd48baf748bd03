// Int32Chunks: a long list of 32-bit integers built one at a time, in typed arrays of a fixed
// size rather than in one array grown by copying. A typed array's memory goes back only when a
// full collection finds it dead, so a list of tens of MB grown by half again each time left
// its shorter copies held beside it for a while (the stories' features of 105,000 articles:
// 13 and 20 MB beside 30).

/** Integers per chunk: 256 KB each. */
const SHIFT = 16;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;

export class Int32Chunks {
  private readonly chunks: Int32Array[] = [];
  private last = new Int32Array(0);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    const at = this.size & MASK;
    if (at === 0) this.chunks.push((this.last = new Int32Array(CHUNK)));
    this.last[at] = value;
    this.size++;
  }

  at(index: number): number {
    return this.chunks[index >>> SHIFT]![index & MASK]!;
  }
}
