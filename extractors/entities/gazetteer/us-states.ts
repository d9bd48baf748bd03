// The fifty US states and the District of Columbia, each with its English name and the
// Chinese forms the Xinhua gazetteer and the Chinese press write (the full 宾夕法尼亚州 and,
// where the press has one, a short form such as 宾州): a closed, public list, so a US state
// named in a Chinese article resolves to the entity its English name resolves to. Washington
// the state is listed apart from Washington the capital (places.ts), under its Chinese name.

import type { GazetteerEntry } from '../types.ts';

const SOURCE = 'public: US states with the Chinese forms of Xinhua usage';
const state = (id: string, name: string, zh: string[], aliases: string[] = []): GazetteerEntry =>
  ({ id: `place:${id}`, type: 'place', name, zh, aliases, source: SOURCE });

export const US_STATES: GazetteerEntry[] = [
  state('alabama', 'Alabama', ['亚拉巴马州', '阿拉巴马州']),
  state('alaska', 'Alaska', ['阿拉斯加州', '阿拉斯加']),
  state('arizona', 'Arizona', ['亚利桑那州']),
  state('arkansas', 'Arkansas', ['阿肯色州']),
  state('california', 'California', ['加利福尼亚州', '加州']),
  state('colorado', 'Colorado', ['科罗拉多州']),
  state('connecticut', 'Connecticut', ['康涅狄格州']),
  state('delaware', 'Delaware', ['特拉华州']),
  state('district-of-columbia', 'District of Columbia', ['哥伦比亚特区']),
  state('florida', 'Florida', ['佛罗里达州', '佛州']),
  state('us-georgia', 'Georgia (U.S. state)', ['佐治亚州', '乔治亚州'], ['Georgia']),
  state('hawaii', 'Hawaii', ['夏威夷州']),
  state('idaho', 'Idaho', ['爱达荷州']),
  state('illinois', 'Illinois', ['伊利诺伊州']),
  state('indiana', 'Indiana', ['印第安纳州']),
  state('iowa', 'Iowa', ['艾奥瓦州', '爱荷华州']),
  state('kansas', 'Kansas', ['堪萨斯州']),
  state('kentucky', 'Kentucky', ['肯塔基州']),
  state('louisiana', 'Louisiana', ['路易斯安那州']),
  state('maine', 'Maine', ['缅因州']),
  state('maryland', 'Maryland', ['马里兰州']),
  state('massachusetts', 'Massachusetts', ['马萨诸塞州', '麻省']),
  state('michigan', 'Michigan', ['密歇根州', '密西根州']),
  state('minnesota', 'Minnesota', ['明尼苏达州']),
  state('mississippi', 'Mississippi', ['密西西比州']),
  state('missouri', 'Missouri', ['密苏里州']),
  state('montana', 'Montana', ['蒙大拿州']),
  state('nebraska', 'Nebraska', ['内布拉斯加州']),
  state('nevada', 'Nevada', ['内华达州']),
  state('new-hampshire', 'New Hampshire', ['新罕布什尔州']),
  state('new-jersey', 'New Jersey', ['新泽西州']),
  state('new-mexico', 'New Mexico', ['新墨西哥州']),
  state('new-york-state', 'New York State', ['纽约州']),
  state('north-carolina', 'North Carolina', ['北卡罗来纳州', '北卡罗莱纳州']),
  state('north-dakota', 'North Dakota', ['北达科他州']),
  state('ohio', 'Ohio', ['俄亥俄州', '俄亥俄']),
  state('oklahoma', 'Oklahoma', ['俄克拉何马州', '俄克拉荷马州']),
  state('oregon', 'Oregon', ['俄勒冈州']),
  state('pennsylvania', 'Pennsylvania', ['宾夕法尼亚州', '宾州']),
  state('rhode-island', 'Rhode Island', ['罗得岛州', '罗德岛州']),
  state('south-carolina', 'South Carolina', ['南卡罗来纳州', '南卡罗莱纳州']),
  state('south-dakota', 'South Dakota', ['南达科他州']),
  state('tennessee', 'Tennessee', ['田纳西州']),
  state('texas', 'Texas', ['得克萨斯州', '德克萨斯州', '德州']),
  state('utah', 'Utah', ['犹他州']),
  state('vermont', 'Vermont', ['佛蒙特州']),
  state('virginia', 'Virginia', ['弗吉尼亚州', '维吉尼亚州']),
  state('washington-state', 'Washington State', ['华盛顿州']),
  state('west-virginia', 'West Virginia', ['西弗吉尼亚州']),
  state('wisconsin', 'Wisconsin', ['威斯康星州', '威斯康辛州']),
  state('wyoming', 'Wyoming', ['怀俄明州']),
];
