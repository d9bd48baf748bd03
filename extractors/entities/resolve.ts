// resolveCanonicalEntities: one canonical id per mention across articles. Gazetteer
// links stand (and a mention without one is offered to the linker); other names group by type and normalised name, and a lone surname joins
// the one full name of the same article that ends with it ("Kishida" → "Taro Kishida").
// Ids come from the group's names, never from input order, so runs are reproducible.

import type { EntityMention, Lang } from '../types.ts';
import { getGazetteer } from './gazetteer/index.ts';
import { linkEntity } from './link.ts';
import { normaliseName, slugForName } from './name-forms.ts';
import type { CanonicalEntity } from './types.ts';

export interface ArticleMention {
  article: string;
  mention: EntityMention;
  lang: Lang;
}

interface Group {
  key: string;
  type: EntityMention['type'];
  names: Set<string>;
}

/** Longest name first, then code-point order: a total order, so the choice is order-free. */
const preferName = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

function groupKey(m: EntityMention): string {
  return `${m.type}|${normaliseName(m.text)}`;
}

/** Within each article, a one-word person name that is the last word of exactly one longer person name. */
function surnameKeys(mentions: ReadonlyArray<ArticleMention>): Map<string, string> {
  const fullNames = new Map<string, Map<string, Set<string>>>(); // article → surname → full-name keys
  for (const { article, mention } of mentions) {
    if (mention.id || mention.type !== 'person' || linkEntity(mention.text, 'person')) continue;
    const words = normaliseName(mention.text).split(' ');
    if (words.length < 2) continue;
    const bySurname = fullNames.get(article) ?? new Map<string, Set<string>>();
    const keys = bySurname.get(words[words.length - 1]!) ?? new Set<string>();
    keys.add(groupKey(mention));
    bySurname.set(words[words.length - 1]!, keys);
    fullNames.set(article, bySurname);
  }
  const redirect = new Map<string, string>(); // `${article}|${surname key}` → full-name key
  for (const [article, bySurname] of fullNames) {
    for (const [surname, keys] of bySurname) {
      if (keys.size === 1) redirect.set(`${article}|person|${surname}`, [...keys][0]!);
    }
  }
  return redirect;
}

export function resolveCanonicalEntities(mentions: ReadonlyArray<ArticleMention>): { entities: CanonicalEntity[]; entityIds: string[] } {
  const gazetteer = new Map(getGazetteer().map((e) => [e.id, e]));
  const redirects = surnameKeys(mentions);
  const groups = new Map<string, Group>();
  const linkedIds = mentions.map(({ mention }) =>
    mention.id && gazetteer.has(mention.id) ? mention.id : mention.type === 'other' ? undefined : linkEntity(mention.text, mention.type)?.entry.id);
  const keys: (string | undefined)[] = mentions.map(({ article, mention }, i) => {
    if (linkedIds[i]) return undefined;
    const own = groupKey(mention);
    const key = redirects.get(`${article}|${own}`) ?? own;
    const group = groups.get(key) ?? { key, type: mention.type, names: new Set<string>() };
    group.names.add(mention.text);
    groups.set(key, group);
    return key;
  });

  const discovered = new Map<string, CanonicalEntity>(); // group key → entity
  const usedIds = new Set<string>(gazetteer.keys());
  for (const group of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const names = [...group.names].sort(preferName);
    const name = names.find((n) => !/\p{Script=Han}/u.test(n)) ?? names[0]!;
    let id = `${group.type}:${slugForName(names[0]!)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${group.type}:${slugForName(names[0]!)}-${n}`;
    usedIds.add(id);
    const nameZh = names.find((n) => /\p{Script=Han}/u.test(n));
    discovered.set(group.key, {
      id, type: group.type, name, ...(nameZh ? { nameZh } : {}),
      aliases: names.filter((n) => n !== name), source: 'discovered',
    });
  }

  const entityIds = mentions.map((_, i) => linkedIds[i] ?? discovered.get(keys[i]!)!.id);
  const used = new Set(entityIds);
  const entities = [...[...gazetteer.values()].filter((e) => used.has(e.id)), ...discovered.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, entityIds };
}
