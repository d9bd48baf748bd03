// The story-name check's conflicts (name variants: the conflicts with no fact) as a run writes
// them. Each is kept with a digest of all it says (reconcile_name_conflicts, migration 31), so a
// run rewrites only the conflicts whose digest changed or that are new, and deletes those it no
// longer finds: a name conflict lists every mention of the people it compares, thousands for a
// much-named person, and writing them all again read each one back through the conflicts view
// (about 3 s an hourly run at 100,000 articles). A conflict left as it was reads back as a new
// write of it would: its rows are the ones that write made, and what its evidence names (a
// mention's id, a span) is in the digest.

import { digest } from './article-names.ts';
import type { Db } from '../store/open.ts';
import type { Conflict } from './types.ts';
import { nameVariantFlags, writeConflicts, type NameVariantFlag } from './write.ts';

/**
 * Writes the name conflicts found this run in place of those stored: the unchanged ones are left,
 * the others written, those gone deleted. Returns the flags every conflict found sets (written or
 * left), in the order of `conflicts`, for once the entities are written.
 */
export function writeNameConflicts(db: Db, conflicts: readonly Conflict[]): NameVariantFlag[] {
  const kept = new Map(db.prepare(`SELECT d.id, d.digest FROM reconcile_name_conflicts d
    JOIN conflict_rows c ON c.id = d.id AND c.fact_id IS NULL`).raw().all() as [string, string][]);
  const said = new Map(conflicts.map((c) => [c.id, digest([c])]));
  const unchanged = (id: string) => said.has(id) && kept.get(id) === said.get(id);
  const drop = db.prepare('DELETE FROM conflict_rows WHERE key = ?');
  for (const [key, id] of db.prepare('SELECT key, id FROM conflict_rows WHERE fact_id IS NULL').raw().all() as [number, string][]) {
    if (!unchanged(id)) drop.run(key);
  }
  writeConflicts(db, conflicts.filter((c) => !unchanged(c.id)), undefined, []);
  db.prepare('DELETE FROM reconcile_name_conflicts').run();
  const keep = db.prepare('INSERT INTO reconcile_name_conflicts (id, digest) VALUES (?, ?)');
  for (const [id, digestOf] of said) keep.run(id, digestOf);
  return conflicts.flatMap(nameVariantFlags);
}
