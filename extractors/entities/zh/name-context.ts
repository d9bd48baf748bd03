// Transliterated names read by the words around them. jieba's dictionary tags many world
// cities as people's names (nr: 莫斯科, 伯尔尼, 西雅图) and a few people as places (ns), and a
// sound-spelled name says nothing of what it names. The sentence does: "在莫斯科举行",
// "抵达西雅图", "伯尔尼市" (a place suffix), "利雅得消息" (a dateline) make a place; "教练X", "X指出" make a person. Only words of transliteration characters are read
// so: a Chinese name (江泽民) keeps its reading whatever stands around it. Runs after
// organisations, before places and people, so that each pass takes what this one leaves.

import { COMMON_SURNAMES } from '../data/zh-surnames.ts';
import { TRANSLITERATION_CHARACTERS } from '../data/zh-transliteration-characters.ts';
import { TRANSLITERATION_SOUNDS } from '../crossscript/translit-table.ts';
import type { ClaimedText } from './claims.ts';
import { isHanWord, type ChineseWord } from './jieba-words.ts';
import { isKnownPlace } from './place-and-noun.ts';
import { OCCUPATIONS_BEFORE_NAME, PERSON_CUES_AFTER, PLACE_CUES_AFTER, PLACE_CUES_BEFORE, SPEECH_VERBS_ZH } from './rules.ts';

/** The transliteration characters of both public tables: the recogniser's and the cross-script syllable table's. */
const TRANSLITERATION = new Set([...TRANSLITERATION_CHARACTERS, ...[...TRANSLITERATION_SOUNDS.keys()].filter((k) => k.length === 1)]);
/** Dictionary tags of the words read here: people's names and places. */
const NAME_TAGS = new Set(['nr', 'nrt', 'ns']);
const CUES_BEFORE = new Set(PLACE_CUES_BEFORE);
const CUES_AFTER = new Set(PLACE_CUES_AFTER);
const PERSON_BEFORE = new Set(OCCUPATIONS_BEFORE_NAME);
const SPEECH = new Set(SPEECH_VERBS_ZH);
/** Forms of address and company after a name ("班达拉奈克夫人", "瓦伦西亚等人"). */
const ADDRESS = new Set(PERSON_CUES_AFTER.filter((cue) => cue !== '等'));
/** Words after 在/于/从 + name that make the name a person's ("在克林顿的…", "在叶利钦看来"). */
const PERSON_AFTER_PREPOSITION = new Set(['的', '看来', '领导', '主持', '陪同', '率领', '身边', '任内', '执政', '身上']);
const PREPOSITIONS = new Set(['在', '于', '从']);
/** Words before a name that make "…举行" a meeting held with a person ("与内塔尼亚胡举行会谈"). */
const WITH = new Set(['与', '和', '同', '跟']);
/** Place suffixes that join the name they follow ("帕拉马里博|市", "马赛|城", "冈瓦纳|大陆", a site: "…|遗址", "…|宫"). */
const SUFFIXES = new Set(['市', '城', '州', '港', '大陆', '遗址', '宫']);

const COMMON = new Set([...COMMON_SURNAMES]);

/**
 * Whether `word` is spelled by sound: its characters are transliteration characters, all
 * of them, or all but one when it does not open with a common surname (慕尼黑: the table
 * is not every character a transliteration uses; 江泽民 opens with a surname).
 */
function soundSpelled(word: string): boolean {
  let others = 0;
  for (const c of word) if (!TRANSLITERATION.has(c)) others++;
  return others === 0 || (others === 1 && word.length >= 3 && !COMMON.has(word[0]!));
}

/** Whether a country or other gazetteer place stands right before words[i], or before a 的 that does. */
function placeBefore(words: readonly ChineseWord[], i: number, claims: ClaimedText): boolean {
  let at = words[i]!.start;
  if (words[i - 1]?.end === at && words[i - 1]!.word === '的') at = words[i - 1]!.start;
  const claim = claims.claimEndingAt(at);
  return claim !== undefined && claim.type === 'place' && claim.rule === 'zh.gazetteer';
}

/** How the words around words[i] read it: a place, a person, or neither. */
function contextType(words: readonly ChineseWord[], i: number, claims: ClaimedText): 'place' | 'person' | undefined {
  const w = words[i]!;
  const before = words[i - 1]?.end === w.start ? words[i - 1] : undefined;
  const after = words[i + 1]?.start === w.end ? words[i + 1] : undefined;
  if (after && (SPEECH.has(after.word) || ADDRESS.has(after.word))) return 'person';
  if (before && PERSON_BEFORE.has(before.word)) return 'person';
  // "在克林顿总统访华期间": a title after the name makes it a person whatever stands before;
  // a sound-spelled name jieba lists as a place is one too before a title, unless a place of
  // the gazetteer or of China's divisions ("库马拉通加总统").
  if (claims.roleStartingAt(w.end)) return w.tag === 'ns' && !isKnownPlace(w.word) ? 'person' : undefined;
  if (claims.roleEndingAt(w.start)) return undefined;
  if (after && (CUES_AFTER.has(after.word) || SUFFIXES.has(after.word)) && !(before && WITH.has(before.word))) return 'place';
  // "瑞士|伯尔尼", "美国的|夏威夷": a name right after a country (or its 的) is a place in it.
  if (placeBefore(words, i, claims)) return 'place';
  // "南斯拉夫|科索沃": a larger place before a place of the gazetteer.
  const following = claims.claimStartingAt(w.end);
  if (following?.type === 'place' && following.rule === 'zh.gazetteer') return 'place';
  if (before && CUES_BEFORE.has(before.word)) {
    if (PREPOSITIONS.has(before.word) && after && PERSON_AFTER_PREPOSITION.has(after.word)) return undefined;
    return 'place';
  }
  return undefined;
}

export function claimNamesByContext(words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!NAME_TAGS.has(w.tag) || w.word.length < 3 || !isHanWord(w.word) || !soundSpelled(w.word) || !claims.isFree(w.start, w.end)) continue;
    const type = contextType(words, i, claims);
    // A place word read as a place, or a name read as a person, is left to the passes that read it so.
    if (!type || (type === 'place') === (w.tag === 'ns')) continue;
    const next = words[i + 1];
    const end = type === 'place' && next?.start === w.end && SUFFIXES.has(next.word) && claims.isFree(next.start, next.end) ? next.end : w.end;
    claims.claim({ start: w.start, end, kind: 'entity', type, rule: type === 'place' ? 'zh.place.context' : 'zh.person.context' });
  }
}
