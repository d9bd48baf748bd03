// Canonical entities: one entity per real thing across articles and languages — gazetteer
// links stand (Donald Trump = 唐纳德·特朗普 = 特朗普), other names are grouped by the entity
// extractor's resolver — with every alias the gazetteer lists or an article wrote. Articles
// are tallied one at a time (EntityTally), so a store never holds all its mentions at once;
// the resolved layer then tells each article's mentions their entity.

// The resolver and the gazetteer only, not the extractor's index: that one also loads the
// English and Chinese recognisers, which reconciliation never runs.
import { findGlosses, namedGlossCandidates } from '../../extractors/entities/crossscript/gloss.ts';
import { getGazetteer } from '../../extractors/entities/gazetteer/index.ts';
import { NameTally, NodeReader, type GlossEnd, type MentionNode } from '../../extractors/entities/name-tally.ts';
import { resolveTally } from '../../extractors/entities/resolve.ts';
import type { ScriptMatchMemo } from '../../extractors/entities/crossscript/match-memo.ts';
import type { CanonicalEntity } from '../../extractors/entities/types.ts';
import type { EntityMention, EntityType } from '../../extractors/types.ts';
import type { ArticleInput, MentionInput } from './types.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

export interface EntityAlias {
  entityId: string;
  alias: string;
  origin: 'gazetteer' | 'text';
}

export interface CanonicalLayer {
  entities: CanonicalEntity[];
  aliases: EntityAlias[];
  /** The canonical entity of each of one article's entity mentions (given in reading order), in their order. */
  articleEntities: (own: readonly MentionInput[]) => string[];
  /** The name groups of one article's entity mentions (given in reading order). */
  nodesOf: (own: readonly MentionInput[]) => MentionNode[];
  /** The entity a name group resolved to, before any merge by figures (`renamed`). */
  entityOfNode: (node: string) => string;
  /** Entities merged into another after names were resolved (figure links): old id → new id. */
  renamed: Map<string, string>;
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

const toEntityMention = (m: MentionInput, gazetteer: ReadonlyMap<string, CanonicalEntity>): EntityMention => ({
  start: m.start, end: m.end, text: m.text, type: (m.entityType ?? 'other') as EntityType, rule: m.rule,
  // Only gazetteer links are inputs; ids of discovered entities are reconciliation's own output.
  ...(m.entityId && gazetteer.has(m.entityId) ? { id: m.entityId } : {}),
});

const entityMentionsOf = (own: readonly MentionInput[], gazetteer: ReadonlyMap<string, CanonicalEntity>): EntityMention[] =>
  own.map((m) => toEntityMention(m, gazetteer));

/**
 * Names met article by article: each article's entity mentions (in reading order) and its
 * glosses go into a tally, and what the tally resolves to gives every mention its entity.
 */
export class EntityTally {
  private readonly gazetteer = gazetteerEntities();
  private readonly reader = new NodeReader();
  readonly tally = new NameTally();

  /** The name groups of one article's entity mentions (given in reading order). */
  nodesOf(own: readonly MentionInput[]): MentionNode[] {
    return this.reader.articleNodes(entityMentionsOf(own, this.gazetteer));
  }

  /** Tallies one article's entity mentions and the glosses it writes. */
  addArticle(articleId: string, own: readonly MentionInput[], glosses: ArticleGlosses): void {
    const nodes = this.addMentions(articleId, own);
    this.addGlosses(articleId, own, nodes, glosses);
  }

  /** Tallies one article's entity mentions (in reading order); returns their groups. */
  addMentions(articleId: string, own: readonly MentionInput[]): MentionNode[] {
    const mentions = entityMentionsOf(own, this.gazetteer);
    const nodes = this.reader.articleNodes(mentions);
    mentions.forEach((m, i) => this.tally.add(articleId, m, nodes[i]!, `${articleId}\u0000${String(i).padStart(6, '0')}`));
    return nodes;
  }

  /** The glosses one article writes, between its mentions (whose groups are `nodes`). Articles give theirs in id order. */
  addGlosses(articleId: string, own: readonly MentionInput[], nodes: readonly MentionNode[], glosses: ArticleGlosses): void {
    if (glosses.pairs.length === 0 && glosses.named.length === 0) return;
    const local = new Map(own.map((m, i) => [m.id, i]));
    const end = (id: number): GlossEnd => {
      const i = local.get(id)!;
      const m = own[i]!;
      return { node: nodes[i]!.node, type: (m.entityType ?? 'other') as EntityType, item: { article: articleId, start: m.start, end: m.end, text: m.text } };
    };
    for (const [a, b] of glosses.pairs) this.tally.gloss(end(a), end(b));
    for (const [m, names] of glosses.named) this.tally.namedGloss(end(m), names);
  }

  /**
   * The canonical entities, their aliases, and a reader of each article's mentions' entities.
   * `scriptMemo`: the cross-script pairs compared by the resolution before (a store keeps them).
   */
  resolve(scriptMemo?: ScriptMatchMemo): CanonicalLayer {
    const { entities, entityOfNode } = resolveTally(this.tally, scriptMemo);
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
    for (const group of this.tally.groups.values()) {
      const id = entityOfNode(group.key);
      for (const name of group.names.keys()) if (name !== byId.get(id)?.name && (keptNames.get(id)?.has(name) ?? true)) add(id, name, 'text');
    }
    const sortedAliases = [...aliases.values()].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
    const renamed = new Map<string, string>();
    // The layer reads mentions' groups with the reader alone, not through this tally: a caller done tallying lets the tally go.
    const { reader, gazetteer } = this;
    const nodesOf = (own: readonly MentionInput[]) => reader.articleNodes(entityMentionsOf(own, gazetteer));
    return {
      entities, aliases: sortedAliases, gazetteer, renamed, entityOfNode, nodesOf,
      articleEntities: (own) => nodesOf(own).map((n) => {
        const id = entityOfNode(n.node);
        return renamed.get(id) ?? id;
      }),
    };
  }
}

/** Canonical entities of articles held in memory (reconcile(), the reference), with each mention's entity. */
export function canonicalEntities(articles: ArticleInput[], mentions: MentionInput[],
  glossesOfArticle: (article: ArticleInput, own: MentionInput[]) => ArticleGlosses = (article, own) => articleGlosses(article.text, own)): CanonicalLayer {
  const byArticle = new Map<string, MentionInput[]>();
  for (const m of mentions) if (m.kind === 'entity') addToGroup(byArticle, m.articleId, m);
  const tally = new EntityTally();
  for (const article of articles) {
    const own = byArticle.get(article.id);
    if (own) tally.addArticle(article.id, own, glossesOfArticle(article, own));
  }
  return tally.resolve();
}
