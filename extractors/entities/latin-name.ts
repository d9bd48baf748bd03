// classifyLatinName: the type of a Latin-script name standing alone inside Chinese text
// ("Howard Lutnick", "GE Vernova", "Kiewit"), where capitals and neighbours say less.

import type { EntityType } from '../types.ts';
import { classifyWord } from './en/lexicon.ts';
import { NON_ENTITY_ACRONYMS, ORG_SUFFIXES } from './en/rules.ts';
import { linkEntity } from './link.ts';

export interface LatinVerdict {
  type: EntityType;
  rule: string;
  id?: string;
  name?: string;
}

export function classifyLatinName(name: string, afterTitle: boolean): LatinVerdict | undefined {
  const words = name.split(' ');
  if (words.every((w) => NON_ENTITY_ACRONYMS.has(w))) return undefined;
  if (words.some((w) => /\d/.test(w) && /[A-Za-z]/.test(w))) return undefined; // model numbers: AP1000
  if (!/^[A-Z]/.test(name)) return undefined;
  const link = linkEntity(name, afterTitle ? 'person' : undefined);
  if (link) return { type: link.entry.type, rule: `zh.latin.link-${link.how}`, id: link.entry.id, name: link.entry.name };
  if (afterTitle) return { type: 'person', rule: 'zh.latin.after-title' };
  const last = words[words.length - 1]!;
  if (words.length >= 2 && ORG_SUFFIXES.has(last)) return { type: 'org', rule: 'zh.latin.org-suffix' };
  if (words.length >= 2 && words.length <= 3 && classifyWord(words[0]!) === 'first-name') return { type: 'person', rule: 'zh.latin.given-name' };
  if (words.length === 1 && classifyWord(name) === 'place') return { type: 'place', rule: 'zh.latin.place-lexicon' };
  // Latin-script names in Chinese business news are mostly companies.
  return { type: 'org', rule: 'zh.latin.default-org' };
}
