import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../pipeline/language.ts';

describe('detectLanguage', () => {
  test.each([
    ['English news', 'The refinery restarted two units on Sunday after storm damage kept it closed for a week.', 'en'],
    ['Chinese news', '日立公司周三表示，将在美国北卡罗来纳州扩建变压器工厂，预计明年投产。', 'zh'],
    ['Chinese with Latin names', '美国商务部长Howard Lutnick表示，GE Vernova和Kinder Morgan将参与项目。', 'zh'],
    ['English quoting Chinese', 'The company, known in China as 东芝, said it would expand its transformer plant in Ohio next year.', 'en'],
    ['short English', 'Toshiba shares rise', 'en'],
    ['short Chinese', '东芝股价上涨', 'zh'],
    ['traditional Chinese', '台灣電力公司週一表示，將投資擴建東部電網。', 'zh'],
    ['Japanese', '日本の経済産業省は月曜日に新しい投資計画を発表した。', 'ja'],
    ['Korean', '한국 정부는 월요일 새로운 투자 계획을 발표했다.', 'ko'],
    ['French', "Le gouvernement a annoncé mardi un nouveau plan d'investissement pour moderniser les ports.", 'fr'],
    ['German', 'Die Bundesregierung hat am Dienstag ein Investitionspaket beschlossen, das die Industrie stärken soll.', 'de'],
  ])('%s', (_name, text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  test('a text with no letters is undetermined, never guessed', () => {
    expect(detectLanguage('1,234 — 5,678 / 90%')).toMatchObject({ lang: 'und', confidence: 0 });
  });

  test('a text is short by its visible characters, however much whitespace pads it', () => {
    expect(detectLanguage(`  Toshiba ${' '.repeat(500)}\n\n\t shares   rise  `)).toMatchObject({ lang: 'en', method: 'short-text' });
    expect(detectLanguage('Le gouvernement a annoncé mardi un plan.')).not.toMatchObject({ method: 'short-text' });
  });

  test('Chinese is recognised with high confidence', () => {
    expect(detectLanguage('软银集团将提供工程服务，项目金额最高达250亿美元。').confidence).toBeGreaterThan(0.9);
  });
});

describe('short English sentences franc alone gets wrong', () => {
  test.each([
    'Hitachi said it would invest $2 billion in Ohio.',
    `Totals: ${'1,'.repeat(200)} billion dollars were mentioned by the ministry.`,
    'Dock workers on the West Coast ended a two-day strike after a pay deal.',
  ])('%s', (text) => {
    expect(detectLanguage(text)).toMatchObject({ lang: 'en' });
  });
});
