// matchAcrossScripts: is a name in Chinese characters the same name as one in Latin
// script, and by which rule? People: pinyin or Wade-Giles for Chinese names (郭明辉 Guo
// Minghui), the transliteration table for Western ones (吉姆·法利 Jim Farley). Places and
// companies: the distinctive part by pinyin or transliteration, the kind-of-thing words at
// the end (证券 Securities, 省 province) through the bilingual head table — and the heads
// must agree: 凌云资本 is never "Lingyun Interactive".

import type { EntityType } from '../../types.ts';
import { normaliseName, simplifiedForm } from '../name-forms.ts';
import { memoByName } from './memo.ts';
import { LEADING_ORG_HEADS, ORG_HEADS, PLACE_HEADS, ZH_LEGAL_FORMS, type NameHead } from './name-heads.ts';
import { matchNameRomanisation, matchPersonRomanisation } from './pinyin.ts';
import { isTransliteration, transliterationScore } from './translit.ts';

export interface CrossScriptMatch {
  rule: string;
  /** 1 for a letter-exact romanisation; the phonetic score for a transliteration. */
  score: number;
}

/** A Western name part must score this much against its transliteration, the whole name on average more. */
const PART_SCORE = 0.8;
const NAME_SCORE = 0.85;
/** A one-part place or company name has less to go on. */
const SINGLE_SCORE = 0.85;
const MIN_SINGLE_LETTERS = 4;
const NAME_DOTS = /[·•・‧.．]/;

interface Peeled {
  core: string;
  /** Head ids from the core outward: 天耀能源科技 → energy, technology. */
  heads: string[];
}

function peelChinese(name: string, heads: readonly NameHead[]): Peeled {
  let core = name;
  const found: string[] = [];
  for (let again = true; again;) {
    again = false;
    let best: { id: string; length: number } | undefined;
    for (const h of heads) for (const zh of h.zh) if (core.endsWith(zh) && core.length - zh.length >= 1 && (!best || zh.length > best.length)) best = { id: h.id, length: zh.length };
    if (best) {
      found.unshift(best.id);
      core = core.slice(0, core.length - best.length);
      again = true;
    }
  }
  return { core, heads: found };
}

function peelLatin(words: readonly string[], heads: readonly NameHead[]): { core: string[]; heads: string[] } {
  let core = [...words];
  const found: string[] = [];
  for (let again = true; again;) {
    again = false;
    let best: { id: string; length: number } | undefined;
    for (const h of heads) {
      for (const en of h.en) {
        const ws = en.split(' ');
        if (core.length > ws.length && core.slice(-ws.length).join(' ') === en && (!best || ws.length > best.length)) best = { id: h.id, length: ws.length };
      }
    }
    if (best) {
      found.unshift(best.id);
      core = core.slice(0, core.length - best.length);
      again = true;
    }
  }
  return { core, heads: found };
}

/** "Banco Tejo", "Bank of Tejo": a leading head goes to the end, where a Chinese name has it. */
function leadingHeadLast(words: readonly string[]): string[] {
  for (const h of LEADING_ORG_HEADS) {
    for (const en of h.en) {
      const ws = en.split(' ');
      if (words.length > ws.length && words.slice(0, ws.length).join(' ') === en) return [...words.slice(ws.length), ORG_HEADS.find((o) => o.id === h.id)!.en[0]!];
    }
  }
  return [...words];
}

/** Short forms drop heads from the end: [energy] agrees with [energy, technology]; [capital] never with [interactive]. */
export function headsAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((h, i) => long[i] === h);
}

function matchPerson(chinese: string, latin: string): CrossScriptMatch | undefined {
  const parts = chinese.split(NAME_DOTS).filter((p) => p.length > 0);
  const words = latin.trim().split(/\s+/);
  if (parts.length >= 2) {
    if (parts.length !== words.length) return undefined;
    const scores = parts.map((p, i) => (isTransliteration(p) ? transliterationScore(p, words[i]!, PART_SCORE) : 0));
    const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
    return scores.every((s) => s >= PART_SCORE) && mean >= NAME_SCORE ? { rule: 'crossscript.person.transliteration', score: round(mean) } : undefined;
  }
  const system = matchPersonRomanisation(chinese, latin);
  return system ? { rule: `crossscript.person.${system}`, score: 1 } : undefined;
}

function matchPlace(chinese: string, latin: string): CrossScriptMatch | undefined {
  const han = placeChinese(chinese);
  const words = normalisedWords(latin);
  const lat = placeLatin(latin);
  for (const [zh, en] of [[chinese, words], [han.core, lat.core], [chinese, lat.core]] as const) {
    if (zh.length < 2 && zh !== chinese) continue;
    const system = matchNameRomanisation(zh, en.join(' '));
    if (system) return { rule: `crossscript.place.${system}`, score: 1 };
  }
  return matchTransliteratedCore(han.core, lat.core, 'place');
}

function matchTransliteratedCore(core: string, words: readonly string[], kind: 'place' | 'org'): CrossScriptMatch | undefined {
  if (!isTransliteration(core)) return undefined;
  // Partnership names are often transliterated by their first partner only.
  const and = words.indexOf('and');
  const candidates = [words.join(''), ...(kind === 'org' && and > 0 ? [words.slice(0, and).join('')] : [])];
  let best = 0;
  for (const c of candidates) if (c.length >= MIN_SINGLE_LETTERS) best = Math.max(best, transliterationScore(core, c, PART_SCORE));
  return best >= SINGLE_SCORE || (kind === 'org' && best >= PART_SCORE) ? { rule: `crossscript.${kind}.transliteration`, score: round(best) } : undefined;
}

function matchOrg(chinese: string, latin: string): CrossScriptMatch | undefined {
  const han = orgChinese(chinese);
  const lat = orgLatin(latin);
  if (!headsAgree(han.heads, lat.heads) || lat.core.length === 0) return undefined;
  // A bare distinctive part against a full name is weaker evidence than two full names.
  const oneSided = (han.heads.length === 0) !== (lat.heads.length === 0);
  const system = han.core.length >= 2 ? matchNameRomanisation(han.core, lat.core.join(' ')) : undefined;
  if (system) return { rule: `crossscript.org.${system}`, score: oneSided ? 0.9 : 1 };
  return matchTransliteratedCore(han.core, lat.core, 'org');
}

const round = (x: number) => Math.round(x * 100) / 100;
const simplifiedName = memoByName((name) => simplifiedForm(name).replace(/\s+/g, ''));
const normalisedWords = memoByName((name) => normaliseName(name).split(' '));
// Each name's side of a comparison, worked out once: linking compares a name with every candidate of its buckets.
const placeChinese = memoByName((name) => peelChinese(name, PLACE_HEADS));
const placeLatin = memoByName((name) => peelLatin(normalisedWords(name), PLACE_HEADS));
const orgChinese = memoByName((name) => {
  const stripped = name.replace(ZH_LEGAL_FORMS, '');
  return peelChinese(stripped.length >= 2 ? stripped : name, ORG_HEADS);
});
const orgLatin = memoByName((name) => peelLatin(leadingHeadLast(normalisedWords(name)), ORG_HEADS));

/**
 * Whether a one-part Chinese-script name could match any Latin name by transliteration: only a
 * company's or a place's distinctive part is ever compared so (a one-part person name only by
 * romanisation), and only when every character of it is a transliteration character.
 */
export function mayBeTransliterated(chinese: string): boolean {
  const han = simplifiedName(chinese);
  return isTransliteration(orgChinese(han).core) || isTransliteration(placeChinese(han).core);
}

/** The rule and score by which a Chinese-script name and a Latin-script name of one type are one name, if they are. */
export function matchAcrossScripts(chinese: string, latin: string, type: EntityType): CrossScriptMatch | undefined {
  const han = simplifiedName(chinese);
  if (type === 'person') return matchPerson(han, latin);
  if (type === 'place') return matchPlace(han, latin);
  if (type === 'org') return matchOrg(han, latin);
  return undefined;
}
