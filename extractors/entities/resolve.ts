// resolveCanonicalEntities: one canonical id per mention across articles and scripts.
// Gazetteer links stand (a mention without one is offered to the linker); other names
// group by type and normalised name, and a lone surname joins the one full name of the
// same article that ends or starts with it ("Kishida" → "Taro Kishida", "Zhou" → "Zhou
// Haitao", 卡瓦略 → 伊内丝·卡瓦略).
// Groups then join across scripts: a name glossed in the other script beside it
// (塔霍银行（Banco Tejo）, also when the Chinese name is a mention only in another article),
// and names the cross-script matcher pairs (郭明辉 = Guo Minghui).
// Every name of an entity keeps the rule and the mentions that joined it. Ids come from
// the names, never from input order, so runs are reproducible; a name seen only in Chinese
// gets the id of its romanised form (romanised-name.ts: 秦川燃气 → org:qinchuanranqi). A
// lone surname that a gazetteer person also bears ("Kishida" of Fumio Kishida) still joins
// its article's full name, but is no alias of it: elsewhere it names someone else.

import type { EntityMention, EntityType, Lang } from '../types.ts';
import { linkGroupsAcrossScripts, type NameGroup } from './crossscript/link-groups.ts';
import { getGazetteer } from './gazetteer/index.ts';
import { linkEntity } from './link.ts';
import { hasHan, normaliseName, slugForName } from './name-forms.ts';
import { NameSets, type JoinEdge } from './name-sets.ts';
import { romanisedName } from './romanised-name.ts';
import type { CanonicalEntity, EntityNameLink, LinkEvidence } from './types.ts';

export interface ArticleMention {
  article: string;
  mention: EntityMention;
  lang: Lang;
}

export interface ResolveOptions {
  /** Mention index pairs one article writes side by side in two scripts: 塔霍银行（Banco Tejo）. */
  glosses?: ReadonlyArray<readonly [number, number]>;
  /** A Latin mention glossing a Chinese name that is a mention elsewhere: [mention index, Chinese name]. */
  namedGlosses?: ReadonlyArray<readonly [number, string]>;
}

interface Group {
  key: string;
  type: EntityType;
  names: Set<string>;
  /** Names that joined through a lone-surname redirect. */
  surnames: Set<string>;
  mentions: number[];
}

/** Longest name first, then code-point order: a total order, so the choice is order-free. */
const preferName = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const TYPE_ORDER: EntityType[] = ['person', 'org', 'place', 'other'];
const EVIDENCE_PER_NAME = 3;

function groupKey(m: EntityMention): string {
  return `${m.type}|${normaliseName(m.text)}`;
}

/**
 * The parts a lone surname would repeat: the part after the dot of a transliterated name,
 * the last word of a Latin name, and its first word too — Chinese, Korean and Hungarian
 * names in Latin script put the surname first ("Zhou Haitao" … "Zhou said").
 */
function surnamesOf(name: string): string[] {
  if (hasHan(name)) {
    const parts = name.split(/[·•・‧]/);
    return parts.length >= 2 ? [normaliseName(parts[parts.length - 1]!)] : [];
  }
  const words = normaliseName(name).split(' ');
  return words.length >= 2 ? [...new Set([words[words.length - 1]!, words[0]!])] : [];
}

/** Within each article, a one-word person name that is the surname (first or last word) of exactly one longer person name. */
function surnameKeys(mentions: ReadonlyArray<ArticleMention>): Map<string, string> {
  const fullNames = new Map<string, Map<string, Set<string>>>(); // article → surname → full-name keys
  for (const { article, mention } of mentions) {
    if (mention.id || mention.type !== 'person' || linkEntity(mention.text, 'person')) continue;
    const bySurname = fullNames.get(article) ?? new Map<string, Set<string>>();
    for (const surname of surnamesOf(mention.text)) {
      const keys = bySurname.get(surname) ?? new Set<string>();
      keys.add(groupKey(mention));
      bySurname.set(surname, keys);
    }
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

let gazetteerSurnames: Set<string> | undefined;
/** Surnames (first and last words) of the gazetteer's people with a Latin name. */
function borneByGazetteerPerson(surname: string): boolean {
  gazetteerSurnames ??= new Set(getGazetteer().filter((e) => e.type === 'person' && !hasHan(e.name)).flatMap((e) => surnamesOf(e.name)));
  return gazetteerSurnames.has(normaliseName(surname));
}

/** An ASCII id slug: the slug of the romanised name without its accents (Lüliang → luliang). */
const asciiSlug = (name: string) => slugForName(name).normalize('NFD').replace(/\p{M}/gu, '');

function evidenceOf(indices: Iterable<number>, mentions: ReadonlyArray<ArticleMention>, name?: string): LinkEvidence[] {
  const all = [...indices].map((i) => ({ article: mentions[i]!.article, start: mentions[i]!.mention.start, end: mentions[i]!.mention.end, text: mentions[i]!.mention.text }))
    .filter((e) => name === undefined || e.text === name)
    .sort((a, b) => byText(a.article, b.article) || a.start - b.start || a.end - b.end);
  // One per article first: the articles a link spans say more than repeats within one.
  const seen = new Set<string>();
  const firsts = all.filter((e) => !seen.has(e.article) && seen.add(e.article));
  return firsts.slice(0, EVIDENCE_PER_NAME);
}

/** Each name of a set, with the rule that brought it in: its group's joining edge, else the set's own rule. */
function nameLinks(nodes: readonly string[], groups: Map<string, Group>, edges: readonly JoinEdge[], mentions: ReadonlyArray<ArticleMention>, ownRule: (node: string) => string): EntityNameLink[] {
  const links = new Map<string, EntityNameLink>();
  const anchor = nodes[0]!;
  for (const node of nodes) {
    const group = groups.get(node);
    const indices = group?.mentions ?? [];
    const edge = node === anchor ? undefined : edges.find((e) => e.a === node || e.b === node);
    for (const name of [...(group?.names ?? [])].sort(byText)) {
      if (links.has(name)) continue;
      if (group?.surnames.has(name)) {
        const rule = borneByGazetteerPerson(name) ? 'surname-in-article.not-alias' : 'surname-in-article';
        links.set(name, { alias: name, rule, evidence: evidenceOf(indices, mentions, name) });
      } else if (edge) {
        const via = edge.a === node ? edge.bName : edge.aName;
        links.set(name, {
          alias: name, rule: edge.rule, score: edge.score, via,
          evidence: [...evidenceOf(indices, mentions, name), ...evidenceOf(edge.mentions, mentions, via)],
        });
      } else {
        links.set(name, { alias: name, rule: ownRule(node), evidence: evidenceOf(indices, mentions, name) });
      }
    }
  }
  return [...links.values()].sort((a, b) => byText(a.alias, b.alias));
}

export function resolveCanonicalEntities(mentions: ReadonlyArray<ArticleMention>, options: ResolveOptions = {}): { entities: CanonicalEntity[]; entityIds: string[] } {
  const gazetteer = new Map(getGazetteer().map((e) => [e.id, e]));
  const redirects = surnameKeys(mentions);
  const groups = new Map<string, Group>();
  const known = mentions.map(({ mention }) => {
    if (mention.id && gazetteer.has(mention.id)) return { id: mention.id, how: 'recognised' };
    const link = mention.type === 'other' ? undefined : linkEntity(mention.text, mention.type);
    return link ? { id: link.entry.id, how: link.how } : undefined;
  });
  const sets = new NameSets();
  const nodeOf = mentions.map(({ article, mention }, i) => {
    const linked = known[i];
    if (linked) {
      const node = `gz:${linked.id}`;
      sets.add(node, linked.id);
      const group = groups.get(node) ?? { key: node, type: mention.type, names: new Set<string>(), surnames: new Set<string>(), mentions: [] };
      group.names.add(mention.text);
      group.mentions.push(i);
      groups.set(node, group);
      return node;
    }
    const own = groupKey(mention);
    const key = redirects.get(`${article}|${own}`) ?? own;
    const group = groups.get(key) ?? { key, type: mention.type, names: new Set<string>(), surnames: new Set<string>(), mentions: [] };
    group.names.add(mention.text);
    if (key !== own) group.surnames.add(mention.text);
    group.mentions.push(i);
    groups.set(key, group);
    sets.add(key);
    return key;
  });

  const glosses = [...(options.glosses ?? [])].map(([a, b]): [number, number] => (hasHan(mentions[a]!.mention.text) ? [a, b] : [b, a]))
    .sort((x, y) => byText(nodeOf[x[0]]!, nodeOf[y[0]]!) || byText(nodeOf[x[1]]!, nodeOf[y[1]]!));
  for (const [a, b] of glosses) {
    sets.join({ a: nodeOf[a]!, b: nodeOf[b]!, aName: mentions[a]!.mention.text, bName: mentions[b]!.mention.text, rule: 'gloss.parenthetical', score: 1, mentions: [a, b] });
  }
  const groupOfName = new Map<string, string>();
  for (const g of [...groups.values()].sort((a, b) => byText(a.key, b.key))) for (const n of g.names) if (!groupOfName.has(n)) groupOfName.set(n, g.key);
  const named = [...(options.namedGlosses ?? [])].sort((x, y) => byText(nodeOf[x[0]]!, nodeOf[y[0]]!) || byText(x[1], y[1]));
  for (const [i, name] of named) {
    const node = groupOfName.get(name);
    const type = mentions[i]!.mention.type;
    if (!node || (groups.get(node)!.type !== type && type !== 'other' && groups.get(node)!.type !== 'other')) continue;
    const there = groups.get(node)!.mentions;
    sets.join({ a: node, b: nodeOf[i]!, aName: name, bName: mentions[i]!.mention.text, rule: 'gloss.parenthetical.known-name', score: 1, mentions: [i, ...there] });
  }
  const discovered: NameGroup[] = [...groups.values()].filter((g) => !g.key.startsWith('gz:')).map((g) => ({ key: g.key, type: g.type, names: [...g.names].sort(preferName) }));
  for (const link of linkGroupsAcrossScripts(discovered)) {
    sets.join({
      a: link.hanKey, b: link.latinKey, aName: link.hanName, bName: link.latinName, rule: link.rule, score: link.score,
      mentions: [...groups.get(link.hanKey)!.mentions, ...groups.get(link.latinKey)!.mentions],
    });
  }

  const entityOfRoot = new Map<string, CanonicalEntity>();
  const usedIds = new Set<string>(gazetteer.keys());
  for (const [root, nodes] of [...sets.members()].sort((a, b) => byText(a[0], b[0]))) {
    const knownId = sets.knownId(root);
    if (knownId) {
      const entry = gazetteer.get(knownId)!;
      const how = new Map(nodes.flatMap((n) => groups.get(n)?.mentions ?? []).map((i) => [mentions[i]!.mention.text, known[i]?.how]));
      const textLinks = nameLinks([`gz:${knownId}`, ...nodes.filter((n) => n !== `gz:${knownId}`)], groups, sets.edges, mentions, () => 'gazetteer');
      for (const l of textLinks) if (l.rule === 'gazetteer' && how.get(l.alias)) l.rule = `gazetteer.${how.get(l.alias)}`;
      const listed = entry.aliases.filter((a) => !textLinks.some((l) => l.alias === a)).map((alias) => ({ alias, rule: 'gazetteer', evidence: [] }));
      entityOfRoot.set(root, { ...entry, links: [...textLinks, ...listed].sort((a, b) => byText(a.alias, b.alias)) });
      continue;
    }
    const members = nodes.map((n) => groups.get(n)!);
    const names = [...new Set(members.flatMap((g) => [...g.names]))].sort(preferName);
    // Latin-script mentions decide when there are any: capitals and English context type a name more surely than Chinese text.
    const voters = members.some((g) => !hasHan(g.key)) ? members.filter((g) => !hasHan(g.key)) : members;
    const count = (t: EntityType) => voters.filter((g) => g.type === t).reduce((s, g) => s + g.mentions.length, 0);
    const type = [...TYPE_ORDER].sort((a, b) => count(b) - count(a) || TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b))[0]!;
    const latin = names.find((n) => !hasHan(n));
    const name = latin ?? names[0]!;
    // A name seen only in Chinese keeps it as its name here (figure links and subjects read it);
    // its id is the romanised name's, and the store shows that name beside name_zh.
    const slug = !hasHan(names[0]!) ? slugForName(names[0]!) : latin ? slugForName(latin) : asciiSlug(romanisedName(name, type));
    let id = `${type}:${slug}`;
    for (let n = 2; usedIds.has(id); n++) id = `${type}:${slug}-${n}`;
    usedIds.add(id);
    const nameZh = names.find(hasHan);
    const notAliases = new Set(members.flatMap((g) => [...g.surnames].filter(borneByGazetteerPerson)));
    entityOfRoot.set(root, {
      id, type, name, ...(nameZh ? { nameZh } : {}),
      aliases: names.filter((n) => n !== name && !notAliases.has(n)), source: 'discovered',
      links: nameLinks(nodes, groups, sets.edges, mentions, () => 'same-name'),
    });
  }

  const entityIds = nodeOf.map((node) => entityOfRoot.get(sets.find(node))!.id);
  const entities = [...entityOfRoot.values()].sort((a, b) => byText(a.id, b.id));
  return { entities, entityIds };
}
