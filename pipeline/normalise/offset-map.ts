// Normalisation rewrites text; an OffsetMap remembers, for every stretch of the new
// text, which stretch of the old text it came from. Spans found in normalised text are
// mapped back with `toOriginalSpan`, so a report can always highlight the source.
//
// A map is a sorted list of segments. An aligned segment copies (or rewrites one
// character for one character), so every position inside it maps exactly; a replaced
// segment stands for a whole original stretch, so positions inside it snap outwards.

export interface Segment {
  /** start in the normalised text */
  n: number;
  /** start in the original text */
  o: number;
  /** length in the normalised text */
  nl: number;
  /** length in the original text */
  ol: number;
  aligned: boolean;
}

export interface OffsetMap {
  segments: Segment[];
  normalisedLength: number;
  originalLength: number;
}

export interface Edit {
  start: number;
  end: number;
  text: string;
  /** The replacement corresponds character for character (same length), e.g. full-width → half-width. */
  aligned?: boolean;
}

export interface Rewritten {
  text: string;
  map: OffsetMap;
}

export function identityMap(length: number): OffsetMap {
  const segments = length > 0 ? [{ n: 0, o: 0, nl: length, ol: length, aligned: true }] : [];
  return { segments, normalisedLength: length, originalLength: length };
}

function pushSegment(segments: Segment[], seg: Segment): void {
  if (seg.nl === 0 && seg.ol === 0) return;
  const last = segments[segments.length - 1];
  if (last && last.aligned && seg.aligned && last.n + last.nl === seg.n && last.o + last.ol === seg.o) {
    last.nl += seg.nl;
    last.ol += seg.ol;
    return;
  }
  segments.push(seg);
}

/** Applies sorted, non-overlapping edits to `text`, returning the new text and its map. */
export function applyEdits(text: string, edits: readonly Edit[]): Rewritten {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let cursor = 0;
  let n = 0;
  for (const edit of edits) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`edit [${edit.start}, ${edit.end}) overlaps or leaves the text`);
    }
    if (edit.start > cursor) {
      const len = edit.start - cursor;
      parts.push(text.slice(cursor, edit.start));
      pushSegment(segments, { n, o: cursor, nl: len, ol: len, aligned: true });
      n += len;
    }
    const origLen = edit.end - edit.start;
    const aligned = edit.aligned === true && edit.text.length === origLen;
    parts.push(edit.text);
    pushSegment(segments, { n, o: edit.start, nl: edit.text.length, ol: origLen, aligned });
    n += edit.text.length;
    cursor = edit.end;
  }
  if (cursor < text.length) {
    const len = text.length - cursor;
    parts.push(text.slice(cursor));
    pushSegment(segments, { n, o: cursor, nl: len, ol: len, aligned: true });
    n += len;
  }
  return { text: parts.join(''), map: { segments, normalisedLength: n, originalLength: text.length } };
}

/** Index of the last segment whose normalised start is <= pos (binary search). */
function segmentAt(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.n <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Original position of a normalised position used as the start of a span. */
export function toOriginalStart(map: OffsetMap, pos: number): number {
  const { segments } = map;
  if (segments.length === 0) return 0;
  let i = segmentAt(segments, pos);
  if (i < 0) return 0;
  // A zero-length (deleted-into-nothing) segment cannot hold a start; skip forward past it.
  while (i < segments.length && segments[i]!.nl === 0) i++;
  const seg = segments[i];
  if (!seg || pos >= seg.n + seg.nl) return map.originalLength;
  return seg.aligned ? seg.o + (pos - seg.n) : seg.o;
}

/** Original position of a normalised position used as the (exclusive) end of a span. */
export function toOriginalEnd(map: OffsetMap, pos: number): number {
  const { segments } = map;
  if (segments.length === 0 || pos <= 0) return 0;
  let i = segmentAt(segments, pos - 1);
  while (i >= 0 && segments[i]!.nl === 0) i--;
  const seg = segments[i];
  if (!seg) return 0;
  return seg.aligned ? seg.o + (pos - seg.n) : seg.o + seg.ol;
}

export function toOriginalSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const s = toOriginalStart(map, start);
  const e = end > start ? toOriginalEnd(map, end) : s;
  return { start: s, end: Math.max(s, e) };
}

/**
 * Chains two maps: `outer` maps C → B, `inner` maps B → A; the result maps C → A.
 * Walks both segment lists once, so it is linear in their total length.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const segments: Segment[] = [];
  for (const seg of outer.segments) {
    if (!seg.aligned || seg.nl === 0) {
      const o = toOriginalStart(inner, seg.o);
      const oEnd = seg.ol === 0 ? o : toOriginalEnd(inner, seg.o + seg.ol);
      pushSegment(segments, { n: seg.n, o, nl: seg.nl, ol: Math.max(0, oEnd - o), aligned: false });
      continue;
    }
    // An aligned stretch of B may cross several segments of inner: split it along them.
    let pos = seg.o;
    const stop = seg.o + seg.ol;
    let i = Math.max(0, segmentAt(inner.segments, pos));
    while (pos < stop) {
      while (i < inner.segments.length - 1 && inner.segments[i]!.n + inner.segments[i]!.nl <= pos) i++;
      const inSeg = inner.segments[i]!;
      const pieceEnd = Math.min(stop, inSeg.n + inSeg.nl);
      const n = seg.n + (pos - seg.o);
      if (inSeg.aligned) {
        const o = inSeg.o + (pos - inSeg.n);
        pushSegment(segments, { n, o, nl: pieceEnd - pos, ol: pieceEnd - pos, aligned: true });
      } else {
        pushSegment(segments, { n, o: inSeg.o, nl: pieceEnd - pos, ol: inSeg.ol, aligned: false });
      }
      if (pieceEnd <= pos) break;
      pos = pieceEnd;
    }
  }
  return { segments, normalisedLength: outer.normalisedLength, originalLength: inner.originalLength };
}

/** Applies edits to an already-normalised text, keeping the map back to the first original. */
export function rewrite(current: Rewritten, edits: readonly Edit[]): Rewritten {
  if (edits.length === 0) return current;
  const next = applyEdits(current.text, edits);
  return { text: next.text, map: composeMaps(next.map, current.map) };
}

/** Compact form for storage: [n, o, nl, ol, aligned ? 1 : 0] per segment. */
export function serialiseMap(map: OffsetMap): string {
  return JSON.stringify({
    n: map.normalisedLength,
    o: map.originalLength,
    s: map.segments.map((s) => [s.n, s.o, s.nl, s.ol, s.aligned ? 1 : 0]),
  });
}

export function parseMap(json: string): OffsetMap {
  const raw = JSON.parse(json) as { n: number; o: number; s: [number, number, number, number, number][] };
  return {
    normalisedLength: raw.n,
    originalLength: raw.o,
    segments: raw.s.map(([n, o, nl, ol, a]) => ({ n, o, nl, ol, aligned: a === 1 })),
  };
}
