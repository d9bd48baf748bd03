// Chinese surnames, a public fact (the Song-dynasty 百家姓 list and the frequency rankings of
// China's household registration statistics), written as data for the person rules
// (zh/people.ts). COMMON_SURNAMES are the surnames of most people in mainland China, Taiwan
// and Hong Kong: a name the dictionary lacks is trusted when it starts with one. The other
// single surnames are real but rare, and many are everyday characters (和, 于, 向, 时), so
// the rules accept them only when jieba's HMM has already joined them with a given name.

/** The commonest single-character surnames, most frequent first (about 85 % of people). */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛柯庄樊殷牛鲁葛伍兰聂凌邢岳齐梅盛童翟祝倪包耿游詹温鲍纪宁裴单谷柴左焦申关';

/** Other single-character surnames of the 百家姓 and of modern registers. */
export const RARE_SURNAMES =
  '褚卫尤华戚喻柏水窦章云郎昌苗凤花俞酆岑滕毕邬安乐于时傅皮卞元卜平和穆萧湛祁禹狄米贝明臧计伏成谈茅庞舒屈项阮蓝闵席季麻强路娄危颜霍虞支昝管经房裘缪干解应宗宣贲郁杭诸吉钮嵇滑荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井富巫乌巴弓牧隗山车宓蓬全郗班仰秋仲伊宫仇栾暴甘钭厉戎祖符景束幸司韶郜蓟薄印宿怀蒲邰从鄂索咸籍卓蔺屠蒙池阴鬱胥能苍双闻莘党贡劳逄姬扶堵冉宰郦雍卻璩桑桂濮寿通边扈燕冀郏浦尚农别晏瞿阎充慕连茹习宦艾鱼容古慎戈庾终暨居衡步都满弘匡国寇广禄阙东欧殳沃利蔚越夔隆师巩厍晁勾敖融冷訾阚那简饶空毋沙乜养鞠须丰巢蒯相查后荆红竺权逯盖益桓公佟阳帅缑亢况有琴商牟佘佴伯赏墨哈谯笪年爱粟揭植区邝麦冼招敬钦迟';

/** Two-character surnames (复姓): every name starting with one is read with it whole. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '轩辕',
  '端木', '独孤', '南宫', '西门', '百里', '呼延', '申屠', '澹台', '太史', '公羊', '闻人', '万俟', '赫连', '钟离', '宗政',
  '濮阳', '淳于', '单于', '亓官', '司空', '司寇', '子车', '颛孙', '东郭', '拓跋', '完颜', '闾丘', '左丘', '第五', '梁丘',
  '公冶', '乐正', '壤驷', '巫马', '谷梁', '羊舌', '微生', '段干', '仲孙', '叔孙', '鲜于', '纳兰', '爱新觉罗',
];
