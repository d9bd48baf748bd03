// Chinese words the date rules are built from, simplified and traditional forms side by
// side, so raw (un-normalised) text reads the same as normalised text.

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, 'Ｏ': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const POSITION_VALUES: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000 };

/** ASCII digits, full-width digits and Chinese numerals as one character class body. */
export const NUMERAL_CHARS = '0-9０-９〇○零一二两兩三四五六七八九十百千';

/**
 * "28" / "２８" / "二十八" / "十" → 28 / 28 / 28 / 10; a run of digit characters without
 * 十百千 ("二〇二五") reads digit by digit → 2025. Undefined when the string is not a number.
 */
export function parseChineseNumber(written: string): number | undefined {
  if (written === '') return undefined;
  // Figures (ASCII or full-width) only: their value. A figure among numerals is no number
  // either way below, since DIGIT_VALUES holds none, so the numerals need no conversion.
  let figures = 0;
  let hasPosition = false;
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) figures++;
    else if (written[i]! in POSITION_VALUES) hasPosition = true;
  }
  if (figures === written.length) return figureValue(written);
  if (!hasPosition) {
    let value = 0;
    for (const c of written) {
      const digit = DIGIT_VALUES[c];
      if (digit === undefined) return undefined;
      value = value * 10 + digit;
    }
    return value;
  }
  let total = 0;
  let pending = 0;
  for (const c of written) {
    const digit = DIGIT_VALUES[c];
    const position = POSITION_VALUES[c];
    if (digit !== undefined) pending = digit;
    else if (position !== undefined) {
      total += (pending === 0 ? 1 : pending) * position; // "十二": an implicit one before 十
      pending = 0;
    } else return undefined;
  }
  return total + pending;
}

/** "2025" / "２０２５" → 2025, folded without building a half-width copy (long runs via Number, as before). */
function figureValue(figures: string): number {
  if (figures.length > 15) return Number(figures.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  let value = 0;
  for (let i = 0; i < figures.length; i++) {
    const code = figures.charCodeAt(i);
    value = value * 10 + (code <= 0x39 ? code - 0x30 : code - 0xff10);
  }
  return value;
}

export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  '前年': -2, '去年': -1, '今年': 0, '本年': 0, '明年': 1, '来年': 1, '來年': 1, '后年': 2, '後年': 2,
};

export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  '上上个月': -2, '上上個月': -2, '上个月': -1, '上個月': -1, '上月': -1, '本月': 0, '这个月': 0,
  '這個月': 0, '下个月': 1, '下個月': 1, '下月': 1, '下下个月': 2, '下下個月': 2,
};

export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  '大前天': -3, '前天': -2, '昨天': -1, '昨日': -1, '今天': 0, '今日': 0, '明天': 1, '明日': 1,
  '后天': 2, '後天': 2, '大后天': 3, '大後天': 3,
};

/** Week words: 周, 星期, 礼拜 and their traditional forms. */
export const WEEK_WORDS = ['星期', '礼拜', '禮拜', '周', '週'];

export const WEEK_CUES: Readonly<Record<string, number>> = {
  '上上': -2, '上': -1, '上一': -1, '下一': 1, '本': 0, '这': 0, '這': 0, '这个': 0, '這個': 0, '下': 1, '下下': 2,
};

export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '日': 7, '天': 7, '1': 1, '2': 2,
  '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
};

/** Parts of a year or month, recorded as the month they fall in (年底 → December). */
export const YEAR_PARTS: Readonly<Record<string, number>> = {
  '年底': 12, '年末': 12, '底': 12, '末': 12, '年初': 1, '初': 1, '年中': 6,
};

/** Things numbered with 号/日 that are not days: 3号线 (line 3), 5号楼, 1号文件, 日元. */
export const NOT_A_DAY_AFTER = '线線楼樓院房门門馆館车車机機文令窗桌位码碼台口元圆圓';

export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/** Key words for the engine's trigger scan (engine.ts): every Chinese rule's match holds one or a digit run. */
export const CHINESE_KEYS: Readonly<Record<string, readonly string[]>> = {
  year: ['年'],
  month: ['月'],
  day: ['日', '号', '號'],
  week: ['周', '週', '星期', '礼拜', '禮拜'],
  relday: ['天'],
  quarter: ['季'],
};
