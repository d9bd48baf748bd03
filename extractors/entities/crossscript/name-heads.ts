// The words that end an organisation's or a place's name and say what kind of thing it
// is, in Chinese and English: 华信证券 = Huaxin Securities is 华信 + 证券 = Huaxin +
// Securities. One line per head: its id, Chinese forms (simplified), English forms
// (lower case, one or more words). Adding a head is one line plus a test.

export interface NameHead {
  id: string;
  zh: string[];
  en: string[];
}

const head = (id: string, zh: string[], en: string[]): NameHead => ({ id, zh, en });

export const ORG_HEADS: NameHead[] = [
  head('securities', ['证券'], ['securities']),
  head('energy', ['能源'], ['energy']),
  head('new-energy', ['新能源'], ['new energy']),
  head('bank', ['银行'], ['bank', 'banco', 'banque', 'bankers']),
  head('group', ['集团'], ['group']),
  head('holdings', ['控股'], ['holdings', 'holding']),
  head('interactive', ['互动'], ['interactive']),
  head('entertainment', ['娱乐'], ['entertainment']),
  head('games', ['游戏'], ['games', 'gaming']),
  head('capital', ['资本'], ['capital']),
  head('investment', ['投资'], ['investment', 'investments']),
  head('auctioneers', ['拍卖行', '拍卖'], ['auctioneers', 'auction house', 'auctions']),
  head('technology', ['科技', '技术'], ['technology', 'technologies', 'tech']),
  head('electronics', ['电子'], ['electronics']),
  head('electric', ['电气', '电器'], ['electric']),
  head('power', ['电力'], ['power', 'electric power']),
  head('motor', ['汽车'], ['motor', 'motors', 'automotive', 'auto']),
  head('insurance', ['保险'], ['insurance']),
  head('reinsurance', ['再保险'], ['reinsurance', 're']),
  head('industries', ['工业', '实业'], ['industries', 'industrial']),
  head('heavy-industries', ['重工'], ['heavy industries']),
  head('pharmaceutical', ['制药', '药业', '医药'], ['pharmaceutical', 'pharmaceuticals', 'pharma']),
  head('biotech', ['生物'], ['biotech', 'biotechnology', 'bio']),
  head('properties', ['地产', '置业'], ['properties', 'property', 'real estate']),
  head('airlines', ['航空'], ['airlines', 'airways', 'aviation']),
  head('logistics', ['物流'], ['logistics']),
  head('telecom', ['通信', '电信'], ['telecom', 'communications', 'telecommunications']),
  head('semiconductor', ['半导体'], ['semiconductor', 'semiconductors']),
  head('mining', ['矿业'], ['mining']),
  head('chemical', ['化工'], ['chemical', 'chemicals']),
  head('steel', ['钢铁'], ['steel']),
  head('fund', ['基金'], ['fund']),
  head('trust', ['信托'], ['trust']),
  head('asset-management', ['资产管理', '资管'], ['asset management']),
  head('consulting', ['咨询'], ['consulting', 'advisory']),
  head('media', ['传媒', '媒体'], ['media']),
  head('pictures', ['影业'], ['pictures', 'films']),
  head('shipping', ['航运'], ['shipping']),
  head('battery', ['电池'], ['battery', 'batteries']),
  head('materials', ['材料'], ['materials']),
  head('foods', ['食品'], ['foods', 'food']),
  head('construction', ['建设', '建筑'], ['construction']),
  head('research', ['研究'], ['research']),
  head('economics', ['经济'], ['economics']),
  head('analytics', ['分析'], ['analytics']),
  head('studio', ['工作室'], ['studio', 'studios']),
  head('university', ['大学'], ['university']),
  head('foundation', ['基金会'], ['foundation']),
  head('association', ['协会'], ['association']),
  head('institute', ['研究所', '研究院'], ['institute']),
];

/** Heads written before the name in Romance languages and "Bank of …" names. */
export const LEADING_ORG_HEADS: NameHead[] = [
  head('bank', ['银行'], ['banco', 'banque', 'banca', 'bank of']),
  head('group', ['集团'], ['grupo', 'groupe', 'gruppo']),
  head('university', ['大学'], ['university of', 'universidad de', 'universidade de']),
];

export const PLACE_HEADS: NameHead[] = [
  head('province', ['省'], ['province']),
  head('city', ['市'], ['city']),
  head('county', ['县'], ['county']),
  head('district', ['区'], ['district']),
  head('prefecture', ['州'], ['prefecture']),
  head('town', ['镇'], ['town']),
  head('autonomous-region', ['自治区'], ['autonomous region']),
];

/** Chinese legal-form endings that say nothing about which company it is. */
export const ZH_LEGAL_FORMS = /(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$/;
