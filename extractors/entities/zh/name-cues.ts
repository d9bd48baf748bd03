// Short names read by the words around them: a word of two or three characters (喻晖, 布赫, 常昊) or
// a name jieba's dictionary lists as something else (a place: 罗干; an ordinary word) is a
// person where a person's cue stands right before it (an occupation or title: 作家X, 社长X,
// 副委员长X) or right after it (a speech verb, a title, 等, 一行, a go rank: X表示, X女士,
// X九段). A name alone, with no cue, is left to the rules that read its letters (people.ts).
// Runs before places, so 罗干表示 is a person, not the county of that name.

import { COMMON_SURNAMES, RARE_SURNAMES } from '../data/zh-surnames.ts';
import { TRANSLITERATION_CHARACTERS } from '../data/zh-transliteration-characters.ts';
import type { ClaimedText } from './claims.ts';
import { isKnownPlace } from './place-and-noun.ts';
import { isHanWord, wordIndexStartingAt, type ChineseWord } from './jieba-words.ts';
import {
  ABBREVIATION_VERBS, NAME_STOP_CHARS, NAME_TAIL_STOPS, NOT_GIVEN_NAME_CHARS, NOT_NAME_LAST_CHARS, NOT_PERSON_LAST_CHARS, OCCUPATION_ENDINGS, OCCUPATIONS_BEFORE_NAME,
  PERSON_CUES_AFTER, SPEECH_VERBS_ZH, TITLES_AFTER_SURNAME,
} from './rules.ts';

const SURNAMES = new Set([...COMMON_SURNAMES, ...RARE_SURNAMES]);
const COMMON = new Set([...COMMON_SURNAMES]);
const TRANSLITERATION = new Set([...TRANSLITERATION_CHARACTERS]);
const OCCUPATIONS = new Set(OCCUPATIONS_BEFORE_NAME);
const OCCUPATION_LAST = new Set([...OCCUPATION_ENDINGS]);
/** Words ending in an occupation's last character that name no one ("国家", "大家", "人家"). */
const NOT_OCCUPATIONS = new Set(['国家', '大家', '人家', '自家', '我家', '皇家', '东家', '娘家', '婆家', '亲家', '老家', '专家组', '全家', '本人', '他人', '别人', '个人', '众人', '工人', '一人', '有人', '两人', '三人', '人员']);
const SPEECH = new Set(SPEECH_VERBS_ZH);
const CUES_AFTER = new Set([...PERSON_CUES_AFTER, ...SPEECH_VERBS_ZH, ...TITLES_AFTER_SURNAME.filter((t) => t.length >= 2)]);
/** Tags of the words read here: jieba's unknown words, names, places and other proper nouns. */
const NAME_TAGS = new Set(['x', 'nr', 'nrt', 'nz', 'ns', 'nrfg']);
/** A go or chess rank after a player's name ("九段"). */
const RANK = /^[一二三四五六七八九]段$/u;

/** Whether words[k] is an occupation or title that a name follows ("作家", "副委员长", "教练"). */
function occupationAt(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const w = words[k];
  if (!w) return false;
  if (claims.roleEndingAt(w.end)) return true;
  if (OCCUPATIONS.has(w.word)) return true;
  return w.word.length >= 2 && (w.tag === 'n' || w.tag === 'nr') && OCCUPATION_LAST.has(w.word[w.word.length - 1]!) && !NOT_OCCUPATIONS.has(w.word);
}

/** Whether words[k] follows a name as a person's cue ("表示", "女士", "等", "一行", "九段", a role title). */
function personCueAt(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const w = words[k];
  if (!w) return false;
  if (CUES_AFTER.has(w.word) || RANK.test(w.word) || claims.roleStartingAt(w.start) !== undefined) return true;
  // "X还说", "X明确指出", "X同时指出": an adverb, then a speech verb.
  const next = words[k + 1];
  return (w.tag === 'd' || w.tag === 'ad' || w.tag === 'c') && next !== undefined && next.start === w.end && SPEECH.has(next.word);
}

/** Tags of words that stand between names, not inside one: punctuation, verbs, particles, numbers, time words. */
const BOUNDARY_TAGS = new Set(['w', 'p', 'c', 'd', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'v', 'vd', 'vn', 'r', 'm', 'q', 't', 'f', 'y', 'ad']);
/** Tags of a one-character word that may end a given name cut off by jieba ("唐元/新"). */
const GIVEN_CHAR_TAGS = new Set(['x', 'ng', 'zg', 'nr', 'ag', 'a', 'n', 'tg', 'rg', 'vg']);

/**
 * Whether a word of two or three characters can be a name: a surname first, or sound-spelled (all characters, or all but one of three); never a
 * clause word, a generic noun or the name of a body or place.
 */
function nameShaped(w: ChineseWord): boolean {
  const { word } = w;
  if (!isHanWord(word) || hasStopChar(word)) return false;
  const last = word[word.length - 1]!;
  if (NAME_TAIL_STOPS.has(last) || NOT_PERSON_LAST_CHARS.has(last) || last === '某' || ((word.length === 2 || w.tag !== 'x') && NOT_NAME_LAST_CHARS.has(last))) return false;
  if (SURNAMES.has(word[0]!)) return !NOT_GIVEN_NAME_CHARS.has(word[1]!);
  let others = 0;
  for (const c of word) if (!TRANSLITERATION.has(c)) others++;
  return others === 0 || (others === 1 && word.length === 3);
}

function hasStopChar(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (NAME_STOP_CHARS.has(word[k]!)) return true;
  return false;
}

/** Titles and forms of address after a name: 先生, 女士, 一行, a role title, a go rank ("溥杰先生", "觉丹一行"). */
const TITLE_CUES = new Set([...PERSON_CUES_AFTER.filter((c) => c !== '等'), ...TITLES_AFTER_SURNAME.filter((t) => t.length >= 2)]);

function titleCueAt(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const w = words[k]!;
  return TITLE_CUES.has(w.word) || RANK.test(w.word) || claims.roleStartingAt(w.start) !== undefined;
}

/** Marks that join the parts of a foreign name ("玛哈·…", "…—瓦伦"): no name ends or starts at one. */
const NAME_JOINERS = new Set(['·', '—', '-', '•']);
/** Adverbs jieba may leave as a word of one character after a name ("赵奇|很有建树"). */
const ADVERB_CHARS = new Set([...'很也都还就才又再更最太']);

/** Whether words[k], after a 和, shows the 和 ends a name: a cue, punctuation, a number or time word, the text's end. */
function endsNameAfterHe(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const w = words[k];
  if (!w || w.start !== words[k - 1]!.end) return true;
  return personCueAt(words, k, claims) || w.tag === 'w' || w.tag === 'm' || w.tag === 't' || !isHanWord(w.word);
}

/** Whether a name may end before words[k]: the text ends, a cue or a word that is no part of a name follows. */
function endsBefore(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const w = words[k];
  if (!w || w.start !== words[k - 1]!.end) return true;
  if (NAME_JOINERS.has(w.word[0]!)) return false;
  return personCueAt(words, k, claims) || BOUNDARY_TAGS.has(w.tag) || !isHanWord(w.word);
}

/** Whether a name may start at words[k]: the text starts, or an occupation or a word that is no part of a name is before it. */
function startsAt(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const before = words[k - 1];
  if (!before || before.end !== words[k]!.start) return true;
  if (NAME_JOINERS.has(before.word[before.word.length - 1]!)) return false;
  // "谢/明德": a surname cut off before the given name; the rules of people.ts read it.
  if (before.word.length === 1 && SURNAMES.has(before.word)) return false;
  return occupationAt(words, k - 1, claims) || BOUNDARY_TAGS.has(before.tag) || !isHanWord(before.word) || claims.claimEndingAt(words[k]!.start) !== undefined;
}

/** Tags of a surname's word that are a function word there, not a name ("向/p", "和/c", "都/d"). */
const NOT_SURNAME_TAGS = new Set(['p', 'c', 'd', 'u', 'uj', 'ul', 'r', 'v', 'm', 'f', 'w', 'y']);
/** Tags of a given name jieba read as a word of its own ("全军/n", "火旺/a", "胜利/vn", "启运/v", "红霞/nr"). */
const GIVEN_WORD_TAGS = new Set(['n', 'nr', 'nz', 'ns', 'a', 'v', 'vn', 'x', 'ng', 'an', 'nrfg', 't', 'j']);

/**
 * "所长|孙/火旺|自幼", "和|张/新民|、", "我叫|姚/胜利": a common surname that jieba cut off
 * as a word of its own (whatever it tagged it) and a given name of two characters it read as
 * an ordinary word, with a person's cue on one side and no name word on the other.
 */
function surnameAndGivenWord(words: readonly ChineseWord[], i: number, claims: ClaimedText): boolean {
  const surname = words[i]!;
  const given = words[i + 1];
  if (surname.word.length !== 1 || !COMMON.has(surname.word) || NOT_SURNAME_TAGS.has(surname.tag)) return false;
  if (!given || given.start !== surname.end || given.word.length !== 2 || !isHanWord(given.word) || !GIVEN_WORD_TAGS.has(given.tag)) return false;
  if (hasStopChar(given.word) || NOT_GIVEN_NAME_CHARS.has(given.word[0]!) || NOT_PERSON_LAST_CHARS.has(given.word[1]!) || !claims.isFree(surname.start, given.end)) return false;
  const before = words[i - 1]?.end === surname.start ? words[i - 1] : undefined;
  // "驻|韩/使节": after a verb of travel or posting one character is a country's abbreviation.
  if (before && ABBREVIATION_VERBS.has(before.word)) return false;
  const after = words[i + 2]?.start === given.end ? words[i + 2] : undefined;
  const cuedBefore = before !== undefined && occupationAt(words, i - 1, claims);
  // "和|张/新民|、": a name in a list of names.
  const listed = after?.word === '、' && (before?.word === '、' || before?.word === '和');
  const cuedAfter = after !== undefined && (listed || personCueAt(words, i + 2, claims));
  if (!(cuedBefore ? endsBefore(words, i + 2, claims) : cuedAfter && startsAt(words, i, claims))) return false;
  return claims.claim({ start: surname.start, end: given.end, kind: 'entity', type: 'person', rule: 'zh.person.cued-surname-given' });
}

export function claimNamesByCues(words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.word.length === 1 && surnameAndGivenWord(words, i, claims)) continue;
    // "小渊惠三表示", "上杉光弘一行": a name of four jieba lacks or lists whole (a Japanese name), before a title or a speech verb.
    if (w.word.length === 4 && (w.tag === 'x' || w.tag === 'nr') && isHanWord(w.word) && !hasStopChar(w.word) && claims.isFree(w.start, w.end) &&
      words[i + 1]?.start === w.end && (titleCueAt(words, i + 1, claims) || SPEECH.has(words[i + 1]!.word)) && startsAt(words, i, claims)) {
      claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'person', rule: 'zh.person.cued-name' });
      continue;
    }
    if (!NAME_TAGS.has(w.tag) || w.word.length < 2 || w.word.length > 3 || !claims.isFree(w.start, w.end)) continue;
    if (!startsAt(words, i, claims) || isKnownPlace(w.word)) continue;
    if (!nameShaped(w)) {
      // "溥杰先生", "觉丹一行", "小渊|总理": a word jieba's dictionary lacks, before a title, is a name of any letters.
      const after = words[i + 1];
      if (w.tag === 'x' && isHanWord(w.word) && !hasStopChar(w.word) && after?.start === w.end && titleCueAt(words, i + 1, claims)) {
        claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'person', rule: 'zh.person.cued-name' });
      }
      continue;
    }
    const cuedBefore = i > 0 && words[i - 1]!.end === w.start && occupationAt(words, i - 1, claims);
    // "唐元/新": a surname and two characters that jieba cut after the second.
    const next = words[i + 1];
    // "贝拉/米": a sound-spelled name and one more transliteration character.
    const third = w.word.length === 2 && next && next.start === w.end && next.word.length === 1 && isHanWord(next.word) && claims.isFree(next.start, next.end) &&
      ((!NAME_STOP_CHARS.has(next.word) && !NAME_TAIL_STOPS.has(next.word) && !ADVERB_CHARS.has(next.word) &&
        ((SURNAMES.has(w.word[0]!) && GIVEN_CHAR_TAGS.has(next.tag)) || (allTransliterated(w.word) && TRANSLITERATION.has(next.word)))) ||
        // "杨世/和|说", "李长/和|９日": 和 ends a given name where no second name follows it.
        (next.word === '和' && SURNAMES.has(w.word[0]!) && endsNameAfterHe(words, i + 2, claims)));
    let last = third && endsBefore(words, i + 2, claims) ? i + 1 : i;
    // "贝拉/米奇": a sound-spelled name runs on through the pieces jieba cut it into.
    if (last === i && allTransliterated(w.word)) {
      while (words[last + 1]?.start === words[last]!.end && words[last + 1]!.end - w.start <= LONGEST_SOUND_NAME && soundPiece(words, last + 1, claims)) last++;
    }
    if (!endsBefore(words, last + 1, claims)) continue;
    const cuedAfter = words[last + 1]?.start === words[last]!.end && personCueAt(words, last + 1, claims);
    // "委内瑞拉能矿|部长": between a place and a title stands the body the title heads.
    if (!cuedBefore && claims.claimEndingAt(w.start)?.type === 'place' && claims.roleStartingAt(words[last]!.end)) continue;
    if (cuedBefore || cuedAfter) claims.claim({ start: w.start, end: words[last]!.end, kind: 'entity', type: 'person', rule: 'zh.person.cued-name' });
  }
}

/** Tags of the pieces jieba cuts a long transliterated name into ("巴蒂/斯图塔", "霍尔/布鲁克", "安德雷/斯"). */
const PIECE_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'nz', 'ns', 'ng', 'zg']);
/** Transliteration characters that, standing alone next to a name, are function words ("于", "以", "可", "因", "多"). */
const FUNCTION_PIECES = new Set([...'于以可因为多与和及让年']);
/** Characters of a transliterated name, at most (a name with a middle part: 阿斯普里拉). */
const LONGEST_SOUND_NAME = 8;

function allTransliterated(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (!TRANSLITERATION.has(word[k]!)) return false;
  return true;
}

/** Whether words[k] is a free piece of a transliterated name. */
function soundPiece(words: readonly ChineseWord[], k: number, claims: ClaimedText): boolean {
  const w = words[k];
  if (w === undefined || !isHanWord(w.word) || !allTransliterated(w.word) || !claims.isFree(w.start, w.end) || NAME_STOP_CHARS.has(w.word)) return false;
  // "塔/米尔", "特/里希特", "阿斯普里/拉": one character of its own, whatever jieba tagged it, unless it is a function word.
  if (w.word.length === 1) return !FUNCTION_PIECES.has(w.word);
  return PIECE_TAGS.has(w.tag) && !isKnownPlace(w.word);
}

/**
 * "巴蒂/斯图塔", "霍尔/布鲁克", "卡迪尔/加马尔": a person named in transliteration characters
 * takes in the pieces of the same name that jieba cut off before or after it.
 */
export function joinTransliteratedPieces(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  const people = claims.claims.filter((c) => c.type === 'person' && c.kind === 'entity' && allTransliterated(text.slice(c.start, c.end)));
  for (const c of people) {
    const first = wordIndexStartingAt(words, c.start);
    if (first < 0) continue;
    let last = first;
    while (words[last] && words[last]!.end < c.end) last++;
    if (!words[last] || words[last]!.end !== c.end) continue;
    let from = first;
    let to = last;
    while (from > 0 && words[from - 1]!.end === words[from]!.start && c.end - words[from - 1]!.start <= LONGEST_SOUND_NAME && soundPiece(words, from - 1, claims)) from--;
    while (to + 1 < words.length && words[to + 1]!.start === words[to]!.end && words[to + 1]!.end - words[from]!.start <= LONGEST_SOUND_NAME && soundPiece(words, to + 1, claims)) to++;
    // "卡迪尔/加马罗说": the last piece may carry a verb that jieba's HMM glued on.
    let end = words[to]!.end;
    const glued = words[to + 1];
    if (glued && glued.start === end && glued.tag === 'x' && glued.word.length >= 2 && NAME_TAIL_STOPS.has(glued.word[glued.word.length - 1]!) &&
      allTransliterated(glued.word.slice(0, -1)) && claims.isFree(glued.start, glued.end) && glued.end - 1 - words[from]!.start <= LONGEST_SOUND_NAME) end = glued.end - 1;
    if (from === first && end === c.end) continue;
    claims.release(c);
    claims.claim({ ...c, start: words[from]!.start, end, rule: 'zh.person.transliterated-pieces' });
  }
}

