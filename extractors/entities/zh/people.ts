// People over the whole text's words: jieba's dictionary names (nr: 江泽民) and
// transliterations (nrt: 阿拉法特), names jieba's HMM joined that start with a surname
// ("吴弦光", less a verb it glued on: "王晨作" → 王晨), a surname word followed by a given
// name ("金/正南"), a surname alone before a title or 某 ("江总书记", "刘某"), the name in a
// doctrine ("邓小平理论"), and the name after a role title ("总理马拉佩周二…" → 马拉佩).
// A name never runs into a weekday, a verb or a particle: each rule stops at a word whose
// part of speech cannot be in a name.

import { COMMON_SURNAMES, COMPOUND_SURNAMES, RARE_SURNAMES } from '../data/zh-surnames.ts';
import type { ClaimedText } from './claims.ts';
import type { ChineseWord } from './jieba-words.ts';
import { linkEntity } from '../link.ts';
import { DOCTRINE_TAILS, NAME_STOP_CHARS, NAME_TAIL_STOPS, NOT_GIVEN_NAME_CHARS, NOT_NAME_LAST_CHARS, TITLES_AFTER_SURNAME } from './rules.ts';

const COMMON = new Set([...COMMON_SURNAMES]);
const ANY_SINGLE = new Set([...COMMON_SURNAMES, ...RARE_SURNAMES]);
const COMPOUND = new Set(COMPOUND_SURNAMES);
const HAN = /^\p{Script=Han}+$/u;
/** Tags of words that can be a given name after a surname ("金/正南", "蒋/建平", "马拉/佩"). */
const GIVEN_NAME_TAGS = new Set(['nr', 'ns', 'n', 'nz', 'x', 'a', 'ng', 'zg', 'j', 'nrfg', 'ag', 'an', 'b', 'nrt', 'tg', 'vg', 'rg']);
/** Tags after which a name has ended: verbs, prepositions, adverbs, particles, numbers, time words, punctuation. */
const AFTER_NAME_TAGS = new Set(['v', 'vd', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'y', 'r', 'f', 'm', 'q', 't', 'w', 'vn', 'l', 'i', 'a', 'ad', 'n', 'ns', 'nt']);

/** Tags of a one-character word that is a preposition, conjunction or the like there, not a surname ("向主席汇报"). */
const NOT_SURNAME_TAGS = new Set(['p', 'c', 'd', 'r', 'v', 'u', 'uj', 'ul', 'm', 'q', 'f', 'w']);

const isSurnameStart = (word: string, common: boolean) =>
  COMPOUND.has(word.slice(0, 2)) || (common ? COMMON : ANY_SINGLE).has(word[0]!);

const titleAt = (text: string, at: number) => TITLES_AFTER_SURNAME.find((t) => text.startsWith(t, at));

function claimPerson(claims: ClaimedText, start: number, end: number, rule: string): boolean {
  return end > start && claims.claim({ start, end, kind: 'entity', type: 'person', rule });
}

/** A dictionary name that the gazetteer knows as a place or organisation ("阿根廷") is claimed as that. */
function claimNameWord(claims: ClaimedText, w: ChineseWord, rule: string): boolean {
  const known = linkEntity(w.word)?.entry;
  if (known && known.type !== 'person') return claims.claim({ start: w.start, end: w.end, kind: 'entity', type: known.type, id: known.id, rule: 'zh.gazetteer-word' });
  return claimPerson(claims, w.start, w.end, rule);
}

/** Whether the name ends at `end`: the text or a clause ends, or the next word cannot be in a name. */
function endsThere(words: readonly ChineseWord[], k: number, text: string): boolean {
  const next = words[k];
  if (!next || next.start !== words[k - 1]!.end) return true;
  if (NAME_STOP_CHARS.has(next.word[0]!) || titleAt(text, next.start)) return true;
  return AFTER_NAME_TAGS.has(next.tag) || !HAN.test(next.word);
}

/** A word of jieba's HMM (tagged x) that starts with a surname: the name, less a verb glued on. */
function claimJoinedName(text: string, w: ChineseWord, claims: ClaimedText): boolean {
  const word = w.word;
  if (word.length < 2 || word.length > 4 || !HAN.test(word)) return false;
  const compound = COMPOUND.has(word.slice(0, 2));
  if (!compound && !ANY_SINGLE.has(word[0]!)) {
    // "连马跃南": a verb glued before a name of three.
    if (word.length === 4 && NAME_TAIL_STOPS.has(word[0]!) && COMMON.has(word[1]!)) return claimPerson(claims, w.start + 1, w.end, 'zh.person.joined-name');
    return false;
  }
  if (word.length === 2 && titleAt(word, 1)) return claimPerson(claims, w.start, w.start + 1, 'zh.person.surname-title');
  let end = w.end;
  if (word.length >= 3 && NAME_TAIL_STOPS.has(word[word.length - 1]!)) end--;
  if (end - w.start === 4 && !compound) return false;
  if (end - w.start <= 2 && (compound || NOT_GIVEN_NAME_CHARS.has(word[1]!) || NAME_TAIL_STOPS.has(word[1]!))) return false;
  if (NOT_NAME_LAST_CHARS.has(text[end - 1]!)) return false;
  return claimPerson(claims, w.start, end, 'zh.person.joined-name');
}

function claimWordPerson(text: string, words: readonly ChineseWord[], i: number, claims: ClaimedText): void {
  const w = words[i]!;
  const next = words[i + 1];
  const adjacent = next !== undefined && next.start === w.end && claims.isFree(next.start, next.end);
  // "邓小平理论", "毛泽东思想": the name in front of a doctrine.
  const doctrine = DOCTRINE_TAILS.find((tail) => w.word.length >= tail.length + 2 && w.word.endsWith(tail));
  if (doctrine && isSurnameStart(w.word, false) && (w.tag === 'nr' || w.tag === 'n' || w.tag === 'nz')) {
    claimPerson(claims, w.start, w.end - doctrine.length, 'zh.person.doctrine');
    return;
  }
  if (!HAN.test(w.word)) return;
  // A surname alone before a title: "江/总书记", "吴先生", "刘某" (a one-character title only as a word of its own).
  if (ANY_SINGLE.has(w.word[0]!) && (w.word.length === 1 || ((w.tag === 'x' || w.tag === 'nr') && titleAt(w.word, 1)))) {
    const nextTitle = adjacent ? titleAt(text, w.end) : undefined;
    const title = w.word.length === 1 ? (nextTitle && (nextTitle.length > 1 || next!.word === nextTitle) ? nextTitle : undefined) : titleAt(w.word, 1);
    if (title && (w.word.length === 1 ? COMMON.has(w.word) && !NOT_SURNAME_TAGS.has(w.tag) : w.word.length === 1 + title.length)) {
      claimPerson(claims, w.start, w.start + 1, 'zh.person.surname-title');
      return;
    }
  }
  if (w.tag === 'nrfg' && w.word.length >= 2 && w.word.length <= 4) {
    claimNameWord(claims, w, 'zh.person.dictionary-name');
    return;
  }
  if ((w.tag === 'nz' || w.tag === 't') && w.word.length === 3 && COMMON.has(w.word[0]!) && !NOT_NAME_LAST_CHARS.has(w.word[2]!)) {
    claimPerson(claims, w.start, w.end, 'zh.person.surname-name-word'); // "刘彦彬" (nz), "周恩来" (t)
    return;
  }
  if (w.tag === 'nr' && w.word.length === 2 && COMMON.has(w.word[0]!) && adjacent && (titleAt(text, w.end) || next!.word === '同志' || next!.word === '、')) {
    claimPerson(claims, w.start, w.end, 'zh.person.dictionary-name'); // "彭真同志", "王楠、"
    return;
  }
  if ((w.tag === 'nr' || w.tag === 'nrt') && w.word.length >= 2 && !isSurnameStart(w.word, false) && adjacent && next!.tag === 'nrt' && !isSurnameStart(next!.word, false)) {
    claimPerson(claims, w.start, next!.end, 'zh.person.transliterated-name'); // "拉特纳/亚克"
    return;
  }
  if ((w.tag === 'nr' || w.tag === 'nrfg') && w.word.length >= 2 && w.word.length <= 4) {
    // "马拉/佩", "欧阳明/远": a name jieba knows only in part, with one more character of given name.
    const partial = w.word.length === 2 || (w.word.length === 3 && COMPOUND.has(w.word.slice(0, 2)));
    if (partial && adjacent && next!.word.length === 1 && (next!.tag === 'zg' || next!.tag === 'ng' || next!.tag === 'x' || (next!.tag === 'a' && w.word.length === 3)) &&
      !NAME_TAIL_STOPS.has(next!.word) && endsThere(words, i + 2, text)) {
      claimPerson(claims, w.start, next!.end, 'zh.person.dictionary-name');
      return;
    }
    // jieba's dictionary tags many ordinary words nr ("文明", "顾客", "今天下午"): trusted are
    // names of three with a surname or of a transliteration's length, not ending in an event or kind.
    const trusted = w.word.length === 3 ? !NOT_NAME_LAST_CHARS.has(w.word[2]!) : w.word.length === 4 && COMPOUND.has(w.word.slice(0, 2));
    if (trusted) claimNameWord(claims, w, 'zh.person.dictionary-name');
    return;
  }
  if (w.tag === 'nrt' && w.word.length >= 3) {
    claimNameWord(claims, w, 'zh.person.transliterated-name');
    return;
  }
  if (w.tag === 'x') {
    // "李素/芝": a name of two that jieba's HMM joined and one more character cut off.
    if (w.word.length === 2 && COMMON.has(w.word[0]!) && adjacent && next!.word.length === 1 && HAN.test(next!.word) &&
      GIVEN_NAME_TAGS.has(next!.tag) && !NAME_STOP_CHARS.has(next!.word) && !NAME_TAIL_STOPS.has(next!.word) && endsThere(words, i + 2, text) &&
      !NOT_GIVEN_NAME_CHARS.has(w.word[1]!)) {
      claimPerson(claims, w.start, next!.end, 'zh.person.joined-name');
      return;
    }
    if (next?.tag !== 'm') claimJoinedName(text, w, claims); // "高达440亿": a word before a number is no name
    return;
  }
  // "金/正南", "蒋/建平": a one-character surname and a given name of one or two characters.
  if (w.word.length === 1 && (w.tag === 'nr' || (COMMON.has(w.word) && (w.tag === 'n' || w.tag === 'ng' || w.tag === 'x'))) && ANY_SINGLE.has(w.word) && adjacent) {
    const given = next!;
    if (given.word.length <= 2 && HAN.test(given.word) && GIVEN_NAME_TAGS.has(given.tag) && !NAME_STOP_CHARS.has(given.word[0]!) &&
      !titleAt(text, given.start) && endsThere(words, i + 2, text)) {
      claimPerson(claims, w.start, given.end, 'zh.person.surname-given-name');
    }
  }
}

/** "日本首相高市早苗于…", "总理马拉佩周二…": the name words right after a role title. */
export function claimNamesAfterTitles(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  const wordAt = new Map<number, number>();
  words.forEach((w, k) => wordAt.set(w.start, k));
  for (const role of [...claims.claims]) {
    if (role.kind !== 'role') continue;
    let k = wordAt.get(role.end);
    if (k === undefined) continue;
    const first = k;
    let end = role.end;
    while (k < words.length && words[k]!.start === end && end - role.end < 4 && claims.isFree(words[k]!.start, words[k]!.end)) {
      const w = words[k]!;
      const nameLike = HAN.test(w.word) && !NAME_STOP_CHARS.has(w.word[0]!) && (GIVEN_NAME_TAGS.has(w.tag) || w.tag === 'nrfg');
      if (!nameLike || (k > first && AFTER_NAME_TAGS.has(w.tag) && w.tag !== 'a' && w.tag !== 'n' && w.tag !== 'ns')) break;
      end = w.end;
      k++;
    }
    if (end - role.end < 2 || end - role.end > 4) continue;
    claimPerson(claims, role.end, end, 'zh.person.after-title');
  }
}

/** "金/正南", "朱/安康": a surname word before a given name that is also a place, read before places are. */
export function claimSurnamesBeforePlaces(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (w.word.length !== 1 || w.tag !== 'nr' || !COMMON.has(w.word) || next.tag !== 'ns' || next.word.length !== 2 || next.start !== w.end) continue;
    if (!claims.isFree(w.start, next.end) || !endsThere(words, i + 2, text)) continue;
    const before = words[i - 1];
    if (before && before.end === w.start && HAN.test(before.word) && !AFTER_NAME_TAGS.has(before.tag) && before.tag !== 'w') continue;
    claimPerson(claims, w.start, next.end, 'zh.person.surname-given-name');
  }
}

export function claimPeople(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (claims.isFree(w.start, w.end)) claimWordPerson(text, words, i, claims);
  }
}
