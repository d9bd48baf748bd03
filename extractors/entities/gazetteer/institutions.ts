// Governments' ministries and agencies, central banks, international organisations and news
// organisations: hand-kept, because their Chinese names are translations (美国商务部, 路透社)
// that no spelling rule recovers and no installed package lists, and their short forms (METI,
// the Fed, 欧盟, 北约) are news usage. A union of states is an organisation, as news and the
// NER conventions (CoNLL, MSRA) type it: "the EU said", 欧盟委员会.

import type { GazetteerEntry } from '../types.ts';

const SOURCE = 'hand-kept: official English and Chinese names of institutions and outlets, with news short forms';
const org = (id: string, name: string, zh: string[], aliases: string[] = []): GazetteerEntry =>
  ({ id: `org:${id}`, type: 'org', name, zh, aliases, source: SOURCE });

export const INSTITUTIONS: GazetteerEntry[] = [
  org('us-department-of-commerce', 'U.S. Department of Commerce', ['美国商务部'], ['Department of Commerce', 'Commerce Department', 'US Department of Commerce', 'U.S. Commerce Department']),
  org('us-treasury', 'U.S. Department of the Treasury', ['美国财政部'], ['Treasury Department', 'US Treasury', 'U.S. Treasury']),
  org('us-state-department', 'U.S. Department of State', ['美国国务院'], ['State Department', 'U.S. State Department']),
  org('us-department-of-energy', 'U.S. Department of Energy', ['美国能源部'], ['Department of Energy', 'Energy Department']),
  org('ustr', 'Office of the U.S. Trade Representative', ['美国贸易代表办公室'], ['USTR']),
  org('white-house', 'White House', ['白宫']),
  org('us-congress', 'U.S. Congress', ['美国国会'], ['Congress']),
  org('federal-reserve', 'Federal Reserve', ['美联储'], ['the Fed', 'Fed']),
  org('meti', 'Ministry of Economy, Trade and Industry', ['经济产业省'], ['METI']),
  org('japan-ministry-of-finance', 'Ministry of Finance (Japan)', ['日本财务省', '财务省']),
  org('japan-foreign-ministry', 'Ministry of Foreign Affairs (Japan)', ['日本外务省', '外务省']),
  org('bank-of-japan', 'Bank of Japan', ['日本银行', '日本央行'], ['BOJ', 'BoJ']),
  org('jbic', 'Japan Bank for International Cooperation', ['日本国际协力银行'], ['JBIC']),
  org('nexi', 'Nippon Export and Investment Insurance', ['日本贸易保险'], ['NEXI']),
  org('mofcom', 'Ministry of Commerce (China)', ['中国商务部'], ['MOFCOM']),
  org('peoples-bank-of-china', "People's Bank of China", ['中国人民银行'], ['PBOC']),
  org('us-japan-investment-committee', 'Investment Committee', ['投资委员会']),
  org('nikkei', 'Nikkei', ['日本经济新闻', '日经新闻', '日经'], ['Nikkei Asia', 'Nikkei Asian Review', 'Japan Economic News']),
  org('reuters', 'Reuters', ['路透社', '路透']),
  org('associated-press', 'Associated Press', ['美联社'], ['AP', 'The Associated Press']),
  org('bloomberg', 'Bloomberg', ['彭博社', '彭博'], ['Bloomberg News']),
  org('financial-times', 'Financial Times', ['金融时报', '英国金融时报'], ['FT']),
  org('new-york-times', 'New York Times', ['纽约时报'], ['NYT', 'The New York Times']),
  org('wall-street-journal', 'Wall Street Journal', ['华尔街日报'], ['WSJ', 'The Wall Street Journal']),
  org('observer-net', 'Observer Net', ['观察者网']),
  org('xinhua', 'Xinhua', ['新华社'], ['Xinhua News Agency']),
  org('kyodo', 'Kyodo News', ['共同社'], ['Kyodo']),
  org('nhk', 'NHK', ['日本放送协会']),
  org('cnbc', 'CNBC', []),
  org('bbc', 'BBC', ['英国广播公司']),
  org('eu', 'European Union', ['欧盟', '欧洲联盟'], ['EU']),
  org('nato', 'NATO', ['北约', '北大西洋公约组织'], ['North Atlantic Treaty Organization']),
  org('opec', 'OPEC', ['欧佩克', '石油输出国组织'], ['Organization of the Petroleum Exporting Countries']),
  org('asean', 'ASEAN', ['东盟', '东南亚国家联盟'], ['Association of Southeast Asian Nations']),
];

/** Named things that are neither people, organisations nor places. */
export const OTHER_ENTITIES: GazetteerEntry[] = [
  { id: 'other:alaska-lng', type: 'other', name: 'Alaska LNG', zh: ['阿拉斯加LNG'], aliases: ['Alaska LNG project'], source: 'hand-kept: a project of the sample drop (fixtures/seeds)' },
];
