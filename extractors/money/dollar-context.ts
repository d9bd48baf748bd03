// What an ambiguous currency form means in this text, decided after the scan from the
// currencies the text names outright:
// - a bare "$" or "dollars" is USD unless the article names exactly one kind of dollar and
//   it is not the US one (HK$ in a Hong Kong story, A$ in an Australian one); but a bare "$"
//   written as the conversion of an amount in another currency ("HK$270 million, or $34.3
//   million", "NT$3.1 billion ($97 million)") is always USD, and so then is every bare "$"
//   of that text (its headline's "Record $34.3 million sale");
// - ¥ / ￥ is JPY in English and CNY in Chinese, unless the text names only the other one
//   (an English text with yuan and no yen; a Chinese text with 日元 amounts);
// - the generic 元 is the yuan unless the text names a currency written as bare 元 locally
//   (新台幣) and never the yuan itself.
import type { Lang } from '../types.ts';
import type { AmountAtom, CurrencyHit } from './model.ts';
import { CONVERSION_HEDGES, CONVERSION_OPENERS } from './tables.en.ts';
import { GENERIC_UNIT_LOCAL_CURRENCIES } from './tables.zh.ts';

export interface CurrencyContext {
  /** What a bare dollar means here. */
  dollar: string;
  /** What ¥ means here. */
  yen: string;
  /** What the generic 元 means here. */
  yuan: string;
  /** Atoms whose bare "$" converts a neighbouring amount: USD whatever `dollar` says. */
  conversions: Set<AmountAtom>;
}

const BARE_DOLLAR_FORMS = new Set(['$', '＄', 'dollar', 'dollars']);

const isBareDollar = (hit: CurrencyHit) => BARE_DOLLAR_FORMS.has(hit.form.form);
/** A currency the text names outright: not a bare dollar, ¥ or 元. */
const isNamed = (hit: CurrencyHit) => !isBareDollar(hit) && !hit.form.yenOrYuan && !hit.form.generic;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
const CONVERSION_GAP = new RegExp(`^\\s*(?:${alternation(CONVERSION_OPENERS)})\\s*(?:(?:${alternation(CONVERSION_HEDGES)})\\s+)?$`, 'i');

/** The longest gap that can hold an opener and a hedge. */
const MAX_GAP = 40;

function isConversionGap(text: string, from: number, to: number): boolean {
  return to - from <= MAX_GAP && to >= from && CONVERSION_GAP.test(text.slice(from, to));
}

/** A named currency other than the US dollar, stated by this atom. */
const namedForeign = (atom: AmountAtom | undefined) => atom?.currency !== undefined && isNamed(atom.currency) && atom.currency.iso !== 'USD';

function conversionsOf(text: string, atoms: AmountAtom[]): Set<AmountAtom> {
  const found = new Set<AmountAtom>();
  atoms.forEach((atom, i) => {
    if (!atom.currency || atom.currency.form.form !== '$' && atom.currency.form.form !== '＄') return;
    const previous = atoms[i - 1];
    const next = atoms[i + 1];
    if ((namedForeign(previous) && isConversionGap(text, previous!.end, atom.start))
      || (namedForeign(next) && isConversionGap(text, atom.end, next!.start))) found.add(atom);
  });
  return found;
}

export function currencyContextOf(text: string, atoms: AmountAtom[], lang: Lang): CurrencyContext {
  const dollars = new Set<string>();
  const named = new Set<string>();
  let needsConversions = false;
  for (const { currency: hit } of atoms) {
    if (!hit) continue;
    if (isNamed(hit)) {
      named.add(hit.iso);
      if (hit.form.family === 'dollar' || hit.iso === 'USD') dollars.add(hit.iso);
    } else if (isBareDollar(hit)) needsConversions = true;
  }
  const [onlyDollar] = dollars;
  const conversions = needsConversions ? conversionsOf(text, atoms) : new Set<AmountAtom>();
  // A writer who converts into bare "$" uses it for the US dollar throughout the text.
  const dollar = dollars.size === 1 && onlyDollar !== undefined && conversions.size === 0 ? onlyDollar : 'USD';
  const yen = lang === 'en'
    ? named.has('CNY') && !named.has('JPY') ? 'CNY' : 'JPY'
    : named.has('JPY') ? 'JPY' : 'CNY';
  const local = GENERIC_UNIT_LOCAL_CURRENCIES.filter((iso) => named.has(iso));
  const yuan = local.length === 1 && !named.has('CNY') ? local[0]! : 'CNY';
  return { dollar, yen, yuan, conversions };
}

export function currencyInContext(hit: CurrencyHit, context: CurrencyContext, atom?: AmountAtom): string {
  if (atom && context.conversions.has(atom)) return 'USD';
  if (isBareDollar(hit)) return context.dollar;
  if (hit.form.yenOrYuan) return context.yen;
  if (hit.form.generic) return context.yuan;
  return hit.iso;
}
