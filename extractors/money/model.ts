// Shapes shared by the money tables and the engine that reads them.
import type { Lang, Qualifier } from '../types.ts';

export type CurrencyKind = 'symbol' | 'code' | 'word';

/**
 * Named checks a table entry can ask for when its form alone is ambiguous.
 * - amount-needs-scale: "pounds" is a weight unless the amount has a scale word or "sterling" follows.
 * - not-inside-word: 元 / 块 followed by a character that makes another word (一元化, 一块石头).
 * - before-needs-unit: a Chinese currency word before the number (新台幣31億元, 港幣2.684億) counts
 *   only when the number has a unit (万/亿) or 元 after it: 欧元兑美元1.08 is an exchange rate.
 */
export type CurrencyGuard = 'amount-needs-scale' | 'not-inside-word' | 'before-needs-unit';

export interface CurrencyForm {
  /** As written; lower case unless `caseSensitive`. */
  form: string;
  /** ISO 4217 code, or one per language when the symbol differs (¥ is JPY in English, CNY in Chinese). */
  iso: string | Record<Lang, string>;
  kind: CurrencyKind;
  /** Which table the form comes from; decides the language part of rule ids. */
  lang: Lang;
  side: 'before' | 'after' | 'both';
  caseSensitive?: boolean;
  /** "MUSD" means millions of dollars. */
  multiplier?: number;
  guard?: CurrencyGuard;
  /** Forms of one family may repeat each other ("$10 dollars", "C$5 million dollars"). */
  family?: 'dollar';
  /**
   * 元 / 圆 / 块: the generic word for a currency unit, yuan unless a currency word says which:
   * right after it (31億元新台幣) or before the amount (新台幣31億元).
   */
  generic?: boolean;
  /** ¥ / ￥: yen or yuan, by the text's language and the currencies it names (dollar-context.ts). */
  yenOrYuan?: boolean;
}

export interface ScaleWord {
  form: string;
  multiplier: number;
  /** Single letters (m, b, k) only count glued to the number: "$600m", not "$600 m". */
  gluedOnly?: boolean;
}

export interface QualifierCue {
  cue: string;
  qualifier: Qualifier;
  /** Han words may sit a few characters before the number: 最多可能预留3,270亿美元. */
  maxGap?: number;
  /** A character that, just before the cue, turns it into another word (最近 is "recently"). */
  notAfter?: string;
}

export interface CurrencyHit {
  form: CurrencyForm;
  iso: string;
  start: number;
  end: number;
}

/** One number with whatever scale and currency sit next to it; ranges join two of these. */
export interface AmountAtom {
  start: number;
  end: number;
  /** null for vague amounts ("multibillion-dollar", 数十亿美元). */
  value: number | null;
  /** Multiplier of the scale word or trailing Chinese unit, to share across a range ("$1-2bn"). */
  scale: number;
  hasOwnScale: boolean;
  currency?: CurrencyHit;
  /** Rule id pieces in reading order, e.g. ["symbol", "number", "scale"]. */
  parts: string[];
  lang: Lang;
  /** Set by 多 / 余 inside a Chinese number: 300多亿 is "over 30 billion". */
  impliedQualifier?: Qualifier;
}
