// The words of a `stories` bench article (scripts/bench-stories.ts): its headline, the
// header line that states its publication date (forms the ingest reads:
// "Published: 2025-01-06", a byline "By … | January 6, 2025", "发布时间：2025年1月6日",
// "2025-01-06 | 来源：…"), and paragraph templates in English and Chinese filled with the
// story's names and figures (money in US dollars, written with the scale words of each
// language; dates with or without their year) and the common background names. Figure
// paragraphs carry money, dates and names; background paragraphs names only.

import { EN_COMPANIES, EN_MONTHS, EN_PEOPLE, EN_PLACES, shuffle, ZH_COMPANIES, ZH_PEOPLE, ZH_PLACES, type BenchDensity } from './bench-background.ts';
import { reporterName, type StoryNames } from './bench-story-names.ts';

/** What an article of a story writes from: its story, its day, and how it draws a figure. */
export interface StoryVoice {
  lang: 'en' | 'zh';
  n: number;
  story: { names: StoryNames };
  random: () => number;
  publishedDay: number;
  /** An amount in US dollars; `slip`: written with the wrong scale word. */
  amount: () => { value: number; slip?: boolean };
  /** A day of the timeline (days from its start). */
  day: () => number;
}

/** One paragraph in four carries figures in a `news` drop. */
const NEWS_FACT_SHARE = 0.25;
/** A date this close to the publication day may leave out its year. */
const YEARLESS_WITHIN_DAYS = 30;
const EN_HEADLINES = ['expands investment plan', 'wins new order', 'reports quarterly results', 'faces questions over funding', 'agrees stake deal', 'opens research centre'];
const ZH_HEADLINES = ['扩大投资计划', '获得新订单', '公布季度业绩', '融资计划受质疑', '达成入股协议', '开设研究中心'];
/** One outlet: in a tenth of all articles, so common, never evidence of a story (a few outlets of 3 % each would be). */
const ZH_OUTLET = '环球商讯';

/** A number as the press writes it: no trailing zeros, no float noise. */
const figure = (x: number) => String(Number(x.toPrecision(6)));

function englishMoney({ value, slip }: { value: number; slip?: boolean }, random: () => number): string {
  const billions = value >= 1e9;
  const number = figure(billions ? value / 1e9 : value / 1e6);
  const scale = billions !== !!slip ? (random() < 0.3 ? 'bn' : ' billion') : random() < 0.3 ? 'm' : ' million';
  return `$${number}${scale}`;
}

function chineseMoney({ value, slip }: { value: number; slip?: boolean }): string {
  const yi = value >= 1e8;
  return `${figure(yi ? value / 1e8 : value / 1e4)}${yi !== !!slip ? '亿' : '万'}美元`;
}

/** The day the timeline's first article is published (bench-stories.ts). */
export const TIMELINE_START = Date.UTC(2025, 0, 6);
/** The date of a timeline day (days from TIMELINE_START). */
export const dateOf = (day: number) => new Date(TIMELINE_START + day * 86_400_000);

function englishDate(day: number, voice: StoryVoice): string {
  const d = dateOf(day);
  const monthDay = `${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  return Math.abs(day - voice.publishedDay) < YEARLESS_WITHIN_DAYS && voice.random() < 0.4 ? monthDay : `${monthDay}, ${d.getUTCFullYear()}`;
}

function chineseDate(day: number, voice: StoryVoice): string {
  const d = dateOf(day);
  const monthDay = `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return Math.abs(day - voice.publishedDay) < YEARLESS_WITHIN_DAYS && voice.random() < 0.4 ? monthDay : `${d.getUTCFullYear()}年${monthDay}`;
}

interface Slots {
  A: () => string; C2: () => string; P: () => string; L: () => string; BP: () => string; BC: () => string;
  M: () => string; D: () => string; int: (lo: number, hi: number) => number;
}

function slotsOf(voice: StoryVoice): Slots {
  const { random, story, lang } = voice;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const en = lang === 'en';
  const companies = en ? story.names.enCompanies : story.names.zhCompanies;
  const place = en ? story.names.enPlace : story.names.zhPlace;
  // The story's main company mostly; its second, when it has one, now and then. C2 is the one A did not name.
  let named = 0;
  return {
    A: () => companies[(named = companies.length > 1 && random() < 0.3 ? 1 : 0)]!,
    C2: () => (companies.length > 1 ? companies[1 - named]! : pick(en ? EN_COMPANIES : ZH_COMPANIES)),
    P: () => (en ? story.names.enPerson : story.names.zhPerson),
    L: () => (place && random() < 0.7 ? place : pick(en ? EN_PLACES : ZH_PLACES)),
    BP: () => pick(en ? EN_PEOPLE : ZH_PEOPLE),
    BC: () => pick(en ? EN_COMPANIES : ZH_COMPANIES),
    M: () => (en ? englishMoney(voice.amount(), random) : chineseMoney(voice.amount())),
    D: () => (en ? englishDate(voice.day(), voice) : chineseDate(voice.day(), voice)),
    int,
  };
}

type Template = (s: Slots) => string;

const ENGLISH_FIGURES: Template[] = [
  (s) => `${s.A()} said on ${s.D()} it would invest ${s.M()} in a new plant in ${s.L()}, according to ${s.P()}. The project is expected to employ ${s.int(200, 9000)} people by ${s.int(2026, 2032)}.`,
  (s) => `${s.P()} told reporters on ${s.D()} that ${s.A()} had set aside ${s.M()} for the first phase and up to ${s.M()} for the second. ${s.BP()} welcomed the plan, which ${s.BC()} had also studied.`,
  (s) => `Analysts at a ${s.L()} brokerage estimated the cost of the project at more than ${s.M()}, while ${s.A()} put it closer to ${s.M()}. "We are confident in the numbers," ${s.P()} said on ${s.D()}.`,
  (s) => `Shares of ${s.A()} rose ${s.int(1, 15)}.${s.int(0, 9)} percent after the company reported quarterly revenue of ${s.M()}, up from ${s.M()} a year earlier. The board also approved a buyback of as much as ${s.M()}.`,
  (s) => `The order, worth ${s.M()}, covers ${s.int(2, 40)} turbines to be delivered between ${s.D()} and ${s.D()}. ${s.A()} and ${s.C2()} will share the work, with final assembly in ${s.L()}.`,
  (s) => `${s.A()} agreed on ${s.D()} to buy a stake in ${s.C2()} for ${s.M()}. Regulators in ${s.L()} have cleared the deal, ${s.BP()} said, after a review that lasted ${s.int(3, 18)} months.`,
  (s) => `Officials said the fund backing ${s.A()} would start with between ${s.M()} and ${s.M()} and could grow to ${s.M()}. ${s.P()} described the plan on ${s.D()} as "a long-term bet on manufacturing".`,
  (s) => `Critics in ${s.L()} questioned whether the ${s.M()} pledge by ${s.A()} was new money. A report published on ${s.D()} found that roughly ${s.int(20, 80)} percent had been announced before, some of it as early as ${s.D()}.`,
  (s) => `${s.A()} plans to hire ${s.int(100, 5000)} engineers in ${s.L()} and to open a research centre there on ${s.D()}. The centre will cost about ${s.M()}, ${s.P()} said, and ${s.BC()} will supply equipment worth ${s.M()}.`,
  (s) => `${s.P()} said on ${s.D()} that total investment by ${s.A()} would reach ${s.M()}, against ${s.M()} under the plan ${s.BP()} announced last year.`,
];

const CHINESE_FIGURES: Template[] = [
  (s) => `${s.A()}于${s.D()}表示，将在${s.L()}投资${s.M()}建设新工厂。${s.P()}说，预计到${s.int(2026, 2032)}年雇用${s.int(200, 9000)}名员工。`,
  (s) => `${s.P()}在${s.D()}对记者表示，${s.A()}已为一期工程预留${s.M()}，二期最多投入${s.M()}。${s.BP()}对此表示欢迎，${s.BC()}也曾研究过这一计划。`,
  (s) => `${s.L()}一家券商的分析师估计，项目成本超过${s.M()}，而${s.A()}认为接近${s.M()}。${s.P()}在${s.D()}说，融资谈判已经开始。`,
  (s) => `${s.A()}股价上涨${s.int(1, 15)}.${s.int(0, 9)}%，此前公司公布季度营收${s.M()}，高于去年同期的${s.M()}。董事会还批准了最多${s.M()}的股票回购计划。`,
  (s) => `这份价值${s.M()}的订单包括${s.int(2, 40)}台涡轮机，将于${s.D()}至${s.D()}间交付。${s.A()}和${s.C2()}将分担工作，最终组装在${s.L()}完成。`,
  (s) => `${s.A()}在${s.D()}同意以${s.M()}收购${s.C2()}的股份。${s.BP()}说，监管机构已经批准了这笔交易。`,
  (s) => `官员表示，支持${s.A()}的基金初始规模在${s.M()}至${s.M()}之间，未来可能增至${s.M()}。${s.P()}在${s.D()}称这是对制造业的长期押注。`,
  (s) => `${s.A()}计划在${s.L()}招聘${s.int(100, 5000)}名工程师，并于${s.D()}开设研究中心。${s.P()}说，该中心耗资约${s.M()}，${s.BC()}将提供价值${s.M()}的设备。`,
];

const ENGLISH_BACKGROUND: Template[] = [
  (s) => `${s.P()} has argued for the project for months, and officials in ${s.L()} have welcomed the attention, although local unions want guarantees on hiring.`,
  (s) => `Executives at ${s.A()} declined to comment on the details, saying only that the company was studying several sites with ${s.BC()} and would decide after consulting suppliers.`,
  (s) => `Residents near the proposed site in ${s.L()} raised concerns about traffic and water use at a public meeting, and ${s.BP()} said a review would be published.`,
  (s) => `${s.BP()} said the partnership between ${s.A()} and ${s.C2()} would help rebuild supply chains, and called on other companies to follow.`,
  (s) => `Industry groups said the plan by ${s.A()} could ease shortages of skilled workers if training programmes expand, but warned that permits still take too long.`,
  (s) => `Energy analysts note that demand for power from data centres is rising faster than utilities expected, which has made long-term supply agreements more attractive to investors.`,
];

const CHINESE_BACKGROUND: Template[] = [
  (s) => `${s.P()}多次表示支持该项目，${s.L()}的地方官员对此表示欢迎，但当地工会希望就雇用问题得到保证。`,
  (s) => `${s.A()}的高管拒绝透露细节，只表示公司正在与${s.BC()}研究多个选址，将在与供应商协商后作出决定。`,
  (s) => `${s.BP()}说，${s.A()}与${s.C2()}的合作有助于重建供应链，并呼吁其他企业跟进。`,
  (s) => `行业团体表示，${s.A()}的计划有望缓解技术工人短缺，但审批程序仍然过于缓慢。`,
  (s) => `双方外交官都称会谈气氛具有建设性，监管方面的若干问题仍有待解决。`,
];

/** The article's headline, its dated header line, and a source of paragraphs to take in turn. */
export function storyParagraphs(voice: StoryVoice): { title: string; header: string; paragraphs: (density: BenchDensity) => string } {
  const s = slotsOf(voice);
  const { random, lang, n } = voice;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const d = dateOf(voice.publishedDay);
  const iso = d.toISOString().slice(0, 10);
  const en = lang === 'en';
  const title = en ? `${s.A()} ${pick(EN_HEADLINES)} — bench report ${n}` : `${s.A()}${pick(ZH_HEADLINES)}（第${n}号报道）`;
  const header = en
    ? random() < 0.7 ? `Published: ${iso}` : `By ${reporterName(random)} | ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
    : random() < 0.7 ? `发布时间：${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : `${iso} | 来源：${ZH_OUTLET}`;
  const figures = en ? ENGLISH_FIGURES : CHINESE_FIGURES;
  const background = en ? ENGLISH_BACKGROUND : CHINESE_BACKGROUND;
  let queue: Template[] = [];
  return {
    title,
    header,
    // Figure templates are shuffled and taken in turn, so an article repeats none before using all.
    paragraphs: (density) => {
      if (queue.length === 0) queue = shuffle([...figures], random);
      const p = density === 'news' && random() >= NEWS_FACT_SHARE ? pick(background)(s) : queue.pop()!(s);
      return p.charAt(0).toUpperCase() + p.slice(1); // "spokesman X said" opening a paragraph
    },
  };
}
