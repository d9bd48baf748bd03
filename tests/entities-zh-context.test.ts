// Chinese names read by their context and by public data, one phenomenon per row (our own
// sentences, no names of any evaluation corpus): sound-spelled cities that jieba's dictionary
// tags as people's names, read as places by the words around them (在…举行, 抵达…, …市民);
// short names after an occupation or before a speech verb, 等 or a rank (作家X, X九段); the
// pieces jieba cuts a transliterated name into, joined again (巴蒂/斯图拉);
// jieba's abbreviations of universities and congresses (X大); unions of states typed as
// organisations; teams and newspapers by their place (阿曼队, X科技报); bodies named by their
// kind (国会, 市委); one-character abbreviations before a relation word or a government (英法边界,
// 叙政府). Negative rows: a title after the name keeps it a person, counting words
// and verbs in 大 are no bodies.

import { describe, expect, test } from 'vitest';
import { extractEntities } from '../extractors/entities/index.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';
import { toOriginalSpan } from '../pipeline/normalise/offset-map.ts';

const found = (text: string) => extractEntities(text, { lang: 'zh' }).map((m) => `${m.text}|${m.type}`);

describe('found, with exact boundaries', () => {
  test.each([
    // A city jieba tags nr, after a travel verb or a preposition and before a verb of events.
    ['代表团周二抵达布达佩斯，开始访问。', '布达佩斯|place'],
    ['第三届论坛在汉诺威举行。', '汉诺威|place'],
    ['多伦多市民排队购票。', '多伦多|place'],
    ['外长会议在波士顿召开。', '波士顿|place'],
    // A place suffix after the name joins it.
    ['他在布达佩斯市工作。', '布达佩斯市|place'],
    // A short name with a person's cue before or after it.
    ['作家喻萌表示，新书即将出版。', '喻萌|person'],
    ['主任委员邝蔚等人出席了会议。', '邝蔚|person'],
    ['棋手祁岚九段获胜。', '祁岚|person'],
    ['农夫柯林斯的农场遭灾。', '柯林斯|person'],
    // A word jieba lacks before a title or 一行 is a name, whatever its characters.
    ['他去拜访了溥明先生。', '溥明|person'],
    ['会见了丹增一行。', '丹增|person'],
    // A cup's short name keeps one character of the person's name.
    ['中国队第五次捧得苏杯。', '苏|person'],
    // An adverb between the name and its speech verb; 和 as a given name's last character.
    ['卡洛还说，比赛很艰苦。', '卡洛|person'],
    ['秘书长周世和说，经费已到位。', '周世和|person'],
    // A surname and two characters jieba's dictionary lacks, ending in a character that also
    // ends ordinary words (信, 花), and before a number word.
    ['林九信今年六十六岁。', '林九信|person'],
    ['与袁吉华一道干起了养殖。', '袁吉华|person'],
    // A transliterated name cut into pieces by jieba is one name.
    ['后卫贝拉米奇受伤离场。', '贝拉米奇|person'],
    ['球星巴蒂斯图拉一人独进三球。', '巴蒂斯图拉|person'],
    ['卡迪尔加马罗说，谈判仍在继续。', '卡迪尔加马罗|person'],
    ['守门员斯泰莱西的扑救很到位。', '斯泰莱西|person'],
    // A year before a name is no piece of it.
    ['１９７２年萨科齐还是学生。', '萨科齐|person'],
    // Abbreviations of universities in 大.
    ['她毕业于武大，后在北师大任教。', '武大|org'],
    ['她毕业于武大，后在北师大任教。', '北师大|org'],
    // A team or newspaper named by its place is one organisation.
    ['阿曼队与秘鲁队战平。', '阿曼队|org'],
    ['阿曼队与秘鲁队战平。', '秘鲁队|org'],
    ['他在甘肃科技报工作。', '甘肃科技报|org'],
    // A parliament or city committee named by its kind; two bodies joined by 和 stay two.
    ['国会昨天否决了该法案。', '国会|org'],
    ['市委决定召开大会。', '市委|org'],
    ['财政部和商务部联合发文。', '财政部|org'],
    ['财政部和商务部联合发文。', '商务部|org'],
    // One-character abbreviations in pairs before a relation word, and before a government or title.
    ['法德特使抵达。', '德|place'],
    ['英法边界问题。', '英|place'],
    ['叙政府宣布停火。', '叙|place'],
    ['泰总理出席峰会。', '泰|place'],
    // A province's abbreviation and a direction: the province.
    ['苏南农村发展很快。', '苏|place'],
    // A verb or preposition before an organisation is no part of its name, even glued on by jieba.
    ['阿曼队上周以三比零战胜秘鲁队。', '秘鲁队|org'],
    ['据泰农业部日前公布的数字。', '泰农业部|org'],
    ['从市审计局得知。', '市审计局|org'],
    // A known organisation and a head after it in one jieba word is the longer name.
    ['欧盟委员会主席表示关切。', '欧盟委员会|org'],
    // A committee member's title after the committee is no part of it.
    ['武汉市委常委、副市长出席。', '武汉市委|org'],
    // A leader's government names the leader.
    ['萨科齐政府拒不接受这一方案。', '萨科齐|person'],
    // Companies named by transliteration characters: jieba's single characters before a bank,
    // an auction house, an entertainment company in two words (互动/娱乐).
    ['该公司已与卡霍银行签署贷款协议。', '卡霍银行|org'],
    ['他把画交给了德朗拍卖行。', '德朗拍卖行|org'],
    ['星海互动娱乐发布新游戏。', '星海互动娱乐|org'],
    // Unions and alliances of states are organisations.
    ['东盟和欧盟外长会议在波士顿召开。', '东盟|org'],
    ['东盟和欧盟外长会议在波士顿召开。', '欧盟|org'],
    ['北大西洋公约组织秘书长表示关切。', '北大西洋公约组织|org'],
  ])('%s → %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe('not found', () => {
  test.each([
    // A title after the name: no place, whatever stands before it.
    ['在萨科齐总统访华期间，双方签署协议。', '萨科齐|place'],
    // 和 before a pronoun joins two people; it ends no name.
    ['王强和他的同事。', '王强和|person'],
    // Ordinary words before a speech verb or after an occupation are no names.
    ['公司的公开信说，价格将上调。', '公开信|person'],
    ['记者巧遇一位老人。', '巧遇|person'],
    ['她还没有对阿姨说一句感谢的话。', '阿姨|person'],
    // Dictionary place words of two generic characters are common nouns; 新 before 政府 is "new".
    ['山坡上开满了野花。', '山坡|place'],
    ['海滨游人如织。', '海滨|place'],
    ['新政府将致力于改革。', '新|place'],
    // Common nouns jieba's dictionary tags as names or organisations.
    ['他在陈列室里看到了金字塔的模型。', '陈列室|person'],
    ['这份申请书已经提交。', '申请书|person'],
    ['他们听了一场音乐会。', '音乐会|org'],
    ['这是儿童文学的精品。', '儿童文学|org'],
    // A word after a number is a unit; a negation inside makes a clause; 著 after a name is "by".
    ['还差３０万铢没有付清。', '万铢|person'],
    ['山不高，水不深。', '山不高|person'],
    ['刘诚著的新书出版。', '刘诚著|person'],
    // The largest of a kind, counted, is no bank.
    ['四大银行宣布降息。', '四大银行|org'],
    ['这家银行和各大银行都在降息。', '各大银行|org'],
    // A word in 报 that is no newspaper.
    ['他从小就获得很多回报。', '回报|org'],
    // Counting words and verbs ending in 大 are no bodies.
    ['他拉大了比分。', '拉大|org'],
    ['年度十大新闻评出。', '十大|org'],
    // "在…的": a preposition before a person.
    ['在萨科齐的主持下会议开幕。', '萨科齐|place'],
  ])('%s ↛ %s', (text, unexpected) => {
    expect(found(text)).not.toContain(unexpected);
  });
});

test('a transliterated auction house in traditional script, through the normaliser, at its original span', () => {
  const original = '這幅畫由德朗拍賣行拍出。';
  const { text, map } = normaliseArticle(original, 'zh');
  const mentions = extractEntities(text, { lang: 'zh' }).map((m) => ({ ...m, ...toOriginalSpan(map, m.start, m.end) }));
  expect(mentions.map((m) => `${original.slice(m.start, m.end)}|${m.type}`)).toContain('德朗拍賣行|org');
});
