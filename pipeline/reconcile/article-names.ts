// An article's names as reconciliation meets them: what the name, story and claim steps
// need of its entity mentions and roles, in terms of name groups (NameTally nodes), not of
// the entities they resolve to. While none of its groups resolves differently, what a store
// kept of an article stays true, so a run reads that instead of the article's mentions.

import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { CanonicalLayer } from './entities.ts';
import { bearsName, mentionRoles, type BearerMention } from './names.ts';
import type { ArticleInput, MentionInput, RoleInput } from './types.ts';

export type StoredRole = Omit<RoleInput, 'articleId'>;

export interface ArticleNames {
  /** The article's distinct name groups, in the order its mentions first name them. */
  nodes: string[];
  /** Groups (indices into nodes) of mentions naming no person: the other entities the story-name check compares. */
  others: number[];
  /** Mentions naming a person, in reading order: [mention id, start, end, text, group index, roles named around it (mentionRoles)]. */
  bearers: [number, number, number, string, number, number][];
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
  let text: string | undefined; // read from the store once, when the article names a person
  own.forEach((m, i) => {
    if (bearsName(m.text, lookups.typeOf(ids[i]!))) bearers.push([m.id, m.start, m.end, m.text, local[i]!, mentionRoles(m, (text ??= article.text))]);
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

// Kept in the store as deflated JSON of arrays (reconcile_articles.names, migration 13): mention
// ids as steps from the one before, ends as lengths, a role's fields by position; the keys and
// the numbers an object per mention and role would repeat are what made this state the size of
// the articles' text.
const ROLE_TEXTS = ['text', 'personText', 'personEntityId', 'role', 'roleName', 'country', 'tense', 'dateValue'] as const;

/**
 * JSON of a value deflated as an article's kept state is: a few hundred bytes each, so with a
 * 4 KB window and a small hash table, which zlib sets up in half the time of its defaults (the
 * setup is most of the cost at that size; any raw inflate reads it back).
 */
export const packJson = (value: unknown): Buffer => deflateRawSync(JSON.stringify(value), { windowBits: 12, memLevel: 5 });

/** An article's names as stored: a few hundred bytes where the JSON of its objects took kilobytes. */
export function packNames(names: ArticleNames): Buffer {
  let previous = 0;
  const bearers = names.bearers.flatMap(([id, start, end, text, group, roles]) => {
    const step = id - previous;
    previous = id;
    return [step, start, end - start, text, group, roles];
  });
  const roles = names.roles.flatMap(([r, group]) => [r.start, r.end - r.start, r.personStart - r.start, r.personEnd - r.personStart,
    ...ROLE_TEXTS.map((k) => r[k]), group]);
  return packJson([names.nodes, names.others, bearers, roles, names.inputs]);
}

export function unpackNames(packed: Uint8Array): ArticleNames {
  const [nodes, others, flatBearers, flatRoles, inputs] = JSON.parse(inflateRawSync(packed).toString()) as [string[], number[], unknown[], unknown[], string];
  const bearers: ArticleNames['bearers'] = [];
  let id = 0;
  for (let i = 0; i < flatBearers.length; i += 6) {
    const [step, start, length, text, group, roles] = flatBearers.slice(i, i + 6) as [number, number, number, string, number, number];
    id += step;
    bearers.push([id, start, start + length, text, group, roles]);
  }
  const roles: ArticleNames['roles'] = [];
  const width = 4 + ROLE_TEXTS.length + 1;
  for (let i = 0; i < flatRoles.length; i += width) {
    const [start, length, personFrom, personLength, text, personText, personEntityId, role, roleName, country, tense, dateValue, group] =
      flatRoles.slice(i, i + width) as [number, number, number, number, string, string, string | null, string, string, string | null, StoredRole['tense'], string | null, number];
    const personStart = start + personFrom;
    roles.push([{ start, end: start + length, text, personStart, personEnd: personStart + personLength, personText, personEntityId, role, roleName,
      country, tense, dateValue }, group]);
  }
  return { nodes, others, bearers, roles, inputs };
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

/** A person's mention as the story-name check reads it: six fields, not a whole mention's sixteen. */
export function bearerMention(articleId: string, [id, start, end, text, , roles]: ArticleNames['bearers'][number]): BearerMention {
  return { id, articleId, start, end, text, roles };
}
