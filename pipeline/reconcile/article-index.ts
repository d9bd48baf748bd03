// articleIndex: what reading an amount looks up around it, built once per article —
// sentence ends, semicolons, and the article's dates, entities and roles sorted by
// position — so each of an article's amounts costs a few binary searches over its own
// sentence, however long the article and however many amounts it repeats.

import { sentenceIndex, type SentenceIndex, type TextRange } from './sentences.ts';
import { firstStartingFrom, lastBefore, memoByPair, sortedByStart, spansInside, type Span } from './spans.ts';
import type { MentionInput, RoleInput } from './types.ts';

export interface ArticleIndex {
  sentences: SentenceIndex;
  /** Position of the last semicolon in [from, to), if any. */
  lastSemicolon(from: number, to: number): number | undefined;
  /** Position of the first semicolon in [from, to), if any. */
  firstSemicolon(from: number, to: number): number | undefined;
  /** Entities with an id lying inside the sentence, in order of position. */
  entitiesOf(sentence: TextRange): MentionInput[];
  /** The value of the first dated mention lying inside the sentence. */
  dateOf(sentence: TextRange): string | undefined;
  /** The dated mentions lying inside a stretch, in order of position. */
  datesIn(range: TextRange): readonly MentionInput[];
  /** True when the mention stands in a role phrase outside its person's name (the "U.S." of "U.S. Commerce Secretary"). */
  insideRole(m: Span): boolean;
}

/** Sorted by start as every lookup needs (reconcile's input already is; a stable sort keeps ties in order). */
/** `spans` in order of start: itself when it already is, else a sorted copy. */
export const byStart = <T extends Span>(spans: readonly T[]): readonly T[] => (sortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start));

/** Memoised per sentence: the many amounts of one sentence ask the same question. */
export function perSentence<T>(answer: (sentence: TextRange) => T): (sentence: TextRange) => T {
  const remembered = memoByPair((start, end) => answer({ start, end }));
  return (sentence) => remembered(sentence.start, sentence.end);
}

export function articleIndex(text: string, parts: { entities: readonly MentionInput[]; dates: readonly MentionInput[]; roles: readonly RoleInput[] }): ArticleIndex {
  const semicolons: number[] = [];
  for (const m of text.matchAll(/[;；]/g)) semicolons.push(m.index);
  const entities = byStart(parts.entities).filter((m) => m.entityId);
  const dates = byStart(parts.dates).filter((d) => d.valueText);
  const roles = byStart(parts.roles);
  const longestRole = roles.reduce((n, r) => Math.max(n, r.end - r.start), 0);
  return {
    sentences: sentenceIndex(text),
    lastSemicolon(from, to) {
      const i = lastBefore(semicolons, to);
      return i >= 0 && semicolons[i]! >= from ? semicolons[i] : undefined;
    },
    firstSemicolon(from, to) {
      const i = lastBefore(semicolons, from) + 1;
      return i < semicolons.length && semicolons[i]! < to ? semicolons[i] : undefined;
    },
    entitiesOf: perSentence((s) => spansInside(entities, s.start, s.end)),
    dateOf: perSentence((s) => spansInside(dates, s.start, s.end)[0]?.valueText ?? undefined),
    datesIn: (r) => spansInside(dates, r.start, r.end),
    insideRole(m) {
      // A role holding m starts at most `longestRole` before m's end and no later than m's start.
      for (let i = firstStartingFrom(roles, m.end - longestRole); i < roles.length && roles[i]!.start <= m.start; i++) {
        const r = roles[i]!;
        if (m.end <= r.end && !(m.start >= r.personStart && m.end <= r.personEnd)) return true;
      }
      return false;
    },
  };
}
