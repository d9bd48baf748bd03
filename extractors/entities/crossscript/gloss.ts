// findGlosses: a name written in one script with the other script's form in brackets
// right after it — 塔霍银行（Banco Tejo）, 米卡埃尔·哈卡赖宁（Mikael Hakkarainen）, or
// Banco Tejo (塔霍银行) — is one name twice. The article says so itself, so no spelling
// rule is needed: the strongest cross-script evidence there is.

import type { Span } from '../../types.ts';
import { hasHan } from '../name-forms.ts';

const OPEN = /^[ \t]*[（(][ \t]*$/;
const CLOSE = /^[ \t]*[）)]/;

export interface GlossCandidate extends Span {
  text: string;
}

/** Index pairs [name, gloss] among one article's entity mentions (any order), by their spans into `text`. */
export function findGlosses(text: string, mentions: readonly GlossCandidate[]): [number, number][] {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const pairs: [number, number][] = [];
  for (let k = 0; k + 1 < order.length; k++) {
    const a = mentions[order[k]!]!;
    const b = mentions[order[k + 1]!]!;
    if (hasHan(a.text) === hasHan(b.text) || b.start < a.end || b.start - a.end > 3) continue;
    if (OPEN.test(text.slice(a.end, b.start)) && CLOSE.test(text.slice(b.end, b.end + 2))) pairs.push([order[k]!, order[k + 1]!]);
  }
  return pairs;
}
