// Text removed by normalisation, per article and rule: the store keeps each removed
// stretch of the original text with the boilerplate rule that removed it
// (`articles.boilerplate`); the report counts the characters each rule removed, keeps
// where, and flags articles that lost more than a fifth of their text.

import type { Db } from '../store/open.ts';

export interface RemovedByRule {
  rule: string;
  /** Characters of the original text (UTF-16 code units, as spans are) this rule removed. */
  characters: number;
  /** Where: [start, end) into the original text. */
  spans: [number, number][];
}

export interface RemovedText {
  /** Length of the original text. */
  characters: number;
  removed: RemovedByRule[];
}

/** Articles that lost more than this share of their text are listed in the summary. */
export const MOSTLY_REMOVED_SHARE = 1 / 5;

/** Each rule's removals in `boilerplate` (the stored `[{start, end, rule}]`), largest first. */
export function countRemoved(boilerplate: readonly { start: number; end: number; rule: string }[]): RemovedByRule[] {
  const byRule = new Map<string, RemovedByRule>();
  for (const r of boilerplate) {
    const entry = byRule.get(r.rule) ?? { rule: r.rule, characters: 0, spans: [] };
    entry.characters += r.end - r.start;
    entry.spans.push([r.start, r.end]);
    byRule.set(r.rule, entry);
  }
  return [...byRule.values()].sort((a, b) => b.characters - a.characters || a.rule.localeCompare(b.rule));
}

export const removedCharacters = (t: RemovedText) => t.removed.reduce((sum, r) => sum + r.characters, 0);
export const removedShare = (t: RemovedText) => (t.characters > 0 ? removedCharacters(t) / t.characters : 0);

/** Every stored article's removed text, by article id. */
export function readRemovedText(db: Db): Map<string, RemovedText> {
  const rows = db.prepare('SELECT id, text_original, boilerplate FROM articles WHERE text_original IS NOT NULL').all() as
    { id: string; text_original: string; boilerplate: string | null }[];
  return new Map(rows.map((r) => [r.id, {
    characters: r.text_original.length,
    removed: countRemoved(r.boilerplate ? (JSON.parse(r.boilerplate) as { start: number; end: number; rule: string }[]) : []),
  }]));
}
