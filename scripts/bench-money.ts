// Speed of extractMoney alone, on one core: assembles ≥ 20 MB of mixed English and
// Chinese news-like text (the seed articles plus generated articles where 40% of the
// sentences carry figures: money, dates, counts, percentages, lengths, weights), runs the
// extractor over it article by article and prints MB/s (UTF-8 megabytes of input per
// second of CPU time) and the mention density, which is several times the seeds'.
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
];

const EN_PLAIN = [
  'Markets were calm on Tuesday as investors waited for the central bank decision and the jobs report.',
  'The minister said both governments would keep coordinating closely with companies on the details of each project.',
  'Analysts pointed out that the agreement still needs a formal order before it takes effect, which has raised concerns in Tokyo.',
  "Japan's trading houses are betting heavily on natural resources amid the AI boom, according to people familiar with the plans.",
  'Officials declined to say when the second batch of deals would be announced, citing ongoing negotiations.',
];

const ZH_TEMPLATES = [
  (n: number) => `日本政府于10月${1 + (n % 28)}日表示，最多可能预留${n},${100 + (n % 900)}亿美元用于能源领域投资。`,
  (n: number) => `该项目价值最高达${n}亿美元，涉及${n % 20}家日本公司，年产${n}万吨。`,
  (n: number) => `公司营收增长${n % 50}%，达到${n}.${n % 10}亿元人民币，较${2000 + (n % 25)}年翻了一番。`,
  () => '两国还将成立关键矿产供应安全快速响应小组，以应对供应脆弱性，并考虑建立相互补充的储备安排。',
  (n: number) => `东芝将供应电力模块、变压器及其他设备，金额约${n}亿日元，另有五千五百亿美元框架。`,
];

const ZH_PLAIN = [
  '两国还将成立关键矿产供应安全快速响应小组，以应对供应脆弱性，并考虑建立相互补充的储备安排。',
  '他表示，日本企业将提供燃气轮机、变压器和冷却系统，以在数据中心推高需求之际帮助扩大美国的发电能力。',
  '协议写道，两位领导人对两国迅速且持续的努力表示满意，并确认他们对落实这项重大协议的坚定承诺。',
  '举措包括利用金融支持机制、促进企业间对话，以及确定项目以弥补供应链缺口。',
];

/** Share of generated sentences that carry figures; the rest is plain news prose. `--figure-share 1` for a stress run. */
const shareArgument = process.argv.indexOf('--figure-share');
const FIGURE_SHARE = shareArgument > 0 ? Number(process.argv[shareArgument + 1]) : 0.4;

function buildCorpus(): Array<{ text: string; lang: Lang }> {
  const random = makeRandom(42);
  const pieces: Array<{ text: string; lang: Lang }> = [];
  for (const file of readdirSync(SEEDS)) {
    pieces.push({ text: readFileSync(new URL(file, SEEDS), 'utf8'), lang: file.startsWith('004') ? 'zh' : 'en' });
  }
  let bytes = pieces.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0);
  while (bytes < TARGET_BYTES) {
    const lang: Lang = random() < 0.6 ? 'en' : 'zh';
    const sentences: string[] = [];
    for (let i = 0; i < 30; i++) {
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
      const n = 1 + Math.floor(random() * 999);
      if (random() < FIGURE_SHARE) sentences.push(pick(lang === 'en' ? EN_TEMPLATES : ZH_TEMPLATES)(n));
      else sentences.push(pick(lang === 'en' ? EN_PLAIN : ZH_PLAIN));
    }
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
// CPU time of this single-threaded process, so a busy machine does not hide the speed of one
// core; best and median of several passes, since other processes still disturb each pass.
const PASSES = 5;
const runs: Array<{ cpuSeconds: number; wallSeconds: number }> = [];
for (let pass = 0; pass < PASSES; pass++) {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  mentions = 0;
  for (const { text, lang } of corpus) mentions += extractMoney(text, { lang }).length;
  const cpu = process.cpuUsage(cpuBefore);
  runs.push({ cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: Number(process.hrtime.bigint() - started) / 1e9 });
}
const byCpu = [...runs].sort((a, b) => a.cpuSeconds - b.cpuSeconds);
const rate = (seconds: number) => (megabytes / seconds).toFixed(1);
console.log(`extractMoney: ${megabytes.toFixed(1)} MB in ${corpus.length} articles, ${mentions} mentions (one per ` +
  `${Math.round((megabytes * 1048576) / mentions)} bytes), ${PASSES} passes`);
console.log(`  CPU time: best ${rate(byCpu[0]!.cpuSeconds)} MB/s, median ${rate(byCpu[PASSES >> 1]!.cpuSeconds)} MB/s; ` +
  `wall clock: best ${rate(Math.min(...runs.map((r) => r.wallSeconds)))} MB/s; target ≥ 20 MB/s on one core`);
