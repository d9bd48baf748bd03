// The last Chinese passes, over text no earlier pass claimed, each started by a cheap
// trigger and confirmed on jieba's words in a short window: a name right after a role
// title, an organisation suffix with the proper words before it, a dictionary
// organisation or place, and a person before a speech verb.

import { PhraseTrie } from '../phrase-trie.ts';
import type { ClaimedText } from './claims.ts';
import { windowCutter, type ChineseWord, type WindowWords } from './jieba-words.ts';
import { dictionaryNames } from './proper-nouns.ts';
import {
  GENERIC_ORG_HEADS, GOVERNMENT_SUFFIXES, NAME_STOP_CHARS, NOT_MINISTRIES, ORG_SUFFIXES_ZH, PLACE_JOINING_SUFFIXES, SPEECH_VERBS_ZH, SURNAMES_ZH,
} from './rules.ts';

const HAN = /^\p{Script=Han}+$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9&]/u;
const PROPER_TAGS = new Set(['ns', 'nr', 'nt', 'nz', 'nrt', 'nrfg', 'j', 'eng', 'x']);
const NAME_PART_TAGS = new Set([...PROPER_TAGS, 'n', 'vn', 'nl', 'ng', 'b']);
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/** Characters of context jieba sees on each side of a trigger. */
const WINDOW = 10;

const suffixTrie = new PhraseTrie<string>();
for (const s of ORG_SUFFIXES_ZH) suffixTrie.add(s.split(''), s);
const speechTrie = new PhraseTrie<string>();
for (const v of SPEECH_VERBS_ZH) speechTrie.add(v.split(''), v);

/** The text a pass reads, what earlier passes claimed, and jieba's words of its windows. */
interface Scan {
  text: string;
  claims: ClaimedText;
  wordsOf: WindowWords;
}

/** jieba's words of a window around [start, end), bounded by punctuation and claimed text. */
function windowWords({ text, claims, wordsOf }: Scan, start: number, end: number, before: number, after: number): ChineseWord[] {
  let from = start;
  while (from > 0 && start - from < before && NAME_CHAR.test(text[from - 1]!) && !claims.takenAt(from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < after && NAME_CHAR.test(text[to]!) && !claims.takenAt(to)) to++;
  return wordsOf(from, to);
}

const NOT_NAME_START_TAGS = new Set(['v', 'vn', 'd', 'p', 'c', 'u', 'uj', 'ul', 'ud', 'm', 'q', 'r', 'f', 't', 'a', 'ad']);

/** "日本首相高市早苗于…": the Han characters after a role title, up to a particle or verb, are a name. */
function claimNamesAfterTitles({ text, claims, wordsOf }: Scan): void {
  for (const role of [...claims.claims]) {
    if (role.kind !== 'role') continue;
    let end = role.end;
    while (end < text.length && end - role.end < 4 && HAN.test(text[end]!) && !NAME_STOP_CHARS.has(text[end]!) &&
      !claims.takenAt(end) && speechTrie.longestMatch(text, end) === undefined) end++;
    if (end - role.end < 2) continue;
    const first = wordsOf(role.end, Math.min(text.length, end + 2))[0];
    if (first && NOT_NAME_START_TAGS.has(first.tag) && !SURNAMES_ZH.has(text[role.end]!)) continue; // "外长举行会谈": a verb, not a name
    claims.claim({ start: role.end, end, kind: 'entity', type: 'person', rule: 'zh.person.after-title' });
  }
}

interface SuffixPrefix {
  start: number;
  /** Some word of the prefix is a proper noun (or jieba does not know it). */
  proper: boolean;
  chars: number;
}

/**
 * The name before an organisation suffix starting at `suffixStart`: name-like words
 * leftwards ("秦川燃气"), stopping before a place that opens the name ("西安|秦川燃气"),
 * joining "和" inside government bodies ("工业和信息化部"). A word that swallows the
 * start of the suffix ("西屋公司", "能源局") is taken whole.
 */
function prefixBeforeSuffix(words: readonly ChineseWord[], suffixStart: number, government: boolean): SuffixPrefix | undefined {
  let k = words.findIndex((w) => w.end > suffixStart);
  if (k < 0) return undefined;
  if (words[k]!.start < suffixStart) {
    // The suffix's first characters belong to a longer word: that word is the name's last part.
    if (!PROPER_TAGS.has(words[k]!.tag) && !government) return undefined;
    k++;
  }
  let from = k;
  for (;;) {
    const previous = words[from - 1];
    if (!previous || (from < k && previous.end !== words[from]!.start)) break;
    const joins = NAME_PART_TAGS.has(previous.tag) || (government && previous.word === '和' && from - 2 >= 0);
    if (!joins || (previous.tag === 'ns' && from < k)) break;
    from--;
  }
  const prefix = words.slice(from, k);
  const start = prefix[0]?.start ?? suffixStart;
  return { start, proper: prefix.some((p) => PROPER_TAGS.has(p.tag)), chars: suffixStart - start };
}

const CLAUSE_START = /[\s，。；：、“”"（）《》!?！？]/;

function claimOrgsBySuffix(scan: Scan): void {
  const { text, claims } = scan;
  for (let i = 1; i < text.length; i++) {
    const match = suffixTrie.longestMatch(text, i);
    if (!match) continue;
    let end = i + match.length;
    let suffix = match.value;
    // "蓝海物流集团", "华芯微电子有限公司": suffixes in a row end one name.
    for (let more = suffixTrie.longestMatch(text, end); more; more = suffixTrie.longestMatch(text, end)) { end += more.length; suffix = more.value; }
    if (!claims.isFree(i, end)) { i = end - 1; continue; }
    const words = windowWords(scan, i, end, WINDOW, 2);
    if (!words.some((w) => w.end === end)) { i = end - 1; continue; } // jieba reads on past the suffix ("部分")
    const government = GOVERNMENT_SUFFIXES.has(match.value);
    const prefix = prefixBeforeSuffix(words, i, government);
    const windowStart = words[0]?.start ?? i;
    const place = claims.claimEndingAt(windowStart);
    const allNameParts = prefix !== undefined && prefix.start === windowStart;
    if (place?.type === 'place' && PLACE_JOINING_SUFFIXES.has(suffix) && (allNameParts || i === windowStart)) {
      // "中国银行", "中国人寿保险": a gazetteer place right before joins a strong suffix's name.
      claims.release(place);
      claims.claim({ start: place.start, end, kind: 'entity', type: 'org', rule: 'zh.org.place-and-suffix' });
    } else if (prefix && prefix.chars > 0 && (prefix.proper || (government && prefix.chars >= 3))) {
      const name = text.slice(prefix.start, end);
      const genericAfterPlace = prefix.chars <= 3 && GENERIC_ORG_HEADS.has(suffix) && words.find((w) => w.start === prefix.start)?.tag === 'ns';
      if (!genericAfterPlace && !(match.value === '部' && (NOT_MINISTRIES.has(name) || name.length < 3))) {
        claims.claim({ start: prefix.start, end, kind: 'entity', type: 'org', rule: 'zh.org.suffix' });
      }
    } else if (prefix && prefix.chars >= 2 && prefix.chars <= 3 && !government && !GENERIC_ORG_HEADS.has(suffix)) {
      // "民生证券首席经济学家…": one ordinary word plus a company suffix opening a clause names a company.
      const head = words.find((w) => w.start === prefix.start)!;
      const opensClause = head.start === 0 || CLAUSE_START.test(text[head.start - 1]!) || claims.claimEndingAt(head.start)?.type === 'place';
      if (opensClause && HAN.test(head.word) && !NOT_NAME_START_TAGS.has(head.tag)) {
        claims.claim({ start: head.start, end, kind: 'entity', type: 'org', rule: 'zh.org.clause-start-suffix' });
      }
    }
    i = end - 1;
  }
}

function claimDictionaryNames(scan: Scan): void {
  const { text, claims } = scan;
  const trie = dictionaryNames().properNouns;
  for (let i = 0; i < text.length; i++) {
    if (claims.takenAt(i)) continue;
    const match = trie.longestMatch(text, i);
    if (!match || !claims.isFree(i, i + match.length)) continue;
    const end = i + match.length;
    const words = windowWords(scan, i, end, 3, 3);
    if (!words.some((w) => w.start === i && w.end === end)) continue; // jieba cuts it otherwise
    const type = match.value === 'ns' ? 'place' : match.value === 'nt' ? 'org' : 'person';
    if (type === 'org' && [...GENERIC_ORG_HEADS].some((head) => text.endsWith(head, end))) continue; // 广东省政府
    claims.claim({ start: i, end, kind: 'entity', type, rule: `zh.${type}.dictionary` });
    i = end - 1;
  }
}

function endsInPersonWord(text: string, end: number, personWords: ReadonlySet<string>): boolean {
  for (let length = 2; length <= 4 && length <= end; length++) if (personWords.has(text.slice(end - length, end))) return true;
  return false;
}

function claimSpeakers(scan: Scan): void {
  const { text, claims } = scan;
  const { personWords } = dictionaryNames();
  for (let i = 2; i < text.length; i++) {
    const verb = speechTrie.longestMatch(text, i);
    if (!verb || claims.takenAt(i - 1)) continue;
    // The speaker is jieba's last word before the verb: a dictionary word of two to four Han
    // characters that may name a person. Unless one ends at the verb, cutting cannot find one.
    if (claims.takenAt(i - 2) || !HAN_CHAR.test(text[i - 1]!) || !HAN_CHAR.test(text[i - 2]!)) continue;
    if (!endsInPersonWord(text, i, personWords)) continue;
    const words = windowWords(scan, i, i, 4, 0);
    const w = words[words.length - 1];
    if (!w || w.end !== i || w.word.length < 2 || w.word.length > 4 || !HAN.test(w.word)) continue;
    if (PERSON_TAGS.has(w.tag) || (w.tag === 'x' && SURNAMES_ZH.has(w.word[0]!))) {
      claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'person', rule: 'zh.person.before-speech' });
    }
  }
}

export function claimDictionaryWords(text: string, claims: ClaimedText): void {
  const scan: Scan = { text, claims, wordsOf: windowCutter(text) };
  claimNamesAfterTitles(scan);
  claimOrgsBySuffix(scan);
  claimDictionaryNames(scan);
  claimSpeakers(scan);
}
