// The shapes every extractor produces. Spans are [start, end) UTF-16 indices into the
// text handed to the extractor; the pipeline maps them back to the original article
// text through the normaliser's offset map (see pipeline/normalise/offset-map.ts).

export type Lang = 'en' | 'zh';

export interface Span {
  start: number;
  end: number;
}

export type Qualifier = 'exact' | 'about' | 'up_to' | 'at_least' | 'over' | 'under' | 'range';

export interface MoneyMention extends Span {
  text: string;
  /** Units of `currency` as stated; for a range the lower end. null only for vague amounts ("multibillion"). */
  value: number | null;
  /** ISO 4217 code. */
  currency: string;
  qualifier: Qualifier;
  min?: number;
  max?: number;
  /** Id of the rule that produced the mention, e.g. "en.money.symbol-number-scale". */
  rule: string;
}

/**
 * 'week' (value YYYY-Www, an ISO 8601 week) and 'quarter' (YYYY-Qn) extend the contract's
 * day | month | year; consumers that only read the first three can skip the rest.
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'week' | 'quarter';

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY (also YYYY-Www, YYYY-Qn); XXXX stands for a year that cannot be known. */
  value: string;
  precision: DatePrecision;
  rule: string;
}

export type EntityType = 'person' | 'org' | 'place' | 'other';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Canonical entity id and name when the mention is linked. */
  id?: string;
  name?: string;
  rule: string;
}

export interface ExtractOptions {
  lang: Lang;
  /** The article's publication date (YYYY-MM-DD), the anchor for relative dates. */
  published?: string;
}
