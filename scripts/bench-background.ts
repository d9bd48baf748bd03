// What every shape of the bench drop (scripts/bench-drop.ts) shares: the seeded generator,
// the drop's kinds (density, shape), and the dozen common companies, people and places
// that stand in every article as background (in most articles of a drop, so story
// linking treats them as common, not as evidence of one story).

/** How many paragraphs carry figures: `dense` every one, `news` one in four. */
export type BenchDensity = 'dense' | 'news';
/** `stories`: dated articles of many bounded stories (bench-stories.ts); `undated`: the first drop, one story of undated articles. */
export type BenchShape = 'stories' | 'undated';

/** mulberry32: small, seeded, good enough to vary text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const EN_COMPANIES = ['Toshiba', 'Hitachi', 'SoftBank Group', 'Mitsubishi Electric', 'Nippon Steel', 'Panasonic', 'Westinghouse', 'GE Vernova', 'Bechtel', 'Carrier', 'Mitsubishi Heavy Industries', 'Fujitsu'];
export const ZH_COMPANIES = ['东芝', '日立', '软银集团', '三菱重工', '西屋公司', '贝克特尔', '开利', '松下', '富士通', '丰田'];
export const EN_PEOPLE = ['Commerce Secretary Howard Lutnick', 'Prime Minister Sanae Takaichi', 'President Donald Trump', 'Trade Minister Ryosei Akazawa', 'chief executive Maria Chen', 'analyst David Okafor'];
export const ZH_PEOPLE = ['美国商务部长卢特尼克', '日本首相高市早苗', '美国总统特朗普', '经济再生担当大臣赤泽亮正', '分析师王海'];
export const EN_PLACES = ['Ohio', 'Texas', 'Alaska', 'Pennsylvania', 'Arizona', 'Tokyo', 'Osaka', 'Georgia'];
export const ZH_PLACES = ['俄亥俄州', '得克萨斯州', '阿拉斯加', '宾夕法尼亚州', '东京', '大阪'];
export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const EN_SCALES = ['million', 'billion', 'bn', 'm'];

/** Fisher–Yates, in place, from the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

