// Pinyin → Wade-Giles, the romanisation Taiwan uses for most personal and place names
// (廖文傑 Liao Wen-chieh, 台東 Taitung, 蔡英文 Tsai Ing-wen). The table is the standard
// correspondence of initials and finals (Wade 1867, Giles 1892 as used in the Taiwan
// passport name list), written here as data: initials, finals, then whole syllables that
// do not compose. Taiwanese practice drops the apostrophes and umlauts, so the caller
// compares both forms after stripping them.

/** Pinyin initial → Wade-Giles initial. */
const INITIALS: Record<string, string> = {
  b: 'p', p: "p'", m: 'm', f: 'f', d: 't', t: "t'", n: 'n', l: 'l', g: 'k', k: "k'", h: 'h',
  j: 'ch', q: "ch'", x: 'hs', zh: 'ch', ch: "ch'", sh: 'sh', r: 'j', z: 'ts', c: "ts'", s: 's', y: 'y', w: 'w',
};

/** Pinyin final → Wade-Giles final, where the initial does not change it. */
const FINALS: Record<string, string> = {
  a: 'a', o: 'o', e: 'e', ai: 'ai', ei: 'ei', ao: 'ao', ou: 'ou', an: 'an', en: 'en', ang: 'ang', eng: 'eng',
  ong: 'ung', i: 'i', ia: 'ia', ie: 'ieh', iao: 'iao', iu: 'iu', ian: 'ien', in: 'in', iang: 'iang', ing: 'ing',
  iong: 'iung', u: 'u', ua: 'ua', uo: 'o', uai: 'uai', ui: 'ui', uan: 'uan', un: 'un', uang: 'uang',
  v: 'ü', ve: 'üeh', van: 'üan', vn: 'ün', ue: 'üeh',
};

/** Whole syllables whose Wade-Giles form is not initial + final. */
const SYLLABLES: Record<string, string[]> = {
  zhi: ['chih'], chi: ["ch'ih"], shi: ['shih'], ri: ['jih'], zi: ['tzu', 'tsu'], ci: ["tz'u", "ts'u"], si: ['ssu', 'szu'],
  er: ['erh'], e: ['o', 'e'], ge: ['ko'], ke: ["k'o"], he: ['ho'],
  guo: ['kuo'], kuo: ["k'uo"], huo: ['huo'], zhuo: ['cho'], chuo: ["ch'o"], shuo: ['shuo'],
  gui: ['kuei'], kui: ["k'uei"], hui: ['hui'],
  yi: ['i', 'yi'], yan: ['yen'], ye: ['yeh'], you: ['yu'], yu: ['yü'], yue: ['yüeh'], yuan: ['yüan'], yun: ['yün'], yong: ['yung'],
  ju: ['chü'], qu: ["ch'ü"], xu: ['hsü'], jue: ['chüeh'], que: ["ch'üeh"], xue: ['hsüeh'],
  juan: ['chüan'], quan: ["ch'üan"], xuan: ['hsüan'], jun: ['chün'], qun: ["ch'ün"], xun: ['hsün'],
  lve: ['lüeh'], nve: ['nüeh'], lv: ['lü'], nv: ['nü'],
  // Taiwanese usage: 英 ying is written "Ing" in given names (Tsai Ing-wen).
  ying: ['ying', 'ing'],
};

const INITIAL_PATTERN = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;

/** Wade-Giles forms of one toneless pinyin syllable (ü written v or ü), with apostrophes and umlauts. */
export function wadeGilesForms(pinyinSyllable: string): string[] {
  const syllable = pinyinSyllable.replace(/ü/g, 'v');
  const whole = SYLLABLES[syllable];
  if (whole) return whole;
  const [, initial = '', final = ''] = INITIAL_PATTERN.exec(syllable)!;
  const wgFinal = FINALS[final];
  if (wgFinal === undefined) return [];
  return [`${INITIALS[initial] ?? initial}${wgFinal}`];
}

/** A romanised form as compared: lower case, no apostrophes, no umlauts or accents. */
export function plainRomanisation(form: string): string {
  return form.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʻ`]/g, '');
}
