// Migration 16: a claim that is a fact group of its own has no group key. A claim whose measure
// is unknown has the measure key "unknown#<its id>" (migration 13 stores none for it), so no
// other claim can share its fact group: on the bench drops that is 110,000 of 111,000 groups,
// each with a 16-hex-digit key in `codes`, that key's entry in the codes' unique index and in
// the index of claims by group, and the same key on its one fact. Such a claim and its fact now
// hold a null group key (the claims and facts views show null); reconciliation names the group
// by the claim's id, reads its claim by id, and finds its fact through fact_claim_rows. A claim
// deleted takes the fact of its own group with it (the trigger below), as the deletion of a
// group's claims and then of its facts by group key does for the others. Old keys of such
// groups in reconcile_slips are renamed to the claim's id. The claims view and what reads it
// are made again as migration 13 made them, but for a claim with no group key.

import { claimsViewSql } from './migration-13.ts';

/** Deletes the fact of a claim's own group with the claim: migrations 21 and 23 make it again with the tables it names. */
export const OWN_FACT_TRIGGER = `-- The fact of a claim's own group goes with the claim (before it, while fact_claim_rows still names it).
CREATE TRIGGER claim_rows_own_fact BEFORE DELETE ON claim_rows WHEN OLD.group_key IS NULL BEGIN
  DELETE FROM fact_rows WHERE key IN (SELECT fact FROM fact_claim_rows WHERE claim = OLD.key);
END;`;

export const MIGRATION_16_SQL = `
DROP VIEW fact_evidence;
DROP VIEW claims;

-- A claim of its own group: its measure key is its own unknown one (stored as null since
-- migration 13); a claim written without a group key ('') keeps that.
CREATE TEMP TABLE own_groups AS
  SELECT c.id AS claim_id, c.group_key AS code, g.value AS group_key FROM claim_rows c JOIN codes g ON g.id = c.group_key
  WHERE c.measure_key IS NULL AND g.value <> '';
CREATE INDEX temp.own_groups_code ON own_groups (code);
ALTER TABLE claim_rows ADD COLUMN group_code INTEGER;
UPDATE claim_rows SET group_code = group_key WHERE group_key NOT IN (SELECT code FROM own_groups);
UPDATE fact_rows SET group_key = NULL WHERE group_key IN (SELECT code FROM own_groups);
UPDATE reconcile_slips SET group_key = (SELECT o.claim_id FROM own_groups o WHERE o.group_key = reconcile_slips.group_key)
  WHERE group_key IN (SELECT group_key FROM own_groups);
-- The keys were 16 hex digits of a hash of a string holding the claim's id: no other coded column holds them.
DELETE FROM codes WHERE id IN (SELECT code FROM own_groups);
DROP TABLE own_groups;
DROP INDEX claim_rows_group;
ALTER TABLE claim_rows DROP COLUMN group_key;
ALTER TABLE claim_rows RENAME COLUMN group_code TO group_key;
CREATE INDEX claim_rows_group ON claim_rows (group_key) WHERE group_key IS NOT NULL;

${OWN_FACT_TRIGGER}

${claimsViewSql('LEFT JOIN')}`;
