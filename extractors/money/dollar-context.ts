// "$ alone is USD unless the context says otherwise": in an article that names exactly one
// kind of dollar and it is not the US dollar (HK$ in a Hong Kong story, A$ in an Australian
// one), a bare "$" or "dollars" means that dollar.
import type { AmountAtom, CurrencyHit } from './model.ts';

const BARE_DOLLAR_FORMS = new Set(['$', '＄', 'dollar', 'dollars']);

const isBareDollar = (hit: CurrencyHit) => BARE_DOLLAR_FORMS.has(hit.form.form);

/** The currency bare dollars stand for in this text: the one explicit dollar, else USD. */
export function dollarOfText(atoms: AmountAtom[]): string {
  const explicit = new Set<string>();
  for (const { currency: hit } of atoms) {
    if (hit && !isBareDollar(hit) && (hit.form.family === 'dollar' || hit.iso === 'USD')) explicit.add(hit.iso);
  }
  const [only] = explicit;
  return explicit.size === 1 && only !== undefined ? only : 'USD';
}

export function currencyInContext(hit: CurrencyHit, dollar: string): string {
  return isBareDollar(hit) ? dollar : hit.iso;
}
