// Organisations over the whole text's words: a word ending in an organisation head
// ("公安局", "博爱医院", "意大利队") with the words before it that name it ("郑州市公安局",
// "中国马术协会"), jieba's dictionary organisations (nt: 中国共产党, 北京市人民政府), and a
// name right before a company cue ("福特首席执行官", "比亚迪董事长"). A place in front joins
// the name, but only the nearest one: "河南省" stays a place before "郑州市公安局". Buildings
// and sites are named the same way but are places ("中国美术馆").

import { charTable, hasCharAt } from './char-table.ts';
import { TRANSLITERATION_CHARACTERS } from '../data/zh-transliteration-characters.ts';
import type { ClaimedText } from './claims.ts';
import type { ChineseWord } from './jieba-words.ts';
import { isKnownPlace, placeBeforeCommonNoun, startsWithKnownPlace } from './place-and-noun.ts';
import { ABBREVIATION_PAIR_CUES, BARE_HEADS, CLAUSE_OPENERS, NOT_ABBREVIATED_BODIES, NOT_BODY_ENDINGS, STANDING_BODIES, FACILITY_HEADS, GOVERNMENT_SUFFIXES, NAME_STOP_CHARS, NOT_ORG_WORDS, ORG_CUES_AFTER, ORG_HEADS_ZH, PLACE_GENERIC_TAILS, PLACE_JOINING_SUFFIXES } from './rules.ts';

/** Tags of words that can be part of an organisation's name. */
const NAME_PART_TAGS = new Set(['ns', 'nt', 'nz', 'n', 'nr', 'nrt', 'nrfg', 'x', 'j', 'vn', 'b', 'eng', 'nl', 'ng', 'an', 'l']);
/** Tags that make a name proper, not a description ("广州工程公司", not "这家公司"). */
const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'j', 'eng']);
/** Heads that name a trade, not a body: they need a proper name right before ("金蒙电力", not "中国汽车"). */
const TRADE_HEADS = new Set(['电力', '燃气', '重工', '证券', '保险', '控股', '汽车', '电气', '电机', '电子', '钢铁', '航空',
  '石油', '化工', '制药', '商事', '物产', '矿业', '能源', '航运', '物流', '科技', '人寿', '娱乐', '传媒', '互动娱乐']);
/** Trade heads that jieba cuts in two words ("互动/娱乐"): first word → second word. */
const TWO_WORD_HEADS = new Map([['互动', '娱乐']]);
const TRANSLITERATION = new Set([...TRANSLITERATION_CHARACTERS]);
/** Tags of jieba's people's names. */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/** Tags of a word after which a word jieba does not know is more likely a verb than a name. */
const CLAUSE_TAGS = new Set(['r', 'd', 'v', 'ad']);
/** Titles that jieba joins to the body they head ("县委书记", "市委常委", "外交部长"). */
const COMMITTEE_ROLES = ['副书记', '书记', '常委', '长'];
const ROLE_LAST_CHARS = charTable(COMMITTEE_ROLES.map((r) => r[r.length - 1]!));
/** The last character of the body before such a title: 县委|书记, 外交部|长. */
const BODY_BEFORE_ROLE = new Set([...'委部局']);
/** A party congress by its number: "十五大" (the 15th National Congress). */
const PARTY_CONGRESS = /^十[一二三四五六七八九]大$/u;
/** Endings of words that end in a head but name a rank or a group of people ("卫冕冠军", "主力军", "党员干部"). */
const NOT_ORG_ENDINGS = ['干部', '冠军', '亚军', '季军', '主力军', '生力军', '支部', '党组织', '常委'];
/** The character before 会 in the name of a body (协会, 学会, 工会, 委员会, 基金会…); other X会 are meetings (通报会). */
const BODY_BEFORE_HUI = new Set([...'协学商工委联总金事议团盟进']);
/** Endings of jieba's proper words in 会 that are meetings and events, not bodies ("七中全会", "世界大学生运动会"). */
const EVENT_HUI_ENDINGS = ['全会', '大会', '运会', '交易会', '博览会', '展览会', '社会', '聚会', '年会', '都会', '招标会', '通报会', '报告会', '发布会', '座谈会', '洽谈会', '研讨会'];
/** "红十字会", "中国天主教爱国会": a body in 会 that jieba's dictionary lists as a proper name (nt, nz). */
const listedSociety = (w: ChineseWord) =>
  (w.tag === 'nt' || w.tag === 'nz') && w.word.length >= 3 && !EVENT_HUI_ENDINGS.some((e) => w.word.endsWith(e));
/** Last characters of a clause word that jieba glues in front of a name ("一是", "图为"). */
const GLUED_CLAUSE_ENDS = new Set([...'是为有']);
/** Characters of an organisation's name, at most. */
const MAX_NAME = 16;

const headsByLength = new Map<number, Set<string>>();
for (const head of ORG_HEADS_ZH) {
  const set = headsByLength.get(head.length) ?? new Set();
  set.add(head);
  headsByLength.set(head.length, set);
}
const longestHead = Math.max(...headsByLength.keys());

const HEAD_LAST_CHARS = charTable(ORG_HEADS_ZH.map((h) => h[h.length - 1]!));
const CUES = new Set(ORG_CUES_AFTER);
const FACILITIES = new Set(FACILITY_HEADS);
/** Heads of bodies whose whole name jieba lists as an ordinary word (公牛队, 八路军, 公证处). */
const LISTED_BODY_HEADS = new Set(['队', '军', '处']);

/** "四大银行", "各大银行": the largest of a kind, counted, name no one body. */
const LARGEST_OF_KIND = /^[各诸几一二三四五六七八九十两]+大$/u;
/** Numbers that open a jieba abbreviation in 大 that counts things ("十大", "五大"); 十五大 is a party congress (below). */
const COUNTING_START = /^[一二三四五六七八九十两几]/u;

/**
 * "北大", "人大", "北师大": jieba's dictionary lists abbreviations of universities (大学) and
 * congresses (代表大会) as j words ending in 大; such a word heads a body's name by itself.
 */
const abbreviatedBody = (w: ChineseWord) =>
  w.tag === 'j' && w.word.length >= 2 && w.word.endsWith('大') && !COUNTING_START.test(w.word) && !NOT_ABBREVIATED_BODIES.has(w.word);

/** Whether words[from..to) are two or more single characters, each a transliteration character ("卡/霍"). */
function soundSpelledRun(words: readonly ChineseWord[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) if (words[k]!.word.length !== 1 || !TRANSLITERATION.has(words[k]!.word)) return false;
  return true;
}

/** The longest organisation head `word` ends with. */
export function headOf(word: string): string | undefined {
  if (!hasCharAt(HEAD_LAST_CHARS, word, word.length - 1)) return undefined;
  for (let length = Math.min(longestHead, word.length); length >= 1; length--) {
    const tail = word.slice(word.length - length);
    if (headsByLength.get(length)?.has(tail)) return tail;
  }
  return undefined;
}

const isPlaceWord = (w: ChineseWord) => w.tag === 'ns';

/** Claims the organisation whose head word is words[i], with the words before it that name it. */
function claimHeadedName(words: readonly ChineseWord[], i: number, claims: ClaimedText, head = words[i]!): boolean {
  const abbreviated = abbreviatedBody(head);
  const suffix = abbreviated ? '大' : headOf(head.word);
  if (!suffix || (head.tag === 'v' && head.word.length < 3)) return false;
  if (NOT_ORG_WORDS.has(head.word) || NOT_ORG_ENDINGS.some((e) => head.word.endsWith(e)) || (suffix === '会' && !BODY_BEFORE_HUI.has(head.word[head.word.length - 2] ?? '') && !listedSociety(head)) || !NAME_PART_TAGS.has(head.tag) && head.tag !== 'nt' && head.tag !== 'v') return false;
  // "美国政府", "杭州市政府": a place and its government are a place ("北京市人民政府" is a body).
  if (PLACE_GENERIC_TAILS.includes(suffix) && !head.word.endsWith(`人民${suffix}`) && (head.word.length > suffix.length || words[i - 1]?.tag === 'ns')) return false;
  const government = GOVERNMENT_SUFFIXES.has(suffix);
  let ordinaryChars = 0;
  let from = i;
  let proper = false;
  let properNotPlace = false;
  // "武汉市公安局": a head word that opens with a place has its place; "湖北省" before it stays apart.
  let sawPlace = startsWithKnownPlace(head.word);
  let placeClaim: ReturnType<ClaimedText['claimEndingAt']>;
  let cutFirst = 0;
  while (from > 0) {
    const previous = words[from - 1]!;
    if (previous.end !== words[from]!.start || head.end - previous.start > MAX_NAME) break;
    if (!claims.isFree(previous.start, previous.end)) {
      // "中国象棋|协会": a gazetteer place opening the word before is taken in with the whole word.
      const opening = claims.claims.find((c) => c.start === previous.start && c.end < previous.end && c.type === 'place');
      if (opening && !sawPlace && claims.isFree(opening.end, previous.end)) {
        placeClaim = opening;
        from--;
        break;
      }
      const claim = claims.claimEndingAt(words[from]!.start);
      if (claim?.type === 'place' && !sawPlace && (from < i || !TRADE_HEADS.has(suffix))) placeClaim = claim;
      // "文化部|办公厅", "邮电总医院|血管外科研究所": a body inside a body is one name.
      // "微软|公司": a gazetteer company before a bare head is named with it.
      const gazetteerCompany = claim?.type === 'org' && claim.rule === 'zh.gazetteer' && from === i && BARE_HEADS.has(head.word);
      if (claim?.type === 'org' && (claim.rule.startsWith('zh.org') || gazetteerCompany) && !TRADE_HEADS.has(suffix)) {
        placeClaim = claim;
        properNotPlace = true;
      }
      break;
    }
    // "据/菲农业部", "战胜/波斯尼亚队", "本报讯/河南…公司": a verb, preposition or dateline ends the name
    // before it; one glued to the name's first word ("据菲", "据市") is cut off that word.
    if (CLAUSE_OPENERS.has(previous.word) || (previous.word.endsWith('大') && LARGEST_OF_KIND.test(previous.word))) break;
    // "瓦杰帕伊|政府": a leader's government names the leader, not a body.
    if (PERSON_TAGS.has(previous.tag) && (suffix === '政府' || suffix === '当局')) break;
    if (previous.tag === 'x' && previous.word.length >= 2 && (CLAUSE_OPENERS.has(previous.word[0]!) || NAME_STOP_CHARS.has(previous.word[0]!))) {
      cutFirst = 1;
      proper = true;
      from--;
      break;
    }
    // "工业和信息化部", "国家发展和改革委员会": 和 joins the parts of a government body's name.
    // "邮电部和电子工业部": two bodies joined by 和 stay two.
    const joins = government && previous.word === '和' && from - 2 >= 0 && NAME_PART_TAGS.has(words[from - 2]!.tag) && !headOf(words[from - 2]!.word);
    if (!NAME_PART_TAGS.has(previous.tag) && !joins) break;
    if (joins) ordinaryChars += 1;
    if (isPlaceWord(previous)) {
      if (sawPlace) break;
      sawPlace = true;
    }
    if (previous.tag === 'n' || previous.tag === 'vn') ordinaryChars += previous.word.length;
    if (PROPER_TAGS.has(previous.tag) && previous.word.length >= 2) {
      proper = true;
      if (!isPlaceWord(previous) || !isKnownPlace(previous.word)) properNotPlace = true;
    }
    from--;
  }
  // Only ordinary words before the head: trim them off, the head word stands alone, unless
  // they name a government body ("国家/能源/局"). A pronoun or particle glued to the first
  // word ("这是") is no part of a name either.
  if (government && ordinaryChars >= 3) proper = true;
  // "卡/霍/银行": characters jieba left one by one before the head that together spell a foreign name.
  if (!proper && !placeClaim && from < i && soundSpelledRun(words, from, i)) proper = true;
  if (!proper && !placeClaim) from = i;
  // "一是旅行者集团", "图为国泰航空公司", "…日电德国队": a clause word or dateline glued in front is no part of it.
  while (from < i && cutFirst === 0 && (NAME_STOP_CHARS.has(words[from]!.word[0]!) || GLUED_CLAUSE_ENDS.has(words[from]!.word[words[from]!.word.length - 1]!) && words[from]!.tag === 'x' || words[from]!.word === '日电')) from++;
  const alone = from === i && !placeClaim;
  const headStem = head.word.length > suffix.length;
  if (TRADE_HEADS.has(suffix) && !properNotPlace && !(headStem && PROPER_TAGS.has(head.tag))) {
    return head.word === suffix && claimAtClauseStart(words, i, claims);
  }
  if (alone) {
    if (placeBeforeCommonNoun(head.word)) return false;
    // "人事部", "水利部", "公牛队", "八路军", "公证处": a body of ordinary words the dictionary lists whole.
    const ministry = (GOVERNMENT_SUFFIXES.has(suffix) || LISTED_BODY_HEADS.has(suffix)) && head.tag === 'n' && head.word.length >= 3;
    if (!(head.tag === 'nt' || ministry || abbreviated || (headStem && head.word.length >= 3 && !BARE_HEADS.has(head.word) && PROPER_TAGS.has(head.tag)))) return false;
    // "三个委员会", "各级居委会", "乡镇办事处": a body of ordinary words after a count, a pronoun or
    // a noun describing it is a kind of body, not one named body (a place in it names one: 战胜|秘鲁队).
    const describer = words[i - 1]?.end === head.start ? words[i - 1]!.tag : undefined;
    if ((describer === 'm' || describer === 'q' || describer === 'r' || (head.tag === 'n' && describer === 'n')) && !startsWithKnownPlace(head.word)) return false;
  } else if (BARE_HEADS.has(head.word) && !properNotPlace && !PLACE_JOINING_SUFFIXES.has(suffix)) {
    return false; // "日本公司", "美国政府": a place and a common noun
  }
  // "自己建座发电厂": a word jieba does not know, after a pronoun or verb, is a verb phrase, not a name.
  const before = words[from - 1];
  if (from === i - 1 && words[from]!.tag === 'x' && words[from]!.word.length <= 2 && before && CLAUSE_TAGS.has(before.tag)) return false;
  let start = words[from]!.start + (from < i ? cutFirst : 0);
  if (placeClaim) {
    claims.release(placeClaim);
    start = placeClaim.start;
  }
  if (FACILITIES.has(suffix)) return claims.claim({ start, end: head.end, kind: 'entity', type: 'place', rule: 'zh.place.facility' });
  claims.claim({ start, end: head.end, kind: 'entity', type: 'org', rule: alone ? 'zh.org.word' : 'zh.org.head' });
  return true;
}

const FUNCTION_TAGS = new Set(['r', 'p', 'c', 'd', 'u', 'uj', 'ul', 'm', 'q', 'f', 't', 'w', 'ad', 'v', 'a']);

/**
 * "民生证券首席…", "，星辰汽车正在…": one two-character word and a trade opening a clause
 * name a company, though neither word is a name by itself.
 */
function claimAtClauseStart(words: readonly ChineseWord[], i: number, claims: ClaimedText): boolean {
  const name = words[i - 1];
  const head = words[i]!;
  if (!name || name.end !== head.start || name.word.length !== 2 || FUNCTION_TAGS.has(name.tag) || !claims.isFree(name.start, name.end)) return false;
  const before = words[i - 2];
  const opens = !before || before.end !== name.start || before.tag === 'w' || claims.claimEndingAt(name.start)?.type === 'place';
  return opens && claims.claim({ start: name.start, end: head.end, kind: 'entity', type: 'org', rule: 'zh.org.clause-start' });
}

/** "福特首席执行官…": one or two name words right before a company cue name a company. */
function claimBeforeCue(words: readonly ChineseWord[], i: number, claims: ClaimedText): boolean {
  const cue = words[i]!;
  if (!CUES.has(cue.word) && !(cue.word === '首席' && words[i + 1]?.word.startsWith('执行官'))) return false;
  // "宁德时代的股价": 的 may stand between the name and the cue.
  if (words[i - 1]?.word === '的' && words[i - 1]!.end === cue.start) i--;
  const last = words[i - 1];
  if (!last || last.end !== words[i]!.start || !claims.isFree(last.start, last.end) || !PROPER_TAGS.has(last.tag) && last.tag !== 'n') return false;
  let start = last.start;
  const before = words[i - 2];
  if (before && before.end === last.start && claims.isFree(before.start, before.end) && PROPER_TAGS.has(before.tag) && !isPlaceWord(before) && before.word.length >= 2) {
    start = before.start;
  } else if (!PROPER_TAGS.has(last.tag) || last.word.length < 2) {
    return false;
  }
  return claims.claim({ start, end: last.end, kind: 'entity', type: 'org', rule: 'zh.org.before-cue' });
}

export function claimOrganisations(words: readonly ChineseWord[], claims: ClaimedText): void {
  for (let i = 1; i < words.length; i++) claimBeforeCue(words, i, claims);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!claims.isFree(w.start, w.end)) continue;
    if (claimHeadedName(words, i, claims)) continue;
    const second = words[i + 1];
    if (second && second.start === w.end && TWO_WORD_HEADS.get(w.word) === second.word && claims.isFree(second.start, second.end) &&
      claimHeadedName(words, i, claims, { start: w.start, end: second.end, word: w.word + second.word, tag: 'n' })) continue;
    // "县委书记", "内政部长": a body with its head's title in one word; the body is the name.
    const role = hasCharAt(ROLE_LAST_CHARS, w.word, w.word.length - 1) ? COMMITTEE_ROLES.find((r) => w.word.length > r.length + 1 && w.word.endsWith(r) && BODY_BEFORE_ROLE.has(w.word[w.word.length - r.length - 1]!)) : undefined;
    if (role) {
      const stem = w.word.slice(0, -role.length);
      if (claimHeadedName(words, i, claims, { start: w.start, end: w.end - role.length, word: stem, tag: 'nt' })) continue;
    }
    // "内阁部长": a body's kind before a role title describes the office holder, not the body.
    if (STANDING_BODIES.has(w.word) && !claims.roleStartingAt(w.end)) {
      claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'org', rule: 'zh.org.standing-body' });
      continue;
    }
    if (w.word.length === 3 && w.word[0] === '十' && PARTY_CONGRESS.test(w.word)) {
      claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'org', rule: 'zh.org.party-congress' });
      continue;
    }
    if (w.tag !== 'nt') continue;
    const genericTail = PLACE_GENERIC_TAILS.some((tail) => w.word.length > tail.length && w.word.endsWith(tail) && !w.word.endsWith(`人民${tail}`));
    const relation = w.word.length === 4 && ABBREVIATION_PAIR_CUES.includes(w.word.slice(2)); // "美中关系": two places
    // "音乐会", "招标会": a meeting, not a body; "儿童文学", "国际化": a field or a kind.
    const notBody = (w.word.endsWith('会') && !BODY_BEFORE_HUI.has(w.word[w.word.length - 2] ?? '')) || NOT_BODY_ENDINGS.some((e) => w.word.endsWith(e));
    if (w.tag === 'nt' && w.word.length >= 2 && !genericTail && !relation && !notBody && !NOT_ORG_ENDINGS.some((e) => w.word.endsWith(e)) && !placeBeforeCommonNoun(w.word) && !FACILITIES.has(headOf(w.word) ?? '')) claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'org', rule: 'zh.org.dictionary' });
  }
}
