// Names inside a line written in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP",
// "BOXING - PANAMA 'S ROBERTO DURAN FIGHTS"): capitals prove nothing there, so a run of
// capitalised words is cut into the longest stretches that something else vouches for —
// the same name written in mixed case elsewhere in the article, a gazetteer name, a country,
// city or region, or a given name followed by a surname. Unvouched words are left out.

import type { EntityType } from '../../types.ts';
import { cityNamed } from '../data/en-places.ts';
import { isGivenName } from '../data/en-given-names.ts';
import { isRegionName } from '../data/en-regions.ts';
import { gazetteerIndex } from '../gazetteer/index.ts';
import { normaliseName } from '../name-forms.ts';
import { compromiseClassOf } from './lexicon.ts';
import { isSportName } from './sports.ts';
import type { EnglishToken } from './tokens.ts';

export interface CapsName {
  from: number;
  to: number;
  type: EntityType;
  rule: string;
}

/** Longest stretch tried, in words. */
const MAX_WORDS = 4;

/** What vouches for the lower-case name `key`: the article's own typing first, then public data. */
function vouch(key: string, words: number, articleTypes: ReadonlyMap<string, EntityType>): Omit<CapsName, 'from' | 'to'> | undefined {
  const typed = articleTypes.get(key);
  if (typed) return { type: typed, rule: 'en.caps.same-name' };
  const ids = gazetteerIndex().normalised.get(normaliseName(key));
  if (ids?.length === 1) {
    const entry = gazetteerIndex().entries.get(ids[0]!)!;
    return { type: entry.type, rule: 'en.caps.gazetteer' };
  }
  const compromiseClass = words === 1 ? compromiseClassOf(key) : undefined;
  if (compromiseClass === 'place') return { type: 'place', rule: 'en.caps.place-lexicon' };
  if (compromiseClass === undefined && cityNamed(key)) return { type: 'place', rule: 'en.caps.city' };
  if (compromiseClass === undefined && words === 1 && isRegionName(key)) return { type: 'place', rule: 'en.caps.region' };
  return undefined;
}

/**
 * Vouched names among tokens [from, to) of a line in capitals. `articleTypes` maps the
 * lower-case form of every name typed outside capitals in the article to its type.
 */
export function namesInCaps(tokens: readonly EnglishToken[], from: number, to: number, articleTypes: ReadonlyMap<string, EntityType>): CapsName[] {
  const found: CapsName[] = [];
  let i = from;
  while (i < to) {
    if (isSportName(tokens[i]!.lower)) { i++; continue; }
    let matched: CapsName | undefined;
    let key = '';
    const keys: string[] = [];
    for (let k = i; k < Math.min(to, i + MAX_WORDS); k++) {
      key = k === i ? tokens[k]!.lower : `${key} ${tokens[k]!.lower}`;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1 && !matched; n--) {
      const verdict = vouch(keys[n - 1]!, n, articleTypes);
      if (verdict) matched = { from: i, to: i + n, ...verdict };
    }
    // "ROBERTO DURAN": a given name and an unknown word.
    if (!matched && i + 1 < to && isGivenName(tokens[i]!.lower) && compromiseClassOf(tokens[i]!.lower) !== 'common' &&
      compromiseClassOf(tokens[i + 1]!.lower) === undefined && /^[A-Z]{3,}$/.test(tokens[i + 1]!.text)) {
      matched = { from: i, to: i + 2, type: 'person', rule: 'en.caps.given-name' };
    }
    if (matched) { found.push(matched); i = matched.to; } else i++;
  }
  return found;
}
