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
