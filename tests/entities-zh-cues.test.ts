// Chinese names read by their cues and their shape (issue 14, second round): datelines, a
// country before a sound-spelled city, regnal numbers, a surname and a given name jieba read
// as an ordinary word, names opening a title, places named like people, and the ordinary
// words that only look like names (平均主义, 连衣服, 厄尔尼诺), and countries standing for their teams. Each row: a sentence of our own
// and the mentions expected in it (text|type), in order.

import { describe, expect, it } from 'vitest';
import { extractEntities } from '../extractors/entities/index.ts';

const rows: [phenomenon: string, sentence: string, expected: string[]][] = [
  ['a dateline names a place', '新华社惠灵顿３月８日电　新西兰总理说', ['新华社|org', '惠灵顿|place', '新西兰|place']],
  ['a city after its country', '代表团从瑞士的伯尔尼出发。', ['瑞士|place', '伯尔尼|place']],
  ['a region before 国家', '许多阿拉伯国家派代表出席。', ['阿拉伯|place']],
  ['a regnal number is part of the name', '英国女王伊丽莎白二世出席了仪式。', ['英国|place', '伊丽莎白二世|person']],
  ['a surname and a given name jieba read as a word, after an occupation', '研究所所长孙火旺介绍了经验。', ['孙火旺|person']],
  ['a person whose name opens a title', '他读完了《鲁迅小说选》。', ['鲁迅|person']],
  ['a name of three ending in a lake is a place', '游客在万绿湖上划船。', ['万绿湖|place']],
  ['a sound-spelled place word before 夫人 is a person', '纳卡布拉通加夫人出席了宴会。', ['纳卡布拉通加|person']],
  ['a country beaten in a match is its team', '他在决赛中击败挪威，获得冠军。', ['挪威|org']],
  ['a country before 选手 is its team', '肯尼亚选手包揽了前三名。', ['肯尼亚|org']],
  ['代表 a country and a verb of taking part', '他将代表瑞典参加明年的比赛。', ['瑞典|org']],
  ['a province abbreviated at the head of a compound', '她从小学习京剧。', ['京|place']],
  ['China abbreviated in 华侨', '当地华侨捐款修路。', ['华|place']],
  ['a name of four jieba lacks, before 一行', '议员森田健作一行访问了工厂。', ['森田健作|person']],
  ['a larger place before a place of the gazetteer', '南斯拉夫黑山的局势平稳。', ['南斯拉夫|place', '黑山|place']],
  ['老 and a common surname call a person by the surname', '老周每天早上都去公园散步。', ['周|person']],
  ['a surname jieba tags a measure word, before a title of two', '听说张医生明天休息。', ['张|person']],
  // negatives
  ['张 counted by a number is a measure word', '一张医生的处方', []],
  ['亚军 is a runner-up, not Asia', '他获得了亚军。', []],
  ['法医 is a coroner, not France', '法医进行了鉴定。', []],
  ['an abbreviation inside an ordinary word is none', '舞台人物形象鲜明。', []],
  ['a country visited is a place', '代表团访问了挪威。', ['挪威|place']],
  ['代表 the government of a country is no team', '他代表瑞典政府签字。', ['瑞典|place']],
  ['a doctrine of ordinary words names no one', '会上，马克思主义和平均主义被多次提到。', ['马克思|person']],
  ['连 before a noun is "even", not a surname', '他连衣服都没有脱就跳进了河里。', ['河里|place']],
  ['a weather pattern spelled by sound is no person', '受厄尔尼诺影响，今年降雨偏少。', []],
  ['words of a markup tag left in the text are no names', '登录<ADDRESS TYPE="PHONE">１２３</ADDRESS>可以查询。', []],
  ['a counted kind of body is no named body', '全县三个居委会都参加了评比。', []],
  ['a list of things is no list of names', '村里买了毛巾、肥皂等物品。', []],
  ['any surname before 某', '村民阮某被带走调查。', ['阮|person']],
  ['a title that is one common word is a title, not a person', '他在晚会上朗诵了《白蛇传》。', ['白蛇传|other']],
];

describe('Chinese names by cue and shape', () => {
  it.each(rows)('%s: %s', (_phenomenon, sentence, expected) => {
    expect(extractEntities(sentence, { lang: 'zh' }).map((m) => `${m.text}|${m.type}`)).toEqual(expected);
  });
});
