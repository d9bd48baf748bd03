// Chinese money vocabulary: numerals (simplified, traditional, financial), units, currency
// words, qualifier cues and range connectors. Adding a form is one line here plus one test.
import type { Qualifier } from '../types.ts';
import type { CurrencyForm, QualifierCue } from './model.ts';

export const CHINESE_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '壹': 1, '幺': 1, '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2,
  '三': 3, '叁': 3, '參': 3, '四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};

/** Units inside a section (below 万). */
export const CHINESE_SMALL_UNITS: Record<string, number> = {
  '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
};

/** Units that close a section. 兆 is 10^12 in money (Taiwan, Japan, the peer suite). */
export const CHINESE_BIG_UNITS: Record<string, number> = {
  '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12,
};

/** 多 / 余 inside a number: 300多亿 is "more than 30 billion". */
export const CHINESE_MORE_MARKERS = '多余餘';
export const CHINESE_DECIMAL_POINT = '点點';

/** Before a unit these make the amount vague: 数十亿美元, 几百万美元, 上百亿美元. */
export const CHINESE_VAGUE_PREFIXES = '数數几幾上';

/** After 元 / 块 these make another word: 一元化, 元素, 一块石头. */
export const CHINESE_WORD_AFTER_YUAN = '化素论論件宇首帅帥老旦宵气氣凶勋勳次石头頭儿兒地';

const WORDS: Array<[string, string]> = [
  ['美元', 'USD'], ['美金', 'USD'], ['美圆', 'USD'], ['美圓', 'USD'],
  ['日元', 'JPY'], ['日圆', 'JPY'], ['日圓', 'JPY'], ['円', 'JPY'],
  ['人民币', 'CNY'], ['人民幣', 'CNY'], ['元人民币', 'CNY'], ['元人民幣', 'CNY'],
  ['欧元', 'EUR'], ['歐元', 'EUR'], ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['韩元', 'KRW'], ['韓元', 'KRW'], ['韩币', 'KRW'], ['韓幣', 'KRW'], ['韓圜', 'KRW'], ['韩圜', 'KRW'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'],
  ['新台币', 'TWD'], ['新台幣', 'TWD'], ['新臺幣', 'TWD'], ['台币', 'TWD'], ['台幣', 'TWD'], ['臺幣', 'TWD'], ['新台元', 'TWD'],
  ['港圆', 'HKD'], ['港圓', 'HKD'],
  ['澳元', 'AUD'], ['加元', 'CAD'], ['新加坡元', 'SGD'], ['新西兰元', 'NZD'],
  ['瑞士法郎', 'CHF'], ['卢布', 'RUB'], ['盧布', 'RUB'], ['印度卢比', 'INR'],
  ['泰铢', 'THB'], ['奈拉', 'NGN'], ['里拉', 'TRY'],
];

/**
 * The generic unit words: yuan unless a currency word beside them says which (31億元新台幣,
 * 新台幣31億元). They need the next character checked (一元化 is not money).
 */
const GENERIC_WORDS: Array<[string, string]> = [['元', 'CNY'], ['圆', 'CNY'], ['块', 'CNY'], ['塊', 'CNY'], ['块钱', 'CNY'], ['塊錢', 'CNY']];

/**
 * Currencies an article may write as bare 元 once it has named them: a Taiwanese report says
 * 31億元新台幣 once and 18億元 after. Bare 元 is that currency when the text names it and
 * never names the yuan outright (人民币, RMB, CNY).
 */
export const GENERIC_UNIT_LOCAL_CURRENCIES = ['TWD'];

/** Currency words that may also stand before the number (人民币 50元). */
const BEFORE_WORDS: Array<[string, string]> = [['人民币', 'CNY'], ['人民幣', 'CNY']];

/**
 * Currency words before a number that has a unit or 元 after it (新台幣31億元, 港幣2.684億,
 * 歐元12.5億); without one they are more often an exchange rate (欧元兑美元1.08).
 */
const BEFORE_WORDS_WITH_UNIT: Array<[string, string]> = [
  ['美元', 'USD'], ['美金', 'USD'], ['日元', 'JPY'], ['日圆', 'JPY'], ['日圓', 'JPY'], ['欧元', 'EUR'], ['歐元', 'EUR'],
  ['英镑', 'GBP'], ['英鎊', 'GBP'], ['韩元', 'KRW'], ['韓元', 'KRW'], ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'],
  ['新台币', 'TWD'], ['新台幣', 'TWD'], ['新臺幣', 'TWD'], ['台币', 'TWD'], ['台幣', 'TWD'], ['臺幣', 'TWD'],
  ['澳元', 'AUD'], ['加元', 'CAD'], ['新加坡元', 'SGD'], ['瑞士法郎', 'CHF'],
];

export const CHINESE_CURRENCY_FORMS: CurrencyForm[] = [
  ...WORDS.map(([form, iso]): CurrencyForm => ({ form, iso, kind: 'word', lang: 'zh', side: 'after' })),
  ...GENERIC_WORDS.map(([form, iso]): CurrencyForm => ({ form, iso, kind: 'word', lang: 'zh', side: 'after', guard: 'not-inside-word', generic: true })),
  ...BEFORE_WORDS.map(([form, iso]): CurrencyForm => ({ form, iso, kind: 'word', lang: 'zh', side: 'before' })),
  ...BEFORE_WORDS_WITH_UNIT.map(([form, iso]): CurrencyForm => ({ form, iso, kind: 'word', lang: 'zh', side: 'before', guard: 'before-needs-unit' })),
];

const cues = (qualifier: Qualifier, list: string[], extra: Partial<QualifierCue> = {}): QualifierCue[] =>
  list.map((cue) => ({ cue, qualifier, ...extra }));

/**
 * Cues before the amount. Words of two or more characters may stand up to four Han
 * characters before the number (最多可能预留3,270亿美元); single characters must touch it.
 */
export const CHINESE_CUES_BEFORE: QualifierCue[] = [
  ...cues('up_to', ['最高达', '最高可达', '最多达', '最多可达', '最多', '最高', '高达', '多达', '至多', '最高为', '上限为'], { maxGap: 4 }),
  ...cues('over', ['超过', '超出', '多于', '高于', '逾'], { maxGap: 0 }),
  ...cues('at_least', ['至少', '不少于', '不低于', '起码', '最少'], { maxGap: 4 }),
  ...cues('about', ['约', '大约', '约为', '约合', '将近', '接近', '大概'], { maxGap: 0 }),
  ...cues('about', ['近'], { maxGap: 0, notAfter: '最附将將接' }),
  ...cues('under', ['不到', '少于', '低于', '不足', '未满'], { maxGap: 0 }),
];

export const CHINESE_CUES_AFTER: QualifierCue[] = [
  ...cues('about', ['左右', '上下']),
  ...cues('over', ['以上']),
  ...cues('under', ['以下']),
  ...cues('up_to', ['以内']),
];

/** Han characters that end the gap between a cue and its number: 最多的是5亿美元 is no cap. */
export const CHINESE_GAP_BREAKERS = '的是和与及或，。、；：';

export const CHINESE_RANGE_CONNECTORS = ['至', '到', '~', '～', '-', '－', '—', '–'];
