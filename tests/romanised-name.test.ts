// Names seen only in Chinese get a romanised English name and an ASCII id: pinyin readings
// (a person surname first, compound surnames whole, a surname's own reading), organisation
// and place heads in English, legal forms left out, Latin runs kept; the store shows the
// romanised name with the Chinese one in name_zh.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveCanonicalEntities } from '../extractors/entities/resolve.ts';
import { romanisedName } from '../extractors/entities/romanised-name.ts';
import { writeEntityLayer } from '../pipeline/reconcile/store-entities.ts';
import { openStore } from '../pipeline/store/open.ts';

describe('romanisedName', () => {
  test.each([
    ['张伟', 'person', 'Zhang Wei'],
    ['欧阳娜娜', 'person', 'Ouyang Nana'],
    ['单雄信', 'person', 'Shan Xiongxin'], // 单 read as a surname, not dan
    ['伊内丝·卡瓦略', 'person', 'Yineisi Kawalüe'],
    ['华信证券', 'org', 'Huaxin Securities'],
    ['天耀能源科技股份有限公司', 'org', 'Tianyao Energy Technology'],
    ['厦门市', 'place', 'Xiamen City'],
    ['阿拉斯加LNG项目', 'other', 'Alasijia LNG Xiangmu'],
    ['Toshiba', 'org', 'Toshiba'],
  ] as const)('%s (%s) → %s', (name, type, romanised) => {
    expect(romanisedName(name, type)).toBe(romanised);
  });
});

describe('a discovered entity named only in Chinese', () => {
  const mention = (article: string, text: string, type: 'org' | 'place') => ({ article, lang: 'zh' as const, mention: { start: 0, end: text.length, text, type, rule: 't' } });
  const { entities, entityIds } = resolveCanonicalEntities([mention('a', '吕梁市', 'place'), mention('b', '吕梁市', 'place'), mention('a', '华信证券', 'org')]);

  test('gets the ASCII slug of its romanised name as its id', () => {
    expect(entityIds).toEqual(['place:luliang-city', 'place:luliang-city', 'org:huaxin-securities']);
  });

  test('is stored with its romanised name, the Chinese one in name_zh', () => {
    const db = openStore(join(mkdtempSync(join(tmpdir(), 'newsfacts-romanised-')), 'store.sqlite'));
    writeEntityLayer(db, { entities, aliases: [] });
    expect(db.prepare('SELECT id, name, name_zh, source FROM entities ORDER BY id').all()).toEqual([
      { id: 'org:huaxin-securities', name: 'Huaxin Securities', name_zh: '华信证券', source: 'discovered' },
      { id: 'place:luliang-city', name: 'Lüliang City', name_zh: '吕梁市', source: 'discovered' },
    ]);
    db.close();
  });
});
