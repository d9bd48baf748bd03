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
  const said = new Map(conflicts.map((c) => [c.id, digest([c])]));
  // Each stored name conflict with the digest kept of it (none: written before migration 31): left where this run says the same.
  const stored = db.prepare(`SELECT c.key, c.id, d.digest FROM conflict_rows c LEFT JOIN reconcile_name_conflicts d ON d.id = c.id
    WHERE c.fact_id IS NULL`).raw().all() as [number, string, string | null][];
  const left = new Set<string>();
  const drop = db.prepare('DELETE FROM conflict_rows WHERE key = ?');
  for (const [key, id, kept] of stored) {
    if (kept !== null && said.get(id) === kept) left.add(id);
    else drop.run(key);
  }
  writeConflicts(db, conflicts.filter((c) => !left.has(c.id)));
  db.prepare('DELETE FROM reconcile_name_conflicts').run();
  const keep = db.prepare('INSERT INTO reconcile_name_conflicts (id, digest) VALUES (?, ?)');
  for (const [id, digestOf] of said) keep.run(id, digestOf);
  return conflicts.flatMap(nameVariantFlags);
}
