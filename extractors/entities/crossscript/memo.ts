// memoByName: one string function remembered for the names it has seen. Linking compares
// each name with many candidates, and its forms (simplified script, romanised words, sound
// spelling) cost more than a look-up. Bounded: emptied when full (at LIMIT entries), so memory
// stays flat.

const LIMIT = 50_000;

export function memoByName<T>(compute: (name: string) => T): (name: string) => T {
  const seen = new Map<string, T>();
  return (name: string) => {
    const known = seen.get(name);
    if (known !== undefined || seen.has(name)) return known as T;
    if (seen.size >= LIMIT) seen.clear();
    const value = compute(name);
    seen.set(name, value);
    return value;
  };
}
