// The canonical entities, their aliases and the links that joined each name, written as
// changes to what the store holds: rows no longer wanted deleted, rows that say something else
// updated, new rows inserted, the rest left as they are. An hourly run into a large store
// changes a few hundred of its tens of thousands of entities and links; deleting and writing
// them all again took 2 s of every run. The name-variant flags are part of each entity's row.

import { hasHan } from '../../extractors/entities/name-forms.ts';
import { romanisedName } from '../../extractors/entities/romanised-name.ts';
import type { Db } from '../store/open.ts';
import type { CanonicalLayer } from './entities.ts';
import type { NameVariantFlag } from './write.ts';

type Value = string | number | null;

/** A table written as changes: its key columns, then the others, each row of it as those values in that order. */
interface RowTable {
  name: string;
  keys: readonly string[];
  values: readonly string[];
}

const ENTITIES: RowTable = { name: 'entities', keys: ['id'], values: ['type', 'name', 'name_zh', 'source', 'flag', 'variant_of', 'flag_reason'] };
const ALIASES: RowTable = { name: 'entity_aliases', keys: ['entity_id', 'alias'], values: ['origin'] };
const LINKS: RowTable = { name: 'entity_links', keys: ['entity_id', 'alias'], values: ['rule', 'score', 'evidence'] };

/** What writing a table comes to: keys to delete, rows to update and rows to insert. */
interface Changes {
  table: RowTable;
  deleted: Value[][];
  updated: Value[][];
  inserted: Value[][];
}

const rowKey = (row: readonly Value[], width: number) => row.slice(0, width).join('\u0000');

/**
 * The changes that make `table` hold `wanted` (rows as RowTable orders their values, one per
 * key). Both sides are walked in key order at once, the stored rows as SQLite reads them, so
 * nothing of the stored side is held. Where JavaScript orders two keys otherwise than SQLite
 * (characters past U+FFFF), a row is deleted and inserted again rather than left: the same end.
 */
function changesOf(db: Db, table: RowTable, wanted: Value[][]): Changes {
  const width = table.keys.length;
  const keyed = wanted.map((row) => ({ key: rowKey(row, width), row })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const changes: Changes = { table, deleted: [], updated: [], inserted: [] };
  const stored = db.prepare(`SELECT ${[...table.keys, ...table.values].join(', ')} FROM ${table.name} ORDER BY ${table.keys.join(', ')}`).raw();
  let at = 0;
  for (const row of stored.iterate() as Iterable<Value[]>) {
    const key = rowKey(row, width);
    while (at < keyed.length && keyed[at]!.key < key) changes.inserted.push(keyed[at++]!.row);
    if (at < keyed.length && keyed[at]!.key === key) {
      const next = keyed[at++]!.row;
      if (next.some((v, i) => v !== row[i])) changes.updated.push(next);
    } else {
      changes.deleted.push(row.slice(0, width));
    }
  }
  while (at < keyed.length) changes.inserted.push(keyed[at++]!.row);
  return changes;
}

/** Deletes, updates and inserts `changes` in that order (a row deleted and inserted again ends inserted). */
function apply(db: Db, { table, deleted, updated, inserted }: Changes): void {
  const where = table.keys.map((k) => `${k} = ?`).join(' AND ');
  const remove = db.prepare(`DELETE FROM ${table.name} WHERE ${where}`);
  for (const key of deleted) remove.run(...key);
  // Updated in place: a row replaced would be deleted first, and an entity deleted takes its aliases and links with it.
  const update = db.prepare(`UPDATE ${table.name} SET ${table.values.map((v) => `${v} = ?`).join(', ')} WHERE ${where}`);
  const width = table.keys.length;
  for (const row of updated) update.run(...row.slice(width), ...row.slice(0, width));
  const insert = db.prepare(`INSERT INTO ${table.name} (${[...table.keys, ...table.values].join(', ')}) VALUES (${[...table.keys, ...table.values].map(() => '?').join(', ')})`);
  for (const row of inserted) insert.run(...row);
}

/** Rows keyed alike, the first or the last of each key kept. */
function oneByKey(rows: Value[][], width: number, keep: 'first' | 'last'): Value[][] {
  const byKey = new Map<string, Value[]>();
  for (const row of rows) {
    const key = rowKey(row, width);
    if (keep === 'last' || !byKey.has(key)) byKey.set(key, row);
  }
  return [...byKey.values()];
}

/**
 * The layer's entities (each with the first name-variant flag `flags` gives it, a discovered
 * entity's only), aliases and links made what the store holds. A name seen only in Chinese is
 * shown romanised, the Chinese name in name_zh (its id was made from the same romanisation).
 */
export function writeEntityLayer(db: Db, layer: Pick<CanonicalLayer, 'entities' | 'aliases'>, flags: readonly NameVariantFlag[] = []): void {
  const flagOf = new Map<string, NameVariantFlag>();
  const discovered = new Set(layer.entities.filter((e) => e.source === 'discovered').map((e) => e.id));
  for (const f of flags) if (discovered.has(f[2]) && !flagOf.has(f[2])) flagOf.set(f[2], f);
  const entities = layer.entities.map((e): Value[] => {
    const chinese = e.source === 'discovered' && hasHan(e.name);
    const flag = flagOf.get(e.id);
    return [e.id, e.type, chinese ? romanisedName(e.name, e.type) : e.name, e.nameZh ?? (chinese ? e.name : null), e.source,
      flag ? 'name_variant' : null, flag?.[0] ?? null, flag?.[1] ?? null];
  });
  const aliases = oneByKey(layer.aliases.map((a) => [a.entityId, a.alias, a.origin]), 2, 'first');
  // evidence holds JSON: {"via": the name it was matched against or null, "items": mentions or claims}.
  const links = oneByKey(layer.entities.flatMap((e) => (e.links ?? []).map((l): Value[] =>
    [e.id, l.alias, l.rule, l.score ?? null, JSON.stringify({ via: l.via ?? null, items: l.evidence })])), 2, 'last');
  // All read before anything is written; entities first, so aliases and links find theirs.
  const changes = [changesOf(db, ENTITIES, entities), changesOf(db, ALIASES, aliases), changesOf(db, LINKS, links)];
  for (const c of changes) apply(db, c);
}
