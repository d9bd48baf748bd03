// Seed gold: every entity of each sample article (spans in the original file), found
// through the real normaliser, with the canonical links that make languages meet.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractEntities, extractRoles, resolveCanonicalEntities } from '../extractors/entities/index.ts';
import type { EntityMention, Lang } from '../extractors/types.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';
import { toOriginalSpan } from '../pipeline/normalise/offset-map.ts';

interface GoldArticle {
  id: string;
  file: string;
  lang: Lang;
  entities: { start: number; end: number; text: string; type: string; id?: string }[];
}

const gold: GoldArticle[] = readFileSync('fixtures/entities/seeds-gold.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));

function extractSeed(article: GoldArticle): { original: string; normalised: string; mentions: EntityMention[]; inOriginal: EntityMention[] } {
  const original = readFileSync(`fixtures/seeds/${article.file}`, 'utf8');
  const { text, map } = normaliseArticle(original, article.lang);
  const mentions = extractEntities(text, { lang: article.lang });
  const inOriginal = mentions.map((m) => ({ ...m, ...toOriginalSpan(map, m.start, m.end) }));
  return { original, normalised: text, mentions, inOriginal };
}

describe('seed articles', () => {
  test.each(gold.map((g) => [g.id, g] as const))('%s: entities match the gold', (_id, article) => {
    const { original, inOriginal } = extractSeed(article);
    const found = inOriginal.map((m) => ({ start: m.start, end: m.end, text: original.slice(m.start, m.end), type: m.type, ...(m.id ? { id: m.id } : {}) }));
    expect(found).toEqual(article.entities);
  });

  test('nothing from removed boilerplate (002 Related Articles, 000 Also Read)', () => {
    const texts = gold.flatMap((g) => extractSeed(g).mentions.map((m) => m.text));
    for (const absent of ['Renesas', 'Rwanda', 'Big Five', 'JGB', 'PMI', 'Observer Net, and']) expect(texts).not.toContain(absent);
  });

  test('the same people and places across languages', () => {
    const all = gold.flatMap((g) => extractSeed(g).mentions.map((mention) => ({ article: g.id, mention, lang: g.lang })));
    const { entityIds } = resolveCanonicalEntities(all);
    const idsOf = (text: string) => new Set(all.flatMap((m, i) => (m.mention.text === text ? [entityIds[i]] : [])));
    expect(idsOf('Toshiba')).toEqual(idsOf('东芝'));
    expect(idsOf('Sanae Takaichi')).toEqual(idsOf('高市早苗'));
    expect(idsOf('Akazawa')).toEqual(idsOf('Ryosei Akazawa'));
    expect(idsOf('Japan')).toEqual(idsOf('日本'));
    expect(idsOf('Trump')).toEqual(idsOf('唐纳德·特朗普'));
    expect(idsOf('特朗普')).toEqual(idsOf('Donald Trump'));
    expect(idsOf('Kishida')).toEqual(idsOf('Taro Kishida'));
    expect(idsOf('Rutherford')).toEqual(new Set(['person:rutherford']));
    expect(idsOf('Akizuki')).toEqual(new Set(['person:akizuki']));
    expect(idsOf('Taro Kishida')).toEqual(new Set(['person:taro-kishida']));
  });

  test('roles are recorded, the wrong names of 003 keep theirs', () => {
    const roles = gold.flatMap((g) => {
      const { normalised, mentions } = extractSeed(g);
      return extractRoles(normalised, mentions, { lang: g.lang }).map((r) => `${r.personText}|${r.personId ?? '-'}|${r.role}|${r.country ?? '-'}|${r.tense}`);
    });
    expect(new Set(roles)).toEqual(new Set([
      'Akazawa|person:ryosei-akazawa|trade_minister|place:jp|current',
      'Sanae Takaichi|person:sanae-takaichi|prime_minister|place:jp|current',
      'Donald Trump|person:donald-trump|president|place:us|current',
      'Rutherford|-|commerce_secretary|place:us|current',
      'Trump|person:donald-trump|president|place:us|current',
      'Akizuki|-|economic_revitalization_minister|place:jp|current',
      'Akizuki|-|chief_trade_negotiator|place:jp|current',
      'Taro Kishida|-|prime_minister|place:jp|current',
      '唐纳德·特朗普|person:donald-trump|president|place:us|current',
      '高市早苗|person:sanae-takaichi|prime_minister|place:jp|current',
      'Howard Lutnick|person:howard-lutnick|commerce_secretary|place:us|current',
      'Ryosei Akazawa|person:ryosei-akazawa|economy_trade_industry_minister|place:jp|current',
      'Ryosei Akazawa|person:ryosei-akazawa|economic_revitalization_minister|place:jp|former',
    ]));
  });
});
