// resolveTally / resolveCanonicalEntities: one canonical id per name group (so per mention)
// across articles and scripts, from the tally of the mentions (name-tally.ts).
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
import { addToGroup } from '../group-by-key.ts';
import { linkGroupsAcrossScripts, type NameGroup } from './crossscript/link-groups.ts';
import type { ScriptMatchMemo } from './crossscript/match-memo.ts';
import { getGazetteer } from './gazetteer/index.ts';
import { hasHan, normaliseName, slugForName } from './name-forms.ts';
import { NameSets, type JoinEdge } from './name-sets.ts';
import { mergeEvidence, NameTally, NodeReader, surnamesOf, type GlossEnd, type MentionNode } from './name-tally.ts';
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

/** Longest name first, then code-point order: a total order, so the choice is order-free. */
const preferName = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const TYPE_ORDER: EntityType[] = ['person', 'org', 'place', 'other'];

let gazetteerSurnames: Set<string> | undefined;
/** Surnames (first and last words) of the gazetteer's people with a Latin name. */
function borneByGazetteerPerson(surname: string): boolean {
  gazetteerSurnames ??= new Set(getGazetteer().filter((e) => e.type === 'person' && !hasHan(e.name)).flatMap((e) => surnamesOf(e.name)));
  return gazetteerSurnames.has(normaliseName(surname));
}

/** An ASCII id slug: the slug of the romanised name without its accents (Lüliang → luliang). */
const asciiSlug = (name: string) => slugForName(name).normalize('NFD').replace(/\p{M}/gu, '');

/** The evidence an edge shows for one of its names: its groups' mentions of that name and its own mentions written so. */
function edgeEvidence(edge: JoinEdge, tally: NameTally, name: string): LinkEvidence[] {
  return mergeEvidence([...edge.shownBy.nodes.map((n) => tally.groups.get(n)?.names.get(name)?.evidence ?? []), edge.shownBy.items.filter((e) => e.text === name)]);
}

/** Each name of a set, with the rule that brought it in: its group's joining edge, else the set's own rule. */
function nameLinks(nodes: readonly string[], tally: NameTally, edges: readonly JoinEdge[], ownRule: (node: string) => string): EntityNameLink[] {
  const links = new Map<string, EntityNameLink>();
  const anchor = nodes[0]!;
  for (const node of nodes) {
    const group = tally.groups.get(node);
    const own = (name: string) => [...(group?.names.get(name)?.evidence ?? [])];
    const edge = node === anchor ? undefined : edges.find((e) => e.a === node || e.b === node);
    for (const name of [...(group?.names.keys() ?? [])].sort(byText)) {
      if (links.has(name)) continue;
      if (group?.names.get(name)!.surname) {
        const rule = borneByGazetteerPerson(name) ? 'surname-in-article.not-alias' : 'surname-in-article';
        links.set(name, { alias: name, rule, evidence: own(name) });
      } else if (edge) {
        const via = edge.a === node ? edge.bName : edge.aName;
        links.set(name, { alias: name, rule: edge.rule, score: edge.score, via, evidence: [...own(name), ...edgeEvidence(edge, tally, via)] });
      } else {
        links.set(name, { alias: name, rule: ownRule(node), evidence: own(name) });
      }
    }
  }
  return [...links.values()].sort((a, b) => byText(a.alias, b.alias));
}

export interface ResolvedNames {
  entities: CanonicalEntity[];
  /** The canonical entity id of a group (a mention's MentionNode.node). */
  entityOfNode: (node: string) => string;
}

/** The tally's groups joined into canonical entities: glosses, then names glossed elsewhere, then cross-script matches. */
export function resolveTally(tally: NameTally, scriptMemo?: ScriptMatchMemo): ResolvedNames {
  const gazetteer = new Map(getGazetteer().map((e) => [e.id, e]));
  const { groups } = tally;
  const sets = new NameSets();
  for (const key of groups.keys()) sets.add(key, key.startsWith('gz:') ? key.slice('gz:'.length) : undefined);

  const glosses = tally.glosses.map(([a, b]): [GlossEnd, GlossEnd] => (hasHan(a.item.text) ? [a, b] : [b, a]))
    .sort((x, y) => byText(x[0].node, y[0].node) || byText(x[1].node, y[1].node));
  for (const [a, b] of glosses) {
    sets.join({ a: a.node, b: b.node, aName: a.item.text, bName: b.item.text, rule: 'gloss.parenthetical', score: 1, shownBy: { nodes: [], items: [a.item, b.item] } });
  }
  const groupOfName = new Map<string, string>();
  for (const g of [...groups.values()].sort((a, b) => byText(a.key, b.key))) for (const n of g.names.keys()) if (!groupOfName.has(n)) groupOfName.set(n, g.key);
  const named = tally.namedGlosses
    .map(({ end, candidates, given }) => ({ end, name: candidates.find((n) => given || (hasHan(n) && groupOfName.has(n))) }))
    .filter((g): g is { end: GlossEnd; name: string } => g.name !== undefined)
    .sort((x, y) => byText(x.end.node, y.end.node) || byText(x.name, y.name));
  for (const { end, name } of named) {
    const node = groupOfName.get(name);
    if (!node || (groups.get(node)!.type !== end.type && end.type !== 'other' && groups.get(node)!.type !== 'other')) continue;
    sets.join({ a: node, b: end.node, aName: name, bName: end.item.text, rule: 'gloss.parenthetical.known-name', score: 1, shownBy: { nodes: [node], items: [end.item] } });
  }
  const discovered: NameGroup[] = [...groups.values()].filter((g) => !g.key.startsWith('gz:')).map((g) => ({ key: g.key, type: g.type, names: [...g.names.keys()].sort(preferName) }));
  for (const link of linkGroupsAcrossScripts(discovered, scriptMemo)) {
    sets.join({
      a: link.hanKey, b: link.latinKey, aName: link.hanName, bName: link.latinName, rule: link.rule, score: link.score,
      shownBy: { nodes: [link.hanKey, link.latinKey], items: [] },
    });
  }

  const entityOfRoot = new Map<string, CanonicalEntity>();
  const usedIds = new Set<string>(gazetteer.keys());
  for (const [root, nodes] of [...sets.members()].sort((a, b) => byText(a[0], b[0]))) {
    const knownId = sets.knownId(root);
    if (knownId) {
      const entry = gazetteer.get(knownId)!;
      // How each name was linked, as its last mention in these groups was.
      const how = new Map<string, string | undefined>();
      for (const n of nodes) for (const [name, { how: h }] of groups.get(n)?.names ?? []) how.set(name, h);
      const textLinks = nameLinks([`gz:${knownId}`, ...nodes.filter((n) => n !== `gz:${knownId}`)], tally, sets.edges, () => 'gazetteer');
      for (const l of textLinks) if (l.rule === 'gazetteer' && how.get(l.alias)) l.rule = `gazetteer.${how.get(l.alias)}`;
      const listed = entry.aliases.filter((a) => !textLinks.some((l) => l.alias === a)).map((alias) => ({ alias, rule: 'gazetteer', evidence: [] }));
      entityOfRoot.set(root, { ...entry, links: [...textLinks, ...listed].sort((a, b) => byText(a.alias, b.alias)) });
      continue;
    }
    const members = nodes.map((n) => groups.get(n)!);
    const names = [...new Set(members.flatMap((g) => [...g.names.keys()]))].sort(preferName);
    // Latin-script mentions decide when there are any: capitals and English context type a name more surely than Chinese text.
    const voters = members.some((g) => !hasHan(g.key)) ? members.filter((g) => !hasHan(g.key)) : members;
    const count = (t: EntityType) => voters.filter((g) => g.type === t).reduce((s, g) => s + g.mentions, 0);
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
    const notAliases = new Set(members.flatMap((g) => [...g.names].filter(([n, { surname }]) => surname && borneByGazetteerPerson(n)).map(([n]) => n)));
    entityOfRoot.set(root, {
      id, type, name, ...(nameZh ? { nameZh } : {}),
      aliases: names.filter((n) => n !== name && !notAliases.has(n)), source: 'discovered',
      links: nameLinks(nodes, tally, sets.edges, () => 'same-name'),
    });
  }
  const entities = [...entityOfRoot.values()].sort((a, b) => byText(a.id, b.id));
  // Each group's entity id looked up once, so the sets and their join edges are let go when this returns.
  const idOfNode = new Map([...groups.keys()].map((node) => [node, entityOfRoot.get(sets.find(node))!.id]));
  return { entities, entityOfNode: lookupIn(idOfNode) };
}

/**
 * The reader of a group's entity id, made outside resolveTally: a closure made inside would
 * keep that function's whole scope (the tally's groups, the sets, tens of MB at 100k articles)
 * alive for as long as the layer is.
 */
function lookupIn(idOfNode: ReadonlyMap<string, string>): (node: string) => string {
  return (node) => {
    const id = idOfNode.get(node);
    if (id === undefined) throw new Error(`resolveTally: no name group ${node} in the tally resolved`);
    return id;
  };
}

/** Canonical entities of mentions held in memory (tests, one drop): the tally made in their order, then resolved. */
export function resolveCanonicalEntities(mentions: ReadonlyArray<ArticleMention>, options: ResolveOptions = {}): { entities: CanonicalEntity[]; entityIds: string[] } {
  const reader = new NodeReader();
  const byArticle = new Map<string, number[]>();
  mentions.forEach((m, i) => addToGroup(byArticle, m.article, i));
  const nodes: MentionNode[] = new Array(mentions.length);
  for (const indices of byArticle.values()) {
    reader.articleNodes(indices.map((i) => mentions[i]!.mention)).forEach((n, k) => { nodes[indices[k]!] = n; });
  }
  const tally = new NameTally();
  mentions.forEach(({ article, mention }, i) => tally.add(article, mention, nodes[i]!, String(i).padStart(12, '0')));
  const end = (i: number): GlossEnd => {
    const { article, mention } = mentions[i]!;
    return { node: nodes[i]!.node, type: mention.type, item: { article, start: mention.start, end: mention.end, text: mention.text } };
  };
  for (const [a, b] of options.glosses ?? []) tally.gloss(end(a), end(b));
  for (const [i, name] of options.namedGlosses ?? []) tally.namedGloss(end(i), [name], true);
  const { entities, entityOfNode } = resolveTally(tally);
  return { entities, entityIds: nodes.map((n) => entityOfNode(n.node)) };
}
