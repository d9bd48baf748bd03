// extractArticle: normalise one article, run the extractors over the normalised text
// and map every span back to the original, so `original.slice(start, end)` is the
// mention exactly as the article wrote it.

import { extractDates } from '../extractors/dates/index.ts';
import { extractEntities, extractRoles, type RoleMention } from '../extractors/entities/index.ts';
import { extractMoney } from '../extractors/money/index.ts';
import type { DateMention, Lang, Span } from '../extractors/types.ts';
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

/**
 * The date a role is placed at: the date mention with a stated year nearest to the role
 * within its paragraph ("In 2019, Commerce Secretary Wilbur Ross said …"), else the
 * published date, else none. Reconciliation compares these before calling two names of
 * one office a misnaming: office holders years apart are different people.
 */
export function roleDate(text: string, role: Span, dates: readonly DateMention[], published?: string): string | undefined {
  const from = text.lastIndexOf('\n', role.start) + 1;
  const newline = text.indexOf('\n', role.end);
  const to = newline < 0 ? text.length : newline;
  let best: DateMention | undefined;
  let bestGap = Infinity;
  for (const d of dates) {
    if (d.start < from || d.end > to || !/^\d{4}/.test(d.value)) continue;
    const gap = d.end <= role.start ? role.start - d.end : d.start >= role.end ? d.start - role.end : 0;
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best?.value ?? published;
}

export function extractFromNormalised(original: string, normalised: NormalisedText, lang: Lang, published?: string): ArticleMentions {
  const options = { lang, published };
  const entities = extractEntities(normalised.text, options);
  const dates = extractDates(normalised.text, options);
  return {
    money: toOriginal(extractMoney(normalised.text, options), original, normalised),
    dates: toOriginal(dates, original, normalised),
    entities: toOriginal(entities, original, normalised),
    roles: extractRoles(normalised.text, entities, options).map((role) =>
      roleToOriginal({ ...role, date: roleDate(normalised.text, role, dates, published) }, original, normalised)),
  };
}

export function extractArticle(original: string, options: ExtractArticleOptions): ExtractedArticle {
  const normalised = normaliseArticle(original, options.lang, options);
  return { normalised, ...extractFromNormalised(original, normalised, options.lang, options.published) };
}
