// Finding the words of the data tables (predicates, topics) in a stretch of text: English
// cues case-insensitively at word edges, Chinese cues as written.

export interface KeywordHit<T> {
  start: number;
  end: number;
  value: T;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cuePattern(cue: string): string {
  const body = escapeRegExp(cue).replace(/[ -]/g, '[\\s-]');
  return /^\w/.test(cue) && /\w$/.test(cue) ? `\\b${body}\\b` : body;
}

/** Compiles one list of [cue, value] pairs into a finder; the longest cue at a position wins. */
export function keywordFinder<T>(entries: readonly (readonly [string, T])[]): (text: string, from: number, to: number) => KeywordHit<T>[] {
  const sorted = [...entries].sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(sorted.map(([cue]) => `(${cuePattern(cue)})`).join('|'), 'giu');
  return (text, from, to) => {
    const hits: KeywordHit<T>[] = [];
    pattern.lastIndex = 0;
    const slice = text.slice(from, to);
    for (const m of slice.matchAll(pattern)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      hits.push({ start: from + m.index, end: from + m.index + m[0].length, value: sorted[group]![1] });
    }
    return hits;
  };
}

/** Characters between a hit and the amount (0 when they touch). */
export function gapTo(hit: { start: number; end: number }, amount: { start: number; end: number }): number {
  return hit.end <= amount.start ? amount.start - hit.end : hit.start >= amount.end ? hit.start - amount.end : 0;
}
