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

/** Longest Chinese name looked for before a bracketed Latin name. */
const MAX_NAME = 16;

/**
 * [mention index, Chinese name]: a Latin mention in brackets right after a Chinese name the
 * recogniser missed here but found elsewhere (`known`, names from any article):
 * 北光工坊（Northlight Forge） where only "Northlight Forge" is a mention of this article.
 */
export function findNamedGlosses(text: string, mentions: readonly GlossCandidate[], known: ReadonlySet<string>): [number, string][] {
  const found: [number, string][] = [];
  for (const [i, names] of namedGlossCandidates(text, mentions)) {
    const name = names.find((n) => known.has(n));
    if (name) found.push([i, name]);
  }
  return found;
}

/**
 * Each Latin mention in brackets after Chinese text that is no mention here, with the
 * Chinese strings before the bracket it could gloss, longest first: which of them is a
 * name is for the caller to say (a store keeps these and asks again as names arrive).
 */
export function namedGlossCandidates(text: string, mentions: readonly GlossCandidate[]): [number, string[]][] {
  const found: [number, string[]][] = [];
  mentions.forEach((m, i) => {
    if (hasHan(m.text) || !CLOSE.test(text.slice(m.end, m.end + 2))) return;
    const open = text.lastIndexOf('（', m.start) >= m.start - 2 ? text.lastIndexOf('（', m.start) : text.lastIndexOf('(', m.start);
    if (open < 0 || !OPEN.test(text.slice(open, m.start))) return;
    if (mentions.some((o) => o.end <= open && o.end >= open - 1 && hasHan(o.text))) return; // a mention gloss: findGlosses has it
    const names: string[] = [];
    for (let size = Math.min(MAX_NAME, open); size >= 2; size--) names.push(text.slice(open - size, open));
    found.push([i, names]);
  });
  return found;
}
