// How much an article's word counts when sources disagree: 1 for a clean article, less
// for one that shows machine-translation marks, misnamed office holders or scale errors
// elsewhere. Repeats inside one article never add weight; only independent articles do.

import { ERROR_PENALTY, MACHINE_TRANSLATION_CUES } from './reliability-cues.ts';
import type { ArticleInput } from './types.ts';

export interface ArticleErrors {
  machineTranslation: string[];
  nameVariants: number;
  /** fact ids where the article's figure was a scale error */
  scaleErrorFacts: Set<string>;
}

export function machineTranslationCues(article: ArticleInput): string[] {
  if (article.lang !== 'en') return [];
  return MACHINE_TRANSLATION_CUES.filter((cue) => cue.pattern.test(article.text)).map((cue) => cue.id);
}

/** Weight of an article on one fact: its errors on other facts count, its error on this fact does not. */
export function articleWeight(errors: ArticleErrors | undefined, factId?: string): number {
  if (!errors) return 1;
  const scaleErrors = errors.scaleErrorFacts.size - (factId !== undefined && errors.scaleErrorFacts.has(factId) ? 1 : 0);
  const penalty = errors.machineTranslation.length * ERROR_PENALTY.machineTranslationCue +
    errors.nameVariants * ERROR_PENALTY.nameVariant + scaleErrors * ERROR_PENALTY.scaleError;
  return 1 / (1 + penalty);
}
