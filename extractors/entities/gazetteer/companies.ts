// Companies: hand-kept, because no installed package gives it — the Chinese names the
// Chinese press uses for foreign companies (东芝 Toshiba, 西屋 Westinghouse: neither
// pinyin nor a transliteration finds them), news short forms (MHI, MOL) and which of
// several look-alike names are distinct companies (the three Mitsubishis; TEPCO and TEPCO
// Fuel & Power). Chinese companies whose English name is the pinyin of their Chinese one
// (华为 Huawei) are not listed: cross-script linking finds them (extractors/entities/crossscript).
// Sources: the companies' own English and Chinese sites and the sample drop (fixtures/seeds).

import type { GazetteerEntry } from '../types.ts';

const SOURCE = 'hand-kept: company names in English and Chinese as the companies and the Chinese press write them';
const org = (id: string, name: string, zh: string[], aliases: string[] = []): GazetteerEntry =>
  ({ id: `org:${id}`, type: 'org', name, zh, aliases, source: SOURCE });

export const COMPANIES: GazetteerEntry[] = [
  org('toshiba', 'Toshiba', ['东芝', '东芝集团', '东芝公司'], ['Toshiba Corp.', 'Toshiba Corporation', 'Toshiba Group']),
  org('hitachi', 'Hitachi', ['日立', '日立制作所', '日立公司'], ['Hitachi Ltd.']),
  org('softbank-group', 'SoftBank Group', ['软银集团', '软银'], ['SoftBank', 'SoftBank Group Corp.']),
  org('mitsubishi-heavy-industries', 'Mitsubishi Heavy Industries', ['三菱重工', '三菱重工业'], ['MHI']),
  org('mitsubishi-electric', 'Mitsubishi Electric', ['三菱电机'], ['Mitsubishi Electric Corp.']),
  org('mitsubishi-corporation', 'Mitsubishi Corporation', ['三菱商事', '三菱'], ['Mitsubishi', 'Mitsubishi Corp.']),
  org('mitsubishi-ufj', 'Mitsubishi UFJ Financial Group', ['三菱日联金融集团', '三菱日联'], ['MUFG']),
  org('westinghouse', 'Westinghouse', ['西屋公司', '西屋电气', '西屋'], ['Westinghouse Electric', 'Westinghouse Electric Company']),
  org('bechtel', 'Bechtel', ['贝克特尔', '柏克德']),
  org('carrier', 'Carrier', ['开利', '开利公司'], ['Carrier Global']),
  org('ge-vernova', 'GE Vernova', []),
  org('general-electric', 'General Electric', ['通用电气'], ['GE']),
  org('ihi', 'IHI', ['石川岛播磨重工'], ['IHI Corp.', 'IHI Corporation']),
  org('kiewit', 'Kiewit', ['基威特'], ['Peter Kiewit Sons']),
  org('kinder-morgan', 'Kinder Morgan', ['金德摩根']),
  org('jera', 'JERA', []),
  org('tepco', 'TEPCO', ['东京电力公司', '东京电力'], ['Tokyo Electric Power', 'Tokyo Electric Power Company', 'Tokyo Electric', 'Tepco']),
  org('tepco-fuel-power', 'TEPCO Fuel & Power', ['东京电力燃料与发电公司', '东京电力燃料与发电'], ['TEPCO Fuel and Power']),
  org('chubu-electric', 'Chubu Electric Power', ['中部电力'], ['Chubu Electric']),
  org('tokyo-gas', 'Tokyo Gas', ['东京燃气', '东京瓦斯']),
  org('glenfarne', 'Glenfarne', []),
  org('glenfarne-alaska-lng', 'Glenfarne Alaska LNG', []),
  org('asahi-diamond', 'Asahi Diamond Industrial', ['旭金刚石'], ['Asahi Diamond']),
  org('noritake', 'Noritake', ['则武']),
  org('mol', 'Mitsui O.S.K. Lines', ['商船三井'], ['MOL']),
  org('nippon-steel', 'Nippon Steel', ['日本制铁', '新日铁'], ['Nippon Steel Corp.']),
  org('jfe-steel', 'JFE Steel', ['JFE钢铁']),
  org('modec', 'MODEC', ['三井海洋开发'], ['Modec']),
  org('marubeni', 'Marubeni', ['丸红'], ['Marubeni Corp.']),
  org('mitsui', 'Mitsui & Co.', ['三井物产'], ['Mitsui']),
  org('sumitomo-corporation', 'Sumitomo Corporation', ['住友商事'], ['Sumitomo Corp.']),
  org('itochu', 'Itochu', ['伊藤忠商事', '伊藤忠'], ['Itochu Corp.']),
  org('hyundai-motor', 'Hyundai Motor', ['现代汽车'], ['Hyundai Motor Company', 'Hyundai']),
  org('falcon-copper', 'Falcon Copper', []),
  org('carbon-holdings', 'Carbon Holdings', []),
  org('max-energy', 'Max Energy', []),
  org('toyota', 'Toyota', ['丰田汽车', '丰田'], ['Toyota Motor', 'Toyota Motor Corp.']),
  org('honda', 'Honda', ['本田汽车', '本田'], ['Honda Motor']),
  org('nissan', 'Nissan', ['日产汽车', '日产'], ['Nissan Motor']),
  org('sony', 'Sony', ['索尼'], ['Sony Group']),
  org('panasonic', 'Panasonic', ['松下'], ['Panasonic Holdings']),
  org('nvidia', 'Nvidia', ['英伟达'], ['NVIDIA']),
  org('apple', 'Apple', ['苹果公司'], ['Apple Inc.']),
  org('microsoft', 'Microsoft', ['微软']),
  org('alphabet', 'Alphabet', ['谷歌'], ['Google']),
  org('amazon', 'Amazon', ['亚马逊'], ['Amazon.com']),
  org('tesla', 'Tesla', ['特斯拉']),
  org('intel', 'Intel', ['英特尔']),
  org('tsmc', 'TSMC', ['台积电'], ['Taiwan Semiconductor Manufacturing Co.']),
  org('samsung-electronics', 'Samsung Electronics', ['三星电子', '三星'], ['Samsung']),
  org('exxonmobil', 'ExxonMobil', ['埃克森美孚'], ['Exxon Mobil', 'Exxon']),
  org('chevron', 'Chevron', ['雪佛龙']),
  org('boeing', 'Boeing', ['波音公司', '波音']),
];
