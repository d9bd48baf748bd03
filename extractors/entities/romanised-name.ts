// romanisedName: an English-script name for an entity known only by its Chinese name, so
// that its id is a Latin slug and apps have a name to show beside name_zh. Readings come
// from pinyin-pro (tones dropped; the surname reading for a person: 单 Shan, 曾 Zeng). A
// person reads surname first, given name as one word (张伟 → Zhang Wei, 欧阳娜娜 → Ouyang
// Nana); a name split by a middle dot reads part by part (伊内丝·卡瓦略 → Yineisi Kawalüe);
// an organisation or a place reads its stem as one word and the heads that end it in English
// (crossscript/name-heads.ts: 华信证券 → Huaxin Securities, 厦门市 → Xiamen City), a legal
// form (有限公司) left out, Latin runs and digits kept as written.

import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';
import { ORG_HEADS, PLACE_HEADS, ZH_LEGAL_FORMS, type NameHead } from './crossscript/name-heads.ts';
import { COMPOUND_SURNAMES } from './data/zh-surnames.ts';
import type { EntityType } from '../types.ts';

const HAN = /\p{Script=Han}/u;
const NAME_DOTS = /[·•・‧]/;
const COMPOUNDS = new Set(COMPOUND_SURNAMES);

let pinyinPro: typeof PinyinPro | undefined;
/** pinyin-pro, loaded on the first name romanised: `newsfacts extract` imports this module and never calls it. */
const loadPinyinPro = () => (pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof PinyinPro);

const capitalised = (word: string) => (word ? word[0]!.toUpperCase() + word.slice(1) : word);

/** One word from characters read in a row: 娜娜 → Nana. */
function readAsWord(text: string, asSurname = false): string {
  const syllables = loadPinyinPro().pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', ...(asSurname ? { surname: 'head' as const } : {}) });
  return capitalised(syllables.join('').replace(/\s+/g, ''));
}

function personName(name: string): string {
  if (NAME_DOTS.test(name)) return name.split(NAME_DOTS).filter(Boolean).map((part) => readAsWord(part)).join(' ');
  const surnameLength = COMPOUNDS.has(name.slice(0, 2)) ? 2 : 1;
  const given = name.slice(surnameLength);
  return [readAsWord(name.slice(0, surnameLength), true), ...(given ? [readAsWord(given)] : [])].join(' ');
}

/** [Chinese head, English head], longest Chinese first, so 新能源 is read before 能源. */
const headsOf = (heads: readonly NameHead[]) => heads.flatMap((h) => h.zh.map((zh) => [zh, h.en[0]!] as const)).sort((a, b) => b[0].length - a[0].length);
const ORG_HEAD_WORDS = headsOf(ORG_HEADS);
const PLACE_HEAD_WORDS = headsOf(PLACE_HEADS);

const titleCase = (words: string) => words.split(' ').map(capitalised).join(' ');

/** Stem and heads: the heads are peeled off the end one by one while a stem is left. */
function wordsName(name: string, type: EntityType): string {
  const heads = type === 'place' ? PLACE_HEAD_WORDS : ORG_HEAD_WORDS;
  let stem = type === 'org' ? name.replace(ZH_LEGAL_FORMS, '') || name : name;
  const english: string[] = [];
  for (let peeled = true; peeled;) {
    peeled = false;
    for (const [zh, en] of heads) {
      if (stem.length > zh.length && stem.endsWith(zh)) {
        english.unshift(titleCase(en));
        stem = stem.slice(0, -zh.length);
        peeled = true;
        break;
      }
    }
  }
  // Han runs read as one word each; Latin letters, digits and anything else stay as written.
  const runs = stem.split(NAME_DOTS).join(' ').match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  const stemWords = runs.map((run) => (HAN.test(run) ? readAsWord(run) : run.trim())).filter(Boolean);
  return [...stemWords, ...english].join(' ');
}

/** The romanised name of a Chinese name; a name without Han characters is returned as it is. */
export function romanisedName(name: string, type: EntityType): string {
  if (!HAN.test(name)) return name;
  return type === 'person' ? personName(name.trim()) : wordsName(name.trim(), type);
}
