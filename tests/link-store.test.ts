// Cross-script links end to end: two invented articles, one English and one Chinese,
// through `newsfacts run` and `report --format json`: one entity per person, company and
// province, with entities[].links and the entity_links rows naming the rule and evidence.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { newsfacts } from './cli-helpers.ts';

const EN = 'HANGZHOU, Feb 3 (Wire) - Xinghe Securities chairman Zhou Haitao said on Tuesday the broker would open 20 branches in Zhejiang province this year.\n\nZhou said the expansion would cost about $200 million.\n';
const ZH = '2026年2月3日电 星河证券董事长周海涛周二表示，公司今年将在浙江省新开20家营业部。\n\n周海涛说，扩张将耗资约2亿美元。\n';

describe('links in the store and the JSON report', () => {
  const drop = mkdtempSync(join(tmpdir(), 'newsfacts-links-'));
  writeFileSync(join(drop, 'en.txt'), EN);
  writeFileSync(join(drop, 'zh.txt'), ZH);
  const db = join(drop, 'store.sqlite');
  const out = join(drop, 'report.json');
  const run = newsfacts(['run', drop, '--db', db, '--quiet']);
  const report = newsfacts(['report', '--db', db, '--format', 'json', '--out', out]);

  test('each name joined across scripts carries its rule and the mentions of both articles', () => {
    expect([run.status, report.status]).toEqual([0, 0]);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { entities: { id: string; aliases: string[]; articles: string[]; links?: { alias: string; rule: string; via?: string; evidence: { text: string }[] }[] }[] };
    const find = (alias: string) => json.entities.find((e) => e.aliases.includes(alias))!;
    for (const [alias, rule, via] of [['周海涛', 'crossscript.person.pinyin', 'Zhou Haitao'], ['星河证券', 'crossscript.org.pinyin', 'Xinghe Securities'], ['浙江省', 'crossscript.place.pinyin', 'Zhejiang']]) {
      const entity = find(alias!);
      expect(entity.articles).toHaveLength(2);
      const link = entity.links!.find((l) => l.alias === alias)!;
      expect([link.rule, link.via]).toEqual([rule, via]);
      expect(link.evidence.map((e) => e.text)).toEqual([alias, via]);
    }
    expect(find('周海涛').links!.find((l) => l.alias === 'Zhou')!.rule).toBe('surname-in-article');
  });

  test('entity_links holds one row per name with its rule, score and evidence', () => {
    const store = new Database(db, { readonly: true });
    const row = store.prepare("SELECT rule, score, evidence FROM entity_links WHERE alias = '星河证券'").get() as { rule: string; score: number; evidence: string };
    store.close();
    expect([row.rule, row.score]).toEqual(['crossscript.org.pinyin', 1]);
    expect(JSON.parse(row.evidence)).toMatchObject({ via: 'Xinghe Securities', items: [{ text: '星河证券' }, { text: 'Xinghe Securities' }] });
  });
});
