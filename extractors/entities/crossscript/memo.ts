// memoByName: one string function remembered for the names it has seen. Linking compares
// each name with many candidates, and its forms (simplified script, romanised words, sound
// spelling) cost more than a look-up. Bounded: emptied when full (at LIMIT entries), so memory
// stays flat; and every memo can be emptied at once (forgetNames) by a long run between steps
// that meet different names, so what one step remembered is not carried through the next.

import { ownString } from '../../own-string.ts';

const LIMIT = 50_000;

/** Every memo made, to be emptied together. */
const memos: Map<string, unknown>[] = [];

export function memoByName<T>(compute: (name: string) => T): (name: string) => T {
  const seen = rememberedMap<T>();
  return (name: string) => {
    const known = seen.get(name);
    if (known !== undefined || seen.has(name)) return known as T;
    if (seen.size >= LIMIT) seen.clear();
    // A name is often a slice of its article: kept as it is, it kept the whole article alive as long as
    // the memo kept it (a worker's heap grew by 2 MB every 1,000 articles, to the memo's bound).
    const own = ownString(name);
    const value = compute(own);
    seen.set(own, value);
    return value;
  };
}

/** A map of what was worked out by name, emptied with the memos. */
export function rememberedMap<T>(): Map<string, T> {
  const seen = new Map<string, T>();
  memos.push(seen);
  return seen;
}

/** Empties every memo (they fill again as names are met). */
export function forgetNames(): void {
  for (const seen of memos) seen.clear();
}
