// How reconciliation's cost grows with claims. Writes synthetic drops of English and
// Chinese articles that state a shared set of facts — each company's investment in each
// sector, each project's cost — with the usual noise: other figures, million/billion and
// 亿 slips, qualifiers, repeats inside an article, and a misnamed office holder. The real
// pipeline (runDrops, reconciliation off) stores each drop; then reconcileStore alone is
// timed on each store. Per-claim cost staying flat from 10k to 100k claims is the point.
//
// Usage: npm run bench:reconcile -- [--sizes 10000,100000] [--repeat-article 270000] [--dir DIR]
//   --repeat-article N  also one article repeating one sentence N times (270000 ≈ 30 MB; its
//                       extraction takes minutes, so it is off by default)
//   --dir DIR           keep drops and stores there and reuse them on the next run

import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { reconcileStore } from '../pipeline/reconcile/index.ts';
import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';
import { seededRandom } from './bench-drop.ts';
import { describeStoreSize, storeSize } from './bench-store-size.ts';

const { values: args } = parseArgs({
  options: { sizes: { type: 'string', default: '10000,100000' }, 'repeat-article': { type: 'string' }, dir: { type: 'string' } },
});

interface Company { en: string; zh: string }
interface Sector { en: string; zh: string }

const COMPANIES: Company[] = [
  { en: 'Toshiba', zh: '东芝' }, { en: 'Hitachi', zh: '日立' }, { en: 'SoftBank Group', zh: '软银集团' },
  { en: 'Mitsubishi Heavy Industries', zh: '三菱重工' }, { en: 'Mitsubishi Electric', zh: '三菱电机' }, { en: 'Westinghouse', zh: '西屋公司' },
  { en: 'Bechtel', zh: '贝克特尔' }, { en: 'Panasonic', zh: '松下' }, { en: 'Nippon Steel', zh: '日本制铁' }, { en: 'Toyota', zh: '丰田汽车' },
  { en: 'Marubeni', zh: '丸红' }, { en: 'Sony', zh: '索尼' },
];
// Words of pipeline/reconcile/topics.ts, so an English and a Chinese article meet in one fact.
const SECTORS: Sector[] = [
  { en: 'nuclear', zh: '核电' }, { en: 'artificial diamond', zh: '人工钻石' }, { en: 'data center', zh: '数据中心' },
  { en: 'shipbuilding', zh: '造船' }, { en: 'copper', zh: '铜冶炼' }, { en: 'semiconductor', zh: '半导体' },
  { en: 'crude oil', zh: '原油' }, { en: 'gas turbine', zh: '燃气发电' }, { en: 'critical minerals', zh: '关键矿产' },
];
const PROJECTS: Sector[] = [{ en: 'Alaska LNG', zh: '阿拉斯加LNG' }, { en: 'shipping channel', zh: '航运通道' }, { en: 'power plant', zh: '电力设备' }];
const PLACES = [{ en: 'Ohio', zh: '俄亥俄州' }, { en: 'Texas', zh: '得克萨斯州' }, { en: 'Pennsylvania', zh: '宾夕法尼亚州' }, { en: 'Arizona', zh: '亚利桑那州' }];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The canonical figure of fact `i`, in units of 10^8 USD (so 亿美元 is exact): 1.5bn to 98.5bn. */
const truthOf = (i: number) => 15 + ((i * 37) % 970);

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]) => list[Math.floor(random() * list.length)]!;

/** How an article states a figure: mostly the canonical one, sometimes another, sometimes a power of ten off. */
function statedFigure(random: Random, truth: number): { value: number; qualifier: '' | 'about' | 'up to' } {
  const roll = random();
  const value = roll < 0.05 ? truth * 10 : roll < 0.08 ? truth / 10 : roll < 0.16 ? truth + 1 + Math.floor(random() * 5) * 3 : truth;
  const q = random();
  return { value, qualifier: q < 0.1 ? 'about' : q < 0.18 ? 'up to' : '' };
}

/** 21 → "$2.1 billion"; 3 (×10^8) → "$300 million"; now and then the million/billion slip. */
function englishAmount(random: Random, hundredMillions: number, qualifier: string): string {
  const billions = hundredMillions / 10;
  const amount = billions >= 1 ? `$${+billions.toFixed(2)} billion` : `$${+(billions * 1000).toFixed(1)} million`;
  const slipped = random() < 0.03 ? amount.replace('billion', 'million') : amount;
  return qualifier ? `${qualifier} ${slipped}` : slipped;
}

function chineseAmount(hundredMillions: number, qualifier: string): string {
  const amount = `${+hundredMillions.toFixed(2)}亿美元`;
  return qualifier === 'up to' ? `最高${amount}` : qualifier === 'about' ? `约${amount}` : amount;
}

function englishSentence(random: Random, n: number): string {
  const kind = random();
  const date = `${pick(random, MONTHS)} ${1 + Math.floor(random() * 28)}`;
  if (kind < 0.2) {
    const p = Math.floor(random() * PROJECTS.length);
    const { value, qualifier } = statedFigure(random, truthOf(200 + p));
    return `The ${PROJECTS[p]!.en} project could cost ${englishAmount(random, value, qualifier)}, officials said on ${date}.`;
  }
  if (kind < 0.25) {
    // No owner named: a fact of this article alone.
    return `Quarterly revenue was $${100 + (n % 900)}.${n % 10} million, a spokesman said on ${date}.`;
  }
  const c = Math.floor(random() * COMPANIES.length);
  const s = Math.floor(random() * SECTORS.length);
  const { value, qualifier } = statedFigure(random, truthOf(c * SECTORS.length + s));
  return `${COMPANIES[c]!.en} will invest ${englishAmount(random, value, qualifier)} in ${SECTORS[s]!.en} plants in ${pick(random, PLACES).en}, the company said on ${date}.`;
}

function chineseSentence(random: Random, n: number): string {
  const kind = random();
  const date = `${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`;
  if (kind < 0.2) {
    const p = Math.floor(random() * PROJECTS.length);
    const { value, qualifier } = statedFigure(random, truthOf(200 + p));
    return `官员${date}表示，${PROJECTS[p]!.zh}项目估算成本${chineseAmount(value, qualifier)}。`;
  }
  if (kind < 0.25) return `发言人${date}表示，季度营收为${(n % 900) + 100}万美元。`;
  const c = Math.floor(random() * COMPANIES.length);
  const s = Math.floor(random() * SECTORS.length);
  const { value, qualifier } = statedFigure(random, truthOf(c * SECTORS.length + s));
  return `${COMPANIES[c]!.zh}${date}表示，将在${pick(random, PLACES).zh}投资${chineseAmount(value, qualifier)}建设${SECTORS[s]!.zh}工厂。`;
}

const OFFICE_EN = ['U.S. Commerce Secretary Howard Lutnick', 'U.S. Commerce Secretary Howard Lutnick', 'U.S. Commerce Secretary Rutherford'];

/** Nine claims per article: eight figures and a repeat of the first, then a word from the office holder. */
function syntheticArticle(random: Random, n: number): string {
  const zh = n % 3 === 2;
  const sentences = Array.from({ length: 8 }, () => (zh ? chineseSentence(random, n) : englishSentence(random, n)));
  sentences.push(sentences[0]!); // a repeat inside the article
  const office = zh ? '美国商务部长卢特尼克当天表示欢迎。' : `${pick(random, OFFICE_EN)} welcomed the plans.`;
  const title = zh ? `日本企业对美投资动态第${n}期` : `Japanese investment in America, part ${n}`;
  return `${title}\n\n${sentences.join(zh ? '' : ' ')} ${office}\n`;
}

function writeDrop(dir: string, articles: number): void {
  const random = seededRandom(11);
  for (let i = 0; i < articles; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(i).padStart(6, '0')}.txt`), syntheticArticle(random, i));
  }
}

function writeRepeatDrop(dir: string, repeats: number): void {
  mkdirSync(dir, { recursive: true });
  const sentence = 'Tokyo said on October 27 that Toshiba and Hitachi would invest up to $2.1 billion in Ohio plants over five years. ';
  writeFileSync(join(dir, 'repeat.txt'), `Toshiba and Hitachi in Ohio\n\n${sentence.repeat(repeats)}`);
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Stores the drop with the real pipeline, without reconciling (unless the store is already there). */
async function storeOf(drop: string, store: string, write: () => void): Promise<void> {
  if (existsSync(store)) return;
  if (!existsSync(drop)) write();
  const db = openStore(store);
  const started = performance.now();
  await runDrops(db, { drops: [drop], concurrency: 2, maxFileBytes: 64 * 1024 * 1024, toolVersion: 'bench', reconcile: false });
  db.close();
  say(`  stored ${drop} in ${seconds(performance.now() - started)} s (pipeline, not timed below)`);
}

function timeReconcile(label: string, store: string): { claims: number; ms: number } {
  const db = openStore(store);
  const loadBefore = load();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = reconcileStore(db);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore); // every thread of this process (GC helpers too): wall well above CPU means a busy machine
  db.close();
  const statuses = Object.entries(summary.byStatus).map(([k, v]) => `${k} ${v}`).join(', ');
  const kinds = Object.entries(summary.byConflictKind).map(([k, v]) => `${k} ${v}`).join(', ');
  say(`  ${label}: ${summary.articles} articles, ${summary.claims} claims → ${summary.facts} facts (${statuses}), ${summary.conflicts} conflicts (${kinds || 'none'})`);
  say(`    reconcileStore ${seconds(ms)} s (CPU ${seconds((cpu.user + cpu.system) / 1000)} s) · ${Math.round((1000 * summary.claims) / ms)} claims/s · ${((1000 * ms) / Math.max(1, summary.claims)).toFixed(1)} µs/claim · load ${loadBefore}`);
  return { claims: summary.claims, ms };
}

const root = args.dir ?? mkdtempSync(join(tmpdir(), 'bench-reconcile-'));
mkdirSync(root, { recursive: true });
say(`reconciliation bench in ${root} (load ${load()})`);

// Warm-up: the gazetteer, the entity linker and the statements are loaded once, not timed.
await storeOf(join(root, 'warm-drop'), join(root, 'warm.sqlite'), () => writeDrop(join(root, 'warm-drop'), 10));
timeReconcile('warm-up', join(root, 'warm.sqlite'));

const results: { claims: number; ms: number }[] = [];
for (const claims of args.sizes.split(',').map(Number)) {
  const articles = Math.round(claims / 9);
  const drop = join(root, `drop-${articles}`);
  await storeOf(drop, join(root, `articles-${articles}.sqlite`), () => writeDrop(drop, articles));
  results.push(timeReconcile(`~${claims} claims`, join(root, `articles-${articles}.sqlite`)));
  describeStoreSize(storeSize(join(root, `articles-${articles}.sqlite`)), say, '    ');
}
if (results.length > 1) {
  const [first, last] = [results[0]!, results[results.length - 1]!];
  say(`  ×${(last.claims / first.claims).toFixed(1)} claims → ×${(last.ms / first.ms).toFixed(1)} time`);
}

if (args['repeat-article']) {
  const repeats = Number(args['repeat-article']);
  const drop = join(root, `repeat-${repeats}`);
  await storeOf(drop, join(root, `repeat-${repeats}.sqlite`), () => writeRepeatDrop(drop, repeats));
  timeReconcile(`one article, ${repeats} repeats of one sentence`, join(root, `repeat-${repeats}.sqlite`));
}
if (!args.dir) rmSync(root, { recursive: true, force: true });
