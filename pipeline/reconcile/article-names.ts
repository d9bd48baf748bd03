// An article's names as reconciliation meets them: what the name, story and claim steps
// need of its entity mentions and roles, in terms of name groups (NameTally nodes), not of
// the entities they resolve to. While none of its groups resolves differently, what a store
// kept of an article stays true, so a run reads that instead of the article's mentions.

import { createHash } from 'node:crypto';
import type { CanonicalLayer } from './entities.ts';
import { bearsName } from './names.ts';
import type { ArticleInput, MentionInput, RoleInput } from './types.ts';

export type StoredRole = Omit<RoleInput, 'articleId'>;

export interface ArticleNames {
  /** The article's distinct name groups, in the order its mentions first name them. */
  nodes: string[];
  /** Groups (indices into nodes) of mentions naming no person: the other entities the story-name check compares. */
  others: number[];
  /** Mentions naming a person, in reading order: [mention id, start, end, text, group index]. */
  bearers: [number, number, number, string, number][];
  /** Roles of a country (the offices name variants are looked for in), with the group of the mention at the person's span (-1: none). */
  roles: [StoredRole, number][];
  /** Digest of what the article's claims are drafted from, but its story. */
  inputs: string;
}

export const digest = (parts: readonly unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);

/** Meets one article: its entity mentions (reading order) and roles, read against the resolved names. */
export function meetArticle(article: ArticleInput, own: readonly MentionInput[], roles: readonly RoleInput[], layer: CanonicalLayer, lookups: NameLookups): ArticleNames {
  const groups = layer.nodesOf(own).map((n) => n.node);
  const ids = groups.map(layer.entityOfNode);
  const nodes: string[] = [];
  const indexOf = new Map<string, number>();
  const local = groups.map((node) => {
    let i = indexOf.get(node);
    if (i === undefined) { i = nodes.push(node) - 1; indexOf.set(node, i); }
    return i;
  });
  const others = new Set<number>();
  const bearers: ArticleNames['bearers'] = [];
  own.forEach((m, i) => {
    if (bearsName(m.text, lookups.typeOf(ids[i]!))) bearers.push([m.id, m.start, m.end, m.text, local[i]!]);
    else others.add(local[i]!);
  });
  const atSpan = new Map<string, number>(); // the group of the first mention at a span
  own.forEach((m, i) => { const key = `${m.start}:${m.end}`; if (!atSpan.has(key)) atSpan.set(key, local[i]!); });
  const offices: ArticleNames['roles'] = [];
  for (const { articleId: _, ...role } of roles) if (role.country) offices.push([role, atSpan.get(`${role.personStart}:${role.personEnd}`) ?? -1]);
  const entities = own.map((m, i) => [m.id, ids[i], lookups.nameOf(ids[i]!)]);
  const people = roles.map((r) => (r.personEntityId ? lookups.nameOf(r.personEntityId) : null));
  return {
    nodes, others: [...others], bearers, roles: offices,
    inputs: digest([article.published, article.source ?? null, article.lang, entities, people]),
  };
}

/** An entity's name and type by id, for any id the layer or the gazetteer knows. */
export interface NameLookups {
  nameOf: (id: string) => string;
  typeOf: (id: string) => string;
}

export function nameLookups(layer: CanonicalLayer): NameLookups {
  const byId = new Map(layer.entities.map((e) => [e.id, e]));
  return {
    nameOf: (id) => byId.get(id)?.name ?? layer.gazetteer.get(id)?.name ?? id,
    typeOf: (id) => byId.get(id)?.type ?? layer.gazetteer.get(id)?.type ?? 'other',
  };
}

/** A person's mention as the story-name check reads it. */
export function bearerMention(articleId: string, [id, start, end, text]: ArticleNames['bearers'][number]): MentionInput {
  return {
    id, articleId, kind: 'entity', start, end, text, rule: '', valueNumber: null, valueText: null,
    currency: null, qualifier: null, min: null, max: null, entityType: 'person', entityId: null,
  };
}
