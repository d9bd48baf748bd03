// An index of stated figures by unit and interval, for "which of these figures could state
// the same amount as this claim" (agreeAcrossUnits) without comparing every pair: a fact
// group of ten thousand claims asks that for each claim against each cluster. Intervals of
// one unit are kept sorted by the logarithm of their lower end; a query converts the claim
// into each unit held once and looks only at the figures whose interval could reach it.
// Open-ended intervals sit apart, "up to" ones sorted by their upper end and "over" ones by
// their lower end (a fact group can state thousands of them); other very wide ranges sit in
// a short list every query reads whole. Answers are exactly agreeAcrossUnits's.

import { intervalIn } from './convert-claims.ts';
import type { Claim } from './types.ts';
import { intervalOf } from './values.ts';

/**
 * Intervals are kept in classes by width (log of hi / lo): a query reads, in each class,
 * only the figures starting within that class's width below it, so the many narrow figures
 * are never read on account of a few broad ranges. Wider than the last class: read by all.
 */
export const WIDTH_CLASSES = [Math.log(1.05), Math.log(1.25), Math.log(2), Math.log(8)];

interface Entry<T> {
  logLo: number;
  lo: number;
  hi: number;
  owner: T;
}

/** Narrow intervals of one width class, sorted by the logarithm of their lower end. */
class SortedIntervals<T> {
  entries: Entry<T>[] = [];
  constructor(readonly width: number) {}

  add(entry: Entry<T>): void {
    this.entries.splice(this.firstFrom(entry.logLo), 0, entry);
  }

  /** Index of the first entry whose log lower end is at least `x`. */
  firstFrom(x: number): number {
    let [lo, hi] = [0, this.entries.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]!.logLo < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every entry meeting [lo, hi] (hi > 0): it starts at or below hi and above lo divided by the class width. */
  *meeting(lo: number, hi: number): Generator<Entry<T>> {
    const from = lo > 0 ? this.firstFrom(Math.log(lo) - this.width - 1e-9) : 0;
    const top = Math.log(hi);
    for (let i = from; i < this.entries.length && this.entries[i]!.logLo <= top; i++) {
      const e = this.entries[i]!;
      if (e.lo <= hi && lo <= e.hi) yield e;
    }
  }
}

/** Index of the first entry whose `end` is at least `x` in entries sorted by it (entries before it end below x). */
function firstEndingFrom<T>(entries: Entry<T>[], end: (e: Entry<T>) => number, x: number): number {
  let [lo, hi] = [0, entries.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (end(entries[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const upper = <T>(e: Entry<T>) => e.hi;
const lower = <T>(e: Entry<T>) => e.lo;

/**
 * Intervals too wide for a width class. "Up to" figures ([0, hi]) are kept sorted by their
 * upper end and "over" figures ([lo, ∞)) by their lower end, so a query reads only those
 * that reach it; any other wide interval is read by every query.
 */
class WideIntervals<T> {
  upTo: Entry<T>[] = [];
  over: Entry<T>[] = [];
  other: Entry<T>[] = [];

  add(entry: Entry<T>): void {
    const { lo, hi } = entry;
    if (hi === Number.POSITIVE_INFINITY && !Number.isNaN(lo)) this.over.splice(firstEndingFrom(this.over, lower, lo), 0, entry);
    else if (lo === 0 && hi >= 0) this.upTo.splice(firstEndingFrom(this.upTo, upper, hi), 0, entry);
    else this.other.push(entry);
  }

  /** Every entry meeting [lo, hi]. */
  *meeting(lo: number, hi: number): Generator<Entry<T>> {
    for (const e of this.other) if (e.lo <= hi && lo <= e.hi) yield e;
    // An "up to" figure ending below lo cannot meet it; an "over" figure starting above hi neither.
    for (let i = firstEndingFrom(this.upTo, upper, lo); i < this.upTo.length; i++) {
      const e = this.upTo[i]!;
      if (e.lo <= hi && lo <= e.hi) yield e;
    }
    for (let i = 0; i < this.over.length && !(this.over[i]!.lo > hi); i++) {
      const e = this.over[i]!;
      if (e.lo <= hi && lo <= e.hi) yield e;
    }
  }
}

class UnitIntervals<T> {
  classes = WIDTH_CLASSES.map((w) => new SortedIntervals<T>(w));
  wide = new WideIntervals<T>();

  add(lo: number, hi: number, owner: T): void {
    const width = lo > 0 && Number.isFinite(hi) ? Math.log(hi / lo) : Number.POSITIVE_INFINITY;
    const sorted = this.classes.find((c) => width <= c.width);
    if (sorted) sorted.add({ logLo: Math.log(lo), lo, hi, owner });
    else this.wide.add({ logLo: Number.NEGATIVE_INFINITY, lo, hi, owner });
  }

  /** Every entry whose interval meets [lo, hi]. */
  *meeting(lo: number, hi: number): Generator<Entry<T>> {
    yield* this.wide.meeting(lo, hi);
    if (!(hi > 0)) return;
    for (const c of this.classes) yield* c.meeting(lo, hi);
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

  /** Whether a figure stated in the claim's own unit agrees with it (no conversion). */
  agreesInOwnUnit(claim: Claim): boolean {
    const [lo, hi] = intervalOf(claim);
    return !(this.units.get(claim.unit)?.meeting(lo, hi).next().done ?? true);
  }

  /** Whether any figure agrees with `claim`. */
  agrees(claim: Claim): boolean {
    return !this.agreeing(claim).next().done;
  }
}
