// The small engine: run every rule's pattern over the text, keep the readings its
// production accepts, then resolve overlaps (longest match wins, earlier start on ties).
import type { DateCandidate, DateRule } from './reading.ts';

export function findCandidates(text: string, rules: readonly DateRule[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const rule of rules) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1; // a pattern that can match empty must still move on
        continue;
      }
      const reading = rule.produce(match, text);
      if (reading) {
        found.push({ start: match.index, end: match.index + match[0].length, rule: rule.id, reading });
      }
    }
  }
  return found;
}

/** Sorted, non-overlapping: within a cluster of overlapping candidates the longest wins. */
export function resolveOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateCandidate[] = [];
  for (const candidate of byStart) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}
