// Corpus-as-tests for entities: one phenomenon per row, positive and negative, through
// test.each — recognition, linking, the cross-article resolver and roles.

import { describe, expect, test } from 'vitest';
import { extractEntities, extractRoles, getGazetteer, linkEntity, resolveCanonicalEntities } from '../extractors/entities/index.ts';
import type { Lang } from '../extractors/types.ts';

const found = (text: string, lang: Lang) => extractEntities(text, { lang }).map((m) => `${m.text}|${m.type}${m.id ? `|${m.id}` : ''}`);

describe('recognition: found', () => {
  test.each([
    ['en', 'Commerce Secretary Howard Lutnick met them.', 'Howard Lutnick|person|person:howard-lutnick'],
    ['en', 'PM Sanae Takaichi spoke.', 'Sanae Takaichi|person|person:sanae-takaichi'],
    ['en', 'Trade Minister Akazawa said so.', 'Akazawa|person|person:ryosei-akazawa'],
    ['en', "Japan's exports rose.", 'Japan|place|place:jp'],
    ['en', 'Toshiba, Hitachi, Mitsubishi Electric and SoftBank Group are interested.', 'Mitsubishi Electric|org|org:mitsubishi-electric'],
    ['en', 'Parties include MOL and IHI.', 'IHI|org|org:ihi'],
    ['en', 'The plant is owned by Carbon Holdings in Texas.', 'Carbon Holdings|org|org:carbon-holdings'],
    ['en', 'Shares of Oyama Chemical rose.', 'Oyama Chemical|org'],
    ['en', 'He met Finance Minister Aiko Fujimura.', 'Aiko Fujimura|person'],
    ['en', 'The Bank of Thailand held rates.', 'Bank of Thailand|org'],
    ['en', 'Nairobi-based Savanna Fintech raised money.', 'Savanna Fintech|org'],
    ['en', 'The plant in Toyama will expand.', 'Toyama|place'],
    ['en', 'The mayor, Park Min-jun, spoke.', 'Park Min-jun|person'],
    ['en', 'TEPCO Fuel & Power signed a letter.', 'TEPCO Fuel & Power|org|org:tepco-fuel-power'],
    ['en', 'U.S. Commerce Secretary Rutherford said.', 'Rutherford|person'],
    // A known place opening a longer capitalised name is part of it.
    ['en', 'Shares of Texas Instruments rose.', 'Texas Instruments|org'],
    ['en', 'He joined Michigan Consolidated Gas last year.', 'Michigan Consolidated Gas|org'],
    ['en', 'Jobs in Ohio rose. Ohio Governor Mike DeWine spoke.', 'Ohio|place|place:ohio'],
    ['zh', '该公司将在宾夕法尼亚州投资。', '宾夕法尼亚州|place|place:pennsylvania'],
    ['zh', '美国总统唐纳德·特朗普与日本首相高市早苗会面。', '高市早苗|person|person:sanae-takaichi'],
    ['zh', '美国商务部长Howard Lutnick表示。', 'Howard Lutnick|person|person:howard-lutnick'],
    ['zh', '该方案包括与GE Vernova合作。', 'GE Vernova|org|org:ge-vernova'],
    ['zh', '在接受《日本经济新闻》采访时。', '日本经济新闻|org|org:nikkei'],
    ['zh', '法国总统埃马纽埃尔·马克龙将访问越南。', '埃马纽埃尔·马克龙|person'],
    ['zh', '東芝將供應電力模塊。', '東芝|org|org:toshiba'],
    ['zh', '西安秦川燃气宣布上调价格。', '秦川燃气|org'],
    ['zh', '中国银行在哈萨克斯坦开设分行。', '中国银行|org'],
    ['zh', '外务大臣岩屋毅与韩国外长会谈。', '岩屋毅|person'],
    ['zh', '日本外务省发表声明。', '日本外务省|org|org:japan-foreign-ministry'],
  ] as const)('%s: %s → %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });
});

describe('recognition: not entities', () => {
  test.each([
    ['en', 'Energy Infrastructure Leads Initial Investment Push', 'Energy Infrastructure'],
    ['en', "Japan's $550B Promise Gets Real: Gas Plants and Deep Ports First", 'Gas Plants'],
    ['en', 'Demand for LNG and AI chips grew.', 'LNG'],
    ['en', 'Japanese companies and American firms gained.', 'Japanese'],
    ['en', 'The northern Alaskan gas fields are remote.', 'Alaskan'],
    ['en', 'However, the plan stalled in October.', 'However'],
    ['en', 'Data centers need power. Data centers are growing.', 'Data'],
    // "Jun." reads as June's abbreviation, so the next "The" looked capitalised inside a sentence.
    ['en', 'The plan was backed by finance chief Wei Jun. The board also approved a buyback of shares.', 'The'],
    ['zh', '10至12家日本公司正准备探索投资机会。', '日本公司'],
    ['zh', '供应燃气轮机、汽轮机和发电机等设备。', '发电机'],
    ['zh', '其中超过一半的资金可能会投向电力。', '电力'],
    ['zh', '公司总部位于西部。', '西部'],
  ] as const)('%s: %s has no %s', (lang, text, absent) => {
    expect(extractEntities(text, { lang }).map((m) => m.text)).not.toContain(absent);
  });
});

describe('linking', () => {
  test.each([
    ['Mitsubishi', 'org:mitsubishi-corporation'],
    ['Mitsubishi Electric', 'org:mitsubishi-electric'],
    ['Mitsubishi Heavy Industries', 'org:mitsubishi-heavy-industries'],
    ['三菱重工', 'org:mitsubishi-heavy-industries'],
    ['TEPCO', 'org:tepco'],
    ['TEPCO Fuel & Power', 'org:tepco-fuel-power'],
    ['东京电力燃料与发电公司', 'org:tepco-fuel-power'],
    ['the United States', 'place:us'],
    ['美國', 'place:us'],
    ['Toshiba Corp.', 'org:toshiba'],
    ['Hyundai Motors', 'org:hyundai-motor'],
    ['唐纳德·特朗普', 'person:donald-trump'],
    ['Trump', 'person:donald-trump'],
    ['宾夕法尼亚州', 'place:pennsylvania'],
    ['Pennsylvania', 'place:pennsylvania'],
    ['威斯康星州', 'place:wisconsin'],
    ['华盛顿州', 'place:washington-state'],
  ])('%s → %s', (name, id) => {
    expect(linkEntity(name)?.entry.id).toBe(id);
  });

  test.each([['Akizuki'], ['Rutherford'], ['Taro Kishida'], ['Kishida'], ['American'], ['Mitsubishi Motors Europe']])('%s stays unlinked', (name) => {
    expect(linkEntity(name)?.entry.id).toBeUndefined();
  });

  test('gazetteer entries have unique ids and list Chinese names in both scripts', () => {
    const entities = getGazetteer();
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    expect(entities.find((e) => e.id === 'org:toshiba')?.aliases).toEqual(expect.arrayContaining(['东芝', '東芝']));
  });
});

describe('cross-article resolver', () => {
  const mentions = [
    { article: 'a', lang: 'en' as const, text: 'Taro Kishida', type: 'person' as const },
    { article: 'a', lang: 'en' as const, text: 'Kishida', type: 'person' as const },
    { article: 'b', lang: 'en' as const, text: 'Kiewit', type: 'org' as const },
    { article: 'c', lang: 'zh' as const, text: 'Kiewit', type: 'org' as const },
    { article: 'c', lang: 'zh' as const, text: '秦川燃气', type: 'org' as const },
    { article: 'b', lang: 'en' as const, text: 'Japan', type: 'place' as const, id: 'place:jp' },
  ].map(({ article, lang, ...m }) => ({ article, lang, mention: { start: 0, end: m.text.length, rule: 't', ...m } }));

  test('every mention gets an id, discovered ids come from the name', () => {
    const { entityIds, entities } = resolveCanonicalEntities(mentions);
    expect(entityIds).toEqual(['person:taro-kishida', 'person:taro-kishida', 'org:kiewit', 'org:kiewit', 'org:qinchuanranqi', 'place:jp']);
    // A name seen only in Chinese gets the id of its romanised form (the store shows that form as its name).
    expect(entities.find((e) => e.id === 'org:qinchuanranqi')).toMatchObject({ name: '秦川燃气', nameZh: '秦川燃气', aliases: [] });
    // "Kishida" joins the full name of its article, but a gazetteer person bears it too (Fumio Kishida): no alias.
    expect(entities.find((e) => e.id === 'person:taro-kishida')).toMatchObject({ source: 'discovered', aliases: [] });
    expect(entities.find((e) => e.id === 'person:taro-kishida')!.links!.map((l) => [l.alias, l.rule])).toEqual([['Kishida', 'surname-in-article.not-alias'], ['Taro Kishida', 'same-name']]);
  });

  test('the result does not depend on input order', () => {
    const forward = resolveCanonicalEntities(mentions);
    const reversed = resolveCanonicalEntities([...mentions].reverse());
    expect([...reversed.entityIds].reverse()).toEqual(forward.entityIds);
    expect(reversed.entities).toEqual(forward.entities);
  });
});

describe('roles', () => {
  const roles = (text: string, lang: Lang) => extractRoles(text, extractEntities(text, { lang }), { lang })
    .map((r) => `${r.personText}|${r.role}|${r.country ?? '-'}|${r.tense}`);
  test.each([
    ['en', 'U.S. Commerce Secretary Rutherford said.', 'Rutherford|commerce_secretary|place:us|current'],
    ["en", "Japan's trade minister Akazawa spoke.", 'Akazawa|trade_minister|place:jp|current'],
    ['en', 'Trump met Japanese new Prime Minister Taro Kishida.', 'Taro Kishida|prime_minister|place:jp|current'],
    ['en', 'He met former Prime Minister Shigeru Ishiba.', 'Shigeru Ishiba|prime_minister|place:jp|former'],
    ['en', 'They met Ryosei Akazawa, Japan\'s trade minister, today.', 'Ryosei Akazawa|trade_minister|place:jp|current'],
    ['zh', '美国商务部长Howard Lutnick表示。', 'Howard Lutnick|commerce_secretary|place:us|current'],
    ['zh', '日本首相高市早苗于10月28日签署协议。', '高市早苗|prime_minister|place:jp|current'],
    ['zh', 'Ryosei Akazawa此前曾担任经济振兴大臣。', 'Ryosei Akazawa|economic_revitalization_minister|place:jp|former'],
    ['en', 'Ryosei Akazawa, the Japanese trade minister, said so.', 'Ryosei Akazawa|trade_minister|place:jp|current'],
  ] as const)('%s: %s → %s', (lang, text, expected) => {
    expect(roles(text, lang)).toContain(expected);
  });

  test('roles come from the text given, even when another text was analysed in between', () => {
    const first = 'U.S. Commerce Secretary Howard Lutnick said.';
    const second = 'Japanese Prime Minister Sanae Takaichi spoke.';
    const firstEntities = extractEntities(first, { lang: 'en' });
    extractEntities(second, { lang: 'en' });
    expect(extractRoles(first, firstEntities, { lang: 'en' }).map((r) => `${r.personText}|${r.role}`)).toEqual(['Howard Lutnick|commerce_secretary']);
    expect(roles(second, 'en')).toEqual(['Sanae Takaichi|prime_minister|place:jp|current']);
  });
});
