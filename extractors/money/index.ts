// extractMoney: money mentions with value, ISO currency, qualifier, span and rule id.
// Parse, then refine: the scanner finds amounts (atoms.ts), ranges join neighbours
// (ranges.ts), qualifiers come from the words around each amount (qualifiers.ts), and the
// ambiguous forms — a bare "$", ¥, the generic 元 — take their currency from what the text
// names outright (dollar-context.ts).
import type { ExtractOptions, MoneyMention } from '../types.ts';
import { scanAmountAtoms } from './atoms.ts';
import { currencyContextOf, currencyInContext, type CurrencyContext } from './dollar-context.ts';
import type { AmountAtom } from './model.ts';
import { qualifierFromContext } from './qualifiers.ts';
import { joinRange } from './ranges.ts';

export { parseEnglishNumber } from './numbers.en.ts';
export { parseChineseNumber } from './numbers.zh.ts';

function singleMention(text: string, atom: AmountAtom, floor: number, context: CurrencyContext): MoneyMention | null {
  if (!atom.currency) return null;
  const contextual = atom.value === null ? null : qualifierFromContext(text, atom.start, atom.end, floor);
  return {
    start: atom.start,
    end: atom.end,
    text: text.slice(atom.start, atom.end),
    value: atom.value,
    currency: currencyInContext(atom.currency, context, atom),
    // A vague amount ("multibillion-dollar") has no value; "about" is the honest reading.
    qualifier: atom.value === null ? 'about' : contextual ?? atom.impliedQualifier ?? 'exact',
    rule: `${atom.lang}.money.${atom.parts.join('-')}`,
  };
}

export function extractMoney(text: string, options: ExtractOptions): MoneyMention[] {
  const atoms = scanAmountAtoms(text, options.lang);
  const context = currencyContextOf(text, atoms, options.lang);
  const mentions: MoneyMention[] = [];
  let floor = 0;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    const next = atoms[i + 1];
    const range = next ? joinRange(text, atom, next, floor) : null;
    if (range) {
      mentions.push({
        start: range.start,
        end: range.end,
        text: text.slice(range.start, range.end),
        value: range.min,
        currency: currencyInContext(range.currency, context, atom.currency === range.currency ? atom : next),
        qualifier: 'range',
        min: range.min,
        max: range.max,
        rule: range.rule,
      });
      floor = range.end;
      i++;
      continue;
    }
    const mention = singleMention(text, atom, floor, context);
    if (mention) {
      mentions.push(mention);
      floor = mention.end;
    }
  }
  return mentions;
}
