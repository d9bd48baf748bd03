// Chinese rule tables: organisation suffixes, generic heads that do not make a name,
// dictionary place words that are ordinary nouns, and the characters that end a name.

/** Word endings that make the words before them an organisation ("川崎重工", "宁德时代新能源科技股份有限公司"). */
export const ORG_SUFFIXES_ZH = [
  '股份有限公司', '有限责任公司', '有限公司', '公司', '集团', '银行', '电力', '燃气', '重工', '委员会', '协会', '大学',
  '研究院', '研究所', '交易所', '基金会', '证券', '保险', '控股', '汽车', '电气', '电机', '电子', '钢铁', '航空',
  '石油', '化工', '制药', '商事', '物产', '通讯社', '日报', '时报', '新闻社', '电视台', '法院', '海关', '总署', '部',
  '矿业', '能源', '航运', '物流', '科技', '局', '人寿', '拍卖行', '商行', '洋行', '娱乐', '传媒', '互动娱乐',
];

/** Heads that follow a place without naming an organisation ("日本公司" = Japanese companies). */
export const GENERIC_ORG_HEADS = new Set(['公司', '企业', '政府', '官员', '方面', '当局']);

/** Suffixes strong enough to join a country or city before them into one name ("中国银行", "中国人寿保险"). */
export const PLACE_JOINING_SUFFIXES = new Set(['银行', '集团', '保险', '证券', '航空', '控股', '有限公司', '股份有限公司', '重工', '商事', '物产', '人寿']);

/** Suffixes of government bodies, whose names are ordinary words ("工业和信息化部", "国家能源局"). */
export const GOVERNMENT_SUFFIXES = new Set(['部', '委员会', '局', '总署', '厅']);

/** "X部" words that are directions or quantities, not ministries. */
export const NOT_MINISTRIES = new Set([
  '西部', '东部', '南部', '北部', '中部', '内部', '外部', '全部', '局部', '总部', '干部', '头部', '底部', '顶部', '腹部',
  '胸部', '背部', '面部', '本部', '一部', '这部', '那部', '东南部', '西南部', '东北部', '西北部', '中西部', '大部', '基部',
  '部', '细部', '后部', '前部', '上部', '下部', '尾部', '根部', '南北部',
]);

/** Dictionary words tagged as places (ns) that are ordinary nouns in news. */
export const NOT_PLACES = new Set([
  '城市', '东西', '平原', '外国', '爱国', '英雄', '朝廷', '太阳', '海洋', '湖泊', '大桥', '高原', '上市', '美丽', '山区',
  '江湖', '大街', '王国', '开国', '共和国', '城镇', '京城', '阿哥', '庆典', '南路', '深度', '山脉', '治安', '回国', '大国',
  '古城', '新鲜', '海峡', '建国', '哥哥', '自治州', '自治县', '东南', '西南', '南北', '中原', '北方', '南方',
  '全国', '国内', '国外', '海外', '当地', '各地', '本地', '地方', '两国', '各国', '中华', '华', '国家', '世界', '天下',
  '北部', '南部', '西部', '东部', '中部', '亚太', '港口', '沿海', '内地', '边境', '农村', '乡村', '大都', '新建', '河谷',
  '外国', '海洋', '城镇', '庆典', '山水', '黑洞', '新鲜', '上市', '深海', '商海', '西瓜', '普及', '下海', '英雄', '上门',
  '美丽', '长大', '上岗', '山区', '大桥', '朝野', '珍藏', '莫大', '四海', '高原', '安宁', '深山', '中断', '青春', '古都',
  '上台', '湖泊', '赞美', '沿河', '诸国', '沧桑', '密封', '石坝', '上半场', '下半场', '大哥大', '大城市', '五壮士', '循环赛',
  '一封封', '第三国', '各乡镇', '沧桑感', '擂台赛', '各省市', '黑人区', '中长跑', '新内阁', '黄土地', '北约', '科教兴国',
  '半壁江山', '人山人海', '原班人马', '一班人马', '大江南北', '天山南北', '依法治国', '日益壮大', '歇斯底里', '台上台下',
  '斐然成章', '重大意义', '广大干部', '军民共建', '文明城市', '武术比赛', '落后地区', '港人治港', '老城区', '长大成人',
]);

/**
 * Characters of generic geography and position: a dictionary place word (ns) made of two of
 * them is a common noun ("山坡", "海滨", "湖水", "南郊"); China's divisions (湖北, 山西) are
 * read before and keep their names, and so do the regions REGIONS_OF_CHINA names (东北, 西北:
 * the Northeast and Northwest of China, as the dictionary lists them).
 */
export const GENERIC_GEOGRAPHY_CHARS = new Set([...'山水河湖海坡峰崖川村区滨滩渊城乡郊矿冰高大深新古老南北东西上下内外江岭谷洋岛港湾林田园街路']);

/** Regions of China named by a direction, which the dictionary lists as places (the Northeast, the Northwest). */
export const REGIONS_OF_CHINA = new Set(['东北', '西北']);

/** Verbs after a name that mark a person ("Lutnick表示"). */
export const SPEECH_VERBS_ZH = ['表示', '说', '称', '指出', '认为', '强调', '透露', '宣布', '宣称', '补充', '坦言', '介绍'];

/** Characters that cannot be inside a person's name: particles, prepositions, verbs that follow names. */
export const NAME_STOP_CHARS = new Set([...'于在表说称指认强透与和及、，。的将已也是会对向把被由从为了等并还就都又再而但即其之该此这那个位名']);

/**
 * Heads of buildings and sites, named like organisations but places ("中国美术馆",
 * "米兰自然历史博物馆", "人民大会堂"): organisations.ts extends them the same way, as places.
 */
export const FACILITY_HEADS = ['博物馆', '美术馆', '展览馆', '纪念馆', '图书馆', '大会堂', '纪念堂', '体育馆', '体育场', '广场', '公园', '机场', '火车站', '码头', '大桥', '故居', '陵园'];

/**
 * Heads of organisation names, matched at the end of a jieba word ("公安局", "博爱医院",
 * "意大利队"): the words before the head that name it join it ("郑州市公安局").
 */
export const ORG_HEADS_ZH = [
  ...ORG_SUFFIXES_ZH, '队', '委', '党', '军', '办', '处', '厅', '署', '院', '所', '社', '厂', '会', '中心', '组织', '联盟',
  '学院', '中学', '小学', '医院', '报社', '出版社', '电台', '俱乐部', '联合会', '总会', '学会', '商会', '工会', '基金',
  '团', '总队', '支队', '大队', '学系', '军区', '男篮', '女篮', '男排', '女排', '男足', '女足', '分厂', '分公司', '管委', '公学',
  '学校', '饭店', '宾馆', '车队', '报', '杂志社', '办公室', '研究室', '编辑室', '实验室', ...FACILITY_HEADS, '政府', '议会', '国会', '内阁', '法庭', '检察院', '警署', '事务所',
];

/** Words ending in a head that never head an organisation's name ("社会", "冠军", "机会", "全部"). */
export const NOT_ORG_WORDS = new Set([
  ...NOT_MINISTRIES, '社会', '机会', '宴会', '晚会', '集会', '大会', '开会', '约会', '聚会', '舞会', '庙会', '年会', '盛会',
  '冠军', '亚军', '季军', '将军', '大军', '参军', '军队', '部队', '排队', '团队', '结局', '格局', '布局', '大局',
  '出局', '骗局', '时局', '局面', '场所', '厕所', '住所', '工厂', '庭院', '住院', '寺院', '关系', '体系', '联系', '派系',
  '一系', '到处', '好处', '坏处', '难处', '用处', '之处', '此处', '创办', '举办', '主办', '承办', '开办', '兴办', '签署',
  '部署', '政党', '入党', '重心', '核心', '信心', '电报', '情报', '汇报', '画报', '举报', '公报', '警报', '简报', '捷报',
  '海报', '年报', '月报', '喜报', '各级政府', '地方政府', '公司法', '院所', '常委会', '全会', '分会', '委会', '开学',
  '体会', '理会', '误会', '都会', '只会', '不会', '就会', '将会', '才会', '也会', '还会', '能会', '研讨会', '座谈会',
  '博览会', '展览会', '运动会', '招待会', '报告会', '发布会', '联欢会', '交易会', '洽谈会', '茶话会', '演唱会', '音乐会',
  '建厂', '办厂', '设厂', '开厂', '建院', '建所', '建馆', '建党', '建队', '建军', '组队', '带队', '领队', '归队', '入队',
  '首脑会', '代表会', '董事会', '党组', '组织', '一团', '集团军', '舰队', '梯队', '乐队', '方队', '纵队', '团体', '高科技',
  '常委', '委员', '党组织', '联合公报', '奥运会', '亚运会', '世运会', '冬运会', '大运会', '全运会', '农运会', '残运会', '城运会',
]);

/**
 * Words jieba's dictionary lists as abbreviations (tag j) ending in 大 that are no university
 * or congress (北大 = 北京大学, 人大 = 人民代表大会 are): verbs and a boatman.
 */
export const NOT_ABBREVIATED_BODIES = new Set(['拉大', '涨大', '船老大']);

/**
 * Bodies that news names by their kind alone, since a country or city has one of each: its
 * parliament, cabinet, the party committee of a city ("议会通过", "内阁辞职", "市委决定").
 */
export const STANDING_BODIES = new Set([
  '议会', '国会', '内阁', '众议院', '参议院', '上议院', '下议院', '国家杜马', '杜马', '军委', '中央军委', '政协', '市委', '县委', '省委',
  '区委', '党中央', '安理会',
]);

/**
 * Endings of words jieba's dictionary tags as organisations (nt) that name a field, a kind of
 * thing or an event, not a body ("儿童文学", "国际化", "中草药", "最新进展", "联合公报").
 */
export const NOT_BODY_ENDINGS = [
  '文学', '科学', '学', '化', '药', '进展', '公报', '交通', '通信', '开发', '咨询', '电视', '玻璃', '教师', '飞行', '区', '物',
  '画展', '书店', '站长',
];

/**
 * Words that open a clause before a name, which jieba's dictionary often tags as nouns
 * ("经/n", "战胜/n"): an organisation's name never runs back through one ("据|菲农业部",
 * "战胜|波斯尼亚队", "本报讯|河南…公司"). One-character ones also open a word jieba's HMM
 * glued to the name ("据菲").
 */
export const CLAUSE_OPENERS = new Set([
  '据', '经', '同', '与', '已同', '正值', '值此', '荣获', '获得', '获', '任命', '战胜', '力克', '逼平', '击败', '负于', '战平', '迎战',
  '对阵', '本报讯', '讯', '日电', '电', '访', '参观', '考察', '会见', '率领', '随同', '加入', '退出', '成立', '组建', '主办', '承办',
]);

/** Heads that are no name alone: they head an organisation only after a name ("北京大学", not "大学"). */
export const BARE_HEADS = new Set(['政府', '当局', '公司', '集团', '中心', '组织', '联盟', '大学', '中学', '小学', '医院', '学院', '学校', '饭店', '宾馆', '车队']);

/** Words after a name that show it is a company or body ("福特首席执行官", "比亚迪董事长"). */
export const ORG_CUES_AFTER = [
  '董事长', '总裁', '首席执行官', '执行长', '创始人', '总经理', '副总裁', '首席财务官', '发言人', '股价', '股份', '旗下',
  '市值', '财报', '营收', '销量',
];

/** Tails of a dictionary place word that are not part of the place ("淮河流域", "台湾同胞", "美国政府"). */
export const PLACE_GENERIC_TAILS = [
  '地区', '流域', '同胞', '人民', '一带', '沿岸', '境内', '方面', '政府', '当局', '国家', '各国', '高校', '全境', '全省',
  '全市', '全县', '全国', '人', '籍', '方', '省委', '市委', '县委', '警方', '时间', '民族', '大地', '市场',
];

/** Last characters of place names: a name jieba does not know that ends in one is a place ("卡诺州"). */
export const PLACE_SUFFIX_CHARS = new Set([...'省市县区州镇乡村河山湖江岛港湾峡洲岭峰海洋城庄屯寨堡']);

/** Words that follow a surname to name a person by it alone ("江总书记", "刘某", "吴先生"). */
export const TITLES_AFTER_SURNAME = [
  '总书记', '主席', '总理', '副总理', '委员长', '先生', '女士', '小姐', '老师', '教授', '同志', '大夫', '师傅', '大爷', '大妈',
  '书记', '部长', '省长', '市长', '县长', '局长', '厂长', '经理', '主任', '院长', '校长', '队长', '总', '某', '老', '氏', '家',
  '医生', '大娘', '大嫂', '大伯', '大叔', '阿姨', '师长', '连长', '营长', '站长', '所长', '科长', '处长',
];

/** Ideas named after a person ("邓小平理论", "毛泽东思想"): the name before one is a person. */
export const DOCTRINE_TAILS = ['理论', '思想', '主义', '同志', '学说', '著作', '文选', '选集', '文集', '诞辰', '故居', '时代'];

/** Last characters of words jieba tags as names that are events, kinds or things ("世锦赛", "尤伯杯", "安全性"). */
export const NOT_NAME_LAST_CHARS = new Set([
  ...'赛杯会性部技质剑族周花树人镜信雨冠报法证阵球节奖队党军厂院所局处省市县区州村镇乡街路',
  // heads of common nouns jieba's dictionary also tags nr ("陈列室", "金字塔", "红领巾", "白皮书", "安全感", "幸存者")
  ...'室塔巾鹿感者舞病池率纹衫般边券器品箱柜馆站场厅楼桥线界类型式量度费价税款油茶酒菜肉纸笔墙窗床桌车船鞋帽裤论书',
  // heads of kinds of people, weather and plants ("东道主", "祖师爷", "公子哥", "红旗手", "高山栎")
  ...'主爷哥手栎',
]);

/** Last characters of a name jieba tags a person's that make it a place (a river, shoal, dam, commandery: "金水河", "沙坪坝"). */
export const PLACE_LAST_CHARS = new Set([...'河滩坝郡湖岛湾峡港']);

/** Single surnames that are far more often a function word or a common verb (连 "even", 从 "from", 那 "that", 有 "have"). */
export const FUNCTION_WORD_SURNAMES = new Set([...'连从那养古有于和向时以都能双全通别相后公空须']);

/** Things, not people, whose names are spelled by sound and that jieba tags as names (weather patterns). */
export const SOUND_SPELLED_THINGS = new Set(['厄尔尼诺', '拉尼娜']);

/**
 * Last characters of words that name events, bodies, kinds or places, never a person
 * ("锦标赛", "工会", "新村", "安全性"): the narrower test for words jieba's dictionary lacks,
 * whose last character may be any given name's (李九信, 肖海花).
 */
export const NOT_PERSON_LAST_CHARS = new Set([...'赛杯会部队党军厂院所局处省市县区州村镇乡街路性族']);

/** Second characters that make a surname and one more character an ordinary word, not a name ("万人", "史上", "全是"). */
export const NOT_GIVEN_NAME_CHARS = new Set([...'人上大张位年些种个次名是为有在和的了也都就到去来以之其所等中下里内外前后多少边方面不归而得地']);

/** Last characters that jieba's HMM glues onto a name but that are verbs or particles ("王晨作", "马内率"). */
export const NAME_TAIL_STOPS = new Set([...'率为作是等说译问去谈家们称和与在的了也都将向对被把给让从到来说讲道见看会已曾又再就才以于及嘱请叫由经据致同著很任']);

/** Words after two one-character place abbreviations that show them as places ("中美两国", "中日关系"). */
export const ABBREVIATION_PAIR_CUES = [
  '两国', '三国', '四国', '双方', '关系', '之间', '合作', '友好', '会谈', '首脑', '贸易', '建交', '联合', '边境', '两军', '战争',
  '对话', '外长', '峰会', '交往', '交流', '经贸', '协议', '争端', '矛盾', '谈判', '元首', '领导人', '共同', '间', '三方', '等国',
  '安保', '条约', '特使', '冲突', '和谈', '边界', '联合声明',
];

/** Verbs that take a one-character place abbreviation as object ("访华", "抵京", "赴美", "反华"). */
export const ABBREVIATION_VERBS = new Set([...'访赴抵驻离返来旅反抗侵亲留援在对进入']);

/** Bodies of the solar system, places in news as on maps ("从太空看地球"). */
export const CELESTIAL_BODIES = new Set(['地球', '太阳', '月球', '火星', '金星', '木星', '水星', '土星', '天王星', '海王星', '冥王星', '银河系']);

/** Words right before a sound-spelled name that make it a place ("在|莫斯科", "抵达|西雅图", "首都|伯尔尼"). */
export const PLACE_CUES_BEFORE = [
  '在', '于', '从', '赴', '到', '去', '抵', '抵达', '飞抵', '到达', '前往', '飞往', '来自', '访问', '途经', '经过', '离开', '返回',
  '回到', '位于', '驻', '首都', '首府', '新都', '迁都', '城市', '港口', '港城',
  '新华社', '中新社', // a dateline: "新华社莫斯科６月２５日电"
];

/** Words right after a sound-spelled name that make it a place ("莫斯科|举行", "利雅得|消息", "西雅图|市民"). */
export const PLACE_CUES_AFTER = [
  '举行', '举办', '召开', '开幕', '闭幕', '开馆', '消息', '日电', '时间', '街头', '郊区', '郊外', '附近', '市区', '市中心',
  '市民', '居民', '机场', '港', '以南', '以北', '以东', '以西', '地区', '一带', '市郊', '近郊', '上空', '当地',
  '各国', '邻国', '国家', '世界', // a region's states: "阿拉伯国家", "阿拉伯各国"
  '人', '问题', '境内', '全境', // its people, a question: "吉尔吉斯人", "克什米尔问题"
];

/** Occupations and titles right before a name that make it a person's ("教练|扎加洛", "编剧|X", "副委员长|X"). */
export const OCCUPATIONS_BEFORE_NAME = [
  '教练', '主教练', '主帅', '裁判', '球员', '队员', '前锋', '后卫', '中锋', '门将', '球星', '歌星', '影星', '演员', '歌手', '选手',
  '作家', '诗人', '画家', '作曲家', '导演', '编剧', '记者', '博士', '律师', '医生', '学者', '外援', '棋手', '国王', '女王', '王储',
  '亲王', '王子', '公主', '总统', '主席', '委员长', '副委员长', '总书记', '书记', '社长', '主任', '同学', '老人', '学生', '教授', '代表', '特别代表', '朋友', '农夫',
  '叫', '名叫', '叫做', // a name given: "我叫X", "一位名叫X的…"
];

/** Last characters of occupation nouns ("社长", "作家", "队员", "教师", "歌手", "球星", "法官", "学者"): a name may follow one. */
export const OCCUPATION_ENDINGS = '长家员师手星官者';

/** Words right after a name that make it a person's (with the speech verbs and titles): "X等", "X一行". */
export const PERSON_CUES_AFTER = ['等', '一行', '等人', '同志', '先生', '女士', '夫人', '老人', '本人'];

/** Words after a place that make it a sports side ("中国选手", "韩国队员"). */
export const ATHLETE_WORDS = ['选手', '队员', '车手', '棋手', '球员', '运动员', '骑手', '泳将', '名将', '健儿', '小将', '新秀', '主帅', '主教练'];

/** Verbs of a match right before a place that make it a sports side ("战胜丹麦", "负于巴西"). */
export const MATCH_VERBS = ['战胜', '击败', '负于', '输给', '逼平', '迎战', '对阵', '力克', '淘汰', '不敌', '险胜', '大胜', '完胜', '憾负'];

/** Verbs of taking part after 代表 + a place ("代表中国参加", "代表西班牙出战"). */
export const TAKING_PART_VERBS = ['参加', '参赛', '出战', '出征', '出赛', '比赛'];
