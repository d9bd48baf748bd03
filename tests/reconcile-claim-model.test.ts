// The claim model, part by part: the measure cue table (one row per cue read from a
// sentence, both languages), sources (estimators, speakers, "according to", 据), time roles
// (revised, earlier), currency glosses and stated precision; then the stored model on our
// own fixture drops (fixtures/reconcile/<phenomenon>): updates superseding, named sources
// disputing, converted claims with their rate, unknown parts kept with their reasons, and
// the JSON report's claim-model fields.

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { isGlossGap, readMeasure, readTimeRole, statedPrecision } from '../pipeline/reconcile/claim-model.ts';
import { readSource } from '../pipeline/reconcile/sources.ts';
import type { MentionInput } from '../pipeline/reconcile/types.ts';
import { newsfacts, REPO, tempDir } from './cli-helpers.ts';

const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const whole = (text: string) => ({ start: 0, end: text.length });

describe('measure cues', () => {
  test.each([
    ['en', 'The studio reported revenue of €312 million in 2025.', '€312 million', 'revenue', 'revenue@2025'],
    ['zh', '公司2025年实现营业收入412.7亿元。', '412.7亿元', 'revenue', 'revenue@2025'],
    ['en', 'The scroll was hammered down at HK$235 million.', 'HK$235 million', 'hammer_price', 'hammer_price'],
    ['zh', '最终以2.35亿港元落槌。', '2.35亿港元', 'hammer_price', 'hammer_price'],
    ['en', 'The house had estimated the work at HK$180 million.', 'HK$180 million', 'pre_sale_estimate', 'pre_sale_estimate'],
    ['zh', '拍卖前的估价为1.8亿港元。', '1.8亿港元', 'pre_sale_estimate', 'pre_sale_estimate'],
    ['en', 'Insured losses could reach about $640 million.', '$640 million', 'insured_loss', 'insured_loss'],
    ['zh', '再保险公司估计保险损失约6.4亿美元。', '6.4亿美元', 'insured_loss', 'insured_loss'],
    ['en', 'Damage to roads was put at NT$1.8 billion.', 'NT$1.8 billion', 'damage', 'damage'],
    ['zh', '公共设施损失初估约18亿元。', '18亿元', 'damage', 'damage'],
    ['en', 'The state will support the project with €420 million in grants.', '€420 million', 'aid', 'aid'],
    ['zh', '政府将提供4.2亿欧元的补助。', '4.2亿欧元', 'aid', 'aid'],
    ['en', 'The company will draw a €420 million loan from a bank.', '€420 million', 'loan', 'loan'],
    ['zh', '公司签署4.2亿欧元的贷款协议。', '4.2亿欧元', 'loan', 'loan'],
    ['en', 'Analysts, who value nothing, said one firm values the studio at €1.6 billion, calling it a deal.', '€1.6 billion', 'valuation', 'valuation'],
    ['zh', '分析师给出的估值为16亿欧元，认为报价偏低。', '16亿欧元', 'valuation', 'valuation'],
    ['en', 'The buyer has offered €1.1 billion in cash for the studio.', '€1.1 billion', 'price', 'price'],
    ['zh', '美国公司出价11.8亿欧元收购该工作室。', '11.8亿欧元', 'price', 'price'],
    ['en', 'Only about 68 billion yuan is fresh spending.', '68 billion yuan', 'new_spending', 'new_spending'],
    ['zh', '真正属于新增财政支出的约为680亿元。', '680亿元', 'new_spending', 'new_spending'],
    ['zh', '截至6月30日，全省累计发放消费券87亿元。', '87亿元', 'vouchers', 'vouchers:to_date'],
    ['en', 'The plan includes 12 billion yuan of consumption vouchers.', '12 billion yuan', 'vouchers', 'vouchers'],
    ['zh', '推出总规模1850亿元的稳增长一揽子政策。', '1850亿元', 'commitment', 'commitment'],
    ['en', 'The auctioneer opened the bidding at HK$150 million.', 'HK$150 million', 'opening_bid', 'opening_bid'],
    ['en', 'The scroll realised HK$90 million with fees.', 'HK$90 million', 'price', 'price'],
    ['zh', '保险理赔约为3亿美元。', '3亿美元', 'insured_loss', 'insured_loss'],
  ] as const)('%s: %s → %s', (lang, text, amount, measure, key) => {
    const read = readMeasure(text, lang, span(text, amount), whole(text));
    expect([read.row?.id, read.key]).toEqual([measure, key]);
  });

  test('no cue: the measure is unknown, with the reason', () => {
    const text = 'Officials mentioned $75 million.';
    const read = readMeasure(text, 'en', span(text, '$75 million'), whole(text));
    expect(read.row).toBeUndefined();
    expect(read.rule).toBe('measure.unknown: no measure cue in its clause');
  });
});

function entity(text: string, name: string, type: string, id: number): MentionInput {
  const { start, end } = span(text, name);
  return { id, articleId: 'a', kind: 'entity', start, end, text: name, rule: 't', valueNumber: null, valueText: null, currency: null,
    qualifier: null, min: null, max: null, entityType: type, entityId: `${type}:${name.toLowerCase().replace(/\s+/g, '-')}` };
}

describe('sources', () => {
  test.each([
    ['en', 'Peng Li, chief economist at Norbrook Securities, estimates that only about 68 billion yuan is new.', '68 billion yuan', 'Norbrook Securities', 'org', 'estimator'],
    ['en', 'Kestrel Research, which puts the fair value at €900 million, disagrees.', '€900 million', 'Kestrel Research', 'org', 'estimator'],
    ['en', 'Losses could reach about $640 million, reinsurer Halden Re said on Wednesday.', '$640 million', 'Halden Re', 'org', 'speaker'],
    ['en', 'Losses could reach $1.2 billion, according to Corvane Analytics.', '$1.2 billion', 'Corvane Analytics', 'org', 'according-to'],
    ['zh', '再保险公司Halden Re估计保险损失约6.4亿美元。', '6.4亿美元', 'Halden Re', 'org', 'estimator'],
    ['zh', '据华诚证券测算，新增支出约为680亿元。', '680亿元', '华诚证券', 'org', 'according-to'],
    ['zh', '应急中心发言人廖明表示，损失约为18亿元。', '18亿元', '廖明', 'person', 'speaker'],
    ['en', "Halden Re's latest estimate of insured losses is $640 million.", '$640 million', 'Halden Re', 'org', 'estimator'],
  ] as const)('%s: %s → %s (%s)', (lang, text, amount, name, type, how) => {
    const m = entity(text, name, type, 1);
    const read = readSource({ text, lang, amount: span(text, amount), clause: whole(text), sentence: whole(text), entities: [m], outlet: 'The Daily' });
    expect([read.source.name, read.source.how]).toEqual([name, how]);
    expect(how === 'speaker' ? read.speakers.has(1) : read.excluded.has(1)).toBe(true);
  });

  test('without a named source the outlet states the figure', () => {
    const text = 'The company will invest $2 billion.';
    const read = readSource({ text, lang: 'en', amount: span(text, '$2 billion'), clause: whole(text), sentence: whole(text), entities: [], outlet: 'The Daily' });
    expect(read.source).toEqual({ name: 'The Daily', entityId: null, how: 'outlet', rule: 'source.outlet' });
  });
});

describe('time roles, glosses and precision', () => {
  test.each([
    ['en', 'It raised its offer to $950 million.', '$950 million', 'revised'],
    ['en', 'That replaces the initial estimate of NT$1.8 billion.', 'NT$1.8 billion', 'prior'],
    ['en', 'It came after its opening €1.1 billion offer.', '€1.1 billion', 'prior'],
    ['zh', '损失由原先初估的18亿元上修至31亿元。', '18亿元', 'prior'],
    ['zh', '机构将增长预测下调至5亿元。', '5亿元', 'revised'],
    ['en', 'The lender lowered its estimate to $2 billion.', '$2 billion', 'revised'],
    ['en', 'The company will invest $2 billion.', '$2 billion', null],
  ] as const)('%s: %s (%s) → %s', (lang, text, amount, role) => {
    expect(readTimeRole(text, lang, span(text, amount), whole(text)).role).toBe(role);
  });

  test('the amount after a revision, read from its own clause (after the figure it revises), is the revised one', () => {
    const text = '损失由原先初估的18亿元上修至31亿元。';
    const clause = { start: span(text, '18亿元').end, end: text.length };
    expect(readTimeRole(text, 'zh', span(text, '31亿元'), clause).role).toBe('revised');
  });

  test.each([[' (about ', true], ['（约', true], ['，约合人民币', true], [', or ', true], [' in grants and ', false], [' and the ', false]])('gap %j is a gloss: %s', (gap, is) => {
    expect(isGlossGap(gap)).toBe(is);
  });

  test.each([['€1.86 billion', 1.86e9, 0.005 / 1.86], ['19亿欧元', 1.9e9, 0.5 / 19], ['HK$270 million', 2.7e8, 0.5 / 270], ['$2 billion', 2e9, 0.25]])('%s states ±%s', (text, value, precision) => {
    expect(statedPrecision(text, value)).toBeCloseTo(precision, 10);
  });
});

type Row = Record<string, unknown>;
const stores = new Map<string, Database.Database>();
const storeOf = (rule: string) => stores.get(rule)!;
const rows = (rule: string, sql: string, ...params: unknown[]) => storeOf(rule).prepare(sql).all(...params) as Row[];
const PHENOMENA = ['update-raised-offer', 'update-near-power-of-ten', 'dispute-named-sources', 'cross-currency-rounding', 'distinct-same-number', 'unknown-parts'];

beforeAll(() => {
  for (const rule of PHENOMENA) {
    const file = join(tempDir(), `${rule}.sqlite`);
    const run = newsfacts(['run', join(REPO, 'fixtures', 'reconcile', rule, 'articles'), '--db', file, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    stores.set(rule, new Database(file, { readonly: true }));
  }
}, 120_000);

const evidence = (rule: string) => rows(rule,
  `SELECT a.path, c.text, c.unit, c.qualifier, c.source, c.source_rule, c.as_of, c.time_role, c.measure, fc.verdict, fc.converted, f.status, f.value_number, f.unit AS fact_unit
   FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN facts f ON f.id = fc.fact_id JOIN articles a ON a.id = c.article_id ORDER BY a.path, c.span_start`);

describe('the claim model stored', () => {
  test('a raised offer is an update: the latest figure canonical, the earlier ones superseded, no conflict', () => {
    expect(evidence('update-raised-offer').map((e) => [e.path, e.text, e.verdict, e.status, e.value_number, e.as_of, e.time_role])).toEqual([
      ['a.txt', '$800 million', 'superseded', 'updated', 950e6, '2025-03-02', null],
      ['b.txt', '8亿美元', 'superseded', 'updated', 950e6, '2025-03-03', null],
      ['c.txt', '$950 million', 'supports', 'updated', 950e6, '2025-03-20', 'revised'],
      ['c.txt', '$800 million', 'superseded', 'updated', 950e6, null, 'prior'],
    ]);
    expect(rows('update-raised-offer', 'SELECT kind FROM conflicts')).toEqual([]);
  });

  test('a revision nearly ten times the first estimate is an update, not a scale error ("revised up to" is no ceiling)', () => {
    const e = evidence('update-near-power-of-ten');
    expect(new Set(e.map((x) => x.status))).toEqual(new Set(['updated']));
    expect(e.filter((x) => x.verdict === 'supports').map((x) => [x.text, x.qualifier])).toEqual([['29亿元', 'exact'], ['2.9 billion yuan', 'exact']]);
    expect(e.filter((x) => x.verdict === 'superseded').map((x) => x.text)).toEqual(['3亿元', '3亿元']);
    expect(rows('update-near-power-of-ten', 'SELECT kind FROM conflicts')).toEqual([]);
  });

  test('two named estimators stay disputed, however many outlets repeat one; neither is the subject', () => {
    const e = evidence('dispute-named-sources');
    expect(e.map((x) => [x.path, x.source, x.verdict])).toEqual([
      ['a.txt', 'Corvane Analytics', 'disputed'], ['b.txt', 'Corvane Analytics', 'disputed'], ['c.txt', 'Corvane Analytics', 'disputed'], ['d.txt', 'Pellam Re', 'disputed'],
    ]);
    const [fact] = rows('dispute-named-sources', 'SELECT * FROM facts');
    expect(fact).toMatchObject({ status: 'disputed', measure: 'insured_loss', qualifier: 'range', min_value: 1.2e9, max_value: 3e9 });
    expect(String(fact!.subject)).not.toMatch(/Corvane|Pellam/);
    const [conflict] = rows('dispute-named-sources', 'SELECT rule, explanation FROM conflicts');
    expect(conflict!.rule).toBe('value.mismatch.named-sources');
    expect(String(conflict!.explanation)).toMatch(/Corvane Analytics.*against.*Pellam Re/);
  });

  test('one amount in three currencies is one fact; the converted claims name their rate', () => {
    const e = evidence('cross-currency-rounding');
    expect(new Set(e.map((x) => [x.status, x.value_number, x.fact_unit].join('|')))).toEqual(new Set(['agreed|1860000000|EUR']));
    expect(new Set(e.map((x) => x.verdict))).toEqual(new Set(['supports']));
    const converted = e.filter((x) => x.converted !== null).map((x) => ({ text: x.text, ...JSON.parse(String(x.converted)) }));
    expect(converted.map((c) => [c.text, c.ok, c.unit, c.period, c.source])).toEqual([
      ['$2 billion', true, 'EUR', '2025-05', 'Federal Reserve H.10/G.5 monthly averages'],
      ['人民币146亿元', true, 'EUR', '2025-05', 'Federal Reserve H.10/G.5 monthly averages'],
    ]);
    expect(e.filter((x) => x.unit === 'EUR').every((x) => x.converted === null)).toBe(true);
  });

  test('the same €300m as a grant and as a loan stays two facts, each in both languages', () => {
    const facts = rows('distinct-same-number', `SELECT f.measure, group_concat(a.path) AS paths FROM facts f JOIN fact_claims fc ON fc.fact_id = f.id
      JOIN claims c ON c.id = fc.claim_id JOIN articles a ON a.id = c.article_id GROUP BY f.id ORDER BY f.measure`);
    expect(facts.map((f) => [f.measure, String(f.paths).split(',').sort()])).toEqual([['aid', ['a.txt', 'b.txt']], ['loan', ['a.txt', 'b.txt']]]);
  });

  test('a claim whose parts cannot be read is kept with unknown parts and the reasons, in a fact of its own', () => {
    // Since migration 7 a rule column holds the rule id and rule_reasons its reason, once.
    const withReason = (column: string) => `${column} || coalesce(': ' || (SELECT reason FROM rule_reasons r WHERE r.rule = ${column}), '') AS ${column.slice(2)}`;
    const claims = rows('unknown-parts', `SELECT c.text, c.subject, c.measure, ${withReason('c.measure_rule')}, c.as_of, ${withReason('c.as_of_rule')}, ${withReason('c.object_rule')}
      FROM claims c ORDER BY c.text`);
    expect(rows('unknown-parts', 'SELECT DISTINCT measure_rule, object_rule FROM claims')).toEqual([{ measure_rule: 'measure.unknown', object_rule: 'object.unknown' }]);
    expect(claims).toEqual([
      { text: '$75 million', subject: 'unknown', measure: 'unknown', measure_rule: 'measure.unknown: no measure cue in its clause', as_of: null,
        as_of_rule: 'as-of.unknown: no dated sentence and no published date', object_rule: 'object.unknown: no place, project or organisation named for it in its clause' },
      { text: '4亿元', subject: 'unknown', measure: 'unknown', measure_rule: 'measure.unknown: no measure cue in its clause', as_of: null,
        as_of_rule: 'as-of.unknown: no dated sentence and no published date', object_rule: 'object.unknown: no place, project or organisation named for it in its clause' },
    ]);
    expect(rows('unknown-parts', 'SELECT status FROM facts')).toEqual([{ status: 'single' }, { status: 'single' }]);
  });

  test('the JSON report carries the qualifier and bounds of a fact and each claim\'s source, as-of time and conversion', () => {
    const dir = tempDir();
    const db = join(dir, 'cc.sqlite');
    expect(newsfacts(['run', join(REPO, 'fixtures', 'reconcile', 'dispute-named-sources', 'articles'), '--db', db, '--quiet']).status).toBe(0);
    const out = newsfacts(['report', '--db', db, '--format', 'json']);
    expect(out.status, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout) as { facts: Record<string, unknown>[] };
    const fact = report.facts[0]!;
    expect(fact).toMatchObject({ status: 'disputed', qualifier: 'range', measure: 'insured_loss' });
    expect(typeof fact.min).toBe('number');
    expect(typeof fact.story).toBe('string');
    expect((fact.claims as Record<string, unknown>[]).map((c) => c.source)).toEqual(['Corvane Analytics', 'Corvane Analytics', 'Corvane Analytics', 'Pellam Re']);

    const cc = join(dir, 'fx.sqlite');
    expect(newsfacts(['run', join(REPO, 'fixtures', 'reconcile', 'cross-currency-rounding', 'articles'), '--db', cc, '--quiet']).status).toBe(0);
    const fx = JSON.parse(newsfacts(['report', '--db', cc, '--format', 'json']).stdout) as { facts: { unit: string; claims: Record<string, unknown>[] }[] };
    const claims = fx.facts[0]!.claims;
    expect(claims.filter((c) => c.converted).map((c) => [c.text, c.unit, (c.converted as { unit: string }).unit, c.as_of]).sort()).toEqual([
      ['$2 billion', 'USD', 'EUR', '2025-05-12'], ['人民币146亿元', 'CNY', 'EUR', '2025-05-13'],
    ]);
    expect(claims.filter((c) => c.unit === 'EUR').every((c) => c.converted === undefined)).toBe(true);
  });
});
