// The last Chinese passes, over jieba's words in the text no earlier pass claimed:
// a name right after a role title, organisation suffixes with the proper words before
// them, dictionary organisations (nt) and places (ns), and people in context.

import { chineseWords, type ChineseWord } from './jieba-words.ts';
import type { ClaimedText } from './claims.ts';
import { GENERIC_ORG_HEADS, NAME_STOP_CHARS, NOT_MINISTRIES, NOT_PLACES, ORG_SUFFIXES_ZH, SPEECH_VERBS_ZH, SURNAMES_ZH } from './rules.ts';

const HAN = /^\p{Script=Han}+$/u;
const PROPER_TAGS = new Set(['ns', 'nr', 'nt', 'nz', 'nrt', 'nrfg', 'j', 'eng', 'x']);
const NAME_PART_TAGS = new Set([...PROPER_TAGS, 'n', 'vn', 'nl', 'ng', 'b']);
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/** "日本首相高市早苗于…": the Han characters after a role title, up to a particle or verb, are a name. */
function claimNamesAfterTitles(text: string, claims: ClaimedText): void {
  for (const role of [...claims.claims]) {
    if (role.kind !== 'role') continue;
    let end = role.end;
    while (end < text.length && end - role.end < 4 && HAN.test(text[end]!) && !NAME_STOP_CHARS.has(text[end]!) && !claims.takenAt(end)) end++;
    if (end - role.end >= 2) claims.claim({ start: role.end, end, kind: 'entity', type: 'person', rule: 'zh.person.after-title' });
  }
}

function orgSuffixOf(word: string): string | undefined {
  return ORG_SUFFIXES_ZH.find((s) => word.endsWith(s));
}

/** Extends an organisation suffix word leftwards over name-like words; needs one proper word. */
function claimOrgBySuffix(words: readonly ChineseWord[], i: number, claims: ClaimedText, text: string): boolean {
  const word = words[i]!;
  const suffix = orgSuffixOf(word.word);
  if (!suffix) return false;
  let from = i;
  if (word.word === suffix) {
    while (from > 0 && NAME_PART_TAGS.has(words[from - 1]!.tag) && words[from - 1]!.end === words[from]!.start && !orgSuffixOf(words[from - 1]!.word)) from--;
  }
  // A dictionary word that merely ends like a name ("发电机") is not one.
  if (word.word !== suffix && !PROPER_TAGS.has(word.tag)) return false;
  const parts = words.slice(from, i + 1);
  const name = text.slice(parts[0]!.start, word.end);
  const prefixWords = word.word === suffix ? parts.slice(0, -1) : [{ ...word, word: word.word.slice(0, -suffix.length), tag: 'x' }];
  if (prefixWords.length === 0 || prefixWords.every((p) => p.word === '')) return false;
  if (!prefixWords.some((p) => PROPER_TAGS.has(p.tag))) return false;
  if (suffix === '部' && (NOT_MINISTRIES.has(name) || name.length < 3)) return false;
  if (prefixWords.length === 1 && prefixWords[0]!.tag === 'ns' && GENERIC_ORG_HEADS.has(suffix)) return false;
  return claims.claim({ start: parts[0]!.start, end: word.end, kind: 'entity', type: 'org', rule: 'zh.org.suffix' });
}

function speechFollows(text: string, end: number): boolean {
  return SPEECH_VERBS_ZH.some((v) => text.startsWith(v, end));
}

export function claimDictionaryWords(text: string, claims: ClaimedText): void {
  claimNamesAfterTitles(text, claims);
  for (const [from, to] of claims.gaps(text.length)) {
    if (!/\p{Script=Han}/u.test(text.slice(from, to))) continue;
    const words = chineseWords(text, from, to);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!HAN.test(w.word)) continue;
      if (claimOrgBySuffix(words, i, claims, text)) continue;
      if (w.tag === 'nt' && w.word.length >= 2 && !GENERIC_ORG_HEADS.has(w.word.slice(2))) {
        claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'org', rule: 'zh.org.dictionary' });
      } else if (w.tag === 'ns' && w.word.length >= 2 && !NOT_PLACES.has(w.word)) {
        claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'place', rule: 'zh.place.dictionary' });
      } else if (w.word.length >= 2 && w.word.length <= 4 && speechFollows(text, w.end) &&
        (PERSON_TAGS.has(w.tag) || (w.tag === 'x' && SURNAMES_ZH.has(w.word[0]!)))) {
        claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'person', rule: 'zh.person.before-speech' });
      } else if (w.word.length >= 3 && w.word.length <= 4 && (w.tag === 'nrt' || w.tag === 'nrfg')) {
        claims.claim({ start: w.start, end: w.end, kind: 'entity', type: 'person', rule: 'zh.person.dictionary' });
      }
    }
  }
}
