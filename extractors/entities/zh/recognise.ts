// recogniseChinese: Chinese entity mentions, each pass claiming text in priority order —
// gazetteer names and role titles (a character trie), 《…》 titles, Latin-script names,
// ·-joined transliterations, names after a role title, then jieba's words in what is
// left: organisation suffixes, dictionary organisations and places, and people in context.

import type { EntityMention, EntityType } from '../../types.ts';
import type { GazetteerEntry } from '../types.ts';
import { recogniseEnglish } from '../en/recognise.ts';
import { gazetteerEntry } from '../gazetteer/index.ts';
import { classifyLatinName } from '../latin-name.ts';
import { linkEntity } from '../link.ts';
import { phraseTables, type PhraseTables } from '../phrase-tables.ts';
import { ClaimedText } from './claims.ts';
import { TRANSLITERATION_CHARACTERS } from '../data/zh-transliteration-characters.ts';
import { COMMON_SURNAMES, RARE_SURNAMES } from '../data/zh-surnames.ts';
import { NAME_STOP_CHARS, NAME_TAIL_STOPS, ORG_SUFFIXES_ZH, PLACE_SUFFIX_CHARS, SPEECH_VERBS_ZH } from './rules.ts';
import { wholeTextWords, wordEndingAt, wordStartingAt, type ChineseWord } from './jieba-words.ts';
import { placeBeforeCommonNoun } from './place-and-noun.ts';
import { headOf } from './organisations.ts';
import { claimWordNames } from './word-rules.ts';
import { SPORTS_SIDE_RULE } from './sports-sides.ts';

const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'.-]*(?: [A-Za-z0-9&][A-Za-z0-9&'.-]*)*/g;
const HAS_LATIN = /[A-Za-z]/;
const TITLE_QUOTE = /《([^《》\n]{1,40})》/g;
const TRANSLITERATION = /\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})+/uy;
/** UTF-16 units a transliteration's first part can span: eight code points of one or two units. */
const FIRST_PART_UNITS = 16;
const MEDIA_ENDINGS = /(?:报|新闻|日报|时报|周刊|杂志|通讯社|新闻社|电视台|网)$/;
/** Tags of jieba words that name something whole: places, organisations, other proper nouns. */
const LONGER_NAME_TAGS = new Set(['ns', 'nt']);
/** Tags of jieba words that, ending in an organisation head, are one name with the place they open with ("伊朗队", "秘鲁队"). */
const NAMED_WORD_TAGS = new Set(['nz', 'nr', 'n', 'x']);
const ORG_SUFFIXES = new Set(ORG_SUFFIXES_ZH);
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

/** Where a jieba word that may be a longer name starts: its end ("中国共产党", "北京市", "中国队", "伊朗队"). */
function longerNameWords(text: string, words: readonly ChineseWord[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const w of words) {
    if (w.word.length >= 3 && (LONGER_NAME_TAGS.has(w.tag) || PLACE_SUFFIX_CHARS.has(text[w.end - 1]!) || (NAMED_WORD_TAGS.has(w.tag) && headOf(w.word)))) ends.set(w.start, w.end);
  }
  return ends;
}

/** Whether a role title starts inside [from, to) of the text ("英国首相" holds 首相). */
function roleWithin(roles: PhraseTables['chineseRoles'], text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (roles.longestMatch(text, k)) return true;
  return false;
}

/** Whether a jieba place word, or any word of four or more, holds [at, end) after its start ("内蒙古", "发展中国家"). */
function insidePlaceWord(words: readonly ChineseWord[], at: number, end: number): boolean {
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (words[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  const w = words[low];
  return w !== undefined && w.start < at && w.end >= end && (w.tag === 'ns' || w.word.length >= 4);
}

function claimPhrases(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  const { chineseNames, chineseRoles } = phraseTables();
  const longerWordEnds = longerNameWords(text, words);
  // Names and titles are looked for where jieba's words start: a name never starts inside a word.
  const wordStarts = new Uint8Array(text.length + 1);
  for (const w of words) wordStarts[w.start] = 1;
  for (let i = 0; i < text.length;) {
    if (!wordStarts[i]) {
      i++;
      continue;
    }
    let name = chineseNames.longestMatch(text, i);
    // A jieba word that is a longer name starting here ("中国共产党", "北京市") outranks the gazetteer's shorter one.
    const longerEnd = longerWordEnds.get(i);
    // "微软公司", "欧盟委员会": an organisation of the gazetteer and a head after it, one jieba word, is that longer name.
    const known = name ? gazetteerEntry(name.value)?.type : undefined;
    const orgWithHead = known === 'org' && longerEnd !== undefined && ORG_SUFFIXES.has(text.slice(i + name!.length, longerEnd));
    if (name && longerEnd !== undefined && longerEnd > i + name.length && (known === 'place' || orgWithHead) &&
      !placeBeforeCommonNoun(text.slice(i, longerEnd)) && !roleWithin(chineseRoles, text, i + 1, longerEnd)) {
      i = longerEnd;
      continue;
    }
    // "美国商务部长": the title 商务部长 outranks the longer name 美国商务部 that would cut it.
    for (let k = i + 1; name && k < i + name.length; k++) {
      const inner = chineseRoles.longestMatch(text, k);
      if (inner && k + inner.length > i + name.length) name = chineseNames.longestMatch(text, i, k - i);
    }
    const role = chineseRoles.longestMatch(text, i);
    // "内蒙古", "发展中国家": a gazetteer place inside a longer jieba word is no name of its own.
    if (name && gazetteerEntry(name.value)?.type === 'place' && insidePlaceWord(words, i, i + name.length)) name = undefined;
    const nameOk = name && !(isLatin(text[i]) && isLatin(text[i - 1])) && !(isLatin(text[i + name.length - 1]) && isLatin(text[i + name.length]));
    if (nameOk && name && (!role || name.length >= role.length)) {
      const entry = gazetteerEntry(name.value)!;
      claims.claim({ start: i, end: i + name.length, kind: 'entity', type: entry.type, id: entry.id, rule: 'zh.gazetteer' });
      i += name.length;
    } else if (role) {
      claims.claim({ start: i, end: i + role.length, kind: 'role', rule: 'zh.role-title', roleId: role.value.id });
      i += role.length;
    } else {
      i++;
    }
  }
}

/**
 * The person a work is named after, when its title opens with a name jieba's dictionary lists
 * as a person's and goes on past it ("《周恩来经济建设思想论》"): a surname first or sound-spelled.
 */
function personOpeningTitle(words: readonly ChineseWord[], start: number, end: number): ChineseWord | undefined {
  const w = wordStartingAt(words, start);
  // A title that is the word alone ("《白蛇传》", "《阳光》") is more often a common word than a name.
  if (!w || w.end >= end || (w.tag !== 'nr' && w.tag !== 'nrfg') || w.word.length < 2 || w.word.length > 4) return undefined;
  return SURNAME_CHARS.has(w.word[0]!) || [...w.word].every((c) => TRANSLITERATION_CHARS.has(c)) ? w : undefined;
}

function claimTitleQuotes(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  if (!text.includes('《')) return;
  for (const m of text.matchAll(TITLE_QUOTE)) {
    const start = m.index + 1;
    const inner = m[1]!;
    const link = linkEntity(inner);
    const type = link?.entry.type ?? (MEDIA_ENDINGS.test(inner) ? 'org' : 'other');
    const person = type === 'other' ? personOpeningTitle(words, start, start + inner.length) : undefined;
    if (person) {
      claims.claim({ start: person.start, end: person.end, kind: 'entity', type: 'person', rule: 'zh.person.title-opening' });
      continue;
    }
    claims.claim({ start, end: start + inner.length, kind: 'entity', type, id: link?.entry.id, rule: 'zh.title-quote' });
  }
}

/** A markup tag left in scraped text ("<ADDRESS type=\"PHONE\">", "</B>"): its words are no names. */
const MARKUP_TAG = /<\/?[A-Za-z][^<>\n]{0,80}>/g;

/** Where markup tags stand in `text`, as [start, end) pairs in text order (none in most texts). */
function markupTags(text: string): [number, number][] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(MARKUP_TAG)].map((m) => [m.index, m.index + m[0].length]);
}

function claimLatinNames(text: string, claims: ClaimedText, mentions: EntityMention[]): void {
  if (!HAS_LATIN.test(text)) return;
  const tags = markupTags(text);
  for (const m of text.matchAll(LATIN_RUN)) {
    let name = m[0].replace(/[.'-]+$/, '');
    const start = m.index;
    if (!claims.isFree(start, start + name.length)) continue;
    if (tags.length > 0 && tags.some(([from, to]) => start >= from && start < to)) continue;
    const words = name.split(' ');
    if (words.length >= 3 && words.some((w) => /^[a-z]/.test(w) && w !== 'of' && w !== 'and')) {
      // An English sentence quoted inside Chinese text: read it as English.
      for (const e of recogniseEnglish(name)) mentions.push({ ...e, start: e.start + start, end: e.end + start });
      claims.claim({ start, end: start + name.length, kind: 'role', rule: 'zh.latin.english-text' });
      continue;
    }
    name = name.trim();
    const verdict = classifyLatinName(name, claims.roleEndingAt(start) !== undefined);
    if (verdict) claims.claim({ start, end: start + name.length, kind: 'entity', type: verdict.type, id: verdict.id, rule: verdict.rule });
  }
}

/**
 * The matches of TRANSLITERATION over the text, as a global scan would find them, but
 * tried only at the few places a match can start: within a first part's reach before
 * each "·" (a scan over every Han character is several times slower).
 */
function* transliterationSpans(text: string): Generator<[number, number]> {
  let from = 0; // where the scan may start again: after the last match, or past a dot no match used
  for (let dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', from)) {
    const firstStart = Math.max(from, dot - FIRST_PART_UNITS);
    from = dot + 1;
    for (let start = firstStart; start < dot; start++) {
      TRANSLITERATION.lastIndex = start;
      const m = TRANSLITERATION.exec(text);
      if (!m) continue;
      yield [start, start + m[0].length];
      from = start + m[0].length;
      break;
    }
  }
}

/** Tags of a word that ends a transliterated name before it ("吉姆·法利|出席", "…|周二"). */
const NOT_NAME_TAGS = new Set(['v', 'vd', 'vn', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'ud', 'r', 'f', 'm', 'q', 't', 'ad']);

const TRANSLITERATION_CHARS = new Set([...TRANSLITERATION_CHARACTERS]);
const SURNAME_CHARS = new Set([...COMMON_SURNAMES, ...RARE_SURNAMES]);
/** Characters that end a clause word, not a name, when the cut glues them to a name's last part. */
const TAIL_STOPS = new Set([...NAME_TAIL_STOPS, ...'著任今上站副']);

/** Characters of a transliterated name's first and last parts, at most. */
const PART_MAX = 6;

function claimTransliterations(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  if (!text.includes('·')) return;
  const tagAt = (at: number) => wordStartingAt(words, at)?.tag;
  /** A title or verb ends at `at` ("教授|马克·卢蒲"): the first part starts no earlier. */
  const titleEndsAt = (at: number) => {
    const w = wordEndingAt(words, at);
    return w !== undefined && w.word.length >= 2 && (NOT_NAME_TAGS.has(w.tag) || w.tag === 'n');
  };
  for (const [matchStart, matchEnd] of transliterationSpans(text)) {
    let start = matchStart;
    let end = matchEnd;
    const firstDot = text.indexOf('·', start);
    if (claims.takenAt(firstDot - 1) && claims.takenAt(firstDot + 1)) continue; // a gazetteer name already
    // Walk left from the dot to a title, particle or the part's length limit; country names
    // met inside a transliteration ("埃马纽埃尔" holds 纽埃, Niue) are released.
    start = firstDot;
    while (start > matchStart && firstDot - start < PART_MAX && !NAME_STOP_CHARS.has(text[start - 1]!) && !(start < firstDot && titleEndsAt(start))) {
      const claim = claims.claimEndingAt(start) ?? (claims.takenAt(start - 1) ? claims.claims.find((c) => c.start < start && c.end >= start) : undefined);
      if (claim && (claim.kind === 'role' || claim.start < matchStart || firstDot - claim.start > PART_MAX)) break;
      if (claim) claims.release(claim);
      start--;
    }
    // The last part runs on into the sentence ("库马尔表示"): stop at a particle, verb or claimed text.
    const lastDot = text.lastIndexOf('·', end - 1);
    let stop = lastDot + 1;
    while (stop < end && stop - lastDot <= PART_MAX && !NAME_STOP_CHARS.has(text[stop]!) && !claims.takenAt(stop) &&
      !SPEECH_VERBS_ZH.some((v) => text.startsWith(v, stop)) && !(stop > lastDot + 1 && NOT_NAME_TAGS.has(tagAt(stop) ?? ''))) stop++;
    end = stop;
    // "安迪·葛鲁夫任", "…·沃尔教授": a verb or title the cut glued to the last part is left out.
    const titleAt = wordStartingAt(words, end - 2);
    if (titleAt && titleAt.end === end && titleAt.tag === 'n' && ![...titleAt.word].every((c) => TRANSLITERATION_CHARS.has(c))) end -= 2;
    if (end - lastDot > 2 && TAIL_STOPS.has(text[end - 1]!)) end--;
    // "朱利安·马什主槌": a word of two or more characters that transliterate nothing, run on after
    // the last part, is left out. One such character stays: the table is not every character a
    // transliteration uses (卡瓦略).
    let tail = end;
    while (tail - lastDot > 2 && !TRANSLITERATION_CHARS.has(text[tail - 1]!)) tail--;
    if (end - tail >= 2) end = tail;
    if (end <= lastDot + 1) continue;
    // "大展·当代中国画展": a dot between words that are no transliteration.
    const name = text.slice(start, end);
    let transliterated = 0;
    for (const c of name) if (TRANSLITERATION_CHARS.has(c)) transliterated++;
    if (transliterated < 0.5 * (name.length - 1) && !claims.takenAt(start)) continue;
    const link = linkEntity(name, 'person');
    claims.claim({ start, end, kind: 'entity', type: 'person', id: link?.entry.id, rule: 'zh.person.transliteration' });
  }
}

/** The gazetteer entry of each name and type met, per thread (the gazetteer does not change while a thread runs). */
const entriesMet = new Map<string, GazetteerEntry | null>();
const ENTRIES_REMEMBERED = 20_000;

/** linkEntity(surface, type)'s entry, remembered: the same names recur article after article. */
function linkedEntry(surface: string, type: EntityType): GazetteerEntry | undefined {
  const key = `${type}\u0000${surface}`;
  let entry = entriesMet.get(key);
  if (entry === undefined) {
    if (entriesMet.size >= ENTRIES_REMEMBERED) entriesMet.clear();
    entry = linkEntity(surface, type)?.entry ?? null;
    entriesMet.set(key, entry);
  }
  return entry ?? undefined;
}

export function recogniseChinese(text: string): EntityMention[] {
  const claims = new ClaimedText(text.length);
  const mentions: EntityMention[] = [];
  const words = wholeTextWords(text);
  claimPhrases(text, words, claims);
  claimTitleQuotes(text, words, claims);
  claimLatinNames(text, claims, mentions);
  claimTransliterations(text, words, claims);
  claimWordNames(text, words, claims);
  for (const c of claims.claims) {
    if (c.kind !== 'entity' || !c.type) continue;
    const surface = text.slice(c.start, c.end);
    // A team named by its country is not the country: no link (SPORTS_SIDE_RULE).
    const entry = c.id ? gazetteerEntry(c.id) : c.type === 'other' || c.rule === SPORTS_SIDE_RULE ? undefined : linkedEntry(surface, c.type);
    mentions.push({
      start: c.start, end: c.end, text: surface, type: entry?.type ?? c.type, rule: c.rule,
      ...(entry ? { id: entry.id, name: entry.name } : {}),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
