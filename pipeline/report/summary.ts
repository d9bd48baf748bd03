// The report's summary band, computed from the report object: articles by language and
// outlet, facts by status, conflicts by kind, failed inputs, and the articles that lost more
// than a fifth of their text to normalisation. What a data team reads first.

import type { Report, ReportArticle } from './build.ts';
import { MOSTLY_REMOVED_SHARE, removedCharacters, removedShare, type RemovedByRule, type RemovedText } from './removed-text.ts';

/** The optional article fields the summary reads (present when the store has them). */
type SummarisedArticle = ReportArticle & { source?: string; characters?: number; removed?: RemovedByRule[] };

export interface MostlyRemoved {
  id: string;
  share: number;
  characters: number;
  removed: RemovedByRule[];
}

export interface ReportSummary {
  /** Articles stored and readable (not failed). */
  articles: number;
  byLanguage: [string, number][];
  byOutlet: [string, number][];
  facts: [string, number][];
  conflicts: [string, number][];
  failed: { id: string; path: string; error: string }[];
  mostlyRemoved: MostlyRemoved[];
}

/** Counts of each key, most frequent first (ties by name). */
function tally(keys: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const byCount = (r: Record<string, number>): [string, number][] => Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export const UNKNOWN_OUTLET = 'outlet not named';
export const UNKNOWN_LANGUAGE = 'language unknown';

/** The article's removed text when the report carries it. */
export function removedTextOf(a: ReportArticle): RemovedText | undefined {
  const s = a as SummarisedArticle;
  return typeof s.characters === 'number' && Array.isArray(s.removed) ? { characters: s.characters, removed: s.removed } : undefined;
}

export function summariseReport(report: Report): ReportSummary {
  const readable = (report.articles as SummarisedArticle[]).filter((a) => a.status !== 'failed');
  const mostlyRemoved: MostlyRemoved[] = [];
  for (const a of readable) {
    const removed = removedTextOf(a);
    if (removed && removedShare(removed) > MOSTLY_REMOVED_SHARE) {
      mostlyRemoved.push({ id: a.id, share: removedShare(removed), characters: removedCharacters(removed), removed: removed.removed });
    }
  }
  return {
    articles: readable.length,
    byLanguage: tally(readable.map((a) => a.lang ?? UNKNOWN_LANGUAGE)),
    byOutlet: tally(readable.map((a) => a.source?.trim() || UNKNOWN_OUTLET)),
    facts: byCount(report.store.facts),
    conflicts: byCount(report.store.conflicts),
    failed: report.articles.filter((a) => a.status === 'failed').map((a) => ({ id: a.id, path: a.path, error: a.error ?? 'failed' })),
    mostlyRemoved: mostlyRemoved.sort((a, b) => b.share - a.share),
  };
}
