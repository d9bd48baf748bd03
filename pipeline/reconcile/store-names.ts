// Names kept in the store between reconciliations, so a run meets only the articles it must:
// the tally of every live article's entity mentions (reconcile_names, one row per name of a
// name group), what each group resolved to last time (reconcile_nodes), and each article's
// names as met (reconcile_articles.names, packed by article-names.ts) and its figures' story
// features (reconcile_articles.figures, packed here). Articles never change (a changed
// file makes a new article), so the tally only grows; an article leaving the store makes the
// next run tally every article again.

import { inflateRawSync } from 'node:zlib';
import type { TallyRow } from '../../extractors/entities/name-tally.ts';
import type { EntityType } from '../../extractors/types.ts';
import type { Db } from '../store/open.ts';
import { packJson, packNames, unpackNames, type ArticleNames } from './article-names.ts';

/** The tally's rows as kept, one at a time (each is loaded into the tally as it comes, not all read first). */
export function* readTally(db: Db): Generator<TallyRow> {
  const rows = db.prepare('SELECT node, name, type, type_at, mentions, surname, evidence, how, how_at FROM reconcile_names').raw();
  for (const [node, name, type, typeAt, mentions, surname, evidence, how, howAt] of rows.iterate() as Iterable<[string, string, EntityType, string, number, number, string, string | null, string]>) {
    yield {
      node, name, type, typeAt, mentions, surname: surname === 1, how, howAt,
      evidence: (JSON.parse(evidence) as [string, number, number][]).map(([article, start, end]) => ({ article, start, end, text: name })),
    };
  }
}

/** The rows of some groups replace what the store kept of them. */
export function writeTally(db: Db, nodes: Iterable<string>, rows: readonly TallyRow[]): void {
  const drop = db.prepare('DELETE FROM reconcile_names WHERE node = ?');
  for (const node of nodes) drop.run(node);
  const insert = db.prepare('INSERT INTO reconcile_names (node, name, type, type_at, mentions, surname, evidence, how, how_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const r of rows) {
    insert.run(r.node, r.name, r.type, r.typeAt, r.mentions, r.surname ? 1 : 0, JSON.stringify(r.evidence.map((e) => [e.article, e.start, e.end])), r.how, r.howAt);
  }
}

/** What a name group resolved to: its entity (before merges by figures), that entity's name and type, and the entity after merges. */
export interface NodeResolution {
  entityId: string;
  name: string;
  type: string;
  finalId: string;
  /** The entity's names in Chinese characters as the story-name check reads them (chineseForms, joined; '' for none or not kept). */
  forms: string;
}

/** What the groups resolved to last time, read by group. */
export interface ResolutionsBefore {
  get(node: string): NodeResolution | undefined;
}

/**
 * What each group resolved to last time, as kept, against `now` (what the groups resolve to
 * this run, before merges by figures): a group whose kept row says what now says, its entity
 * unmerged, is not held but told from now; only the others are (in an hourly run, a few of
 * the store's groups rather than every one of them, ~30 MB at 100,000 articles).
 */
export function readResolutions(db: Db, now: ReadonlyMap<string, NodeResolution>): ResolutionsBefore {
  const differing = new Map<string, NodeResolution>();
  // The groups of now that no row names were never resolved: they have no resolution before.
  const unseen = new Set(now.keys());
  const rows = db.prepare('SELECT node, entity_id, name, type, final_id, forms FROM reconcile_nodes').raw();
  for (const [node, entityId, name, type, finalId, forms] of rows.iterate() as Iterable<[string, string, string, string, string, string]>) {
    unseen.delete(node);
    const before = { entityId, name, type, finalId, forms };
    const current = now.get(node);
    if (current && !readsDifferently(before, current) && finalId === entityId) continue;
    differing.set(node, before);
  }
  return {
    get: (node) => {
      const d = differing.get(node);
      if (d) return d;
      const current = now.get(node);
      if (!current || unseen.has(node)) return undefined;
      // A kept row like now's is now's resolution itself, until figures merge its entity (finalId set): then a copy as it was kept.
      // (Asked of every group of every article: no object is made for the common case.)
      return current.finalId === current.entityId ? current : { ...current, finalId: current.entityId };
    },
  };
}

export function writeResolutions(db: Db, changed: ReadonlyMap<string, NodeResolution>): void {
  const upsert = db.prepare('INSERT OR REPLACE INTO reconcile_nodes (node, entity_id, name, type, final_id, forms) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [node, r] of changed) upsert.run(node, r.entityId, r.name, r.type, r.finalId, r.forms);
}

/** Whether a group resolves to another entity, name or type than it did (what an article's kept names were read with). */
export const resolvesDifferently = (before: NodeResolution | undefined, now: NodeResolution) =>
  !before || before.entityId !== now.entityId || before.name !== now.name || before.type !== now.type;

/** Whether the story-name check reads a group's entity differently than it did: another entity, name, type or Chinese names. */
export const readsDifferently = (before: NodeResolution | undefined, now: NodeResolution) => resolvesDifferently(before, now) || before!.forms !== now.forms;

/** Reading and writing an article's kept names (null: never met, or met before names were kept). */
export function keptNames(db: Db): { get: (articleId: string) => ArticleNames | null; set: (articleId: string, names: ArticleNames) => void } {
  const read = db.prepare('SELECT names FROM reconcile_articles WHERE article_id = ?').pluck();
  const write = db.prepare('UPDATE reconcile_articles SET names = ? WHERE article_id = ?');
  return {
    get: (articleId) => {
      const packed = read.get(articleId) as Buffer | null | undefined;
      return packed ? unpackNames(packed) : null;
    },
    set: (articleId, names) => write.run(packNames(names), articleId),
  };
}

/**
 * An article's story features of its figures as kept (reconcile_articles.figures): deflated JSON
 * of the keys in order, each run of keys of one weight after that weight (the weights are few,
 * the keys many): [0.5, "f|USD:31000000", "d|2024-06-11", …].
 */
export function packFigures(features: readonly [string, number][]): Buffer {
  const items: (string | number)[] = [];
  let weight: number | undefined;
  for (const [key, w] of features) {
    if (w !== weight) items.push((weight = w));
    items.push(key);
  }
  return packJson(items);
}

export function unpackFigures(packed: Uint8Array): [string, number][] {
  const features: [string, number][] = [];
  let weight = 0;
  for (const item of JSON.parse(inflateRawSync(packed).toString()) as (string | number)[]) {
    if (typeof item === 'number') weight = item;
    else features.push([item, weight]);
  }
  return features;
}

/** Articles whose glosses name anything (their mentions' groups are read again each run, in article order). */
export function glossingArticles(db: Db): Set<string> {
  return new Set(db.prepare(`SELECT article_id FROM reconcile_articles WHERE glosses <> '{"pairs":[],"named":[]}'`).pluck().all() as string[]);
}
