// extractDates: find date expressions in English or Chinese text, anchor them, and return
// mentions with spans into the text as given. Parse (rules per language) → resolve
// overlaps → refine (anchor years, months and relative expressions).
import type { DateMention, ExtractOptions } from '../types.ts';
import type { DateRule } from './reading.ts';
import { findCandidates, resolveOverlaps } from './engine.ts';
import { anchorCandidates } from './anchor.ts';
import { ENGLISH_DATE_RULES } from './en/rules.ts';
import { CHINESE_DATE_RULES } from './zh/rules.ts';

const RULES_BY_LANGUAGE: Record<ExtractOptions['lang'], readonly DateRule[]> = {
  en: ENGLISH_DATE_RULES,
  zh: CHINESE_DATE_RULES,
};

export function extractDates(text: string, options: ExtractOptions): DateMention[] {
  const candidates = resolveOverlaps(findCandidates(text, RULES_BY_LANGUAGE[options.lang]));
  return anchorCandidates(text, candidates, options.published);
}

export { ENGLISH_DATE_RULES, CHINESE_DATE_RULES };
