// Organisations over the whole text's words: a word ending in an organisation head
// ("公安局", "博爱医院", "意大利队") with the words before it that name it ("郑州市公安局",
// "中国马术协会"), jieba's dictionary organisations (nt: 中国共产党, 北京市人民政府), and a
// name right before a company cue ("福特首席执行官", "比亚迪董事长"). A place in front joins
// the name, but only the nearest one: "河南省" stays a place before "郑州市公安局".

import type { ClaimedText } from './claims.ts';
import type { ChineseWord } from './jieba-words.ts';
import { isKnownPlace, placeBeforeCommonNoun, startsWithKnownPlace } from './place-and-noun.ts';
import { BARE_HEADS, GOVERNMENT_SUFFIXES, NAME_STOP_CHARS, NOT_ORG_WORDS, ORG_CUES_AFTER, ORG_HEADS_ZH, PLACE_GENERIC_TAILS, PLACE_JOINING_SUFFIXES } from './rules.ts';

/** Tags of words that can be part of an organisation's name. */
const NAME_PART_TAGS = new Set(['ns', 'nt', 'nz', 'n', 'nr', 'nrt', 'nrfg', 'x', 'j', 'vn', 'b', 'eng', 'nl', 'ng', 'an', 'l']);
/** Tags that make a name proper, not a description ("广州工程公司", not "这家公司"). */
const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'nrfg', 'x', 'j', 'eng']);
/** Heads that name a trade, not a body: they need a proper name right before ("金蒙电力", not "中国汽车"). */
const TRADE_HEADS = new Set(['电力', '燃气', '重工', '证券', '保险', '控股', '汽车', '电气', '电机', '电子', '钢铁', '航空',
  '石油', '化工', '制药', '商事', '物产', '矿业', '能源', '航运', '物流', '科技', '人寿']);
/** Tags of a word after which a word jieba does not know is more likely a verb than a name. */
const CLAUSE_TAGS = new Set(['r', 'd', 'v', 'p', 'c', 'ad']);
/** Roles that jieba joins to a party committee ("县委书记", "市委常委"). */
const COMMITTEE_ROLES = ['副书记', '书记', '常委'];
/** A party congress by its number: "十五大" (the 15th National Congress). */
const PARTY_CONGRESS = /^十[一二三四五六七八九]大$/u;
/** Characters of an organisation's name, at most. */
const MAX_NAME = 16;

const headsByLength = new Map<number, Set<string>>();
for (const head of ORG_HEADS_ZH) {
  const set = headsByLength.get(head.length) ?? new Set();
  set.add(head);
  headsByLength.set(head.length, set);
}
const longestHead = Math.max(...headsByLength.keys());

/** The longest organisation head `word` ends with. */
function headOf(word: string): string | undefined {
  for (let length = Math.min(longestHead, word.length); length >= 1; length--) {
    const tail = word.slice(word.length - length);
    if (headsByLength.get(length)?.has(tail)) return tail;
  }
  return undefined;
}

const isPlaceWord = (w: ChineseWord) => w.tag === 'ns';

/** Claims the organisation whose head word is words[i], with the words before it that name it. */
function claimHeadedName(words: readonly ChineseWord[], i: number, claims: ClaimedText, head = words[i]!): boolean {
  const suffix = headOf(head.word);
  if (!suffix || NOT_ORG_WORDS.has(head.word) || !NAME_PART_TAGS.has(head.tag) && head.tag !== 'nt') return false;
  // "美国政府", "杭州市政府": a place and its government are a place ("北京市人民政府" is a body).
  if (PLACE_GENERIC_TAILS.includes(suffix) && !head.word.endsWith(`人民${suffix}`) && (head.word.length > suffix.length || words[i - 1]?.tag === 'ns')) return false;
  let from = i;
  let proper = false;
  let properNotPlace = false;
  // "武汉市公安局": a head word that opens with a place has its place; "湖北省" before it stays apart.
  let sawPlace = startsWithKnownPlace(head.word);
  let placeClaim: ReturnType<ClaimedText['claimEndingAt']>;
  while (from > 0) {
    const previous = words[from - 1]!;
    if (previous.end !== words[from]!.start || head.end - previous.start > MAX_NAME) break;
    if (!claims.isFree(previous.start, previous.end)) {
      const claim = claims.claimEndingAt(words[from]!.start);
      if (claim?.type === 'place' && !sawPlace && (from < i || !TRADE_HEADS.has(suffix))) placeClaim = claim;
      // "文化部|办公厅", "邮电总医院|血管外科研究所": a body inside a body is one name.
      if (claim?.type === 'org' && claim.rule.startsWith('zh.org') && !TRADE_HEADS.has(suffix)) {
        placeClaim = claim;
        properNotPlace = true;
      }
      break;
    }
    if (!NAME_PART_TAGS.has(previous.tag)) break;
    if (isPlaceWord(previous)) {
      if (sawPlace) break;
      sawPlace = true;
    }
    if (PROPER_TAGS.has(previous.tag) && previous.word.length >= 2) {
      proper = true;
      if (!isPlaceWord(previous) || !isKnownPlace(previous.word)) properNotPlace = true;
    }
    from--;
  }
  // Only ordinary words before the head: trim them off, the head word stands alone. A
  // pronoun or particle glued to the first word ("这是") is no part of a name either.
  if (!proper && !placeClaim) from = i;
  while (from < i && NAME_STOP_CHARS.has(words[from]!.word[0]!)) from++;
  const alone = from === i && !placeClaim;
  const headStem = head.word.length > suffix.length;
  if (TRADE_HEADS.has(suffix) && !properNotPlace && !(headStem && PROPER_TAGS.has(head.tag))) return false;
  if (alone) {
    if (placeBeforeCommonNoun(head.word)) return false;
    const ministry = GOVERNMENT_SUFFIXES.has(suffix) && head.tag === 'n' && head.word.length >= 3; // "人事部", "水利部"
    if (!(head.tag === 'nt' || ministry || (headStem && head.word.length >= 3 && !BARE_HEADS.has(head.word) && PROPER_TAGS.has(head.tag)))) return false;
  } else if (BARE_HEADS.has(head.word) && !properNotPlace && !PLACE_JOINING_SUFFIXES.has(suffix)) {
    return false; // "日本公司", "美国政府": a place and a common noun
  }
  // "自己建座发电厂": a word jieba does not know, after a pronoun or verb, is a verb phrase, not a name.
  const prefix = words.slice(from, i);
  const before = words[from - 1];
  if (prefix.length > 0 && prefix.every((p) => p.tag === 'x' || !PROPER_TAGS.has(p.tag)) && before && CLAUSE_TAGS.has(before.tag)) return false;
  let start = words[from]!.start;
  if (placeClaim) {
    claims.release(placeClaim);
    start = placeClaim.start;
  }
  claims.claim({ start, end: head.end, kind: 'entity', type: 'org', rule: alone ? 'zh.org.word' : 'zh.org.head' });
  return true;
}

/** "福特首席执行官…": one or two name words right before a company cue name a company. */
function claimBeforeCue(words: readonly ChineseWord[], i: number, claims: ClaimedText): boolean {
  const cue = words[i]!;
  if (!ORG_CUES_AFTER.includes(cue.word) && !(cue.word === '首席' && words[i + 1]?.word.startsWith('执行官'))) return false;
  const last = words[i - 1];
  if (!last || last.end !== cue.start || !claims.isFree(last.start, last.end) || !PROPER_TAGS.has(last.tag) && last.tag !== 'n') return false;
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
    // "县委书记": a party committee with its secretary in one word; the committee is the body.
    const role = COMMITTEE_ROLES.find((r) => w.word.length > r.length + 1 && w.word.endsWith(r) && w.word[w.word.length - r.length - 1] === '委');
    if (role) {
      const stem = w.word.slice(0, -role.length);
      if (claimHeadedName(words, i, claims, { start: w.start, end: w.end - role.length, word: stem, tag: 'nt' })) continue;
    }
    if (PARTY_CONGRESS.test(w.word)) {
      claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'org', rule: 'zh.org.party-congress' });
      continue;
    }
    const genericTail = PLACE_GENERIC_TAILS.some((tail) => w.word.length > tail.length && w.word.endsWith(tail) && !w.word.endsWith(`人民${tail}`));
    if (w.tag === 'nt' && !genericTail && !placeBeforeCommonNoun(w.word)) claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'org', rule: 'zh.org.dictionary' });
  }
}
