// canonicalEntities: one entity per real thing across articles and languages — gazetteer
// links stand (Donald Trump = 唐纳德·特朗普 = 特朗普), other names are grouped by the entity
// extractor's resolver — with every alias the gazetteer lists or an article wrote.

// The resolver and the gazetteer only, not the extractor's index: that one also loads the
// English and Chinese recognisers, which reconciliation never runs.
import { findGlosses, namedGlossCandidates } from '../../extractors/entities/crossscript/gloss.ts';
import { hasHan } from '../../extractors/entities/name-forms.ts';
import { getGazetteer } from '../../extractors/entities/gazetteer/index.ts';
import { resolveCanonicalEntities, type ArticleMention } from '../../extractors/entities/resolve.ts';
import type { CanonicalEntity } from '../../extractors/entities/types.ts';
import type { EntityType } from '../../extractors/types.ts';
import type { Db } from '../store/open.ts';
import type { ArticleInput, MentionInput } from './types.ts';
import { addToGroup } from '../group-by-key.ts';

export interface EntityAlias {
  entityId: string;
  alias: string;
  origin: 'gazetteer' | 'text';
}

export interface CanonicalLayer {
  entities: CanonicalEntity[];
  aliases: EntityAlias[];
  /** mention id → canonical entity id */
  mentionEntity: Map<number, string>;
  gazetteer: Map<string, CanonicalEntity>;
}

let gazetteerById: Map<string, CanonicalEntity> | undefined;
export function gazetteerEntities(): Map<string, CanonicalEntity> {
  gazetteerById ??= new Map(getGazetteer().map((e) => [e.id, e]));
  return gazetteerById;
}

/**
 * What one article glosses, by mention id: names written side by side in two scripts
 * (塔霍银行（Banco Tejo）), and bracketed Latin mentions with the Chinese strings before them
 * that may be a name found elsewhere. A function of the article alone, so a store keeps it.
 */
export interface ArticleGlosses {
  pairs: [number, number][];
  named: [number, string[]][];
}

export function articleGlosses(text: string, entityMentions: readonly MentionInput[]): ArticleGlosses {
  return {
    pairs: findGlosses(text, entityMentions).map(([a, b]): [number, number] => [entityMentions[a]!.id, entityMentions[b]!.id]),
    named: namedGlossCandidates(text, entityMentions).map(([i, names]): [number, string[]] => [entityMentions[i]!.id, names]),
  };
}

/** Every article's glosses as index pairs into `input`; a named gloss takes the longest candidate some article names. */
function glossesOf(articles: ArticleInput[], entityMentions: MentionInput[], input: ArticleMention[], glossesOfArticle: (article: ArticleInput, own: MentionInput[]) => ArticleGlosses): { glosses: [number, number][]; namedGlosses: [number, string][] } {
  const indexOf = new Map(entityMentions.map((m, i) => [m.id, i]));
  const byArticle = new Map<string, MentionInput[]>();
  for (const m of entityMentions) addToGroup(byArticle, m.articleId, m);
  const known = new Set(input.map((m) => m.mention.text).filter(hasHan));
  const glosses: [number, number][] = [];
  const namedGlosses: [number, string][] = [];
  for (const article of articles) {
    const own = byArticle.get(article.id);
    if (!own) continue;
    const found = glossesOfArticle(article, own);
    for (const [a, b] of found.pairs) glosses.push([indexOf.get(a)!, indexOf.get(b)!]);
    for (const [m, names] of found.named) {
      const name = names.find((n) => known.has(n));
      if (name) namedGlosses.push([indexOf.get(m)!, name]);
    }
  }
  return { glosses, namedGlosses };
}

export function canonicalEntities(articles: ArticleInput[], mentions: MentionInput[],
  glossesOfArticle: (article: ArticleInput, own: MentionInput[]) => ArticleGlosses = (article, own) => articleGlosses(article.text, own)): CanonicalLayer {
  const gazetteer = gazetteerEntities();
  const langOf = new Map(articles.map((a) => [a.id, a.lang]));
  const entityMentions = mentions.filter((m) => m.kind === 'entity' && langOf.has(m.articleId));
  const input: ArticleMention[] = entityMentions.map((m) => ({
    article: m.articleId,
    lang: langOf.get(m.articleId)!,
    mention: {
      start: m.start, end: m.end, text: m.text, type: (m.entityType ?? 'other') as EntityType, rule: m.rule,
      // Only gazetteer links are inputs; ids of discovered entities are this function's own output.
      ...(m.entityId && gazetteer.has(m.entityId) ? { id: m.entityId } : {}),
    },
  }));
  const { entities, entityIds } = resolveCanonicalEntities(input, glossesOf(articles, entityMentions, input, glossesOfArticle));
  const mentionEntity = new Map(entityMentions.map((m, i) => [m.id, entityIds[i]!]));

  const aliases = new Map<string, EntityAlias>();
  const add = (entityId: string, alias: string, origin: EntityAlias['origin']) => {
    const key = `${entityId}\u0000${alias}`;
    if (!aliases.has(key)) aliases.set(key, { entityId, alias, origin });
  };
  for (const e of entities) {
    for (const alias of e.aliases) add(e.id, alias, e.source === 'gazetteer' ? 'gazetteer' : 'text');
    if (e.nameZh && e.nameZh !== e.name) add(e.id, e.nameZh, e.source === 'gazetteer' ? 'gazetteer' : 'text');
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  // A discovered entity's aliases are its names the resolver kept: a lone surname a gazetteer
  // person also bears joins its mention to the entity without becoming an alias of it.
  const keptNames = new Map(entities.filter((e) => e.source === 'discovered').map((e) => [e.id, new Set([e.name, ...e.aliases])]));
  entityMentions.forEach((m, i) => {
    const id = entityIds[i]!;
    if (m.text !== byId.get(id)?.name && (keptNames.get(id)?.has(m.text) ?? true)) add(id, m.text, 'text');
  });
  const sortedAliases = [...aliases.values()].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
  return { entities, aliases: sortedAliases, mentionEntity, gazetteer };
}

/**
 * Each name of each entity with the rule and evidence that joined it, into entity_links
 * (after the entities are written; deleting an entity clears its links by cascade).
 * evidence holds JSON: {"via": the name it was matched against or null, "items": mentions or claims}.
 */
export function writeEntityLinks(db: Db, layer: CanonicalLayer): void {
  db.prepare('DELETE FROM entity_links').run();
  const insert = db.prepare('INSERT OR REPLACE INTO entity_links (entity_id, alias, rule, score, evidence) VALUES (?, ?, ?, ?, ?)');
  for (const e of layer.entities) {
    for (const l of e.links ?? []) insert.run(e.id, l.alias, l.rule, l.score ?? null, JSON.stringify({ via: l.via ?? null, items: l.evidence }));
  }
}
