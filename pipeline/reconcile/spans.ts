// Looking things up by position inside one article: binary search over sorted positions
// and over spans sorted by start, so "the dates of this sentence" or "the roles around
// this name" cost a search and the few spans nearby, never a pass over the article.

export interface Span {
  start: number;
  end: number;
}

/** Index of the last of the ascending `positions` (numbers, or strings in code-unit order) that is below `at`; -1 when none is. */
export function lastBefore<T extends number | string>(positions: readonly T[], at: T): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `at`. */
export function firstStartingFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying wholly inside [from, to), in their order; `spans` sorted by start. */
export function spansInside<T extends Span>(spans: readonly T[], from: number, to: number): T[] {
  const inside: T[] = [];
  for (let i = firstStartingFrom(spans, from); i < spans.length && spans[i]!.start <= to; i++) {
    if (spans[i]!.end <= to) inside.push(spans[i]!);
  }
  return inside;
}

/** True when `spans` is sorted by start, the order every lookup here relies on. */
export function sortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.start > spans[i]!.start) return false;
  return true;
}

/** `compute` remembered per pair of integers (a span's start and end): asked again, it answers from memory. */
export function memoByPair<T>(compute: (a: number, b: number) => T): (a: number, b: number) => T {
  const answers = new Map<number, Map<number, T>>();
  return (a, b) => {
    let byB = answers.get(a);
    if (!byB) answers.set(a, (byB = new Map()));
    if (byB.has(b)) return byB.get(b)!;
    const value = compute(a, b);
    byB.set(b, value);
    return value;
  };
}
