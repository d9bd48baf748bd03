// What a money figure measures: one row per measure with its English and Chinese cues
// (the claim model's *measure*). The cue nearest the amount in its own clause wins; at
// equal distance the higher rank. The first four rows carry the older predicate ids
// (commitment, investment, project value, cost estimate) so facts keep those names.
// `speakerOwns: false` marks measures whose figure is someone's estimate of a thing
// (damage, insured losses, a valuation): whoever states it is the source, never the
// subject. `periodic` measures take the year they hold for into their key ("2025
// revenue", 到2030年), which is part of the measure, not its as-of time.
// Adding a cue is one line here plus a test row in tests/reconcile-claim-model.test.ts.

export interface MeasureRow {
  id: string;
  label: string;
  rank: number;
  speakerOwns: boolean;
  periodic?: boolean;
  en: string[];
  zh: string[];
}

export const MEASURES: readonly MeasureRow[] = [
  { id: 'cost_estimate', label: 'cost estimate', rank: 40, speakerOwns: true,
    en: ['cost', 'costs', 'costing', 'estimated cost', 'price tag'], zh: ['估算成本', '成本', '造价', '耗资', '造價', '耗資'] },
  { id: 'commitment', label: 'commitment', rank: 30, speakerOwns: true,
    en: ['commitment', 'commitments', 'committed', 'commit', 'pledge', 'pledged', 'promise', 'promised', 'framework', 'package', 'stimulus',
      'fund', 'investment plan', 'deal'],
    zh: ['承诺', '同意', '框架', '一揽子', '一攬子', '基金', '协议', '总规模', '總規模', '刺激计划'] },
  { id: 'project_value', label: 'project value', rank: 20, speakerOwns: true,
    en: ['project value', 'contract', 'worth', 'valued at', 'earmarked', 'tied to', 'linked to'],
    zh: ['项目价值', '价值', '金额', '总额', '项目金额', '预留', '用于'] },
  { id: 'investment', label: 'investment', rank: 10, speakerOwns: true,
    en: ['invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'totals'], zh: ['投资', '投資', '斥资', '斥資', '总投资', '總投資'] },
  { id: 'price', label: 'price / offer', rank: 50, speakerOwns: true,
    en: ['price', 'sold for', 'sells for', 'fetched', 'fetch', 'paid', 'pay', 'buy', 'buys', 'acquire', 'acquires', 'purchase', 'offer', 'offers',
      'offered', 'bid', 'bids', 'counter-bid', 'proposal', 'takeover', 'acquisition', 'with fees', "buyer's premium", 'realised', 'realized', 'went for'],
    zh: ['成交', '售价', '售價', '收购价', '收購價', '收购', '收購', '报价', '報價', '出价', '出價', '要约', '要約', '连佣金', '連佣金'] },
  { id: 'hammer_price', label: 'hammer price', rank: 60, speakerOwns: true,
    en: ['hammered down', 'hammer price', 'hammered'], zh: ['落槌', '落锤', '落錘'] },
  { id: 'pre_sale_estimate', label: 'pre-sale estimate', rank: 60, speakerOwns: false,
    en: ['estimated the work at', 'pre-sale estimate', 'estimated at', 'low estimate', 'high estimate'], zh: ['估价', '估價', '拍卖前估价', '拍賣前估價'] },
  { id: 'opening_bid', label: 'opening bid', rank: 60, speakerOwns: true,
    en: ['opened the bidding', 'opening bid', 'starting bid'], zh: ['起拍', '起拍价', '起拍價'] },
  { id: 'previous_record', label: 'previous record', rank: 60, speakerOwns: true,
    en: ['previous auction record', 'previous record'], zh: ['此前的拍卖纪录', '此前的拍賣紀錄', '此前的纪录', '此前的紀錄'] },
  { id: 'sale_total', label: 'sale total', rank: 55, speakerOwns: true,
    en: ['totalled', 'totaled', 'sale total'], zh: ['总成交额', '總成交額'] },
  { id: 'valuation', label: 'valuation', rank: 55, speakerOwns: false,
    en: ['values', 'valuation', 'fair value'], zh: ['估值', '合理估值', '市值'] },
  { id: 'revenue', label: 'revenue', rank: 55, speakerOwns: true, periodic: true,
    en: ['revenue', 'revenues', 'turnover'], zh: ['营业收入', '營業收入', '营收', '營收', '收入'] },
  { id: 'damage', label: 'damage', rank: 50, speakerOwns: false,
    en: ['damage', 'damages', 'losses', 'economic loss'], zh: ['损失', '損失', '灾损', '災損'] },
  { id: 'insured_loss', label: 'insured loss', rank: 65, speakerOwns: false,
    en: ['insured losses', 'insured loss', 'insured damage', 'insurance losses', 'insurance claims'], zh: ['保险损失', '保險損失', '保损', '保損', '保险理赔', '保險理賠'] },
  { id: 'aid', label: 'aid', rank: 55, speakerOwns: true,
    en: ['grants', 'grant', 'subsidies', 'subsidy', 'tax credits', 'state aid', 'state support', 'aid', 'support the project with'],
    zh: ['补助', '補助', '补贴', '補貼', '税收抵免', '稅收抵免', '援助', '救助'] },
  { id: 'loan', label: 'loan', rank: 55, speakerOwns: true,
    en: ['loan', 'loans', 'credit facility', 'credit line', 'bridge loan', 'borrow', 'borrowing'], zh: ['贷款', '貸款', '过桥贷款', '過橋貸款', '借款'] },
  { id: 'new_spending', label: 'new spending', rank: 60, speakerOwns: false,
    en: ['new spending', 'fresh spending', 'new money', 'additional spending'], zh: ['新增财政支出', '新增財政支出', '新增支出', '增量资金'] },
  { id: 'vouchers', label: 'consumption vouchers', rank: 55, speakerOwns: true,
    en: ['vouchers', 'voucher'], zh: ['消费券', '消費券'] },
  { id: 'bond_quota', label: 'bond quota', rank: 55, speakerOwns: true,
    en: ['bond quota', 'special-purpose bond', 'special bonds'], zh: ['专项债券额度', '專項債券額度', '专项债', '專項債'] },
  { id: 'economic_output', label: 'economic output', rank: 55, speakerOwns: false, periodic: true,
    en: ['economic output', 'gdp', 'gross domestic product'], zh: ['地区生产总值', '地區生產總值', '生产总值', 'GDP'] },
  { id: 'target', label: 'target', rank: 45, speakerOwns: true, periodic: true,
    en: ['target', 'goal', 'aims to'], zh: ['目标', '目標'] },
];

export const MEASURE_BY_ID: ReadonlyMap<string, MeasureRow> = new Map(MEASURES.map((m) => [m.id, m]));

/** The measure a claim keeps when no cue in its clause names one. */
export const UNKNOWN_MEASURE = 'unknown';

/**
 * A stage that makes a figure a different quantity of the same measure: an amount so far
 * ("累计发放87亿元", "issued so far") against the amount planned.
 */
export const TO_DATE_CUE = { en: /\b(?:so far|to date|thus far|already issued|cumulative(?:ly)?)\b/i, zh: /(?:累计|累計|截至|已发放|已發放|已完成)/ };

/** Words before an amount that restate it as a newer figure: the value replaces an earlier one. */
export const REVISED_CUE = {
  en: /\b(?:raised|raising|raises|revised|revises|revising|increased|boosted|sweetened|lifted|upped|improved|now puts|now put|now estimates?|now stands at|now at|rose to|risen to|rises to|climbed to|increased to|grew to|jumped to|lowered|reduced to|trimmed|revised down|cut (?:its|the) (?:\w+ ){0,2}to)\b/i,
  zh: /(?:上调|上調|上修|调升|調升|提高|增至|升至|调高|調高|改为|改為|下调|下調|下修|调低|調低|降至)/,
};

/** Words next to an amount that mark it as an earlier figure quoted as history. */
export const PRIOR_CUE = {
  en: /\b(?:initial(?:ly)?|original(?:ly)?|earlier|first (?:offered|bid|proposed|put)|at first|opening|previous(?:ly)?|prior|(?:up|down|rose|fell|raised|revised) from|replaces)\b/i,
  zh: /(?:原先|原本|初估|最初|首次|起初|先前|原来|原來|此前)/,
};
/** How far before an amount a prior cue may stand (characters). */
export const PRIOR_WINDOW = { en: 40, zh: 12 } as const;
/** After the amount, a revision told right behind it ("€1.25bn after raising its offer"). */
export const REVISED_AFTER = { en: /^[^.;]{0,40}\b(?:after raising|after revising|after increasing|raised from|revised from)\b/i, zh: /^.{0,6}(?:上调|上調|上修)/ };
/** After the amount, only these phrases mark it as earlier ("… in an initial estimate", "given on"). */
export const PRIOR_AFTER = { en: /^[^.;]{0,30}\b(?:initial estimate|originally|given on|a year earlier|earlier estimate)\b/i, zh: /^.{0,8}(?:初估|此前)/ };

/** Text between two amounts that makes the second a restatement of the first in another unit: "(about $2bn)", "，约合人民币146亿元", ", or $34.3 million". */
export const GLOSS_GAP = /^\s*(?:[(（]|[,，、]|\bor\b|\s)*\s*(?:(?:about|around|roughly|approximately|some|nearly|almost|or|equal to|equivalent to)\s+)?(?:约合|約合|约|約|折合|合|相当于|相當於|即)?\s*(?:人民币|人民幣)?\s*$/i;
