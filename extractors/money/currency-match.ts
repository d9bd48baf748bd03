// Finding a currency form just before or just after a number, over the language tables.
// Forms are indexed by their first / last character so each look-up tries only a few.
import type { Lang } from '../types.ts';
import { isAsciiLetterAt, isDigitAt, isHanAt, isWordCharAt, matchesFoldedAt } from './chars.ts';
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

const AFTER_INDEX = indexBy(ALL_FORMS.filter((f) => f.side !== 'before'), (form) => form[0]!);
const BEFORE_INDEX = indexBy(ALL_FORMS.filter((f) => f.side !== 'after'), (form) => form[form.length - 1]!);

/** Cheap pre-checks for the scanner: could a currency form end / start with this character? */
export function mayEndCurrencyForm(ch: string | undefined): boolean {
  return ch !== undefined && BEFORE_INDEX.has(ch.toLowerCase());
}

export function mayStartCurrencyForm(ch: string | undefined): boolean {
  return ch !== undefined && AFTER_INDEX.has(ch.toLowerCase());
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
  const candidates = AFTER_INDEX.get((text[start] ?? '').toLowerCase());
  if (!candidates) return null;
  for (const form of candidates) {
    const end = start + form.form.length;
    if (formMatchesAt(text, form, start) && endsCleanly(text, form, end) && passesGuard(text, form, end)) {
      return { form, iso: isoFor(form, lang), start, end };
    }
  }
  return null;
}

/** The longest currency form ending at `end` and starting at or after `floor`. */
export function matchCurrencyBefore(text: string, end: number, floor: number, lang: Lang): CurrencyHit | null {
  const candidates = BEFORE_INDEX.get((text[end - 1] ?? '').toLowerCase());
  if (!candidates) return null;
  for (const form of candidates) {
    const start = end - form.form.length;
    if (start >= floor && formMatchesAt(text, form, start) && startsCleanly(text, form, start)) {
      return { form, iso: isoFor(form, lang), start, end };
    }
  }
  return null;
}

/** "$10 dollars", "人民币 50元": a second form that only repeats the first currency. */
export function repeatsCurrency(first: CurrencyHit, second: CurrencyHit): boolean {
  if (first.iso === second.iso) return true;
  return first.form.family === 'dollar' && second.form.family === 'dollar' && second.form.form.startsWith('dollar');
}
