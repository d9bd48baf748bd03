// Finding the words of the data tables (predicates, topics) in a stretch of text: English
// cues case-insensitively at word edges, Chinese cues as written.
//
// The cues are matched with Unicode case folding (flag u), under which ſ (U+017F) is an s
// and the Kelvin sign K (U+212A) a k, also for \b. V8 runs that alternation about fifty
// times slower than the same pattern without u, and without u the two patterns find the
// same matches in any text holding neither character; so the u pattern is kept for those.

export interface KeywordHit<T> {
  start: number;
  end: number;
  value: T;
}

/** The only characters Unicode simple case folding maps onto ASCII letters (ſ → s, K → k). */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cuePattern(cue: string): string {
  const body = escapeRegExp(cue).replace(/[ -]/g, '[\\s-]');
  return /^\w/.test(cue) && /\w$/.test(cue) ? `\\b${body}\\b` : body;
}

/** Compiles one list of [cue, value] pairs into a finder; the longest cue at a position wins. */
export function keywordFinder<T>(entries: readonly (readonly [string, T])[]): (text: string, from: number, to: number) => KeywordHit<T>[] {
  const sorted = [...entries].sort((a, b) => b[0].length - a[0].length);
  const source = sorted.map(([cue]) => `(${cuePattern(cue)})`).join('|');
  const unicode = new RegExp(source, 'giu');
  const plain = new RegExp(source, 'gi');
  return (text, from, to) => {
    const hits: KeywordHit<T>[] = [];
    const slice = text.slice(from, to);
    const pattern = FOLDS_TO_ASCII.test(slice) ? unicode : plain;
    pattern.lastIndex = 0;
    for (const m of slice.matchAll(pattern)) {
      let group = 1; // the one capture group that matched is the cue's
      while (m[group] === undefined) group++;
      hits.push({ start: from + m.index, end: from + m.index + m[0].length, value: sorted[group - 1]![1] });
    }
    return hits;
  };
}

/** Characters between a hit and the amount (0 when they touch). */
export function gapTo(hit: { start: number; end: number }, amount: { start: number; end: number }): number {
  return hit.end <= amount.start ? amount.start - hit.end : hit.start >= amount.end ? hit.start - amount.end : 0;
}
