// Lists inside explanations: every item when there are few, else the first ones and how many
// more. A fact stated by 4,000 articles is explained in a line a reader can take in; the
// full list stays in the store (fact_claims, conflict_evidence), so nothing is lost.

/** Items an explanation names before it counts the rest. */
export const NAMED_AT_MOST = 10;

/** The items as `show` words them, joined; past NAMED_AT_MOST, the first ones and "(and 1,234 more <noun>)". */
export function listed<T>(items: readonly T[], show: (item: T) => string, noun: string, joiner = ', '): string {
  const named = items.slice(0, NAMED_AT_MOST).map(show).join(joiner);
  if (items.length <= NAMED_AT_MOST) return named;
  return `${named} (and ${(items.length - NAMED_AT_MOST).toLocaleString('en-US')} more ${noun})`;
}
