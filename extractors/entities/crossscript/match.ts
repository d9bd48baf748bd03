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
import { nameRomanisation, personRomanisation, readingsOf, romanisedLetters, romanisedWords, type Readings } from './pinyin.ts';
import { isTransliteration, latinSound, transliterationScoreOf, type LatinSound } from './translit.ts';

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

function matchPerson(c: ChineseSide, l: LatinSide): CrossScriptMatch | undefined {
  if (c.parts.length >= 2) {
    if (c.parts.length !== l.wordSounds.length) return undefined;
    const scores = c.parts.map((p, i) => (c.partsTransliterated[i] ? transliterationScoreOf(p, l.wordSounds[i]!, PART_SCORE) : 0));
    const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
    return scores.every((s) => s >= PART_SCORE) && mean >= NAME_SCORE ? { rule: 'crossscript.person.transliteration', score: round(mean) } : undefined;
  }
  const system = personRomanisation(c.han, c.personReadings, l.romanisedWords);
  return system ? { rule: `crossscript.person.${system}`, score: 1 } : undefined;
}

function matchPlace(c: ChineseSide, l: LatinSide): CrossScriptMatch | undefined {
  const { place } = c;
  for (const [zh, readings, letters] of [[c.han, c.readings, l.placeWholeLetters], [place.core, place.readings, l.place.letters], [c.han, c.readings, l.place.letters]] as const) {
    if (zh.length < 2 && zh !== c.han) continue;
    const system = nameRomanisation(readings, letters);
    if (system) return { rule: `crossscript.place.${system}`, score: 1 };
  }
  return place.transliterated ? matchTransliteratedCore(place.core, l.place.sounds, 'place') : undefined;
}

/** `core` is a transliteration (isTransliteration): how well it sounds like the sounds of the Latin core words run together. */
function matchTransliteratedCore(core: string, sounds: readonly LatinSound[], kind: 'place' | 'org'): CrossScriptMatch | undefined {
  let best = 0;
  for (const sound of sounds) best = Math.max(best, transliterationScoreOf(core, sound, PART_SCORE));
  return best >= SINGLE_SCORE || (kind === 'org' && best >= PART_SCORE) ? { rule: `crossscript.${kind}.transliteration`, score: round(best) } : undefined;
}

function matchOrg(c: ChineseSide, l: LatinSide): CrossScriptMatch | undefined {
  const han = c.org;
  const lat = l.org;
  if (!headsAgree(han.heads, lat.heads) || lat.core.length === 0) return undefined;
  // A bare distinctive part against a full name is weaker evidence than two full names.
  const oneSided = (han.heads.length === 0) !== (lat.heads.length === 0);
  const system = han.core.length >= 2 ? nameRomanisation(han.readings, lat.letters) : undefined;
  if (system) return { rule: `crossscript.org.${system}`, score: oneSided ? 0.9 : 1 };
  return han.transliterated ? matchTransliteratedCore(han.core, lat.sounds, 'org') : undefined;
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

/** A Chinese name's core and heads as a place or a company, the core's readings, and whether it is a transliteration. */
interface ChineseCore extends Peeled {
  readings: Readings | undefined;
  transliterated: boolean;
}

/**
 * A Chinese-script name's side of every comparison, worked out once: linking compares one name
 * with hundreds of candidates, and each form of it looked up again per pair cost as much as
 * the comparisons themselves.
 */
export interface ChineseSide {
  /** The name in simplified characters, spaces dropped, and its readings as a place's or company's and as a person's. */
  han: string;
  readings: Readings | undefined;
  personReadings: Readings | undefined;
  /** A person's name parts (吉姆·法利 → 吉姆, 法利), and which are transliterations. */
  parts: string[];
  partsTransliterated: boolean[];
  place: ChineseCore;
  org: ChineseCore;
}

/** The core words and heads of a Latin name as a place or a company, the core's romanised letters and its sounds to transliterate. */
interface LatinCore {
  core: string[];
  heads: string[];
  letters: string;
  /** The core words run together (a company's also its first partner's), of MIN_SINGLE_LETTERS letters or more. */
  sounds: LatinSound[];
}

/** A Latin-script name's side of every comparison, worked out once. */
export interface LatinSide {
  /** Its words as written (a person's name parts), their sounds, and its romanised words. */
  wordSounds: LatinSound[];
  romanisedWords: string[];
  /** The romanised letters of its whole name as a place's. */
  placeWholeLetters: string;
  place: LatinCore;
  org: LatinCore;
}

const chineseCore = (peeled: Peeled): ChineseCore => ({ ...peeled, readings: readingsOf(peeled.core, false), transliterated: isTransliteration(peeled.core) });

/** The sides of a Chinese-script name (not remembered: linking holds them with the name while it links). */
export function chineseSide(chinese: string): ChineseSide {
  const han = simplifiedName(chinese);
  const parts = han.split(NAME_DOTS).filter((p) => p.length > 0);
  return {
    han, readings: readingsOf(han, false), personReadings: readingsOf(han, true), parts, partsTransliterated: parts.map(isTransliteration),
    place: chineseCore(placeChinese(han)), org: chineseCore(orgChinese(han)),
  };
}

/** Candidates of a transliterated core: the core words run together, and for a company its first partner's ("Smith and Jones" → Smith). */
function latinCore({ core, heads }: { core: string[]; heads: string[] }, kind: 'place' | 'org'): LatinCore {
  const and = core.indexOf('and');
  const candidates = [core.join(''), ...(kind === 'org' && and > 0 ? [core.slice(0, and).join('')] : [])];
  const joined = core.join(' ');
  return { core, heads, letters: romanisedLetters(joined), sounds: candidates.filter((c) => c.length >= MIN_SINGLE_LETTERS).map(latinSound) };
}

/**
 * The sides of a Latin-script name. Not remembered: linking works out a Latin name's side once
 * for all its candidates and lets it go, since the Latin names of a large store are too many
 * to hold sides for (a Chinese name's side is held by its item while the linking runs).
 */
export function latinSide(latin: string): LatinSide {
  return {
    wordSounds: latin.trim().split(/\s+/).map(latinSound), romanisedWords: romanisedWords(latin), placeWholeLetters: romanisedLetters(normalisedWords(latin).join(' ')),
    place: latinCore(placeLatin(latin), 'place'), org: latinCore(orgLatin(latin), 'org'),
  };
}

/** The rule and score by which two names' sides (chineseSide, latinSide) of one type are one name, if they are. */
export function matchSides(chinese: ChineseSide, latin: LatinSide, type: EntityType): CrossScriptMatch | undefined {
  if (type === 'person') return matchPerson(chinese, latin);
  if (type === 'place') return matchPlace(chinese, latin);
  if (type === 'org') return matchOrg(chinese, latin);
  return undefined;
}

/** The rule and score by which a Chinese-script name and a Latin-script name of one type are one name, if they are. */
export function matchAcrossScripts(chinese: string, latin: string, type: EntityType): CrossScriptMatch | undefined {
  return matchSides(chineseSide(chinese), latinSide(latin), type);
}
