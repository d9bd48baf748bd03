// One-character abbreviations of places, a public fact: the short names Chinese news uses
// for countries (中美 = China and the US, 访华 = to visit China), for China's provinces and
// cities (the official one-character abbreviations: 京 沪 粤 …) and for a few rivers and
// regions (江淮, 黄淮, 亚欧). Read by zh/places.ts, which tags them only in pairs, after a
// travel verb, or before 方 ("中方"), where they cannot be ordinary characters.

/** Countries and continents: 中 China, 美 the US, 日 Japan, 以 Israel, 巴 Pakistan or Palestine… */
export const COUNTRY_ABBREVIATIONS = '中华美日俄苏英法德意韩朝印巴以越泰菲澳加新马缅老柬蒙哈吉塔乌土伊叙埃西葡荷比瑞挪丹芬波捷匈罗保希奥墨古智秘阿欧亚非沙约黎也科孟尼';

/** Provinces, regions and cities of China (京 Beijing, 沪 Shanghai, 港 Hong Kong, 台 Taiwan…). */
export const REGION_ABBREVIATIONS = '京沪津渝冀晋辽黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙港澳台穗深杭汉蓉';

/** Rivers that pair as regions (江淮 the Yangtze and Huai, 黄淮 the Yellow River and Huai). */
export const RIVER_ABBREVIATIONS = '江淮黄河湘汉';

/**
 * Word heads that take a place's abbreviation in front, with the abbreviations each takes
 * (日军 Japan's army, 华侨 a Chinese abroad, 京剧 Beijing opera, 奥运会 the Olympic games,
 * 中医 Chinese medicine): in such a compound the abbreviation is the place. Only the pairs
 * listed: 亚军 is a runner-up, 法医 a coroner, 美人 a beauty, 以人为本 no Israel.
 */
export const ABBREVIATION_COMPOUND_HEADS: Readonly<Record<string, string>> = {
  运会: '奥亚', // 奥运会, 亚运会
  军: '日美英法德俄苏以越朝韩印巴伊', // 日军, 美军, 以军
  寇: '日',
  裔: '日华美英法德俄韩印',
  侨: '华',
  胞: '港台澳藏',
  籍: '美英法德日俄韩加澳华',
  剧: '京沪粤川豫湘晋', // 京剧, 粤剧
  医: '中藏蒙', // 中医, 藏医
  药: '中藏蒙',
  草药: '中',
  餐: '中',
  工: '华', // 华工
  人: '华港台澳', // 华人, 港人
};
