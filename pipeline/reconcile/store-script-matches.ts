// The cross-script comparisons kept in the store between reconciliations (migration 17): the
// names the last entity resolution gave the cross-script linking (reconcile_script_names) and
// the matches it found among them (reconcile_script_matches). The next resolution compares
// only the pairs with a name new to its input (extractors/entities/crossscript/match-memo.ts);
// a full rebuild empties both first, so it compares every pair again.

import { ScriptMatchMemo, type KeptMatch } from '../../extractors/entities/crossscript/match-memo.ts';
import type { EntityType } from '../../extractors/types.ts';
import type { Db } from '../store/open.ts';

/** The memo of the last resolution (empty after a full rebuild emptied the tables: every pair is compared). */
export function readScriptMemo(db: Db): ScriptMatchMemo {
  const entries = new Set(db.prepare('SELECT entry FROM reconcile_script_names').pluck().all() as string[]);
  const rows = db.prepare('SELECT han, latin, type, rule, score FROM reconcile_script_matches').raw().all() as [string, string, EntityType, string, number][];
  const matches: KeptMatch[] = rows.map(([han, latin, type, rule, score]) => ({ han, latin, type, match: { rule, score } }));
  return new ScriptMatchMemo({ entries, matches });
}

/** What this resolution compared replaces what the store kept: names that left go, new ones come in. */
export function writeScriptMemo(db: Db, memo: ScriptMatchMemo): void {
  const drop = db.prepare('DELETE FROM reconcile_script_names WHERE entry = ?');
  for (const entry of memo.before.entries) if (!memo.entries.has(entry)) drop.run(entry);
  const insert = db.prepare('INSERT OR IGNORE INTO reconcile_script_names (entry) VALUES (?)');
  for (const entry of memo.entries) if (!memo.before.entries.has(entry)) insert.run(entry);
  db.prepare('DELETE FROM reconcile_script_matches').run();
  const keep = db.prepare('INSERT INTO reconcile_script_matches (han, latin, type, rule, score) VALUES (?, ?, ?, ?, ?)');
  for (const m of memo.matches.values()) keep.run(m.han, m.latin, m.type, m.match.rule, m.match.score);
}
