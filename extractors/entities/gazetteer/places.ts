// Cities, states and regions that Japan–US economic news names. Countries come from
// i18n-iso-countries (countries.ts); no installed package has sub-national names in
// both languages, so these few are listed here.

import type { GazetteerEntry } from '../types.ts';

const place = (id: string, name: string, zh: string[], aliases: string[] = []): GazetteerEntry =>
  ({ id: `place:${id}`, type: 'place', name, zh, aliases });

export const PLACES: GazetteerEntry[] = [
  place('tokyo', 'Tokyo', ['东京', '东京都']),
  place('osaka', 'Osaka', ['大阪']),
  place('washington-dc', 'Washington', ['华盛顿', '华府'], ['Washington, D.C.', 'Washington D.C.']),
  place('new-york', 'New York', ['纽约']),
  place('ohio', 'Ohio', ['俄亥俄州', '俄亥俄']),
  place('alaska', 'Alaska', ['阿拉斯加州', '阿拉斯加']),
  place('alaska-north-slope', 'Alaska North Slope', ['阿拉斯加北坡'], ['North Slope']),
  place('kenai', 'Kenai', ['基奈']),
  place('nikiski', 'Nikiski', ['尼基斯基']),
  place('us-georgia', 'Georgia (U.S. state)', ['佐治亚州', '乔治亚州'], ['Georgia']),
  place('texas', 'Texas', ['得克萨斯州', '德克萨斯州', '德州']),
  place('louisiana', 'Louisiana', ['路易斯安那州']),
  place('california', 'California', ['加利福尼亚州', '加州']),
  place('gulf-coast', 'Gulf Coast', ['墨西哥湾沿岸']),
  place('silicon-valley', 'Silicon Valley', ['硅谷']),
  place('beijing', 'Beijing', ['北京']),
  place('shanghai', 'Shanghai', ['上海']),
  place('shenzhen', 'Shenzhen', ['深圳']),
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
  place('eu', 'European Union', ['欧盟'], ['EU']),
];
