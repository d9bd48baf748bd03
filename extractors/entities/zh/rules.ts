// Chinese rule tables: organisation suffixes, generic heads that do not make a name,
// dictionary place words that are ordinary nouns, and the characters that end a name.

/** Word endings that make the words before them an organisation ("川崎重工", "宁德时代新能源科技股份有限公司"). */
export const ORG_SUFFIXES_ZH = [
  '股份有限公司', '有限责任公司', '有限公司', '公司', '集团', '银行', '电力', '燃气', '重工', '委员会', '协会', '大学',
  '研究院', '研究所', '交易所', '基金会', '证券', '保险', '控股', '汽车', '电气', '电机', '电子', '钢铁', '航空',
  '石油', '化工', '制药', '商事', '物产', '通讯社', '日报', '时报', '新闻社', '电视台', '法院', '海关', '总署', '部',
  '矿业', '能源', '航运', '物流', '科技', '局', '人寿'
];

/** Heads that follow a place without naming an organisation ("日本公司" = Japanese companies). */
export const GENERIC_ORG_HEADS = new Set(['公司', '企业', '政府', '官员', '方面', '当局']);

/** Suffixes strong enough to join a country or city before them into one name ("中国银行", "中国人寿保险"). */
export const PLACE_JOINING_SUFFIXES = new Set(['银行', '集团', '保险', '证券', '航空', '控股', '有限公司', '股份有限公司', '重工', '商事', '物产', '人寿']);

/** Suffixes of government bodies, whose names are ordinary words ("工业和信息化部", "国家能源局"). */
export const GOVERNMENT_SUFFIXES = new Set(['部', '委员会', '局', '总署']);

/** "X部" words that are directions or quantities, not ministries. */
export const NOT_MINISTRIES = new Set([
  '西部', '东部', '南部', '北部', '中部', '内部', '外部', '全部', '局部', '总部', '干部', '头部', '底部', '顶部', '腹部',
  '胸部', '背部', '面部', '本部', '一部', '这部', '那部', '东南部', '西南部', '东北部', '西北部', '中西部', '大部', '基部',
  '部', '细部', '后部', '前部', '上部', '下部', '尾部', '根部', '南北部',
]);

/** Dictionary words tagged as places (ns) that are ordinary nouns in news. */
export const NOT_PLACES = new Set([
  '城市', '东西', '平原', '外国', '爱国', '英雄', '朝廷', '太阳', '海洋', '湖泊', '大桥', '高原', '上市', '美丽', '山区',
  '江湖', '大街', '王国', '开国', '共和国', '城镇', '京城', '阿哥', '庆典', '南路', '深度', '山脉', '治安', '回国', '大国',
  '古城', '新鲜', '海峡', '建国', '哥哥', '自治州', '自治县', '东南', '西北', '西南', '东北', '南北', '中原', '北方', '南方',
  '全国', '国内', '国外', '海外', '当地', '各地', '本地', '地方', '两国', '各国', '中华', '华', '国家', '世界', '天下',
  '北部', '南部', '西部', '东部', '中部', '亚太', '港口', '沿海', '内地', '边境', '农村', '乡村', '大都', '新建', '河谷',
]);

/** Verbs after a name that mark a person ("Lutnick表示"). */
export const SPEECH_VERBS_ZH = ['表示', '说', '称', '指出', '认为', '强调', '透露', '宣布', '宣称', '补充', '坦言', '介绍'];

/** Characters that cannot be inside a person's name: particles, prepositions, verbs that follow names. */
export const NAME_STOP_CHARS = new Set([...'于在表说称指认强透与和及、，。的将已也是会对向把被由从为了等并还就都又再而但即其之该此这那个位名']);

/** Single-character Chinese surnames, the commonest first; names outside the gazetteer start with one. */
export const SURNAMES_ZH = new Set([...'曾章王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']);
