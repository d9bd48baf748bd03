// A synthetic drop for the benchmark: N article files of about 5 KB, two English to one
// Chinese, written one at a time from a seeded generator, so the same drop every time.
//
// Two shapes. `stories` (bench-stories.ts; the benchmark's default): a dated news feed of
// ARTICLES_PER_DAY articles a day, each of one of many bounded stories with its own
// generated names and its own pools of figures, the publication date in a header line the
// ingest reads. `undated` (this file; every figure in the README before the stories shape
// was measured on it, and it stays byte for byte as it was): paragraph templates filled
// with varied figures, dates and the same dozen names and places, shuffled, no published
// date, so story linking makes the whole drop one story. No two articles are equal in
// either shape (each carries its number).
//
// Two densities. `dense` (the default): every paragraph carries figures — about 40 money,
// 28 date and 62 entity mentions in 5 KB. `news`: one paragraph in four does, the others
// are background prose with names but no figures — about the density of the five seed
// articles (1–13 money mentions per 5 KB of English).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EN_COMPANIES, EN_MONTHS, EN_PEOPLE, EN_PLACES, EN_SCALES, seededRandom, shuffle, ZH_COMPANIES, ZH_PEOPLE, ZH_PLACES, type BenchDensity, type BenchShape } from './bench-background.ts';
import { storyArticles } from './bench-stories.ts';

export { seededRandom, type BenchDensity, type BenchShape };

type Pick = <T>(list: readonly T[]) => T;

function englishParagraphs(pick: Pick, int: (lo: number, hi: number) => number, n: number): string[] {
  const money = () => {
    const scale = pick(EN_SCALES);
    const value = `${int(1, 900)}${int(0, 3) === 0 ? `.${int(1, 9)}` : ''}`;
    return scale.length > 2 ? `$${value} ${scale}` : `$${value}${scale}`;
  };
  const date = () => `${pick(EN_MONTHS)} ${int(1, 28)}${int(0, 1) ? `, ${int(2019, 2026)}` : ''}`;
  const co = () => pick(EN_COMPANIES);
  return [
    `${co()} said on ${date()} it would invest ${money()} in a new plant in ${pick(EN_PLACES)}, according to ${pick(EN_PEOPLE)}. The project, the ${n}th of its kind, is expected to employ ${int(200, 9000)} people by ${int(2026, 2032)}.`,
    `The framework agreed between Tokyo and Washington commits up to ${money()} to projects in energy, semiconductors and shipbuilding. ${pick(EN_PEOPLE)} told reporters on ${date()} that the first tranche of about ${money()} would be announced within weeks.`,
    `Analysts at a Tokyo brokerage estimated the cost of the ${pick(EN_PLACES)} pipeline at more than ${money()}, while ${co()} put it closer to ${money()}. "We are confident in the numbers," ${pick(EN_PEOPLE)} said, adding that financing talks began last month.`,
    `Shares of ${co()} rose ${int(1, 15)}.${int(0, 9)} percent in Tokyo trading after the company reported quarterly revenue of ${money()}, up from ${money()} a year earlier. The board also approved a buyback of as much as ${money()}.`,
    `The order, worth ${money()}, covers ${int(2, 40)} turbines to be delivered between ${date()} and ${int(2027, 2031)}. ${co()} and ${co()} will share the work, with final assembly in ${pick(EN_PLACES)}.`,
    `In ${pick(EN_MONTHS)} ${int(2020, 2025)}, ${co()} agreed to buy a stake in a ${pick(EN_PLACES)} utility for ${money()}. The deal was cleared by regulators on ${date()} after a review that lasted ${int(3, 18)} months.`,
    `Officials said the fund would start with between ${money()} and ${money()} and could grow to ${money()} over ${int(3, 10)} years. ${pick(EN_PEOPLE)} described the plan as "a long-term bet on American manufacturing".`,
    `Critics in ${pick(EN_PLACES)} questioned whether the ${money()} pledge was new money. A report published on ${date()} found that roughly ${int(20, 80)} percent of the total had been announced before, some of it as early as ${int(2015, 2022)}.`,
    `${co()} plans to hire ${int(100, 5000)} engineers in ${pick(EN_PLACES)} and to open a research centre there on ${date()}. The centre will cost about ${money()} and focus on power grids, batteries and factory automation.`,
    `The ministry expects total investment to reach ${money()} by the end of ${int(2028, 2035)}. ${pick(EN_PEOPLE)} said on ${date()} that the target was "ambitious but reachable" given commitments already made by ${co()} and ${co()}.`,
  ];
}

function chineseParagraphs(pick: Pick, int: (lo: number, hi: number) => number, n: number): string[] {
  const money = () => (int(0, 1) ? `${int(1, 9000)}亿美元` : `${int(1, 900)}万美元`);
  const date = () => `${int(2019, 2026)}年${int(1, 12)}月${int(1, 28)}日`;
  const co = () => pick(ZH_COMPANIES);
  return [
    `${co()}于${date()}表示，将在${pick(ZH_PLACES)}投资${money()}，建设第${n}座工厂，预计到${int(2026, 2032)}年雇用${int(200, 9000)}名员工。`,
    `根据日美两国达成的框架协议，日本将向美国投资最高达${money()}，涉及能源、半导体和造船等领域。${pick(ZH_PEOPLE)}在${date()}对记者表示，首批约${money()}的项目将在数周内公布。`,
    `东京一家券商的分析师估计，${pick(ZH_PLACES)}管道项目的成本超过${money()}，而${co()}认为接近${money()}。${pick(ZH_PEOPLE)}说，融资谈判已于上月开始。`,
    `${co()}股价在东京交易中上涨${int(1, 15)}.${int(0, 9)}%，此前公司公布季度营收${money()}，高于去年同期的${money()}。董事会还批准了最多${money()}的股票回购计划。`,
    `这份价值${money()}的订单包括${int(2, 40)}台涡轮机，将于${date()}至${int(2027, 2031)}年间交付。${co()}和${co()}将分担工作，最终组装在${pick(ZH_PLACES)}完成。`,
    `${int(2020, 2025)}年${int(1, 12)}月，${co()}同意以${money()}收购${pick(ZH_PLACES)}一家公用事业公司的股份。监管机构在${date()}批准了这笔交易。`,
    `官员表示，该基金初始规模在${money()}至${money()}之间，未来${int(3, 10)}年内可能增至${money()}。${pick(ZH_PEOPLE)}称这是对美国制造业的长期押注。`,
    `${co()}计划在${pick(ZH_PLACES)}招聘${int(100, 5000)}名工程师，并于${date()}开设研究中心。该中心耗资约${money()}，重点研究电网、电池和工厂自动化。`,
  ];
}

/** Background paragraphs: names and places, no amounts or dates, as most of a news story is. */
function englishBackground(pick: Pick): string[] {
  return [
    `${pick(EN_PEOPLE)} has argued for closer industrial ties for years, and officials in ${pick(EN_PLACES)} have welcomed the attention, although local unions want guarantees on hiring.`,
    `The talks have drawn criticism from lawmakers who say the terms were set behind closed doors. Supporters reply that ${pick(EN_COMPANIES)} and its partners need certainty before they commit.`,
    `Executives at ${pick(EN_COMPANIES)} declined to comment on the details, saying only that the company was studying several sites and would decide after consulting suppliers.`,
    `Energy analysts note that demand for power from data centres is rising faster than utilities expected, which has made long-term supply agreements more attractive to investors.`,
    `Residents near the proposed site in ${pick(EN_PLACES)} raised concerns about traffic and water use at a public meeting, and the county said it would publish an environmental review.`,
    `Diplomats on both sides described the atmosphere as constructive. Neither government released a full text, and several questions about oversight remain open.`,
    `${pick(EN_PEOPLE)} said the partnership would help rebuild supply chains that were stretched during the pandemic, and called on other allies to follow.`,
    `Industry groups said the plan could ease shortages of skilled workers if training programmes expand, but warned that permits still take too long in most states.`,
  ];
}

function chineseBackground(pick: Pick): string[] {
  return [
    `${pick(ZH_PEOPLE)}多次表示支持加强产业合作，${pick(ZH_PLACES)}的地方官员对此表示欢迎，但当地工会希望就雇用问题得到保证。`,
    `一些议员批评有关条款是在闭门磋商中确定的。支持者则认为，${pick(ZH_COMPANIES)}及其合作伙伴在作出承诺之前需要确定性。`,
    `${pick(ZH_COMPANIES)}的高管拒绝透露细节，只表示公司正在研究多个选址，将在与供应商协商后作出决定。`,
    `能源分析人士指出，数据中心的用电需求增长快于电力公司的预期，这使长期供电协议对投资者更具吸引力。`,
    `双方外交官都称会谈气氛具有建设性。两国政府均未公布完整文本，监管方面的若干问题仍有待解决。`,
    `行业团体表示，如果培训项目得到扩大，该计划有望缓解技术工人短缺，但审批程序在多数地区仍然过于缓慢。`,
  ];
}

/** One paragraph in four carries figures in a `news` drop. */
const NEWS_FACT_SHARE = 0.25;

/** One article of about `targetBytes` of UTF-8: a headline and shuffled, filled paragraphs. */
export function benchArticle(n: number, random: () => number, targetBytes = 5000, density: BenchDensity = 'dense'): { text: string; lang: 'en' | 'zh' } {
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const lang = n % 3 === 2 ? 'zh' : 'en';
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    for (const fact of shuffle(lang === 'zh' ? chineseParagraphs(pick, int, n) : englishParagraphs(pick, int, n), random)) {
      const p = density === 'news' && random() >= NEWS_FACT_SHARE ? pick(lang === 'zh' ? chineseBackground(pick) : englishBackground(pick)) : fact;
      paragraphs.push(p);
      bytes += Buffer.byteLength(p) + 2;
      if (bytes >= targetBytes) break;
    }
  }
  const title = lang === 'zh' ? `${pick(ZH_COMPANIES)}投资计划第${n}号` : `${pick(EN_COMPANIES)} Investment Plan Number ${n}`;
  return { text: `${title}\n\n${paragraphs.join('\n\n')}\n`, lang };
}

/** Writes N articles of a shape into `dir` (in subfolders of 1,000), one at a time; returns the bytes written. */
export function writeBenchDrop(dir: string, count: number, seed = 7, density: BenchDensity = 'dense', shape: BenchShape = 'undated'): number {
  const random = seededRandom(seed);
  const stories = shape === 'stories' ? storyArticles(0, count, seed, random, density) : undefined;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const { text } = stories ? stories.next().value! : benchArticle(i, random, 5000, density);
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
