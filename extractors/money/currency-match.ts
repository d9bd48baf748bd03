// Finding a currency form just before or just after a number, over the language tables.
// Forms are indexed by their first / last character so each look-up tries only a few.
import type { Lang } from '../types.ts';
import { byLowerCaseCharacter, isAsciiLetterAt, isDigitAt, isHanAt, isWordCharAt, matchesFoldedAt } from './chars.ts';
import type { CurrencyForm, CurrencyHit } from './model.ts';
import { ENGLISH_CURRENCY_FORMS } from './tables.en.ts';
import { CHINESE_CURRENCY_FORMS, CHINESE_WORD_AFTER_YUAN } from './tables.zh.ts';

const ALL_FORMS = [...ENGLISH_CURRENCY_FORMS, ...CHINESE_CURRENCY_FORMS];

function indexBy(forms: CurrencyForm[], key: (form: string) => string): Map<string, CurrencyForm[]> {
  const index = new Map<string, CurrencyForm[]>();
  for (const form of forms) {
    const k = key(form.form).toLowerCase();
    const list = index.get(k) ?? [];
    list.push(form);
    index.set(k, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  return index;
}

/** A character code with ASCII capitals lowered, as matchesFoldedAt compares (NaN outside the text). */
const foldedCodeAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index);
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
};

/**
 * Forms ending in one character, split by the (folded) character before it, longest first:
 * some forty forms end in "$" (US$, HK $, C$…), and the character before the "$" leaves a few.
 */
interface FormsBefore {
  longer: Map<number, CurrencyForm[]>;
  single: CurrencyForm[];
}

function splitByPrevious(forms: CurrencyForm[]): FormsBefore {
  const split: FormsBefore = { longer: new Map(), single: [] };
  for (const form of forms) {
    if (form.form.length === 1) split.single.push(form);
    else {
      const previous = foldedCodeAt(form.form, form.form.length - 2);
      split.longer.set(previous, [...(split.longer.get(previous) ?? []), form]);
    }
  }
  return split;
}

const formsStartingAt = byLowerCaseCharacter(indexBy(ALL_FORMS.filter((f) => f.side !== 'before'), (form) => form[0]!));
const formsEndingAt = byLowerCaseCharacter(new Map(
  [...indexBy(ALL_FORMS.filter((f) => f.side !== 'after'), (form) => form[form.length - 1]!)].map(([key, forms]) => [key, splitByPrevious(forms)]),
));

/** Cheap pre-checks for the scanner: could a currency form end / start with the character at `index`? */
export function mayEndCurrencyFormAt(text: string, index: number): boolean {
  return formsEndingAt(text, index) !== undefined;
}

export function mayStartCurrencyFormAt(text: string, index: number): boolean {
  return formsStartingAt(text, index) !== undefined;
}

function isoFor(form: CurrencyForm, lang: Lang): string {
  return typeof form.iso === 'string' ? form.iso : form.iso[lang];
}

function formMatchesAt(text: string, form: CurrencyForm, start: number): boolean {
  if (start < 0) return false;
  return form.caseSensitive ? text.startsWith(form.form, start) : matchesFoldedAt(text, start, form.form);
}

/** Latin letters of a form must not run into a neighbouring word ("usd" in "usdt"). */
function startsCleanly(text: string, form: CurrencyForm, start: number): boolean {
  return !isAsciiLetterAt(text, start) || !isWordCharAt(text, start - 1);
}

function endsCleanly(text: string, form: CurrencyForm, end: number): boolean {
  if (!isAsciiLetterAt(text, end - 1)) return true;
  // "USD50" reads as a code before 50, so a code after a number must not touch a digit.
  return !isAsciiLetterAt(text, end) && !(form.kind === 'code' && isDigitAt(text, end));
}

function passesGuard(text: string, form: CurrencyForm, end: number): boolean {
  if (form.guard !== 'not-inside-word') return true;
  const next = text[end];
  if (next === undefined || !isHanAt(text, end)) return true;
  return !CHINESE_WORD_AFTER_YUAN.includes(next) && !(form.form === '块' || form.form === '塊');
}

/** The longest currency form starting at `start`. Guards needing the amount are left to the caller. */
export function matchCurrencyAfter(text: string, start: number, lang: Lang): CurrencyHit | null {
  const candidates = formsStartingAt(text, start);
  if (!candidates) return null;
  for (const form of candidates) {
    const end = start + form.form.length;
    if (formMatchesAt(text, form, start) && endsCleanly(text, form, end) && passesGuard(text, form, end)) {
      return { form, iso: isoFor(form, lang), start, end };
    }
  }
  return null;
}

/**
 * 31億元新台幣, 18亿元港币: a Chinese currency word right after the generic 元 says which
 * currency it is; the hit then spans both.
 */
export function namedAfterGeneric(text: string, generic: CurrencyHit, lang: Lang): CurrencyHit | null {
  const named = matchCurrencyAfter(text, generic.end, lang);
  if (!named || named.form.lang !== 'zh' || named.form.kind !== 'word' || named.form.generic) return null;
  return { ...named, start: generic.start };
}

/** The longest currency form ending at `end` and starting at or after `floor`. */
export function matchCurrencyBefore(text: string, end: number, floor: number, lang: Lang): CurrencyHit | null {
  const forms = formsEndingAt(text, end - 1);
  if (!forms) return null;
  return firstFormEndingAt(forms.longer.get(foldedCodeAt(text, end - 2)), text, end, floor, lang)
    ?? firstFormEndingAt(forms.single, text, end, floor, lang);
}

function firstFormEndingAt(forms: CurrencyForm[] | undefined, text: string, end: number, floor: number, lang: Lang): CurrencyHit | null {
  for (const form of forms ?? []) {
    const start = end - form.form.length;
    if (start >= floor && formMatchesAt(text, form, start) && startsCleanly(text, form, start)) {
      return { form, iso: isoFor(form, lang), start, end };
    }
  }
  return null;
}

/** "$10 dollars", "人民币 50元", "新台幣31億元": a second form that only repeats the first currency. */
export function repeatsCurrency(first: CurrencyHit, second: CurrencyHit): boolean {
  if (first.iso === second.iso) return true;
  // 元 after an amount is the unit of whichever currency a Chinese word before it named.
  if (second.form.generic && first.form.kind === 'word' && first.form.lang === 'zh') return true;
  return first.form.family === 'dollar' && second.form.family === 'dollar' && second.form.form.startsWith('dollar');
}
