// Drops for the incremental-equals-full property: fast-check arbitraries of small English
// and Chinese articles written from sentence templates (companies, people, amounts, dates,
// million/billion and 亿/万 slips, misspelt names), and of the operations a drop applies to
// the folder the previous drops left: new files, changed files, duplicated files.
// Companies are well-known ones a gazetteer may hold and invented ones it cannot.

import fc from 'fast-check';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Company { en: string; enShort: string; zh: string }
const COMPANIES: Company[] = [
  { en: 'Toshiba', enShort: 'Toshiba', zh: '东芝' },
  { en: 'Hitachi', enShort: 'Hitachi', zh: '日立' },
  { en: 'Quillon Robotics Inc.', enShort: 'Quillon Robotics', zh: '奎隆机器人公司' },
  { en: 'Brightwater Minerals', enShort: 'Brightwater', zh: '青岚矿业' },
];
interface Person { en: string; enVariant: string; zh: string; zhVariant: string }
const PEOPLE: Person[] = [
  { en: 'chief executive Marta Lindqvist', enVariant: 'chief executive Marta Lindquist', zh: '首席执行官林晓岚', zhVariant: '首席执行官林小岚' },
  { en: 'Finance Minister Oren Falk', enVariant: 'Finance Minister Oren Fulk', zh: '财政部长韩立川', zhVariant: '财政部长韩力川' },
];
const PLACES = [{ en: 'Ohio', zh: '俄亥俄州' }, { en: 'Osaka', zh: '大阪' }, { en: 'Texas', zh: '得克萨斯州' }];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The figures articles state, in USD: few, so that articles meet in facts and disagree on them. */
const AMOUNTS = [1.2e9, 3.5e9, 8e8, 4.25e10];

export interface SentenceSpec {
  template: number;
  company: number;
  person: number;
  place: number;
  amount: number;
  /** none; ×10 (a digit too many); scale (million for billion, 万 for 亿) */
  slip: 'none' | 'x10' | 'scale';
  variant: boolean;
  month: number;
  day: number;
}
export interface ArticleSpec {
  lang: 'en' | 'zh';
  sentences: SentenceSpec[];
  /** Day of 2025 the article was published (in a .json record), or none (a .txt file). */
  published: { month: number; day: number } | null;
}
export type DropOp =
  | { kind: 'new'; article: ArticleSpec }
  | { kind: 'change'; target: number; article: ArticleSpec }
  | { kind: 'duplicate'; target: number };

function englishMoney(usd: number, slip: SentenceSpec['slip']): string {
  const value = slip === 'x10' ? usd * 10 : usd;
  if (value >= 1e9) return `$${+(value / 1e9).toFixed(2)} ${slip === 'scale' ? 'million' : 'billion'}`;
  return `$${+(value / 1e6).toFixed(2)} ${slip === 'scale' ? 'billion' : 'million'}`;
}
function chineseMoney(usd: number, slip: SentenceSpec['slip']): string {
  const value = slip === 'x10' ? usd * 10 : usd;
  return slip === 'scale' ? `${+(value / 1e4).toFixed(2)}亿美元` : `${+(value / 1e8).toFixed(2)}亿美元`;
}

function englishSentence(s: SentenceSpec): string {
  const company = COMPANIES[s.company]!;
  const co = s.variant ? company.enShort : company.en;
  const person = s.variant ? PEOPLE[s.person]!.enVariant : PEOPLE[s.person]!.en;
  const place = PLACES[s.place]!.en;
  const money = englishMoney(AMOUNTS[s.amount]!, s.slip);
  const date = `${MONTHS[s.month - 1]} ${s.day}, 2025`;
  const other = englishMoney(AMOUNTS[(s.amount + 1) % AMOUNTS.length]!, 'none');
  return [
    `${co} said on ${date} it would invest ${money} in a new factory in ${place}.`,
    `${person[0]!.toUpperCase()}${person.slice(1)} said ${co} agreed to buy a stake in a ${place} utility for ${money}.`,
    `${co} reported quarterly revenue of ${money}, up from ${other} a year earlier.`,
    `The ${place} project will cost about ${money}, ${person} told reporters on ${date}.`,
  ][s.template]!;
}

function chineseSentence(s: SentenceSpec): string {
  const co = COMPANIES[s.company]!.zh;
  const person = s.variant ? PEOPLE[s.person]!.zhVariant : PEOPLE[s.person]!.zh;
  const place = PLACES[s.place]!.zh;
  const money = chineseMoney(AMOUNTS[s.amount]!, s.slip);
  const date = `2025年${s.month}月${s.day}日`;
  const other = chineseMoney(AMOUNTS[(s.amount + 1) % AMOUNTS.length]!, 'none');
  return [
    `${co}于${date}表示，将在${place}投资${money}建设新工厂。`,
    `${person}表示，${co}同意以${money}收购${place}一家公用事业公司的股份。`,
    `${co}公布季度营收${money}，高于去年同期的${other}。`,
    `${person}在${date}对记者表示，${place}项目耗资约${money}。`,
  ][s.template]!;
}

export function articleText(a: ArticleSpec): { title: string; body: string } {
  const first = a.sentences[0]!;
  const company = COMPANIES[first.company]!;
  if (a.lang === 'zh') return { title: `${company.zh}投资计划`, body: a.sentences.map(chineseSentence).join('') };
  return { title: `${company.enShort} Plans New Investment`, body: a.sentences.map(englishSentence).join(' ') };
}

/** What a file holds: a .json record when the article is dated, else plain text. */
function fileOf(a: ArticleSpec): { extension: string; content: string } {
  const { title, body } = articleText(a);
  if (!a.published) return { extension: '.txt', content: `${title}\n\n${body}\n` };
  const published = `2025-${String(a.published.month).padStart(2, '0')}-${String(a.published.day).padStart(2, '0')}`;
  return { extension: '.json', content: `${JSON.stringify({ title, text: body, published })}\n` };
}

const sentenceArb: fc.Arbitrary<SentenceSpec> = fc.record({
  template: fc.integer({ min: 0, max: 3 }),
  company: fc.integer({ min: 0, max: COMPANIES.length - 1 }),
  person: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  place: fc.integer({ min: 0, max: PLACES.length - 1 }),
  amount: fc.integer({ min: 0, max: AMOUNTS.length - 1 }),
  slip: fc.constantFrom('none', 'none', 'none', 'x10', 'scale'),
  variant: fc.constantFrom(false, false, true),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

export const articleArb: fc.Arbitrary<ArticleSpec> = fc.record({
  lang: fc.constantFrom('en', 'en', 'zh'),
  sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 3 }),
  published: fc.option(fc.record({ month: fc.integer({ min: 1, max: 3 }), day: fc.integer({ min: 1, max: 28 }) }), { freq: 3 }),
});

export const dropOpArb: fc.Arbitrary<DropOp> = fc.oneof(
  { weight: 4, arbitrary: articleArb.map((article) => ({ kind: 'new' as const, article })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('change' as const), target: fc.nat(), article: articleArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat() }) },
);

/** The drop folder the operations build up, one file per article, each with a fresh mtime. */
export class DropFolder {
  private readonly files: string[] = [];
  private clock = Date.UTC(2025, 0, 1) / 1000;
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private write(name: string, content: string): void {
    const path = join(this.dir, name);
    writeFileSync(path, content);
    // A changed file of the same size must still look changed to the run's size-and-mtime check.
    this.clock += 60;
    utimesSync(path, this.clock, this.clock);
  }

  apply(op: DropOp): void {
    if (op.kind === 'new' || (op.kind === 'change' && this.files.length === 0)) {
      const { extension, content } = fileOf(op.article);
      const name = `article-${String(this.files.length).padStart(3, '0')}${extension}`;
      this.files.push(name);
      this.write(name, content);
      return;
    }
    if (op.kind === 'duplicate' && this.files.length === 0) return;
    const target = this.files[op.target % this.files.length]!;
    if (op.kind === 'duplicate') {
      const name = `copy-${String(this.files.length).padStart(3, '0')}-${target}`;
      this.files.push(name);
      this.write(name, readFileSync(join(this.dir, target), 'utf8'));
      return;
    }
    // A changed file keeps its name and its kind (a .txt stays text, a .json a record).
    const { content } = fileOf({ ...op.article, published: target.endsWith('.json') ? (op.article.published ?? { month: 1, day: 2 }) : null });
    this.write(target, content);
  }
}
