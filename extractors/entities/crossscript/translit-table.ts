// The characters Chinese uses to transliterate foreign names, each with the Latin
// sounds it stands for. Rebuilt by hand from the public standard's layout — the Xinhua
// 英汉译音表 as adopted in GB/T 17693.1 (consonant rows × vowel columns: 巴 ba, 贝 be,
// 比 bi, 博 bo, 布 bu, …), plus the feminine variants the Xinhua name handbook uses for
// women's names (丝 for 斯, 娜 for 纳, 丽 for 利, 玛 for 马) and the characters of its
// final-consonant row (布 b, 德 d, 格 g, 克 k, 斯 s, 姆 m, 尔 l/r, 茨 ts). No other
// project's table was copied. Sounds are written in the spelling of soundSpelling()
// (translit.ts): sh, ch, j, ts, k for c; first sound preferred. A few two-character
// keys (亚历 Alex-, 詹姆 Jam-) stand for a sound their characters do not make alone.

const TABLE = `
阿 a|埃 e ai|艾 ai e|伊 i e|奥 o au|欧 ou o|乌 u wu w|厄 e er|尤 yu ju u|安 an|恩 en n|因 in|昂 ang|翁 on un|英 ing|亚 a ya ia|耶 ye ie|约 jo yo|扬 yan ian|延 yen ien|尹 yin|永 yon|云 yun|雅 ya a|娅 ya ia a|爱 ai e
巴 ba|贝 be bai|比 bi|博 bo|布 bu b|班 ban|本 ben bun|宾 bin|邦 bon|拜 bai|鲍 bau bo|伯 b ber bo|彼 pi pe|贝尔 bel
帕 pa|佩 pe|皮 pi|波 po bo|普 pu p|潘 pan|彭 pen pun|平 pin|庞 pon|派 pai|保 pau po pol|珀 p per|珍 jen|芭 ba|蓓 be
达 da|德 de d|迪 di|多 do|杜 du|丹 dan|登 den|丁 din|东 don|敦 dun|戴 dai de|道 dau do|黛 dai di|得 de d
塔 ta|特 te t|蒂 ti di|托 to|图 tu|坦 tan|滕 ten|廷 tin|通 ton|顿 ton dun|泰 tai ti|陶 tau to|汤 tom tam|提 ti
加 ga|盖 ge gai|吉 ji gi|戈 go|古 gu|甘 gan|根 gen|贡 gon gun|格 g ge gr|高 gau go|葛 go|瓜 gwa|圭 gwi
卡 ka|凯 ke kai|基 ki|科 ko|库 ku|坎 kan|肯 ken|金 kin jin gin|孔 kon|克 k ke|考 kau ko|夸 kwa|奎 kwi|寇 ko
瓦 va wa|韦 we ve wai|维 vi wi|沃 vo wo|武 vu wu|万 van wan|文 wen ven win vin|旺 von wan|威 wi wei|温 win wen|娃 va wa
法 fa|费 fe fai|菲 fi|福 fo fu|富 fu|凡 fan|芬 fen fin|丰 fon|夫 f v|弗 f fr|芙 fu f
扎 za|泽 ze|齐 zi tsi ki|佐 zo|祖 zu|赞 zan|曾 zen|津 zin|宗 zon|兹 z s
察 tsa cha|策 tse|措 tso|楚 tsu chu|灿 tsan|岑 tsen|茨 ts z
萨 sa|塞 se sai|海 hai he|西 si|索 so|苏 su|桑 san|森 sen son|辛 sin|松 son|孙 sun|斯 s|丝 s|思 s|莎 sa sha|赛 sai se|瑟 se ser|茜 si|珊 san shan|逊 son sen|山 san shan|锡 si|士 shi s|史 shi s
沙 sha|谢 she|希 shi hi|肖 sho shau|舒 shu|尚 shan|申 shen|欣 shin hin|什 sh|雪 she shu|夏 sha|舍 she
查 cha|切 che|奇 chi ki ch j|乔 jo cho|丘 chu|钱 chan|琴 chen|钦 chin|琼 jon chon jo|琪 ki chi
贾 ja|杰 je|朱 ju|詹 jan jam|真 jen|治 j ji ge|茱 ju
哈 ha|赫 he h|霍 ho|胡 hu|汉 han|亨 hen|洪 hon|亥 hai|豪 hau ho|休 hu hyu|翰 han|华 wa hua|惠 wi hui
马 ma mar|玛 ma mar|梅 me mei mai|米 mi|莫 mo|穆 mu|曼 man|门 men|明 min|蒙 mon mun|姆 m|迈 mai|茂 mau mo|默 me mer|麦 mak mai|玫 mei|密 mi
纳 na|娜 na|内 ne nai|尼 ni|诺 no|努 nu|南 nan|嫩 nen|宁 nin nen|农 non|奈 nai|瑙 nau|妮 ni
拉 la ra|莱 le lai|利 li|丽 li ri|莉 li|洛 lo|卢 lu|兰 lan ran|伦 len lun ren|林 lin rin|隆 lon ron|尔 l r|勒 le l|劳 lau lo|露 lu|琳 lin|略 lio lo|柳 liu|廉 lian liam|蕾 le re|萝 ro lo|里 ri li|罗 ro lo|雷 re rai le|鲁 ru lu|赖 rai lai|瑞 ri rui|芮 rui
大 da|卫 vi vid wi|亚历 ali|詹姆 jam
`;

/** Character → the Latin sounds it transliterates, in the spelling of soundSpelling(). */
export const TRANSLITERATION_SOUNDS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.trim().split(/[|\n]/).map((cell) => {
    const [chars, ...sounds] = cell.trim().split(/\s+/);
    return [chars!, sounds] as const;
  }),
);

