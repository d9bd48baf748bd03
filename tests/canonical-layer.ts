// The canonical layer of a store as sorted rows, table by table, for comparing two stores:
// entities, aliases, links, claims, facts, their evidence, conflicts with their variants and
// evidence, rule reasons, and the entity each mention was linked to. Rows are sorted on
// their JSON, so no table's order matters. And a store that takes drops run by run, checked
// against a full rebuild after each.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runDrops } from '../pipeline/run.ts';
import { reconcileStore } from '../pipeline/reconcile/index.ts';
import { openStore, type Db } from '../pipeline/store/open.ts';
import { tempDir } from './cli-helpers.ts';

export const CANONICAL_TABLES = [
  'entities', 'entity_aliases', 'entity_links', 'claims', 'facts', 'fact_claims', 'conflicts', 'conflict_variants', 'conflict_evidence',
] as const;

export type CanonicalLayer = Record<(typeof CANONICAL_TABLES)[number] | 'mention_entities' | 'rule_reasons', string[]>;

const sortedRows = (db: Db, sql: string) => (db.prepare(sql).all() as object[]).map((row) => JSON.stringify(row)).sort();

export function canonicalLayer(db: Db): CanonicalLayer {
  const layer = {} as CanonicalLayer;
  for (const table of CANONICAL_TABLES) layer[table] = sortedRows(db, `SELECT * FROM ${table}`);
  layer.mention_entities = sortedRows(db, 'SELECT id, article_id, kind, span_start, span_end, entity_id FROM mentions');
  layer.rule_reasons = sortedRows(db, `SELECT * FROM rule_reasons WHERE rule IN (${ruleColumns(db).join(' UNION ')})`);
  return layer;
}

/**
 * Every rule id the layer's rows name (each column called rule or *_rule): the reasons a
 * reader can meet. rule_reasons is a dictionary of rules, so a reason no row names any
 * more is not part of what the layer says.
 */
function ruleColumns(db: Db): string[] {
  const selects: string[] = [];
  for (const table of CANONICAL_TABLES) {
    for (const { name } of db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]) {
      if (name === 'rule' || name.endsWith('_rule')) selects.push(`SELECT ${name} FROM ${table}`);
    }
  }
  return selects;
}

/** A copy of the store as it stands (WAL included), in one consistent read. */
export function copyStore(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** The layer a full rebuild gives, of a copy of the store as it stands (the store itself is left as it is). */
export function fullRebuildLayer(db: Db): CanonicalLayer {
  const file = join(tempDir('newsfacts-full-'), 'copy.sqlite');
  copyStore(db, file);
  const copy = openStore(file);
  try {
    reconcileStore(copy, { full: true });
    return canonicalLayer(copy);
  } finally {
    copy.close();
  }
}

/** `after` without the mentions of articles stored since `before`: what must not have moved. */
export function withoutNewMentions(after: CanonicalLayer, before: CanonicalLayer): CanonicalLayer {
  const known = new Set(before.mention_entities.map((row) => (JSON.parse(row) as { id: number }).id));
  return { ...after, mention_entities: after.mention_entities.filter((row) => known.has((JSON.parse(row) as { id: number }).id)) };
}

/**
 * A store that takes drops of dated articles one run at a time (`drop` writes the articles named
 * into the drop folder as JSON records, runs, and checks the layer against a full rebuild).
 */
export function storeTakingDrops(articles: Record<string, [published: string, text: string]>, prefix: string): { db: Db; drop: (...ids: string[]) => Promise<void> } {
  const dir = join(tempDir(prefix), 'drop');
  mkdirSync(dir, { recursive: true });
  const db = openStore(join(tempDir(), 'store.sqlite'));
  const drop = async (...ids: string[]) => {
    for (const id of ids) writeFileSync(join(dir, `${id}.json`), `${JSON.stringify({ title: id, text: articles[id]![1], published: articles[id]![0] })}\n`);
    await runDrops(db, { drops: [dir], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });
    expect(canonicalLayer(db)).toEqual(fullRebuildLayer(db));
  };
  return { db, drop };
}
