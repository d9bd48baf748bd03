// "日本公司", "美国政府", "美国能源": a known place and a common noun, which jieba's dictionary
// sometimes lists as one organisation word (nt). Such a word names no body: the place in it
// is the entity ("Japanese companies" are not a company).

import { gazetteerEntry, gazetteerIndex } from '../gazetteer/index.ts';
import { chinaDivisions } from './divisions.ts';
import { BARE_HEADS, GENERIC_ORG_HEADS, PLACE_GENERIC_TAILS } from './rules.ts';

/** Institutions a place names ("北京大学", "上海医院"): after a place they make a name. */
const NAMED_INSTITUTIONS = new Set(['大学', '中学', '小学', '医院', '学院', '中心']);

/** Nouns that after a place describe, not name: "公司", "政府", "能源", "企业", "经济". */
const COMMON_NOUNS_AFTER_PLACE = new Set([
  ...[...BARE_HEADS].filter((head) => !NAMED_INSTITUTIONS.has(head)), ...GENERIC_ORG_HEADS, ...PLACE_GENERIC_TAILS,
  '能源', '经济', '市场', '产业', '企业界', '工业', '商界', '财团', '商人', '投资',
]);

/** Whether `name` is a place the gazetteer or China's divisions know. */
export function isKnownPlace(name: string): boolean {
  const { full, shortUpper } = chinaDivisions();
  if (full.has(name) || shortUpper.has(name)) return true;
  const id = gazetteerIndex().chineseNames.get(name);
  return id !== undefined && gazetteerEntry(id)?.type === 'place';
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
