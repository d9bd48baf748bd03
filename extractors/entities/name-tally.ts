// NameTally: what the canonical-entity resolver (resolve.ts) needs to know of entity
// mentions, gathered article by article and kept per name rather than per mention: each
// name group's names, how many mentions it has (they vote on its type), and for each name
// the first mention of the first three articles that wrote it (the evidence a link shows).
// So a store of millions of mentions is resolved in memory that follows its distinct names.
// articleNodes gives one article's mentions their group: a gazetteer link, else type and
// normalised name, a lone surname sent to the one full name of the article it belongs to.

import type { EntityMention, EntityType } from '../types.ts';
import { getGazetteer } from './gazetteer/index.ts';
import { linkEntity } from './link.ts';
import { hasHan, normaliseName } from './name-forms.ts';
import type { LinkEvidence } from './types.ts';

/** Evidence items kept for each name: one per article, the first articles by id. */
export const EVIDENCE_PER_NAME = 3;

export interface MentionNode {
  /** `gz:<gazetteer id>` for a linked mention, else `<type>|<normalised name>` (of the full name a lone surname stands for). */
  node: string;
  /** How the gazetteer link was made (`recognised` when the extractor linked it). */
  how?: string;
  /** The mention is a lone surname that joined its article's full name. */
  surname: boolean;
}

export interface TalliedGroup {
  key: string;
  /** The type of the group's first mention (its place in reading order: `typeAt`). */
  type: EntityType;
  typeAt: string;
  mentions: number;
  /** Each of its names, in the order first met. One map per group, not one per field: a store's tally holds a group per distinct name. */
  names: Map<string, TalliedName>;
}

/** One name of a group. */
export interface TalliedName {
  /** Its mentions. */
  count: number;
  /** It joined through a lone-surname redirect. */
  surname: boolean;
  /** The first mention (by span) in each of the first EVIDENCE_PER_NAME articles (by id) writing it. */
  evidence: LinkEvidence[];
  /** How the gazetteer link of its last mention (in reading order: `howAt`) was made. */
  how: string | undefined;
  howAt: string;
}

/** One name of one group as a store keeps it (NameTally.rows, NameTally.load). */
export interface TallyRow {
  node: string;
  name: string;
  type: EntityType;
  typeAt: string;
  mentions: number;
  surname: boolean;
  evidence: LinkEvidence[];
  how: string | null;
  howAt: string;
}

/** One side of a gloss: a mention's group, name and place. */
export interface GlossEnd {
  node: string;
  type: EntityType;
  item: LinkEvidence;
}

const byPlace = (a: LinkEvidence, b: LinkEvidence) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end);

/** Adds an item to a name's evidence: an article keeps its first mention, and only the first articles are kept. */
export function keepEvidence(list: LinkEvidence[], item: LinkEvidence): void {
  const same = list.findIndex((e) => e.article === item.article);
  if (same >= 0) {
    if (byPlace(item, list[same]!) < 0) list[same] = item;
    return;
  }
  let at = list.length;
  while (at > 0 && byPlace(item, list[at - 1]!) < 0) at--;
  if (at >= EVIDENCE_PER_NAME) return;
  list.splice(at, 0, item);
  if (list.length > EVIDENCE_PER_NAME) list.pop();
}

/** The first items of several evidence lists (one per article, the first articles), as if picked from all their mentions. */
export function mergeEvidence(lists: Iterable<readonly LinkEvidence[]>): LinkEvidence[] {
  const merged: LinkEvidence[] = [];
  for (const list of lists) for (const item of list) keepEvidence(merged, item);
  return merged;
}

function groupKey(m: EntityMention): string {
  return `${m.type}|${normaliseName(m.text)}`;
}

/**
 * The parts a lone surname would repeat: the part after the dot of a transliterated name,
 * the last word of a Latin name, and its first word too — Chinese, Korean and Hungarian
 * names in Latin script put the surname first ("Zhou Haitao" … "Zhou said").
 */
export function surnamesOf(name: string): string[] {
  if (hasHan(name)) {
    const parts = name.split(/[·•・‧]/);
    return parts.length >= 2 ? [normaliseName(parts[parts.length - 1]!)] : [];
  }
  const words = normaliseName(name).split(' ');
  return words.length >= 2 ? [...new Set([words[words.length - 1]!, words[0]!])] : [];
}

/** Reads mentions' groups, remembering each distinct name's gazetteer link (one lookup per name, not per mention). */
export class NodeReader {
  private readonly gazetteer = new Set(getGazetteer().map((e) => e.id));
  private readonly links = new Map<string, { id: string; how: string } | null>();

  private linkOf(text: string, type: EntityType): { id: string; how: string } | null {
    const key = `${type}|${text}`;
    let link = this.links.get(key);
    if (link === undefined) {
      const found = linkEntity(text, type);
      link = found ? { id: found.entry.id, how: found.how } : null;
      this.links.set(key, link);
    }
    return link;
  }

  private known(m: EntityMention): { id: string; how: string } | null {
    if (m.id && this.gazetteer.has(m.id)) return { id: m.id, how: 'recognised' };
    return m.type === 'other' ? null : this.linkOf(m.text, m.type);
  }

  /** The groups of one article's entity mentions, in their order. */
  articleNodes(mentions: readonly EntityMention[]): MentionNode[] {
    // A one-word person name that is the surname (first or last word) of exactly one longer person name of the article.
    const fullNames = new Map<string, Set<string>>(); // surname → full-name keys
    for (const m of mentions) {
      if (m.id || m.type !== 'person' || this.linkOf(m.text, 'person')) continue;
      for (const surname of surnamesOf(m.text)) {
        const keys = fullNames.get(surname) ?? new Set<string>();
        keys.add(groupKey(m));
        fullNames.set(surname, keys);
      }
    }
    return mentions.map((m) => {
      const linked = this.known(m);
      if (linked) return { node: `gz:${linked.id}`, how: linked.how, surname: false };
      const own = groupKey(m);
      const full = m.type === 'person' ? fullNames.get(own.slice('person|'.length)) : undefined;
      const key = full && full.size === 1 ? [...full][0]! : own;
      return { node: key, surname: key !== own };
    });
  }
}

interface NamedGloss {
  end: GlossEnd;
  /** The Chinese strings before it that may be a name mentioned elsewhere, longest first. */
  candidates: string[];
  /** The caller named the gloss itself: no check that the name is Chinese. */
  given: boolean;
}

/** Every article's entity mentions, tallied by group and name, with the glosses they make. */
export class NameTally {
  readonly groups = new Map<string, TalliedGroup>();
  readonly glosses: [GlossEnd, GlossEnd][] = [];
  readonly namedGlosses: NamedGloss[] = [];

  /** Groups changed since the tally was made or loaded. */
  readonly changed = new Set<string>();

  private group(key: string, type: EntityType, at: string): TalliedGroup {
    let group = this.groups.get(key);
    if (!group) {
      group = { key, type, typeAt: at, mentions: 0, names: new Map() };
      this.groups.set(key, group);
    } else if (at < group.typeAt) {
      group.type = type;
      group.typeAt = at;
    }
    return group;
  }

  /**
   * One mention of an article, with the group articleNodes gave it. `at` orders mentions as
   * they are read (article, then place in it): the tally is the same whatever order they come in.
   */
  add(article: string, mention: EntityMention, node: MentionNode, at: string): void {
    const group = this.group(node.node, mention.type, at);
    group.mentions++;
    const item = { article, start: mention.start, end: mention.end, text: mention.text };
    const name = group.names.get(mention.text);
    if (!name) {
      group.names.set(mention.text, { count: 1, surname: node.surname, evidence: [item], how: node.how, howAt: at });
    } else {
      name.count++;
      if (node.surname) name.surname = true;
      keepEvidence(name.evidence, item);
      if (!(at < name.howAt)) [name.how, name.howAt] = [node.how, at];
    }
    this.changed.add(node.node);
  }

  /** The names of some groups, as rows a store keeps. */
  rows(keys: Iterable<string>): TallyRow[] {
    const rows: TallyRow[] = [];
    for (const key of keys) {
      const g = this.groups.get(key);
      if (!g) continue;
      for (const [name, n] of g.names) {
        rows.push({ node: key, name, type: g.type, typeAt: g.typeAt, mentions: n.count, surname: n.surname, evidence: n.evidence, how: n.how ?? null, howAt: n.howAt });
      }
    }
    return rows;
  }

  /** Names kept by a store (rows), as if their mentions had been added. */
  load(rows: Iterable<TallyRow>): void {
    for (const r of rows) {
      const g = this.group(r.node, r.type, r.typeAt);
      g.mentions += r.mentions;
      g.names.set(r.name, { count: r.mentions, surname: r.surname, evidence: r.evidence, how: r.how ?? undefined, howAt: r.howAt });
    }
  }

  /** Two mentions one article writes side by side in two scripts: 塔霍银行（Banco Tejo）. */
  gloss(a: GlossEnd, b: GlossEnd): void {
    this.glosses.push([a, b]);
  }

  /** A Latin mention glossing Chinese text that may be a name found elsewhere. */
  namedGloss(end: GlossEnd, candidates: string[], given = false): void {
    this.namedGlosses.push({ end, candidates, given });
  }
}
