// extractDates: find date expressions in English or Chinese text, anchor them, and return
// mentions with spans into the text as given. Parse (rules per language, tried where
// their key words occur) → resolve overlaps → refine (anchor years, months and relative
// expressions; join a weekday with the date it names; "a year ago" after a quarter is
// that quarter a year back).
import type { DateMention, ExtractOptions } from '../types.ts';
import { findCandidates, resolveOverlaps, type DateLanguage } from './engine.ts';
import { anchorCandidates } from './anchor.ts';
import { joinWeekdayAndDate } from './weekday-date.ts';
import { quarterAYearBack } from './quarter-a-year-back.ts';
import { ENGLISH_DATE_RULES } from './en/rules.ts';
import { ENGLISH_KEYS } from './en/patterns.ts';
import { CHINESE_DATE_RULES } from './zh/rules.ts';
import { CHINESE_KEYS } from './zh/lexicon.ts';

export const DATE_LANGUAGES: Record<ExtractOptions['lang'], DateLanguage> = {
  en: { rules: ENGLISH_DATE_RULES, keys: ENGLISH_KEYS, matchesStartAtWords: true },
  zh: { rules: CHINESE_DATE_RULES, keys: CHINESE_KEYS, matchesStartAtWords: false },
};

export function extractDates(text: string, options: ExtractOptions): DateMention[] {
  const candidates = resolveOverlaps(findCandidates(text, DATE_LANGUAGES[options.lang]));
  const mentions = joinWeekdayAndDate(text, anchorCandidates(text, candidates, options.published), candidates);
  return quarterAYearBack(text, mentions);
}

export { ENGLISH_DATE_RULES, CHINESE_DATE_RULES };
