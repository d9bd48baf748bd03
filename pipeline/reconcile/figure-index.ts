// An index of stated figures by unit and interval, for "which of these figures could state
// the same amount as this claim" (agreeAcrossUnits) without comparing every pair: a fact
// group of ten thousand claims asks that for each claim against each cluster. Intervals of
// one unit are kept sorted by the logarithm of their lower end; a query converts the claim
// into each unit held once and looks only at the figures whose interval could reach it.
// Open-ended and very wide intervals ("up to", "over", broad ranges) sit in a short list
// of their own that every query reads whole. Answers are exactly agreeAcrossUnits's.

import { intervalIn } from './convert-claims.ts';
import type { Claim } from './types.ts';
import { intervalOf } from './values.ts';

/** Intervals wider than this factor go to the list every query reads. */
const NARROW = Math.log(8);

interface Entry<T> {
  logLo: number;
  lo: number;
  hi: number;
  owner: T;
}

class UnitIntervals<T> {
  narrow: Entry<T>[] = [];
  wide: Entry<T>[] = [];
  widest = 0;

  add(lo: number, hi: number, owner: T): void {
    if (!(lo > 0) || !Number.isFinite(hi) || Math.log(hi / lo) > NARROW) {
      this.wide.push({ logLo: Number.NEGATIVE_INFINITY, lo, hi, owner });
      return;
    }
    const entry = { logLo: Math.log(lo), lo, hi, owner };
    this.widest = Math.max(this.widest, Math.log(hi / lo));
    this.narrow.splice(this.firstFrom(entry.logLo), 0, entry);
  }

  /** Index of the first narrow entry whose log lower end is at least `x`. */
  firstFrom(x: number): number {
    let [lo, hi] = [0, this.narrow.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.narrow[mid]!.logLo < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every entry whose interval meets [lo, hi]. */
  *meeting(lo: number, hi: number): Generator<Entry<T>> {
    for (const e of this.wide) if (e.lo <= hi && lo <= e.hi) yield e;
    if (this.narrow.length === 0 || !(hi > 0)) return;
    // A narrow entry meeting [lo, hi] starts at or below hi and above lo / e^widest.
    const from = lo > 0 ? this.firstFrom(Math.log(lo) - this.widest - 1e-9) : 0;
    const top = Math.log(hi);
    for (let i = from; i < this.narrow.length && this.narrow[i]!.logLo <= top; i++) {
      const e = this.narrow[i]!;
      if (e.lo <= hi && lo <= e.hi) yield e;
    }
  }
}

export class FigureIndex<T> {
  private units = new Map<string, UnitIntervals<T>>();

  add(figure: Claim, owner: T): void {
    let unit = this.units.get(figure.unit);
    if (!unit) this.units.set(figure.unit, (unit = new UnitIntervals<T>()));
    const [lo, hi] = intervalOf(figure);
    unit.add(lo, hi, owner);
  }

  /** The owners of every figure that agrees with `claim` across units (its interval converted into theirs). */
  *agreeing(claim: Claim): Generator<T> {
    for (const [unit, intervals] of this.units) {
      const q = intervalIn(claim, unit);
      if (!q) continue;
      for (const e of intervals.meeting(q[0], q[1])) yield e.owner;
    }
  }

  /** Whether any figure agrees with `claim`. */
  agrees(claim: Claim): boolean {
    return !this.agreeing(claim).next().done;
  }
}
