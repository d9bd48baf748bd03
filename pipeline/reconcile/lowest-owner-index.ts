// Which cluster a claim joins when fact groups are split into agreeing clusters: the lowest
// cluster number holding a figure that agrees with the claim's (fact-groups.ts). A fact group
// of a large store holds tens of thousands of distinct figures close to one another, and a
// claim may agree with hundreds of them; listing them all to take the lowest owner was most
// of the grouping's time. Here figures sit in blocks sorted by where their interval starts
// (by unit and width class, as in figure-index.ts), each block knowing its lowest owner and
// the span of its intervals: a block whose every figure meets the claim answers with its
// lowest owner at once, one none can meet or with no lower owner is passed over, and only
// the others are read figure by figure. The figures compared, and the comparison, are
// FigureIndex.agreeing's, so the answer is the lowest of the owners it would list.

import { intervalIn } from './convert-claims.ts';
import { WIDTH_CLASSES } from './figure-index.ts';
import type { Claim } from './types.ts';
import { intervalOf } from './values.ts';

interface Figure {
  key: number;
  lo: number;
  hi: number;
  owner: number;
}

/** Figures per block: a block is split in two past twice this. */
const BLOCK = 32;

interface Block {
  figures: Figure[];
  minOwner: number;
  minLo: number;
  maxLo: number;
  minHi: number;
  maxHi: number;
}

function blockOf(figures: Figure[]): Block {
  const block: Block = { figures, minOwner: Infinity, minLo: Infinity, maxLo: -Infinity, minHi: Infinity, maxHi: -Infinity };
  for (const f of figures) widen(block, f);
  return block;
}

function widen(b: Block, f: Figure): void {
  b.minOwner = Math.min(b.minOwner, f.owner);
  b.minLo = Math.min(b.minLo, f.lo);
  b.maxLo = Math.max(b.maxLo, f.lo);
  b.minHi = Math.min(b.minHi, f.hi);
  b.maxHi = Math.max(b.maxHi, f.hi);
}

/** Figures sorted by key, in blocks. */
class OwnerBlocks {
  private blocks: Block[] = [];

  add(figure: Figure): void {
    if (this.blocks.length === 0) { this.blocks.push(blockOf([figure])); return; }
    // The last block starting at or below the key (else the first).
    let [lo, hi] = [0, this.blocks.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid]!.figures[0]!.key <= figure.key) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo]!;
    const figures = block.figures;
    let at = figures.length;
    while (at > 0 && figures[at - 1]!.key > figure.key) at--;
    figures.splice(at, 0, figure);
    widen(block, figure);
    if (figures.length > 2 * BLOCK) this.blocks.splice(lo, 1, blockOf(figures.slice(0, BLOCK)), blockOf(figures.slice(BLOCK)));
  }

  /**
   * The lowest owner below `best` (Infinity for none) among figures keyed within [from, to]
   * whose interval meets [lo, hi].
   */
  lowest(lo: number, hi: number, from: number, to: number, best: number): number {
    const blocks = this.blocks;
    // The first block whose last key reaches `from`.
    let [a, b] = [0, blocks.length];
    while (a < b) {
      const mid = (a + b) >> 1;
      const figures = blocks[mid]!.figures;
      if (figures[figures.length - 1]!.key < from) a = mid + 1;
      else b = mid;
    }
    for (let i = a; i < blocks.length && best > 0; i++) {
      const block = blocks[i]!;
      const figures = block.figures;
      if (figures[0]!.key > to) break;
      if (block.minOwner >= best || block.minLo > hi || block.maxHi < lo) continue;
      const inside = figures[0]!.key >= from && figures[figures.length - 1]!.key <= to;
      if (inside && block.maxLo <= hi && lo <= block.minHi) { best = block.minOwner; continue; }
      for (const f of figures) {
        if (f.owner < best && f.key >= from && f.key <= to && f.lo <= hi && lo <= f.hi) best = f.owner;
      }
    }
    return best;
  }
}

/** One unit's figures: narrow ones by width class keyed by the log of their lower end, wide ones as figure-index.ts keeps them. */
class UnitOwners {
  private classes = WIDTH_CLASSES.map(() => new OwnerBlocks());
  private upTo = new OwnerBlocks(); // [0, hi], keyed by hi
  private over = new OwnerBlocks(); // [lo, ∞), keyed by lo
  private other = new OwnerBlocks(); // any other wide interval, keyed by lo, all read

  add(lo: number, hi: number, owner: number): void {
    const width = lo > 0 && Number.isFinite(hi) ? Math.log(hi / lo) : Number.POSITIVE_INFINITY;
    const k = WIDTH_CLASSES.findIndex((w) => width <= w);
    if (k >= 0) this.classes[k]!.add({ key: Math.log(lo), lo, hi, owner });
    else if (hi === Number.POSITIVE_INFINITY && !Number.isNaN(lo)) this.over.add({ key: lo, lo, hi, owner });
    else if (lo === 0 && hi >= 0) this.upTo.add({ key: hi, lo, hi, owner });
    else this.other.add({ key: Number.isNaN(lo) ? 0 : lo, lo, hi, owner });
  }

  lowest(lo: number, hi: number, best: number): number {
    best = this.other.lowest(lo, hi, -Infinity, Infinity, best);
    // An "up to" figure ending below lo cannot meet [lo, hi]; an "over" figure starting above hi neither.
    best = this.upTo.lowest(lo, hi, Number.isNaN(lo) ? -Infinity : lo, Infinity, best);
    best = this.over.lowest(lo, hi, -Infinity, Number.isNaN(hi) ? Infinity : hi, best);
    if (!(hi > 0)) return best;
    // A narrow figure meeting [lo, hi] starts at or below hi and above lo divided by its class's width.
    const top = Math.log(hi);
    WIDTH_CLASSES.forEach((w, k) => {
      best = this.classes[k]!.lowest(lo, hi, lo > 0 ? Math.log(lo) - w - 1e-9 : -Infinity, top, best);
    });
    return best;
  }
}

export class LowestOwnerIndex {
  private units = new Map<string, UnitOwners>();

  /** The lowest owner of a figure agreeing with `claim` across units (its interval converted into theirs), -1 for none. */
  lowest(claim: Claim): number {
    let best = Infinity;
    for (const [unit, owners] of this.units) {
      const q = intervalIn(claim, unit);
      if (q) best = owners.lowest(q[0], q[1], best);
      if (best === 0) break;
    }
    return best === Infinity ? -1 : best;
  }

  add(figure: Claim, owner: number): void {
    let unit = this.units.get(figure.unit);
    if (!unit) this.units.set(figure.unit, (unit = new UnitOwners()));
    const [lo, hi] = intervalOf(figure);
    unit.add(lo, hi, owner);
  }
}
