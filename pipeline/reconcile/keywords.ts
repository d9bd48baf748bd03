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

/** A cue or a stretch of text it matched, as both compare: case folded, spaces and hyphens alike. */
const cueKey = (s: string) => s.replace(/[\s-]/g, ' ').replace(/\u017F/g, 's').toLowerCase();

/**
 * Compiles one list of [cue, value] pairs into a finder; the longest cue at a position wins.
 * The alternation has no capture groups (a match with one group per cue costs more than the
 * search): the matched text, folded, names its cue. Cues folding alike match alike, so the
 * first of them in the alternation's order is the one that matched.
 */
export function keywordFinder<T>(entries: readonly (readonly [string, T])[]): (text: string, from: number, to: number) => KeywordHit<T>[] {
  const sorted = [...entries].sort((a, b) => b[0].length - a[0].length);
  const source = sorted.map(([cue]) => `(?:${cuePattern(cue)})`).join('|');
  const unicode = new RegExp(source, 'giu');
  const plain = new RegExp(source, 'gi');
  const valueOf = new Map<string, T>();
  for (const [cue, value] of sorted) if (!valueOf.has(cueKey(cue))) valueOf.set(cueKey(cue), value);
  const cuePatterns = sorted.map(([cue]) => new RegExp(`^(?:${cuePattern(cue)})$`, 'iu'));
  // Never taken while cueKey folds as the patterns do; kept so a cue it misfolds still finds its value.
  const valueMatching = (matched: string) => sorted[cuePatterns.findIndex((p) => p.test(matched))]![1];
  return (text, from, to) => {
    const hits: KeywordHit<T>[] = [];
    const slice = text.slice(from, to);
    const pattern = FOLDS_TO_ASCII.test(slice) ? unicode : plain;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
      const matched = m[0];
      hits.push({ start: from + m.index, end: from + m.index + matched.length, value: valueOf.get(cueKey(matched)) ?? valueMatching(matched) });
    }
    return hits;
  };
}

/** Characters between a hit and the amount (0 when they touch). */
export function gapTo(hit: { start: number; end: number }, amount: { start: number; end: number }): number {
  return hit.end <= amount.start ? amount.start - hit.end : hit.start >= amount.end ? hit.start - amount.end : 0;
}
