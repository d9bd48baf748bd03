// The characters of foreign names written in Chinese, a public fact: the syllable table of
// the Xinhua News Agency's transliteration standard (《世界人名翻译大辞典》 and GB/T 17693)
// writes every foreign syllable with these characters, and ordinary words rarely consist of
// them alone. Used by zh/people.ts to tell a name jieba tags nr that has no Chinese surname
// ("基里延科", "施瓦茨") from an ordinary word the dictionary mis-tags ("青少年", "小提琴").
export const TRANSLITERATION_CHARACTERS =
  '阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁杜多厄恩尔法凡范菲费芬丰佛夫福弗盖甘冈戈格根贡古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎昆拉莱兰朗劳勒雷里利莉列林琳留卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏明莫姆穆纳娜奈南内尼宁努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴丘萨塞桑瑟森沙莎善舍什施斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温文沃乌西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐薇娅丽琼廷茨策赞芙黛斐嘉璐肖延娃顿赖舒蕾琪缇柏珊妮露蓓芭茜丝汀翁魏隆杭翰贺惠纪济佳简津晋京久居君考可孔扩腊黎理伶灵柳龙娄路拿乃楠瑙涅年纽农派培匹平坡蒲浦契乾屈曲让热荣茹瑞若赛山尚绍申史士司宋陶通涂伍武席贤香欣许叶依于宗逊';
