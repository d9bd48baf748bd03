// extractArticle: normalise one article, run the extractors over the normalised text
// and map every span back to the original, so `original.slice(start, end)` is the
// mention exactly as the article wrote it.

import { extractDates } from '../extractors/dates/index.ts';
import { extractEntities, extractRoles, type RoleMention } from '../extractors/entities/index.ts';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang, Span } from '../extractors/types.ts';
import { normaliseArticle, type NormalisedText, type NormaliseOptions } from './normalise/index.ts';
import { toOriginalSpan } from './normalise/offset-map.ts';
import type { ArticleMentions } from './store/writes.ts';

export interface ExtractArticleOptions extends NormaliseOptions {
  lang: Lang;
  published?: string;
}

export interface ExtractedArticle extends ArticleMentions {
  normalised: NormalisedText;
}

function toOriginal<T extends Span & { text: string }>(mentions: T[], original: string, normalised: NormalisedText): T[] {
  return mentions.map((m) => {
    const span = toOriginalSpan(normalised.map, m.start, m.end);
    return { ...m, ...span, text: original.slice(span.start, span.end) };
  });
}

/** A role's person span is mapped back like any other span. */
function roleToOriginal(role: RoleMention, original: string, normalised: NormalisedText): RoleMention {
  const [mapped] = toOriginal([role], original, normalised);
  const person = toOriginalSpan(normalised.map, role.personStart, role.personEnd);
  return { ...mapped!, personStart: person.start, personEnd: person.end, personText: original.slice(person.start, person.end) };
}

export function extractFromNormalised(original: string, normalised: NormalisedText, lang: Lang, published?: string): ArticleMentions {
  const options = { lang, published };
  const entities = extractEntities(normalised.text, options);
  return {
    money: toOriginal(extractMoney(normalised.text, options), original, normalised),
    dates: toOriginal(extractDates(normalised.text, options), original, normalised),
    entities: toOriginal(entities, original, normalised),
    roles: extractRoles(normalised.text, entities, options).map((role) => roleToOriginal(role, original, normalised)),
  };
}

export function extractArticle(original: string, options: ExtractArticleOptions): ExtractedArticle {
  const normalised = normaliseArticle(original, options.lang, options);
  return { normalised, ...extractFromNormalised(original, normalised, options.lang, options.published) };
}
