// Office holders of Japan–US–China economic news, hand-kept because no installed package
// gives who holds which office in which country, nor the Chinese names of Japanese people
// (高市早苗 Sanae Takaichi: a Japanese reading, not pinyin). People whose names link by
// pinyin or transliteration alone and hold no office are not listed. Surnames are aliases
// only where one person is meant in this domain; "Kishida" is deliberately not an alias
// (a wrong translation in the sample drop says "Taro Kishida", and it must stay its own
// person for reconciliation). Source: the governments' published office lists.

import type { GazetteerEntry } from '../types.ts';

const SOURCE = 'hand-kept: office holders with the country they serve';

export const PEOPLE: GazetteerEntry[] = ([
  { id: 'person:donald-trump', type: 'person', name: 'Donald Trump', zh: ['唐纳德·特朗普', '特朗普', '川普'], aliases: ['Trump', 'Donald J. Trump'], country: 'place:us' },
  { id: 'person:sanae-takaichi', type: 'person', name: 'Sanae Takaichi', zh: ['高市早苗'], aliases: ['Takaichi'], country: 'place:jp' },
  { id: 'person:ryosei-akazawa', type: 'person', name: 'Ryosei Akazawa', zh: ['赤泽亮正', '赤泽'], aliases: ['Akazawa'], country: 'place:jp' },
  { id: 'person:howard-lutnick', type: 'person', name: 'Howard Lutnick', zh: ['霍华德·卢特尼克', '卢特尼克'], aliases: ['Lutnick'], country: 'place:us' },
  { id: 'person:scott-bessent', type: 'person', name: 'Scott Bessent', zh: ['斯科特·贝森特', '贝森特'], aliases: ['Bessent'], country: 'place:us' },
  { id: 'person:jamieson-greer', type: 'person', name: 'Jamieson Greer', zh: ['贾米森·格里尔'], aliases: ['Greer'], country: 'place:us' },
  { id: 'person:jd-vance', type: 'person', name: 'JD Vance', zh: ['万斯'], aliases: ['J.D. Vance', 'Vance'], country: 'place:us' },
  { id: 'person:marco-rubio', type: 'person', name: 'Marco Rubio', zh: ['马可·鲁比奥', '鲁比奥'], aliases: ['Rubio'], country: 'place:us' },
  { id: 'person:jerome-powell', type: 'person', name: 'Jerome Powell', zh: ['杰罗姆·鲍威尔', '鲍威尔'], aliases: ['Powell'], country: 'place:us' },
  { id: 'person:joe-biden', type: 'person', name: 'Joe Biden', zh: ['乔·拜登', '拜登'], aliases: ['Biden'], country: 'place:us' },
  { id: 'person:shigeru-ishiba', type: 'person', name: 'Shigeru Ishiba', zh: ['石破茂'], aliases: ['Ishiba'], country: 'place:jp' },
  { id: 'person:fumio-kishida', type: 'person', name: 'Fumio Kishida', zh: ['岸田文雄'], country: 'place:jp' },
  { id: 'person:shinzo-abe', type: 'person', name: 'Shinzo Abe', zh: ['安倍晋三'], aliases: ['Abe'], country: 'place:jp' },
  { id: 'person:toshimitsu-motegi', type: 'person', name: 'Toshimitsu Motegi', zh: ['茂木敏充'], aliases: ['Motegi'], country: 'place:jp' },
  { id: 'person:yoji-muto', type: 'person', name: 'Yoji Muto', zh: ['武藤容治'], country: 'place:jp' },
  { id: 'person:kazuo-ueda', type: 'person', name: 'Kazuo Ueda', zh: ['植田和男'], aliases: ['Ueda'], country: 'place:jp' },
  { id: 'person:masayoshi-son', type: 'person', name: 'Masayoshi Son', zh: ['孙正义'], country: 'place:jp' },
  { id: 'person:xi-jinping', type: 'person', name: 'Xi Jinping', zh: ['习近平'], aliases: ['Xi'], country: 'place:cn' },
  { id: 'person:li-qiang', type: 'person', name: 'Li Qiang', zh: ['李强'], country: 'place:cn' },
  { id: 'person:lee-jae-myung', type: 'person', name: 'Lee Jae-myung', zh: ['李在明'], country: 'place:kr' },
  { id: 'person:jensen-huang', type: 'person', name: 'Jensen Huang', zh: ['黄仁勋'] },
] as GazetteerEntry[]).map((entry) => ({ ...entry, source: SOURCE }));
