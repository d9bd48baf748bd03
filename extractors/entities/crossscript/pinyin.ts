// Chinese names against their romanised forms: each character's readings from pinyin-pro
// (the surname reading for a person's first character: 单 Shan, 曾 Zeng), each reading in
// pinyin and in Wade-Giles (wade-giles.ts), and the Latin name compared letter for letter
// once spaces, hyphens, apostrophes and accents are gone. A person's surname must be one
// Latin word and the given name the rest, in either order (Guo Minghui, Minghui Guo,
// Liao Wen-chieh), so 林秋 never matches "Lin Qiushan" nor 林秋山 "Lin Qiu".

import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';
import { simplifiedForm } from '../name-forms.ts';
import { memoByName, rememberedMap } from './memo.ts';
import { plainRomanisation, wadeGilesForms } from './wade-giles.ts';

/** Two-character surnames (the common ones of the Hundred Family Surnames). */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '令狐', '慕容', '宇文', '长孙', '司徒', '夏侯', '轩辕', '端木', '钟离', '澹台', '万俟', '闻人', '申屠', '太史', '南宫', '西门']);

export type Romanisation = 'pinyin' | 'wade-giles';

/** Per character, the plain forms of its readings: pinyin only, or pinyin and Wade-Giles. */
export interface Readings {
  pinyin: string[][];
  any: string[][];
}

const HAN_ONLY = /^\p{Script=Han}+$/u;

let pinyinPro: typeof PinyinPro | undefined;

/** pinyin-pro, loaded on the first name read (its CommonJS build, the same tables as its ESM one): a text with no Chinese name to read never loads it. */
function loadPinyinPro(): typeof PinyinPro {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof PinyinPro;
  return pinyinPro;
}

function plainPinyin(syllable: string): string[] {
  const plain = plainRomanisation(syllable.replace(/v/g, 'ü'));
  return [plain, ...(syllable.includes('ü') || syllable.includes('v') ? [plain.replace(/u/g, 'yu'), plain.replace(/u/g, 'v')] : [])];
}

/** Names read recently: one name is compared with many candidates. Bounded, emptied when full. */
const readCache = rememberedMap<Readings | undefined>();
const READ_CACHE_SIZE = 20_000;

/** Readings of a Chinese name, or undefined when it is not all Han characters. */
export function readingsOf(chinese: string, asPerson: boolean): Readings | undefined {
  const key = `${asPerson ? 'p' : 'n'}${chinese}`;
  if (readCache.has(key)) return readCache.get(key);
  if (readCache.size >= READ_CACHE_SIZE) readCache.clear();
  const readings = readName(chinese, asPerson);
  readCache.set(key, readings);
  return readings;
}

function readName(chinese: string, asPerson: boolean): Readings | undefined {
  const name = simplifiedForm(chinese);
  if (!HAN_ONLY.test(name)) return undefined;
  const { pinyin, polyphonic } = loadPinyinPro();
  const main = pinyin(name, { toneType: 'none', type: 'array', ...(asPerson ? { mode: 'surname' as const } : {}) });
  const all = polyphonic(name, { toneType: 'none', type: 'array' }) as string[][];
  const pinyinForms = main.map((reading, i) => {
    // A person's given name may use any reading of its characters; other names take the reading in context.
    const readings = asPerson && i > 0 ? [reading, ...(all[i] ?? [])] : [reading];
    return [...new Set(readings.flatMap(plainPinyin))];
  });
  const any = main.map((reading, i) => {
    const readings = asPerson && i > 0 ? [reading, ...(all[i] ?? [])] : [reading];
    return [...new Set([...pinyinForms[i]!, ...readings.flatMap((r) => wadeGilesForms(r).map(plainRomanisation))])];
  });
  return { pinyin: pinyinForms, any };
}

/** Does the letter string spell the characters' readings, one after another? */
function spells(letters: string, readings: readonly string[][], from = 0, at = 0): boolean {
  if (from === readings.length) return at === letters.length;
  return readings[from]!.some((form) => letters.startsWith(form, at) && spells(letters, readings, from + 1, at + form.length));
}

/** Latin words of a romanised name, plain: "Liao Wen-chieh" → ["liao", "wenchieh"]. */
export const romanisedWords: (latin: string) => string[] = memoByName((latin) =>
  plainRomanisation(latin).split(/[\s,]+/).map((w) => w.replace(/[^a-z]/g, '')).filter((w) => w.length > 0));

const simplifiedName = memoByName(simplifiedForm);

function surnameLength(chinese: string): number {
  return COMPOUND_SURNAMES.has(simplifiedName(chinese).slice(0, 2)) ? 2 : 1;
}

/**
 * Which romanisation (if any) writes a Chinese person's name as these Latin words: `readings`
 * are the name's readings as a person's (readingsOf), `words` the Latin name's romanisedWords.
 */
export function personRomanisation(chinese: string, readings: Readings | undefined, words: readonly string[]): Romanisation | undefined {
  if (!readings || words.length < 2 || chinese.length < 2 || chinese.length > 4) return undefined;
  const cut = surnameLength(chinese);
  if (chinese.length - cut < 1) return undefined;
  const orders = [words, [words[words.length - 1]!, ...words.slice(0, -1)]];
  for (const system of ['pinyin', 'wade-giles'] as const) {
    const forms = system === 'pinyin' ? readings.pinyin : readings.any;
    const surname = forms.slice(0, cut);
    const given = forms.slice(cut);
    if (orders.some(([first, ...rest]) => spells(first!, surname) && spells(rest.join(''), given))) return system;
  }
  return undefined;
}

/** The letters of a Latin name's romanisedWords, run together. */
export const romanisedLetters = (latin: string): string => romanisedWords(latin).join('');

/**
 * Which romanisation (if any) writes a Chinese place or company name part as a Latin name's
 * words run together: `readings` are the part's (readingsOf, not as a person's), `letters` the
 * Latin name's romanisedLetters.
 */
export function nameRomanisation(readings: Readings | undefined, letters: string): Romanisation | undefined {
  if (!readings || letters.length === 0) return undefined;
  if (spells(letters, readings.pinyin)) return 'pinyin';
  return spells(letters, readings.any) ? 'wade-giles' : undefined;
}
