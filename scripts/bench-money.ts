// Speed of extractMoney alone, on one core: assembles ≥ 20 MB of mixed English and
// Chinese news-like text (the seed articles plus generated sentences full of figures,
// dates, counts and percentages), runs the extractor over it in article-sized pieces and
// prints MB/s (UTF-8 megabytes of input per second).
import { readdirSync, readFileSync } from 'node:fs';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang } from '../extractors/types.ts';

const TARGET_BYTES = 20 * 1024 * 1024;
const SEEDS = new URL('../fixtures/seeds/', import.meta.url);

/** A small deterministic generator so every run measures the same text. */
function makeRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const EN_TEMPLATES = [
  (n: number) => `Officials said the first phase totals up to $${n} billion, with ${n % 13} companies taking part.`,
  (n: number) => `Revenue rose ${n % 40}% to £${n}.${n % 10}m in the quarter ended September ${1 + (n % 28)}, 2025.`,
  (n: number) => `The ${n},${100 + (n % 900)}-kilometer pipeline could cost over $${n}bn, analysts estimated in ${1990 + (n % 35)}.`,
  (n: number) => `Toyota set aside ¥${n} trillion while Samsung invested ${n} billion won in ${n % 12} new plants.`,
  (n: number) => `The ministry will spend between $${n} million and $${n + 5} million on roads, a spokesman told reporters.`,
  (n: number) => `Shares of the company fell ${n % 9}.${n % 10} per cent after it reported a net loss of €${n} mn for the year.`,
  () => 'Markets were calm on Tuesday as investors waited for the central bank decision and the jobs report.',
];

const ZH_TEMPLATES = [
  (n: number) => `日本政府于10月${1 + (n % 28)}日表示，最多可能预留${n},${100 + (n % 900)}亿美元用于能源领域投资。`,
  (n: number) => `该项目价值最高达${n}亿美元，涉及${n % 20}家日本公司，年产${n}万吨。`,
  (n: number) => `公司营收增长${n % 50}%，达到${n}.${n % 10}亿元人民币，较${2000 + (n % 25)}年翻了一番。`,
  () => '两国还将成立关键矿产供应安全快速响应小组，以应对供应脆弱性，并考虑建立相互补充的储备安排。',
  (n: number) => `东芝将供应电力模块、变压器及其他设备，金额约${n}亿日元，另有五千五百亿美元框架。`,
];

function buildCorpus(): Array<{ text: string; lang: Lang }> {
  const random = makeRandom(42);
  const pieces: Array<{ text: string; lang: Lang }> = [];
  for (const file of readdirSync(SEEDS)) {
    pieces.push({ text: readFileSync(new URL(file, SEEDS), 'utf8'), lang: file.startsWith('004') ? 'zh' : 'en' });
  }
  let bytes = pieces.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0);
  while (bytes < TARGET_BYTES) {
    const lang: Lang = random() < 0.6 ? 'en' : 'zh';
    const templates = lang === 'en' ? EN_TEMPLATES : ZH_TEMPLATES;
    const sentences: string[] = [];
    for (let i = 0; i < 30; i++) sentences.push(templates[Math.floor(random() * templates.length)]!(1 + Math.floor(random() * 999)));
    const text = sentences.join(lang === 'en' ? ' ' : '');
    pieces.push({ text, lang });
    bytes += Buffer.byteLength(text);
  }
  return pieces;
}

const corpus = buildCorpus();
const megabytes = corpus.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0) / (1024 * 1024);
let mentions = 0;
for (const { text, lang } of corpus.slice(0, 200)) extractMoney(text, { lang }); // warm-up
const started = process.hrtime.bigint();
for (const { text, lang } of corpus) mentions += extractMoney(text, { lang }).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`extractMoney: ${megabytes.toFixed(1)} MB in ${corpus.length} articles, ${mentions} mentions, ` +
  `${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(1)} MB/s (target ≥ 20 MB/s)`);
