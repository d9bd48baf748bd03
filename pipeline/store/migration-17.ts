// Migration 17: the cross-script comparisons kept between reconciliations. Entity resolution
// compares names in Chinese characters with names in Latin letters; with these tables a run
// compares only the pairs with a name its last resolution did not hold
// (pipeline/reconcile/store-script-matches.ts). A store migrating has both empty: its next
// reconciliation compares every pair once, as before.

export const MIGRATION_17_SQL = `
CREATE TABLE reconcile_script_names (
  entry TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE reconcile_script_matches (
  han    TEXT NOT NULL,
  latin  TEXT NOT NULL,
  type   TEXT NOT NULL,
  rule   TEXT NOT NULL,
  score  REAL NOT NULL,
  PRIMARY KEY (han, latin, type)
) WITHOUT ROWID;
`;
