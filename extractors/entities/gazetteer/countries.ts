// Countries in English and Chinese from i18n-iso-countries (ISO 3166-1), with the
// short forms news uses that the package lacks. Ids are `place:<alpha-2, lower case>`.

import { createRequire } from 'node:module';
import type { GazetteerEntry } from '../types.ts';

const require = createRequire(import.meta.url);
/** The package's index.js, without the entry point that loads all of its 80-odd languages: only two are read. */
const countries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));

/** Names news uses beyond the package's; keyed by ISO alpha-2. */
const EXTRA_NAMES: Record<string, { en?: string[]; zh?: string[] }> = {
  US: { en: ['America', 'the States'], zh: ['美利坚合众国'] },
  GB: { en: ['Britain', 'U.K.'], zh: ['大不列颠'] },
  CN: { en: ['PRC'], zh: ['中华人民共和国'] },
  KR: { en: ['Korea'], zh: ['南韩', '大韩民国'] },
  KP: { zh: ['北韩'] },
  TW: { zh: ['台湾'] },
  RU: { zh: ['俄国'] },
  DE: { zh: ['德意志'] },
  AE: { en: ['UAE'] },
  SA: { zh: ['沙特'] },
};

/** Names the package lists that would collide with a more common meaning in news. */
const DROPPED_NAMES: Record<string, string[]> = {
  GE: ['Georgia'], // usually the U.S. state in economic news; the country keeps 格鲁吉亚
};

function canonicalEnglishName(names: string[]): string {
  return names.find((n) => !n.includes(',') && !/ of /i.test(n) && /[a-z]/.test(n)) ?? names[0]!;
}

export function countryEntries(): GazetteerEntry[] {
  const en = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const zh = countries.getNames('zh', { select: 'all' }) as Record<string, string[]>;
  return Object.keys(en).sort().map((code) => {
    const dropped = new Set(DROPPED_NAMES[code] ?? []);
    const names = en[code]!;
    const name = canonicalEnglishName(names);
    const aliases = [...names, ...(EXTRA_NAMES[code]?.en ?? [])].filter((n) => n !== name && !dropped.has(n));
    return {
      id: `place:${code.toLowerCase()}`,
      type: 'place' as const,
      name: dropped.has(name) ? `${name} (country)` : name,
      zh: [...(zh[code] ?? []), ...(EXTRA_NAMES[code]?.zh ?? [])],
      aliases: dropped.has(name) ? [] : aliases,
      source: EXTRA_NAMES[code] ? 'i18n-iso-countries (ISO 3166-1, MIT) plus hand-kept news short forms' : 'i18n-iso-countries (ISO 3166-1, MIT)',
    };
  });
}
