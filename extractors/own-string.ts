// ownString: a string that holds its own characters, not a pointer into the text it was
// sliced from. V8 keeps a slice of 13 characters or more as a view of its parent, so a slice
// kept for long (a memo's key, a name in a tally) keeps its whole article alive with it; a
// shorter slice is a copy already.

/** V8 makes a slice this long or longer a view of its parent (SlicedString::kMinLength); a shorter one a copy. */
const SHORTEST_VIEW = 13;

/** A copy of `s` that no longer points into the string it was sliced from. */
export function ownString(s: string): string {
  if (s.length < SHORTEST_VIEW) return s;
  // Prefixing a character makes V8 copy the text into a new string; slicing it off again points into that copy only.
  return (' ' + s).slice(1);
}
