// The resolver across scripts: invented articles in English and Chinese whose names must
// (and must not) become one entity, each link with its rule and evidence; glosses in
// brackets; lone surnames of transliterated names; order-free results.

import { describe, expect, test } from 'vitest';
import { findGlosses, findNamedGlosses } from '../extractors/entities/crossscript/gloss.ts';
import { resolveCanonicalEntities, type ArticleMention } from '../extractors/entities/resolve.ts';
import type { EntityType } from '../extractors/types.ts';

type Row = [article: string, text: string, type: EntityType];

function mentionsOf(rows: Row[]): ArticleMention[] {
  const offset = new Map<string, number>();
  return rows.map(([article, text, type]) => {
    const start = offset.get(article) ?? 0;
    offset.set(article, start + text.length + 1);
    return { article, lang: /\p{Script=Han}/u.test(text) ? 'zh' : 'en', mention: { start, end: start + text.length, text, type, rule: 'test' } };
  });
}

const rows: Row[] = [
  ['en1', 'Zhou Haitao', 'person'], ['en1', 'Xinghe Securities', 'org'], ['en1', 'Xinghe Capital', 'org'], ['en1', 'Kaohsiung', 'place'],
  ['en1', 'Petra Novak', 'person'], ['en1', 'Wang Haoyu', 'person'],
  ['zh1', '周海涛', 'person'], ['zh1', '星河证券', 'org'], ['zh1', '星河资本', 'org'], ['zh1', '高雄', 'place'],
  ['zh1', '佩特拉·诺瓦克', 'person'], ['zh1', '诺瓦克', 'person'], ['zh1', '台中', 'place'],
  // Two people whose names romanise alike: the Latin name links to neither.
  ['zh1', '王浩宇', 'person'], ['zh2', '汪浩宇', 'person'],
];

describe('linking across scripts in the resolver', () => {
  const mentions = mentionsOf(rows);
  const { entityIds, entities } = resolveCanonicalEntities(mentions);
  const idOf = (text: string) => entityIds[rows.findIndex((r) => r[1] === text)]!;
  const entity = (text: string) => entities.find((e) => e.id === idOf(text))!;

  test.each([
    ['周海涛', 'Zhou Haitao', 'crossscript.person.pinyin'],
    ['星河证券', 'Xinghe Securities', 'crossscript.org.pinyin'],
    ['星河资本', 'Xinghe Capital', 'crossscript.org.pinyin'],
    ['高雄', 'Kaohsiung', 'crossscript.place.wade-giles'],
    ['佩特拉·诺瓦克', 'Petra Novak', 'crossscript.person.transliteration'],
  ])('%s = %s, by %s, with evidence from both articles', (chinese, latin, rule) => {
    expect(idOf(chinese)).toBe(idOf(latin));
    const link = entity(chinese).links!.find((l) => l.alias === chinese)!;
    expect(link).toMatchObject({ rule, via: latin });
    expect(link.evidence.map((e) => `${e.article}:${e.text}`)).toEqual([`zh1:${chinese}`, `en1:${latin}`]);
  });

  test('the entity keeps the Latin name and lists the Chinese one as an alias', () => {
    expect(entity('周海涛')).toMatchObject({ name: 'Zhou Haitao', nameZh: '周海涛', type: 'person', source: 'discovered' });
    expect(entity('周海涛').aliases).toContain('周海涛');
  });

  test('a lone transliterated surname joins the full name of its article', () => {
    expect(idOf('诺瓦克')).toBe(idOf('Petra Novak'));
    expect(entity('诺瓦克').links!.find((l) => l.alias === '诺瓦克')!.rule).toBe('surname-in-article');
  });

  test('look-alikes stay apart', () => {
    expect(idOf('星河资本')).not.toBe(idOf('Xinghe Securities'));
    expect(idOf('台中')).not.toBe(idOf('Kaohsiung'));
    expect(new Set([idOf('王浩宇'), idOf('汪浩宇'), idOf('Wang Haoyu')]).size).toBe(3);
  });

  test('the result does not depend on input order', () => {
    const reversed = resolveCanonicalEntities([...mentions].reverse());
    expect([...reversed.entityIds].reverse()).toEqual(entityIds);
    expect(reversed.entities).toEqual(entities);
  });
});

describe('glosses in brackets', () => {
  const text = '该公司已与维拉银行（Banco Vela）签署贷款协议，Banco Vela 是当地银行。';
  const names: [string, EntityType][] = [['维拉银行', 'org'], ['Banco Vela', 'org']];
  const spans = names.map(([name, type], i) => {
    const start = i === 0 ? text.indexOf(name) : text.indexOf(name, text.indexOf('（'));
    return { start, end: start + name.length, text: name, type, rule: 'test' };
  });

  test('a name followed by its other-script form in brackets is a gloss', () => {
    expect(findGlosses(text, spans)).toEqual([[0, 1]]);
    expect(findGlosses('维拉银行和Banco Vela', [{ start: 0, end: 4, text: '维拉银行' }, { start: 5, end: 15, text: 'Banco Vela' }])).toEqual([]);
  });

  test('the resolver joins a gloss with its rule, whatever the spelling says', () => {
    const mentions: ArticleMention[] = [
      ...spans.map((mention) => ({ article: 'zh9', lang: 'zh' as const, mention })),
      { article: 'en9', lang: 'en', mention: { start: 0, end: 10, text: 'Banco Vela', type: 'org', rule: 'test' } },
    ];
    const { entityIds, entities } = resolveCanonicalEntities(mentions, { glosses: findGlosses(text, spans) });
    expect(new Set(entityIds).size).toBe(1);
    expect(entities[0]!.links!.find((l) => l.alias === '维拉银行')).toMatchObject({ rule: 'gloss.parenthetical', via: 'Banco Vela' });
  });
});

describe('a gloss of a Chinese name the recogniser found only elsewhere', () => {
  const text = '芬兰开发商云杉工坊（Spruce Works）宣布裁员。';
  const latin = { start: text.indexOf('Spruce'), end: text.indexOf('）'), text: 'Spruce Works', type: 'org' as const, rule: 'test' };

  test('is found by the known name that ends at the bracket', () => {
    expect(findNamedGlosses(text, [latin], new Set(['云杉工坊', '芬兰']))).toEqual([[0, '云杉工坊']]);
    expect(findNamedGlosses(text, [latin], new Set(['芬兰']))).toEqual([]);
  });

  test('joins the Latin name with the Chinese name of the other article', () => {
    const mentions: ArticleMention[] = [
      { article: 'zh7', lang: 'zh', mention: latin },
      { article: 'zh8', lang: 'zh', mention: { start: 0, end: 4, text: '云杉工坊', type: 'org', rule: 'test' } },
    ];
    const { entityIds, entities } = resolveCanonicalEntities(mentions, { namedGlosses: [[0, '云杉工坊']] });
    expect(entityIds[0]).toBe(entityIds[1]);
    expect(entities[0]!.links!.find((l) => l.alias === '云杉工坊')).toMatchObject({ rule: 'gloss.parenthetical.known-name', via: 'Spruce Works' });
  });
});
