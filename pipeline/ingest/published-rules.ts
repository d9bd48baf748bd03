// Where an article states its own publication date in its text, as data: labelled header
// lines ("Published: …", "发布时间：…"), bylines and outlet lines with a date, datelines at
// the start of the first paragraphs ("LISBON, March 3 (Wire) -", "新华社北京3月3日电"), and
// front-matter keys. `published-text.ts` is the engine; the date phrase itself is read by
// extractors/dates, so these patterns only say where a date stands, not how it is written.
// Adding a form is one line here plus a case in tests/published-text.test.ts.

/** Lower rank wins when several rules find a date in one article. */
export interface SegmentRule {
  id: string;
  rank: number;
  /** Matched against one segment of a header line (split at |, ·, •, ideographic spaces…); group `date` holds the date phrase. */
  pattern: RegExp;
}

export interface DatelineRule {
  id: string;
  rank: number;
  /** Matched at the start of a paragraph; group `date` holds the date phrase, `outlet` the outlet when the form names one. */
  pattern: RegExp;
}

/** A header segment labelled as the publication date. */
export const PUBLISHED_LABEL_RULES: readonly SegmentRule[] = [
  { id: 'text.header.published-label', rank: 1, pattern: /^(?:first\s+)?(?:published|posted|publication\s+date|pub(?:lished)?\.?\s+date|date(?:d|line)?|released)(?:\s+on)?\s*[:：]?\s*(?<date>\S.{3,80})$/i },
  { id: 'text.header.published-label', rank: 1, pattern: /^(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|发表日期|發表日期|出版日期|刊发时间|刊發時間|时间|時間|日期)\s*[:：]\s*(?<date>\S.{3,60})$/ },
  { id: 'text.header.updated-label', rank: 5, pattern: /^(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?\s*[:：]?\s*(?<date>\S.{3,80})$/i },
  { id: 'text.header.updated-label', rank: 5, pattern: /^(?:更新时间|更新時間|更新日期|修改时间|修改時間)\s*[:：]\s*(?<date>\S.{3,60})$/ },
];

/** A segment that names the outlet outright. */
export const SOURCE_LABEL = /^(?:source|sources|来源|來源|出处|出處|稿源)\s*[:：]\s*(?<outlet>\S.{0,60})$/i;

/** A segment naming the author: a line with one is a byline. */
export const BYLINE_SEGMENT = /^(?:by\s+\S|作者\s*[:：]|记者\s*[:：]?|記者\s*[:：]?|编辑\s*[:：]|編輯\s*[:：]|撰文\s*[:：]|文\s*[/／])/i;

/** What may stand beside a date in a segment that is only a date: a time of day and a zone. */
export const DATE_SEGMENT_REST = /^[\s,，]*(?:(?:at\s+)?\d{1,2}[:：.]\d{2}(?:[:：]\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?\s*(?:\(?(?:[A-Z]{2,5}|GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?|北京时间|北京時間|台北时间|台北時間|香港时间|香港時間)?\s*$/i;

/**
 * The opening of a written day (2026-03-03, 2026年3月, 3月3日, March 3, 3 March, Tue, 03 Mar,
 * 3/4/2026): a cheap gate before a segment is handed to the dates extractor, which costs
 * about 0.2 ms a call. It only says where a date may start; the extractor reads it.
 */
export const DAY_OPENING = /^(?:\d{4}\s*[-/.年]\s*\d{1,2}|[\d〇一二三四五六七八九十]{1,3}\s*月|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/i;

/** Segment separators of header lines. */
export const SEGMENT_SEPARATOR = /\s*(?:\||｜|·|•|・|\u3000+|\s[—–-]\s)\s*/;

/** Marks around header lines that carry no text: Markdown emphasis and heading marks, brackets. */
export const HEADER_DECORATION = /^[\s*_#>]+|[\s*_]+$/g;

const PLACE = String.raw`[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}(?:,\s*[A-Z][A-Za-z'’.\-]+(?:\s[A-Z][A-Za-z'’.\-]+){0,2}){0,2}`;
const EN_DAY_MONTH = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})`;
const ZH_DAY_MONTH = String.raw`(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*)?[\d〇一二三四五六七八九十]{1,3}\s*月\s*[\d〇一二三四五六七八九十]{1,3}\s*日`;

export const DATELINE_RULES: readonly DatelineRule[] = [
  // LISBON, March 3 (Wire) -   TAIPEI, Sept. 21 (Reuters) —   HONG KONG, 5 May 2026 —   LONDON 1996-08-30
  { id: 'en.dateline', rank: 3, pattern: new RegExp(String.raw`^(?<place>${PLACE}),?\s+(?<date>${EN_DAY_MONTH})\s*(?:\((?<outlet>[^()\n]{2,60})\))?[*_]*\s*(?:[-—–:]|$)`) },
  // 新华社北京3月3日电   【某报 2026年6月17日电】   （某网台北2026年9月18日電）   2026年3月3日 电
  { id: 'zh.dateline', rank: 3, pattern: new RegExp(String.raw`^[【〔（(\[]?\s*(?<lead>[^【】〔〕（）()\[\]\n，。,]{0,24}?)\s*(?<date>${ZH_DAY_MONTH})\s*[电電]`) },
  // （2026年3月3日）
  { id: 'zh.dateline.parenthesised', rank: 3, pattern: new RegExp(String.raw`^[（(]\s*(?<date>${ZH_DAY_MONTH})\s*[）)]`) },
];

/** Endings of an outlet's name in a Chinese dateline lead (新华社北京 → 新华社, 某某新聞網台北 → 某某新聞網). */
export const ZH_OUTLET_ENDINGS = ['通讯社', '通訊社', '电视台', '電視台', '广播电台', '廣播電台', '日报', '日報', '晚报', '晚報', '时报', '時報', '周刊', '週刊', '新闻网', '新聞網', '网', '網', '社', '报', '報', '台'];

/** Dateline leads that speak of the paper itself, not an outlet by name. */
export const ZH_SELF_REFERENCES = /^(?:本报|本報|本刊|本网|本網|本台|本社)/;

/** Front-matter keys holding the publication date, by preference. */
export const FRONT_MATTER_DATE_KEYS = ['published', 'date_published', 'datePublished', 'publishDate', 'publish_date', 'published_at', 'pubDate', 'date'];
export const FRONT_MATTER_SOURCE_KEYS = ['source', 'publisher', 'outlet', 'site', 'site_name'];
export const FRONT_MATTER_TITLE_KEYS = ['title', 'headline'];

/** How many of the first lines count as the head, and how far into the text it may reach. */
export const HEAD_LINES = 8;
export const HEAD_CHARS = 1500;
/** A header line is short; longer lines are body text. */
export const HEADER_LINE_MAX = 160;
