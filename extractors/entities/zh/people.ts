// People over the whole text's words: jieba's dictionary names (nr: 江泽民) and
// transliterations (nrt: 阿拉法特), names jieba's HMM joined that start with a surname
// ("吴弦光", less a verb it glued on: "王晨作" → 王晨), a surname word followed by a given
// name ("金/正南"), a surname alone before a title or 某 ("江总书记", "刘某"), the name in a
// doctrine ("邓小平理论"), and the name after a role title ("总理马拉佩周二…" → 马拉佩).
// A name never runs into a weekday, a verb or a particle: each rule stops at a word whose
// part of speech cannot be in a name.

import { COMMON_SURNAMES, COMPOUND_SURNAMES, RARE_SURNAMES } from '../data/zh-surnames.ts';
import { TRANSLITERATION_CHARACTERS } from '../data/zh-transliteration-characters.ts';
import type { ClaimedText } from './claims.ts';
import { charTable, allCharsIn, hasCharAt } from './char-table.ts';
import { isHanWord, wordIndexStartingAt, type ChineseWord } from './jieba-words.ts';
import { linkEntity } from '../link.ts';
import { DOCTRINE_TAILS, FUNCTION_WORD_SURNAMES, NAME_STOP_CHARS, PLACE_LAST_CHARS, SOUND_SPELLED_THINGS, ORG_HEADS_ZH, ORG_SUFFIXES_ZH, SPEECH_VERBS_ZH, NAME_TAIL_STOPS, NOT_GIVEN_NAME_CHARS, NOT_NAME_LAST_CHARS, NOT_PERSON_LAST_CHARS, TITLES_AFTER_SURNAME } from './rules.ts';

const COMMON = new Set([...COMMON_SURNAMES]);
const COMMON_CHARS = charTable(COMMON_SURNAMES);
const TRANSLITERATION = charTable(TRANSLITERATION_CHARACTERS);
const transliterated = (word: string) => allCharsIn(TRANSLITERATION, word);
const ANY_SINGLE = new Set([...COMMON_SURNAMES, ...RARE_SURNAMES]);
const ANY_SINGLE_CHARS = charTable(COMMON_SURNAMES, RARE_SURNAMES);
/** Last characters of a cup's name (尤伯杯, 汤姆斯杯赛) and of a doctrine's (邓小平理论). */
const CUP_LAST_CHARS = charTable('杯赛');
const COMPOUND = new Set(COMPOUND_SURNAMES);
/** Tags of words that can be a given name after a surname ("金/正南", "蒋/建平", "马拉/佩"). */
const GIVEN_NAME_TAGS = new Set(['nr', 'ns', 'n', 'nz', 'x', 'a', 'ng', 'zg', 'j', 'nrfg', 'ag', 'an', 'b', 'nrt', 'tg', 'vg', 'rg']);
/** Tags after which a name has ended: verbs, prepositions, adverbs, particles, numbers, time words, punctuation. */
const AFTER_NAME_TAGS = new Set(['v', 'vd', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'y', 'r', 'f', 'm', 'q', 't', 'w', 'vn', 'l', 'i', 'a', 'ad', 'n', 'ns', 'nt']);

/** A regnal number after a sovereign's name ("二世", "十四世"). */
const REGNAL = /^[一二三四五六七八九十]{1,3}世$/u;

/** Digits and numerals: no name starts right after one ("３０万铢", "１４００万人"). */
const NUMBER_CHARS = /[0-9０-９〇一二三四五六七八九十百千万亿两几]/u;

/** Second characters that make a word a clause, never a name ("山不高", "广而博", "史归史"). */
const CLAUSE_SECOND_CHARS = new Set([...'不而归']);

/** Words after a name that show it is one ("同志", "一行", "等人"). */
const NAME_CONTEXT_AFTER = new Set(['同志', '、', '一行', '等人', '先生', '女士', '夫人']);

/** Tags of a one-character word that is a preposition, conjunction or the like there, not a surname ("向主席汇报"). */
const NOT_SURNAME_TAGS = new Set(['p', 'c', 'd', 'r', 'v', 'u', 'uj', 'ul', 'm', 'q', 'f', 'w']);

const isSurnameStart = (word: string, common: boolean) =>
  hasCharAt(common ? COMMON_CHARS : ANY_SINGLE_CHARS, word, 0) || (word.length >= 2 && COMPOUND.has(word.slice(0, 2)));

const TITLE_FIRST_CHARS = charTable(TITLES_AFTER_SURNAME.map((t) => t[0]!));
const titleAt = (text: string, at: number) =>
  hasCharAt(TITLE_FIRST_CHARS, text, at) ? TITLES_AFTER_SURNAME.find((t) => text.startsWith(t, at)) : undefined;
const SPEECH_FIRST_CHARS = charTable(SPEECH_VERBS_ZH.map((v) => v[0]!));
const speechVerbAt = (text: string, at: number) => hasCharAt(SPEECH_FIRST_CHARS, text, at) && SPEECH_VERBS_ZH.some((v) => text.startsWith(v, at));
const DOCTRINE_LAST_CHARS = charTable(DOCTRINE_TAILS.map((t) => t[t.length - 1]!));

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
  return AFTER_NAME_TAGS.has(next.tag) || !isHanWord(next.word);
}

/** A word of jieba's HMM (tagged x) that starts with a surname: the name, less a verb glued on. */
function claimJoinedName(text: string, w: ChineseWord, claims: ClaimedText): boolean {
  // In a list of names ("李菊、邬娜、孙晋") a rare surname is trusted too.
  // In a list of names ("李菊、邬娜、孙晋") or before 等 or a speech verb, a rare surname is trusted too.
  const listed = text[w.start - 1] === '、' || text[w.end] === '、' || text[w.end] === '等' || speechVerbAt(text, w.end);
  const word = w.word;
  if (word.length < 2 || word.length > 4 || !isHanWord(word)) return false;
  // "３０万铢", "１９８５年春": a word right after a number is a unit or a date, not a name.
  if (NUMBER_CHARS.test(text[w.start - 1] ?? '')) return false;
  // "山不高", "广而博": a negation or conjunction second is a clause.
  if (CLAUSE_SECOND_CHARS.has(word[1]!)) return false;
  const compound = COMPOUND.has(word.slice(0, 2));
  if (!compound && !ANY_SINGLE.has(word[0]!)) {
    // "连马跃南", "嘱王涛": a verb glued before a name.
    if (word.length >= 3 && NAME_TAIL_STOPS.has(word[0]!) && COMMON.has(word[1]!) && !NOT_GIVEN_NAME_CHARS.has(word[2]!)) {
      return claimPerson(claims, w.start + 1, w.end, 'zh.person.joined-name');
    }
    return false;
  }
  // "从家", "那家": before a title of one character only a common surname is one (any before 某: 阮某).
  const title = word.length === 2 ? titleAt(word, 1) : undefined;
  if (title) return (title.length > 1 || title === '某' || hasCharAt(COMMON_CHARS, word, 0)) && claimPerson(claims, w.start, w.start + 1, 'zh.person.surname-title');
  // "有雾", "向北", "从三至": a surname that is far more often a function word opens a phrase, not a name.
  if (FUNCTION_WORD_SURNAMES.has(word[0]!) && !listed && (word.length === 2 || NUMBER_CHARS.test(word[1]!))) return false;
  let end = w.end;
  if (word.length >= 3 && NAME_TAIL_STOPS.has(word[word.length - 1]!)) end--;
  if (end - w.start === 4 && !compound) return false;
  if (end - w.start <= 2 && (compound || (!COMMON.has(word[0]!) && !listed) || NOT_GIVEN_NAME_CHARS.has(word[1]!) || NAME_TAIL_STOPS.has(word[1]!))) return false;
  // A surname and two characters the dictionary lacks: only an event, body or place ends it otherwise.
  const lastChars = end - w.start === 3 && COMMON.has(word[0]!) ? NOT_PERSON_LAST_CHARS : NOT_NAME_LAST_CHARS;
  if (lastChars.has(text[end - 1]!)) return false;
  return claimPerson(claims, w.start, end, 'zh.person.joined-name');
}

/** Tags of the next item of a list that make the list one of names ("王楠、李菊"), not of things ("道德、观念", "白鹭、柳莺"). */
const LISTED_NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x', 'nz']);

/** Whether words[k], the item after a 、, is a name, so the list is one of names. */
function listOfNames(words: readonly ChineseWord[], k: number): boolean {
  const item = words[k];
  return item !== undefined && LISTED_NAME_TAGS.has(item.tag);
}

function claimWordPerson(text: string, words: readonly ChineseWord[], i: number, claims: ClaimedText): void {
  const w = words[i]!;
  const next = words[i + 1];
  const adjacent = next !== undefined && next.start === w.end && claims.isFree(next.start, next.end);
  // "邓小平理论", "毛泽东思想": the name in front of a doctrine.
  const doctrine = hasCharAt(DOCTRINE_LAST_CHARS, w.word, w.word.length - 1) ? DOCTRINE_TAILS.find((tail) => w.word.length >= tail.length + 2 && w.word.endsWith(tail)) : undefined;
  // "爱国主义", "平均主义": before 主义 a name of two is only a sound-spelled one (列宁主义).
  const doctrineName = doctrine ? w.word.slice(0, -doctrine.length) : '';
  if (doctrine && isSurnameStart(w.word, false) && (w.tag === 'nr' || w.tag === 'n' || w.tag === 'nz') && (doctrine !== '主义' || doctrineName.length >= 3 || transliterated(doctrineName))) {
    claimPerson(claims, w.start, w.end - doctrine.length, 'zh.person.doctrine');
    return;
  }
  if (!isHanWord(w.word)) return;
  // "尤伯杯", "汤姆斯杯赛": a cup named after a person.
  const cup = !hasCharAt(CUP_LAST_CHARS, w.word, w.word.length - 1) ? 0 : w.word.endsWith('杯赛') ? 2 : w.word.endsWith('杯') ? 1 : 0;
  // "尤杯", "汤杯": the cup's short name, one character of the name, in a word jieba's dictionary lacks or lists as a proper noun.
  const shortCup = cup === 1 && w.word.length === 2 && (w.tag === 'x' || w.tag === 'nz') && (hasCharAt(TRANSLITERATION, w.word, 0) || hasCharAt(ANY_SINGLE_CHARS, w.word, 0));
  if (cup > 0 && (shortCup || (w.word.length - cup >= 2 && w.word.length - cup <= 4 && transliterated(w.word.slice(0, -cup))))) {
    claimPerson(claims, w.start, w.end - cup, 'zh.person.cup-name');
    return;
  }
  // A surname alone before a title: "江/总书记", "吴先生", "刘某" (a one-character title only as a word of its own).
  // jieba's dictionary lists a few such pairs whole as nouns ("江总书记/n"): a common surname and a title of two or more.
  const listedPair = w.tag === 'n' && hasCharAt(COMMON_CHARS, w.word, 0) && (titleAt(w.word, 1)?.length ?? 0) >= 2;
  if (hasCharAt(ANY_SINGLE_CHARS, w.word, 0) && (w.word.length === 1 || ((w.tag === 'x' || w.tag === 'nr' || listedPair) && titleAt(w.word, 1)))) {
    const nextTitle = adjacent ? titleAt(text, w.end) : undefined;
    const title = w.word.length === 1 ? (nextTitle && (nextTitle.length > 1 || next!.word === nextTitle) ? nextTitle : undefined) : titleAt(w.word, 1);
    // "从家", "古老": a rarer surname before a title of one character is a word of its own.
    // "张/医生": jieba tags 张 a measure word (q); before a title of two it is the surname, unless a number counts it ("一张").
    const surnameTag = !NOT_SURNAME_TAGS.has(w.tag) || (w.tag === 'q' && (title?.length ?? 0) >= 2 && !NUMBER_CHARS.test(text[w.start - 1] ?? ''));
    if (title && (w.word.length === 1 ? COMMON.has(w.word) && surnameTag : w.word.length === 1 + title.length && (title.length > 1 || COMMON.has(w.word[0]!)))) {
      claimPerson(claims, w.start, w.start + 1, 'zh.person.surname-title');
      return;
    }
  }
  // "老李", "小王": 老 or 小 and a common surname is how one calls a person; the surname is the name.
  if (w.word.length === 2 && (w.word[0] === '老' || w.word[0] === '小') && hasCharAt(COMMON_CHARS, w.word, 1) && endsThere(words, i + 1, text)) {
    claimPerson(claims, w.start + 1, w.end, 'zh.person.familiar-surname');
    return;
  }
  if (w.tag === 'nrfg' && w.word.length >= 2 && w.word.length <= 4) {
    claimNameWord(claims, w, 'zh.person.dictionary-name');
    return;
  }
  if ((w.tag === 'nz' || w.tag === 't') && w.word.length === 3 && COMMON.has(w.word[0]!) && !NOT_NAME_LAST_CHARS.has(w.word[2]!)) {
    claimPerson(claims, w.start, w.end, 'zh.person.surname-name-word'); // "刘彦彬" (nz), "周恩来" (t)
    return;
  }
  // "彭真同志", "王楠、", "藤森总统", "鲁宾表示": a name of two that jieba's dictionary also lists, in a name's context.
  const twoCharName = (w.tag === 'nr' || w.tag === 'nrt' || w.tag === 'nz') && w.word.length === 2 && next !== undefined && next.start === w.end;
  const nameContext = twoCharName &&
    (titleAt(text, w.end) || (next.word === '、' ? listOfNames(words, i + 2) : NAME_CONTEXT_AFTER.has(next.word)) || speechVerbAt(text, w.end) || claims.roleStartingAt(w.end) !== undefined);
  // "藤森总统", "柳青同志": before a role title or a form of address any name of two is one (a Japanese or rarer surname too).
  const addressed = nameContext && (claims.roleStartingAt(w.end) !== undefined || (next.word !== '、' && NAME_CONTEXT_AFTER.has(next.word)));
  if (nameContext && (hasCharAt(COMMON_CHARS, w.word, 0) || transliterated(w.word) || (w.tag === 'nr' && addressed))) {
    claimPerson(claims, w.start, w.end, 'zh.person.dictionary-name'); // "彭真同志", "王楠、"
    return;
  }
  // "伊丽莎白/二世", "哈桑/二世": a regnal number is part of the name before it.
  if ((w.tag === 'nr' || w.tag === 'nrt' || w.tag === 'nrfg') && w.word.length >= 2 && adjacent && REGNAL.test(next!.word)) {
    claimPerson(claims, w.start, next!.end, 'zh.person.regnal-name');
    return;
  }
  // "巴蒂/斯图塔": two sound-spelled pieces of one name (four characters or more: a surname's character first is no matter), the second tagged a name or unknown.
  const soundPieces = adjacent && (next!.tag === 'nr' || next!.tag === 'nrt' || next!.tag === 'x') && next!.word.length >= 2 && w.word.length + next!.word.length >= 4 &&
    (w.tag === 'nr' || w.tag === 'nrt') && transliterated(w.word) && transliterated(next!.word);
  if ((w.tag === 'nr' || w.tag === 'nrt') && w.word.length >= 2 && adjacent && (soundPieces || (next!.tag === 'nrt' && !isSurnameStart(w.word, false) && !isSurnameStart(next!.word, false)))) {
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
    const surnamed = isSurnameStart(w.word, false);
    const trusted = w.word.length === 3 ? !NOT_NAME_LAST_CHARS.has(w.word[2]!) && (surnamed || transliterated(w.word)) :
      w.word.length === 4 && (COMPOUND.has(w.word.slice(0, 2)) || (!surnamed && transliterated(w.word)));
    // "金水河", "沙坪坝": a name of three ending in a river, shoal or dam is a place.
    if (trusted && w.word.length === 3 && PLACE_LAST_CHARS.has(w.word[2]!)) {
      claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'place', rule: 'zh.place.name-with-suffix' });
      return;
    }
    if (trusted) claimNameWord(claims, w, 'zh.person.dictionary-name');
    return;
  }
  if (w.tag === 'nrt' && w.word.length >= 3 && transliterated(w.word) && !SOUND_SPELLED_THINGS.has(w.word)) {
    claimNameWord(claims, w, 'zh.person.transliterated-name');
    return;
  }
  if (w.tag === 'x') {
    // "李素/芝": a name of two that jieba's HMM joined and one more character cut off.
    if (w.word.length === 2 && COMMON.has(w.word[0]!) && adjacent && next!.word.length === 1 && isHanWord(next!.word) &&
      GIVEN_NAME_TAGS.has(next!.tag) && !NAME_STOP_CHARS.has(next!.word) && !NAME_TAIL_STOPS.has(next!.word) && endsThere(words, i + 2, text) &&
      !NOT_GIVEN_NAME_CHARS.has(w.word[1]!)) {
      claimPerson(claims, w.start, next!.end, 'zh.person.joined-name');
      return;
    }
    // "李松/梅译": a name of three cut after two, its last character joined to a verb.
    if (w.word.length === 2 && COMMON.has(w.word[0]!) && adjacent && next!.tag === 'x' && next!.word.length === 2 &&
      NAME_TAIL_STOPS.has(next!.word[1]!) && !NOT_GIVEN_NAME_CHARS.has(w.word[1]!)) {
      claimPerson(claims, w.start, next!.start + 1, 'zh.person.joined-name');
      return;
    }
    if (next?.tag !== 'm' || w.word.length > 2) claimJoinedName(text, w, claims); // "高达440亿": a word before a number is no name
    return;
  }
  // "金/正南", "蒋/建平": a one-character surname and a given name of one or two characters.
  if (w.word.length === 1 && ((w.tag === 'nr' && !FUNCTION_WORD_SURNAMES.has(w.word)) || (COMMON.has(w.word) && (w.tag === 'n' || w.tag === 'ng' || w.tag === 'x'))) && ANY_SINGLE.has(w.word) && adjacent) {
    const given = next!;
    // "霍/银行": an organisation's head word is never a given name (塔霍银行 is a bank).
    // "李/国庆": a given name that is also a time word, after a surname jieba tags as a name.
    const givenTag = GIVEN_NAME_TAGS.has(given.tag) || (given.tag === 't' && given.word.length === 2 && w.tag === 'nr');
    if (given.word.length <= 2 && isHanWord(given.word) && givenTag && !NAME_STOP_CHARS.has(given.word[0]!) &&
      !ORG_HEAD_WORDS.has(given.word) && !titleAt(text, given.start) && endsThere(words, i + 2, text)) {
      claimPerson(claims, w.start, given.end, 'zh.person.surname-given-name');
    }
  }
}

/** "日本首相高市早苗于…", "总理马拉佩周二…": the name words right after a role title. */
/** Organisation head words: never a given name. */
const ORG_HEAD_WORDS = new Set([...ORG_HEADS_ZH, ...ORG_SUFFIXES_ZH]);

export function claimNamesAfterTitles(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  for (const role of [...claims.claims]) {
    if (role.kind !== 'role') continue;
    let k = wordIndexStartingAt(words, role.end);
    if (k < 0) continue;
    const first = k;
    let end = role.end;
    while (k < words.length && words[k]!.start === end && end - role.end < 4 && claims.isFree(words[k]!.start, words[k]!.end)) {
      const w = words[k]!;
      const nameLike = isHanWord(w.word) && !NAME_STOP_CHARS.has(w.word[0]!) && (GIVEN_NAME_TAGS.has(w.tag) || w.tag === 'nrfg');
      if (!nameLike || (k > first && AFTER_NAME_TAGS.has(w.tag) && w.tag !== 'a' && w.tag !== 'n' && w.tag !== 'ns')) break;
      end = w.end;
      k++;
    }
    if (end - role.end < 2 || end - role.end > 4) continue;
    // "大使职务", "部长理事会": a common noun after a title, not a name.
    const head = words[first]!;
    if (head.tag === 'n' && !isSurnameStart(head.word, false) && !transliterated(head.word)) continue;
    claimPerson(claims, role.end, end, 'zh.person.after-title');
  }
}

/** "金/正南", "朱/安康": a surname word before a given name that is also a place, read before places are. */
export function claimSurnamesBeforePlaces(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    // A rarer surname only where jieba's dictionary tags it a name ("庞/nr 卫国").
    if (w.word.length !== 1 || !(w.tag === 'nr' || w.tag === 'r') || next.tag !== 'ns' || next.word.length !== 2 || next.start !== w.end) continue;
    const surname = hasCharAt(COMMON_CHARS, w.word, 0) || (w.tag === 'nr' && hasCharAt(ANY_SINGLE_CHARS, w.word, 0));
    if (!surname) continue;
    if (!claims.isFree(w.start, next.end) || !endsThere(words, i + 2, text)) continue;
    const before = words[i - 1];
    // "老红军|王/成汉": a name already claimed before it ends where the surname starts.
    if (before && before.end === w.start && isHanWord(before.word) && !AFTER_NAME_TAGS.has(before.tag) && before.tag !== 'w' && !claims.claimEndingAt(w.start)) continue;
    claimPerson(claims, w.start, next.end, 'zh.person.surname-given-name');
  }
}

export function claimPeople(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (claims.isFree(w.start, w.end)) claimWordPerson(text, words, i, claims);
  }
}
