// Cities, states and regions that Japan–US economic news names, hand-kept because no
// installed package has them in both languages: Japanese places (东京 Tokyo, whose
// Chinese reading is not its romanisation), US regions in their Xinhua Chinese forms (the
// states are us-states.ts), and regional names (亚太, 中东). Countries come from i18n-iso-countries
// (countries.ts); Chinese places whose English name is their pinyin (北京 Beijing, 深圳
// Shenzhen) are linked by extractors/entities/crossscript and not listed.

import type { GazetteerEntry } from '../types.ts';

const SOURCE = 'hand-kept: English names with the Chinese forms of the Xinhua gazetteer usage';
const place = (id: string, name: string, zh: string[], aliases: string[] = []): GazetteerEntry =>
  ({ id: `place:${id}`, type: 'place', name, zh, aliases, source: SOURCE });

export const PLACES: GazetteerEntry[] = [
  place('tokyo', 'Tokyo', ['东京', '东京都']),
  place('osaka', 'Osaka', ['大阪']),
  place('washington-dc', 'Washington', ['华盛顿', '华府'], ['Washington, D.C.', 'Washington D.C.']),
  place('new-york', 'New York', ['纽约']),
  place('alaska-north-slope', 'Alaska North Slope', ['阿拉斯加北坡'], ['North Slope']),
  place('kenai', 'Kenai', ['基奈']),
  place('nikiski', 'Nikiski', ['尼基斯基']),
  place('gulf-coast', 'Gulf Coast', ['墨西哥湾沿岸']),
  place('silicon-valley', 'Silicon Valley', ['硅谷']),
  // Kept although pinyin links it: a capital stands for its government in news ("Beijing said").
  place('beijing', 'Beijing', ['北京']),
  place('seoul', 'Seoul', ['首尔']),
  place('london', 'London', ['伦敦']),
  place('brussels', 'Brussels', ['布鲁塞尔']),
  place('asia', 'Asia', ['亚洲']),
  place('europe', 'Europe', ['欧洲']),
  place('africa', 'Africa', ['非洲']),
  place('middle-east', 'Middle East', ['中东']),
  place('latin-america', 'Latin America', ['拉丁美洲', '拉美']),
  place('asia-pacific', 'Asia-Pacific', ['亚太', '亚太地区'], ['Asia Pacific']),
  place('taiwan-strait', 'Taiwan Strait', ['台湾海峡']),
];
