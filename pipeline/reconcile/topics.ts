// What a money amount is about: project and sector keywords, one topic per row, with the
// English and Chinese words that name it, so 人工钻石 and "artificial diamond" meet in one
// fact. The longest keyword at a position wins ("Alaska LNG" over "LNG"). Adding a
// keyword is one line here plus one test case.

export interface TopicRow {
  id: string;
  label: string;
  en: string[];
  zh: string[];
  /** Gazetteer entity that is this topic (a named project), when there is one. */
  entity?: string;
}

export const TOPICS: readonly TopicRow[] = [
  { id: 'alaska_lng', label: 'Alaska LNG', entity: 'other:alaska-lng',
    en: ['Alaska LNG', 'Alaska liquefied natural gas', 'Alaskan LNG', 'Alaska gas pipeline'], zh: ['阿拉斯加LNG', '阿拉斯加液化天然气', '阿拉斯加'] },
  { id: 'lng', label: 'LNG', en: ['LNG', 'liquefied natural gas'], zh: ['液化天然气', 'LNG'] },
  { id: 'artificial_diamond', label: 'artificial diamond',
    en: ['artificial diamond', 'synthetic diamond', 'industrial diamond', 'synthetic industrial diamond', 'lab-grown diamond'], zh: ['人工钻石', '人造钻石', '合成钻石', '人造金刚石'] },
  { id: 'crude_oil', label: 'crude oil', en: ['crude oil', 'crude export', 'oil export'], zh: ['原油'] },
  { id: 'gas_power', label: 'gas-fired power',
    en: ['gas-fired', 'gas fired', 'gas power', 'natural gas-powered', 'gas-powered', 'gas turbine'], zh: ['燃气发电', '天然气发电', '燃气电厂'] },
  { id: 'nuclear', label: 'nuclear power', en: ['nuclear', 'AP1000', 'SMR', 'small modular reactor'], zh: ['核能', '核反应堆', '核电', 'SMR'] },
  { id: 'first_phase', label: 'first phase', en: ['first phase', 'first batch', 'first tranche', 'first round', 'to start'], zh: ['第一阶段', '首批', '第一批'] },
  { id: 'power_infrastructure', label: 'power infrastructure',
    en: ['power infrastructure', 'power equipment', 'power plant', 'grid'], zh: ['电力基础设施', '电力设备', '发电设备', '电网', '电力'] },
  { id: 'energy', label: 'energy', en: ['energy sector', 'energy investment', 'energy projects'], zh: ['能源领域', '能源'] },
  { id: 'shipping_channel', label: 'shipping channel', en: ['shipping channel', 'dredging', 'deep-water port', 'port'], zh: ['航运通道', '疏浚', '港口'] },
  { id: 'shipbuilding', label: 'shipbuilding', en: ['shipbuilding', 'shipyard'], zh: ['造船'] },
  { id: 'critical_minerals', label: 'critical minerals', en: ['critical minerals', 'rare earth', 'rare earths'], zh: ['关键矿产', '稀土'] },
  { id: 'copper', label: 'copper smelting', en: ['copper'], zh: ['铜冶炼', '铜'] },
  { id: 'fertiliser', label: 'fertiliser', en: ['fertilizer', 'fertiliser', 'ammonia', 'urea'], zh: ['肥料', '化肥', '尿素', '氨'] },
  { id: 'cooling', label: 'cooling systems', en: ['cooling'], zh: ['冷却'] },
  { id: 'data_centres', label: 'data centres', en: ['data centre', 'data center', 'data centres', 'data centers'], zh: ['数据中心'] },
  { id: 'semiconductors', label: 'semiconductors', en: ['semiconductor', 'chip'], zh: ['半导体', '芯片'] },
];

/** Three or more topics in one window is a list of sectors: the amount is about none in particular. */
export const BROAD_TOPIC_COUNT = 3;
