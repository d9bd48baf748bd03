// "日本公司", "美国政府", "美国能源": a known place and a common noun, which jieba's dictionary
// sometimes lists as one organisation word (nt). Such a word names no body: the place in it
// is the entity ("Japanese companies" are not a company).

import { linkEntity } from '../link.ts';
import { chinaDivisions } from './divisions.ts';
import { BARE_HEADS, GENERIC_ORG_HEADS, PLACE_GENERIC_TAILS } from './rules.ts';

/** Nouns that after a place describe, not name: "公司", "政府", "能源", "企业", "经济". */
const COMMON_NOUNS_AFTER_PLACE = new Set([...BARE_HEADS, ...GENERIC_ORG_HEADS, ...PLACE_GENERIC_TAILS, '能源', '经济', '市场', '产业', '企业界', '工业', '商界', '财团', '商人', '投资']);

/** Whether `name` is a place the gazetteer or China's divisions know. */
export function isKnownPlace(name: string): boolean {
  const { full, shortUpper } = chinaDivisions();
  return full.has(name) || shortUpper.has(name) || linkEntity(name)?.entry.type === 'place';
}

/** The known place `word` starts with, when the rest is a common noun: "日本公司" → "日本". */
export function placeBeforeCommonNoun(word: string): string | undefined {
  for (let length = 2; length <= word.length - 2 && length <= 7; length++) {
    if (COMMON_NOUNS_AFTER_PLACE.has(word.slice(length)) && isKnownPlace(word.slice(0, length))) return word.slice(0, length);
  }
  return undefined;
}

/** Whether `word` opens with a place the gazetteer or China's divisions know, and goes on ("武汉市公安局"). */
export function startsWithKnownPlace(word: string): boolean {
  for (let length = 2; length <= word.length - 1 && length <= 7; length++) if (isKnownPlace(word.slice(0, length))) return true;
  return false;
}
