// Chinese surnames for the person rules (zh/people.ts, zh/name-cues.ts): the whole of the
// 百家姓 (Hundred Family Surnames, Northern Song; public domain), as transcribed in simplified
// characters in chinese-poetry/chinese-poetry, 蒙学/baijiaxing.simplified.json (MIT, © 2016
// JackeyGao), plus the surnames of today's registers that the verse predates, and the
// frequency ranking that says which surnames are common. Each verse line is kept as the text
// has it, so the list can be checked against any edition; the lines of the verse that are
// two-character surnames are marked so, the rest are read one character a surname.
//
// COMMON_SURNAMES are the surnames of most people in mainland China, Taiwan and Hong Kong: a
// name the dictionary lacks is trusted when it starts with one. The other single surnames are
// real but rarer, and many are everyday characters (和, 于, 向, 时, 法, 言), so the rules accept
// them only where jieba's HMM has already joined them with a given name, or a cue says person.

/** The 百家姓, line by line (punctuation dropped); `compound` lines are two-character surnames. */
const BAIJIAXING: readonly { line: string; compound?: true }[] = [
  { line: '赵钱孙李周吴郑王' }, { line: '冯陈褚卫蒋沈韩杨' }, { line: '朱秦尤许何吕施张' }, { line: '孔曹严华金魏陶姜' },
  { line: '戚谢邹喻柏水窦章' }, { line: '云苏潘葛奚范彭郎' }, { line: '鲁韦昌马苗凤花方' }, { line: '俞任袁柳酆鲍史唐' },
  { line: '费廉岑薛雷贺倪汤' }, { line: '滕殷罗毕郝邬安常' }, { line: '乐于时傅皮卞齐康' }, { line: '伍余元卜顾孟平黄' },
  { line: '和穆萧尹姚邵湛汪' }, { line: '祁毛禹狄米贝明臧' }, { line: '计伏成戴谈宋茅庞' }, { line: '熊纪舒屈项祝董梁' },
  { line: '杜阮蓝闵席季麻强' }, { line: '贾路娄危江童颜郭' }, { line: '梅盛林刁钟徐邱骆' }, { line: '高夏蔡田樊胡凌霍' },
  { line: '虞万支柯昝管卢莫' }, { line: '经房裘缪干解应宗' }, { line: '丁宣贲邓郁单杭洪' }, { line: '包诸左石崔吉钮龚' },
  { line: '程嵇邢滑裴陆荣翁' }, { line: '荀羊于惠甄曲家封' }, { line: '芮羿储靳汲邴糜松' }, { line: '井段富巫乌焦巴弓' },
  { line: '牧隗山谷车侯宓蓬' }, { line: '全郗班仰秋仲伊宫' }, { line: '宁仇栾暴甘钭厉戎' }, { line: '祖武符刘景詹束龙' },
  { line: '叶幸司韶郜黎蓟薄' }, { line: '印宿白怀蒲邰从鄂' }, { line: '索咸籍赖卓蔺屠蒙' }, { line: '池乔阴郁胥能苍双' },
  { line: '闻莘党翟谭贡劳逄' }, { line: '姬申扶堵冉宰郦雍' }, { line: '郤璩桑桂濮牛寿通' }, { line: '边扈燕冀郏浦尚农' },
  { line: '温别庄晏柴瞿阎充' }, { line: '慕连茹习宦艾鱼容' }, { line: '向古易慎戈廖庾终' }, { line: '暨居衡步都耿满弘' },
  { line: '匡国文寇广禄阙东' }, { line: '欧殳沃利蔚越夔隆' }, { line: '师巩厍聂晁勾敖融' }, { line: '冷訾辛阚那简饶空' },
  { line: '曾毋沙乜养鞠须丰' }, { line: '巢关蒯相查后荆红' }, { line: '游竺权逯盖益桓公' },
  { line: '万俟司马上官欧阳', compound: true }, { line: '夏侯诸葛闻人东方', compound: true },
  { line: '赫连皇甫尉迟公羊', compound: true }, { line: '澹台公冶宗政濮阳', compound: true },
  { line: '淳于单于太叔申屠', compound: true }, { line: '公孙仲孙轩辕令狐', compound: true },
  { line: '钟离宇文长孙慕容', compound: true }, { line: '鲜于闾丘司徒司空', compound: true },
  { line: '亓官司寇仉督子车', compound: true }, { line: '颛孙端木巫马公西', compound: true },
  { line: '漆雕乐正壤驷公良', compound: true }, { line: '拓跋夹谷宰父谷梁', compound: true },
  { line: '晋楚闫法汝鄢涂钦' },
  { line: '段干百里东郭南门', compound: true }, { line: '呼延归海羊舌微生', compound: true },
  { line: '岳帅缑亢况后有琴' },
  { line: '梁丘左丘东门西门', compound: true },
  { line: '商牟佘佴' }, { line: '伯赏南宫', compound: true },
  { line: '墨哈谯笪年爱阳佟' },
  { line: '第五', compound: true }, { line: '言福' }, // the verse ends "第五言福，百家姓终"
];

/**
 * Surnames of today's registers that the verse does not hold: common simplified forms
 * (肖 beside 萧, 付 beside 傅), surnames of the south (覃 邝 麦 冼 区 招 …) and of minorities
 * (纳兰, 爱新觉罗), as the published frequency rankings of China's household registration
 * list them; 於 is its own surname, 鬱 and 卻 traditional forms a normaliser may leave.
 */
const MODERN_SINGLE = '肖付覃兰於鬱卻粟揭植区邝麦冼招敬迟谌';
const MODERN_COMPOUND = ['纳兰', '爱新觉罗', '独孤', '完颜'];

/** The commonest single-character surnames, most frequent first (about 85 % of people; the register rankings). */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄樊殷牛鲁葛伍兰聂凌邢岳齐梅盛童翟祝倪包耿游詹温鲍纪宁裴单谷柴左焦申关';

const singles = new Set<string>();
const compounds = new Set<string>();
for (const { line, compound } of BAIJIAXING) {
  if (compound) for (let k = 0; k + 1 < line.length; k += 2) compounds.add(line.slice(k, k + 2));
  else for (const char of line) singles.add(char);
}
for (const char of MODERN_SINGLE) singles.add(char);
for (const name of MODERN_COMPOUND) compounds.add(name);

/** Every other single-character surname of the verse and the registers. */
export const RARE_SURNAMES = [...singles].filter((char) => !COMMON_SURNAMES.includes(char)).join('');

/** Two-character (and longer) surnames (复姓): every name starting with one is read with it whole. */
export const COMPOUND_SURNAMES: readonly string[] = [...compounds];
