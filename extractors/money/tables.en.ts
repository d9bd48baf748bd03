// English money vocabulary: currency symbols, codes and words, scale words, number words,
// qualifier cues and range connectors. Adding a form is one line here plus one test case.
import type { Qualifier } from '../types.ts';
import type { CurrencyForm, QualifierCue, ScaleWord } from './model.ts';

/** Symbols read on either side of the number ("$5", "5 €"). */
const SYMBOLS: Array<[string, CurrencyForm['iso']]> = [
  ['$', 'USD'], ['＄', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['￡', 'GBP'],
  ['¥', { en: 'JPY', zh: 'CNY' }], ['￥', { en: 'JPY', zh: 'CNY' }],
  ['₩', 'KRW'], ['￦', 'KRW'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'], ['₫', 'VND'],
  ['₱', 'PHP'], ['₡', 'CRC'], ['₾', 'GEL'], ['₭', 'LAK'], ['ரூ', 'LKR'],
];

/** Letters glued (or spaced) before "$" name the dollar: "US$", "HK $", "c $". */
const DOLLAR_PREFIXES: Array<[string, string]> = [
  ['us', 'USD'], ['u.s.', 'USD'], ['u.s', 'USD'], ['usd', 'USD'],
  ['hk', 'HKD'], ['hkd', 'HKD'], ['nt', 'TWD'], ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'],
  ['cad', 'CAD'], ['au', 'AUD'], ['aud', 'AUD'], ['nz', 'NZD'], ['nzd', 'NZD'],
  ['sg', 'SGD'], ['sgd', 'SGD'], ['mex', 'MXN'], ['mxn', 'MXN'],
];

/** Single capitals that are words in lower case ("a $5 fee"): only glued and upper case. */
const CAPITAL_DOLLAR_PREFIXES: Array<[string, string]> = [['A$', 'AUD'], ['S$', 'SGD'], ['R$', 'BRL']];

/** ISO codes on either side ("USD 200", "115USD"). TRY is also a verb: upper case only. */
const CODES = [
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'krw', 'hkd', 'twd', 'ntd', 'cad', 'aud', 'nzd',
  'chf', 'sgd', 'inr', 'mxn', 'brl', 'rub', 'sek', 'nok', 'dkk', 'zar', 'thb', 'myr', 'idr',
];
const UPPER_CASE_CODES = ['TRY'];

/** Finance shorthand: an M before the code means millions ("30 MUSD", "MAUD 60"). */
const MILLION_CODES: Array<[string, string]> = [['musd', 'USD'], ['meur', 'EUR'], ['mgbp', 'GBP'], ['maud', 'AUD']];

/** Currency words after the number ("5 million yen", "420 million finnish markka"). */
const WORDS: Array<[string, string]> = [
  ['dollars', 'USD'], ['dollar', 'USD'], ['us dollars', 'USD'], ['us dollar', 'USD'],
  ['u.s. dollars', 'USD'], ['u.s. dollar', 'USD'], ['american dollars', 'USD'],
  ['australian dollars', 'AUD'], ['australian dollar', 'AUD'], ['canadian dollars', 'CAD'],
  ['canadian dollar', 'CAD'], ['hong kong dollars', 'HKD'], ['hong kong dollar', 'HKD'],
  ['new taiwan dollars', 'TWD'], ['taiwan dollars', 'TWD'], ['nt dollars', 'TWD'], ['hk dollars', 'HKD'], ['singapore dollars', 'SGD'],
  ['new zealand dollars', 'NZD'],
  ['yen', 'JPY'], ['japanese yen', 'JPY'], ['yuan', 'CNY'], ['chinese yuan', 'CNY'],
  ['renminbi', 'CNY'], ['euros', 'EUR'], ['euro', 'EUR'],
  ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['british pounds', 'GBP'],
  ['won', 'KRW'], ['korean won', 'KRW'], ['south korean won', 'KRW'],
  ['swiss francs', 'CHF'], ['swiss franc', 'CHF'], ['indian rupees', 'INR'],
  ['turkish lira', 'TRY'], ['mexican pesos', 'MXN'], ['rubles', 'RUB'], ['roubles', 'RUB'],
  ['saudi riyals', 'SAR'], ['baht', 'THB'], ['ringgit', 'MYR'], ['rupiah', 'IDR'],
  ['finnish markka', 'FIM'], ['pesetas', 'ESP'], ['dutch guilders', 'NLG'],
];

/** "pounds" alone is usually a weight; it is money with a scale word or "sterling". */
const WEAK_WORDS: Array<[string, string]> = [['pounds', 'GBP'], ['pound', 'GBP']];

const dollarFamily = (iso: string) => ({ family: 'dollar' as const, iso });

export const ENGLISH_CURRENCY_FORMS: CurrencyForm[] = [
  ...SYMBOLS.map(([form, iso]): CurrencyForm => ({
    form, iso, kind: 'symbol', lang: 'en', side: 'both', ...(form.includes('$') ? { family: 'dollar' } : {}),
    ...(typeof iso === 'object' ? { yenOrYuan: true } : {}),
  })),
  ...DOLLAR_PREFIXES.flatMap(([prefix, iso]): CurrencyForm[] => [
    { form: `${prefix}$`, kind: 'symbol', lang: 'en', side: 'before', ...dollarFamily(iso) },
    { form: `${prefix} $`, kind: 'symbol', lang: 'en', side: 'before', ...dollarFamily(iso) },
  ]),
  ...CAPITAL_DOLLAR_PREFIXES.map(([form, iso]): CurrencyForm => ({
    form, kind: 'symbol', lang: 'en', side: 'before', caseSensitive: true, ...dollarFamily(iso),
  })),
  ...CODES.map((code): CurrencyForm => ({
    form: code, iso: code === 'rmb' ? 'CNY' : code === 'ntd' ? 'TWD' : code.toUpperCase(),
    kind: 'code', lang: 'en', side: 'both',
  })),
  ...UPPER_CASE_CODES.map((code): CurrencyForm => ({ form: code, iso: code, kind: 'code', lang: 'en', side: 'both', caseSensitive: true })),
  ...MILLION_CODES.map(([form, iso]): CurrencyForm => ({ form, iso, kind: 'code', lang: 'en', side: 'both', multiplier: 1e6 })),
  ...WORDS.map(([form, iso]): CurrencyForm => ({
    form, iso, kind: 'word', lang: 'en', side: 'after', ...(form.includes('dollar') ? { family: 'dollar' } : {}),
  })),
  ...WEAK_WORDS.map(([form, iso]): CurrencyForm => ({ form, iso, kind: 'word', lang: 'en', side: 'after', guard: 'amount-needs-scale' })),
];

export const ENGLISH_SCALE_WORDS: ScaleWord[] = [
  { form: 'thousand', multiplier: 1e3 }, { form: 'k', multiplier: 1e3, gluedOnly: true },
  { form: 'million', multiplier: 1e6 }, { form: 'mn', multiplier: 1e6 }, { form: 'mln', multiplier: 1e6 },
  { form: 'm', multiplier: 1e6, gluedOnly: true },
  { form: 'billion', multiplier: 1e9 }, { form: 'bn', multiplier: 1e9 }, { form: 'bln', multiplier: 1e9 },
  { form: 'b', multiplier: 1e9, gluedOnly: true },
  { form: 'trillion', multiplier: 1e12 }, { form: 'tn', multiplier: 1e12 }, { form: 'trn', multiplier: 1e12 },
];

/** Number words and what each does to the running value (see parseEnglishNumberWords). */
export const ENGLISH_NUMBER_WORDS: Record<string, { value: number; role: 'unit' | 'hundred' | 'scale' | 'fraction' | 'article' }> = {
  zero: { value: 0, role: 'unit' }, one: { value: 1, role: 'unit' }, two: { value: 2, role: 'unit' },
  three: { value: 3, role: 'unit' }, four: { value: 4, role: 'unit' }, five: { value: 5, role: 'unit' },
  six: { value: 6, role: 'unit' }, seven: { value: 7, role: 'unit' }, eight: { value: 8, role: 'unit' },
  nine: { value: 9, role: 'unit' }, ten: { value: 10, role: 'unit' }, eleven: { value: 11, role: 'unit' },
  twelve: { value: 12, role: 'unit' }, thirteen: { value: 13, role: 'unit' }, fourteen: { value: 14, role: 'unit' },
  fifteen: { value: 15, role: 'unit' }, sixteen: { value: 16, role: 'unit' }, seventeen: { value: 17, role: 'unit' },
  eighteen: { value: 18, role: 'unit' }, nineteen: { value: 19, role: 'unit' }, twenty: { value: 20, role: 'unit' },
  thirty: { value: 30, role: 'unit' }, forty: { value: 40, role: 'unit' }, fifty: { value: 50, role: 'unit' },
  sixty: { value: 60, role: 'unit' }, seventy: { value: 70, role: 'unit' }, eighty: { value: 80, role: 'unit' },
  ninety: { value: 90, role: 'unit' }, hundred: { value: 100, role: 'hundred' },
  thousand: { value: 1e3, role: 'scale' }, million: { value: 1e6, role: 'scale' },
  billion: { value: 1e9, role: 'scale' }, trillion: { value: 1e12, role: 'scale' },
  half: { value: 0.5, role: 'fraction' }, quarter: { value: 0.25, role: 'fraction' },
  quarters: { value: 0.25, role: 'fraction' }, a: { value: 1, role: 'article' }, an: { value: 1, role: 'article' },
};

const cues = (qualifier: Qualifier, list: string[]): QualifierCue[] => list.map((cue) => ({ cue, qualifier }));

/** Cues right before the amount, separated from it by spaces only. */
export const ENGLISH_CUES_BEFORE: QualifierCue[] = [
  ...cues('up_to', ['up to', 'as much as', 'as high as', 'no more than', 'at most', 'a maximum of', 'a maximum']),
  ...cues('over', ['over', 'more than', 'in excess of', 'above', 'exceeding', 'upwards of', 'just over', 'north of']),
  ...cues('at_least', ['at least', 'no less than', 'not less than', 'a minimum of']),
  ...cues('about', ['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'close to',
    'an estimated', 'estimated', 'circa', 'approx.', 'about an estimated']),
  ...cues('under', ['under', 'less than', 'below', 'just under', 'just below']),
];

/** Cues right after the amount. */
export const ENGLISH_CUES_AFTER: QualifierCue[] = [
  ...cues('at_least', ['or more', 'and up', 'and above']),
  ...cues('about', ['or so']),
  ...cues('over', ['plus', '-plus']),
  ...cues('up_to', ['or less']),
];

/** Words joining the two ends of a range; "and" only after "between". */
export const ENGLISH_RANGE_CONNECTORS = ['-', '–', '—', 'to'];
export const ENGLISH_BETWEEN = { opener: 'between', connector: 'and' };
/** "from $3bn to $5bn" is a change, not a range. */
export const ENGLISH_CHANGE_OPENERS = ['from'];

/**
 * A bare "$" written as the conversion of an amount in another currency is the US dollar:
 * "HK$270 million, or $34.3 million", "NT$3.1 billion ($97 million)", "A$5bn (about $3.3bn)".
 * The gap between the two amounts: an opener, then optionally a hedge.
 */
export const CONVERSION_OPENERS = ['(', '（', 'or', ', or', '(or', '—', '–', ', equivalent to', ', the equivalent of', ', worth'];
export const CONVERSION_HEDGES = ['about', 'around', 'roughly', 'approximately', 'approx.', 'some', 'nearly', 'almost', 'close to',
  'just over', 'just under', 'more than', 'over', 'less than', 'under', 'an estimated', 'equivalent to', 'the equivalent of', 'or'];

/** Vague amounts: a currency after these is recorded without a value. */
export const ENGLISH_VAGUE_PREFIX = 'multi';
