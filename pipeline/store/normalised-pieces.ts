// The normalised text stored as pieces of the original (migration 10): most of it is the
// original copied (normalisation trims, joins hyphens, drops boilerplate), so a row keeps
// `[start, length]` for each stretch copied and the strings normalisation wrote in between.
// The `articles` view puts the text back together with substr, in SQL.

import type { OffsetMap } from '../normalise/offset-map.ts';

export type Piece = [start: number, length: number] | string;

/** A copied stretch shorter than this is kept as a string: `[1234,5],` weighs more than five characters. */
const SHORTEST_COPY = 8;

/**
 * The pieces that make `normalised` out of `original`, as JSON, or null when they would not
 * be smaller than the text itself (or the original has characters outside the Basic
 * Multilingual Plane, where SQLite's substr and JavaScript's offsets count differently).
 */
export function normalisedPieces(original: string, normalised: string, map: OffsetMap): string | null {
  if (/[\uD800-\uDFFF]/.test(original)) return null;
  const pieces: Piece[] = [];
  const literal = (text: string) => {
    if (text === '') return;
    const last = pieces[pieces.length - 1];
    if (typeof last === 'string') pieces[pieces.length - 1] = last + text;
    else pieces.push(text);
  };
  const copy = (start: number, length: number) => {
    if (length < SHORTEST_COPY) return literal(original.slice(start, start + length));
    const last = pieces[pieces.length - 1];
    if (Array.isArray(last) && last[0] + last[1] === start) last[1] += length;
    else pieces.push([start, length]);
  };
  let at = 0; // position reached in the normalised text
  for (const s of map.segments) {
    if (s.n > at) literal(normalised.slice(at, s.n));
    if (s.nl === 0) continue;
    if (s.aligned && s.nl === s.ol) {
      // Character for character: copy the runs that are unchanged.
      let run = 0;
      for (let i = 0; i <= s.nl; i++) {
        if (i < s.nl && normalised.charCodeAt(s.n + i) === original.charCodeAt(s.o + i)) continue;
        copy(s.o + run, i - run);
        if (i < s.nl) literal(normalised[s.n + i]!);
        run = i + 1;
      }
    } else if (normalised.slice(s.n, s.n + s.nl) === original.slice(s.o, s.o + s.ol)) {
      copy(s.o, s.ol);
    } else {
      literal(normalised.slice(s.n, s.n + s.nl));
    }
    at = Math.max(at, s.n + s.nl);
  }
  literal(normalised.slice(at));
  if (rebuild(original, pieces) !== normalised) return null;
  const json = JSON.stringify(pieces);
  return json.length < normalised.length ? json : null;
}

/** The text the pieces make (what the view computes). */
export function rebuild(original: string, pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : original.slice(p[0], p[0] + p[1]))).join('');
}
