// Splitting one fact's claims into readings: in order of exactness and size, each claim
// joins the first reading whose every figure is compatible with it and no power of ten
// away. Claims are placed per distinct stated figure, so a figure repeated 270,000 times
// is compared once with each reading. Which reading wins depends on article weights and
// is decided later (rankReadings); the split does not, so it is made once per fact.
//
// A fact of a large store can hold thousands of distinct figures in hundreds of readings,
// so a reading answers "does this figure fit?" without walking its figures: its figures'
// intervals all meet a new one exactly when the largest lower end and the smallest upper
// end do, and only figures whose decimal mantissa lies within a hundredth of the new
// one's can be a power of ten away (scaleStep allows 2%, under 0.0087 in log10).

import type { Claim } from './types.ts';
import { compatible, intervalOf, scaleStep } from './values.ts';

/** Claims of one fact that agree with each other, before weighing. */
export interface Split {
  /** In order of position (article, then start). */
  claims: Claim[];
  /** Distinct article ids, sorted. */
  articles: string[];
  /** The claim whose figure stands for the reading: the most repeated exact figure, else the tightest bound. */
  lead: Claim;
}

export interface Reading extends Split {
  score: number;
}

export const byPosition = (a: Claim, b: Claim) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start);
const exactFirst = (a: Claim, b: Claim) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact') || a.value - b.value || byPosition(a, b);

/** Claims stating one figure the same way ("up to $2.1 billion" each time) always share a reading. */
const statedKey = (c: Claim) => `${c.value}|${c.qualifier}|${c.min}|${c.max}`;

const MANTISSA_BUCKETS = 100;

/** Which hundredth of a decade the figure falls in; undefined for figures no power of ten relates (not finite and positive). */
function mantissaBucket(value: number): number | undefined {
  if (!(value > 0) || !Number.isFinite(value)) return undefined;
  const log = Math.log10(value);
  return Math.floor((log - Math.floor(log)) * MANTISSA_BUCKETS) % MANTISSA_BUCKETS;
}

/** A reading being built: its claims, its distinct figures and what a new figure is checked against. */
interface Shelf {
  claims: Claim[];
  /** Largest lower end and smallest upper end of its figures' intervals. */
  low: number;
  high: number;
  /** Figures by mantissa bucket (finite positive values only). */
  byMantissa: Map<number, Claim[]>;
}

function newShelf(): Shelf {
  return { claims: [], low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY, byMantissa: new Map() };
}

function addFigure(shelf: Shelf, figure: Claim, interval: [number, number], bucket: number | undefined): void {
  shelf.low = Math.max(shelf.low, interval[0]);
  shelf.high = Math.min(shelf.high, interval[1]);
  if (bucket === undefined) return;
  const near = shelf.byMantissa.get(bucket);
  if (near) near.push(figure);
  else shelf.byMantissa.set(bucket, [figure]);
}

/** Every figure of the shelf is compatible with the claim and none is a power of ten away from it. */
function fits(shelf: Shelf, claim: Claim, interval: [number, number], bucket: number | undefined): boolean {
  if (!(shelf.low <= interval[1] && interval[0] <= shelf.high)) return false;
  if (bucket === undefined) return true;
  for (const b of [bucket, (bucket + 1) % MANTISSA_BUCKETS, (bucket + MANTISSA_BUCKETS - 1) % MANTISSA_BUCKETS]) {
    for (const figure of shelf.byMantissa.get(b) ?? []) if (scaleStep(figure.value, claim.value) !== 0) return false;
  }
  return true;
}

export function splitReadings(claims: Claim[]): Split[] {
  // Most facts of a large store are one claim: its reading needs no figure index.
  if (claims.length === 1) return [{ claims: [claims[0]!], articles: [claims[0]!.articleId], lead: claims[0]! }];
  const shelves: Shelf[] = [];
  const homeOf = new Map<string, Shelf>();
  for (const claim of [...claims].sort(exactFirst)) {
    const key = statedKey(claim);
    let home = homeOf.get(key);
    if (!home) {
      const interval = intervalOf(claim);
      const bucket = mantissaBucket(claim.value);
      home = shelves.find((s) => fits(s, claim, interval, bucket));
      if (!home) shelves.push((home = newShelf()));
      addFigure(home, claim, interval, bucket);
      // A figure that does not meet itself (an empty interval) cannot share a reading with its repeats.
      if (compatible(claim, claim)) homeOf.set(key, home);
    }
    home.claims.push(claim);
  }
  return shelves.map(({ claims: group }) => {
    const lead = group[0]!; // already in exactFirst order
    return { claims: group.sort(byPosition), articles: [...new Set(group.map((c) => c.articleId))].sort(), lead };
  });
}

/** Readings weighed for one fact, best supported first. */
export function rankReadings(splits: Split[], weightOf: (articleId: string) => number): Reading[] {
  return splits.map((s) => ({ claims: s.claims, articles: s.articles, lead: s.lead, score: s.articles.reduce((sum, a) => sum + weightOf(a), 0) }))
    .sort((a, b) => b.score - a.score || b.articles.length - a.articles.length || a.lead.value - b.lead.value);
}
