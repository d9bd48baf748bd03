// Migration 16: a claim that is a fact group of its own has no group key. A claim whose measure
// is unknown has the measure key "unknown#<its id>" (migration 13 stores none for it), so no
// other claim can share its fact group: on the bench drops that is 110,000 of 111,000 groups,
// each with a 16-hex-digit key in `codes`, that key's entry in the codes' unique index and in
// the index of claims by group, and the same key on its one fact. Such a claim and its fact now
// hold a null group key (the claims and facts views show null); reconciliation names the group
// by the claim's id, reads its claim by id, and finds its fact through fact_claim_rows. A claim
// deleted takes the fact of its own group with it (the trigger below), as the deletion of a
// group's claims and then of its facts by group key does for the others. Old keys of such
// groups in reconcile_slips are renamed to the claim's id.

const decoded = (column: string) => `(SELECT value FROM codes WHERE id = ${column})`;
const spanText = (row: string) => `coalesce(${row}.text, substr(a.text_original, ${row}.span_start + 1, ${row}.span_length))`;
const intern = (value: string) => `INSERT OR IGNORE INTO codes (value) SELECT ${value} WHERE ${value} IS NOT NULL;`;
const coded = (column: string) => `(SELECT id FROM codes WHERE value = ${column})`;
const MEASURE_KEY = `CASE c.measure_key WHEN 0 THEN NULL ELSE coalesce(${decoded('c.measure_key')}, 'unknown#' || c.id) END`;

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

-- The fact of a claim's own group goes with the claim (before it, while fact_claim_rows still names it).
CREATE TRIGGER claim_rows_own_fact BEFORE DELETE ON claim_rows WHEN OLD.group_key IS NULL BEGIN
  DELETE FROM fact_rows WHERE key IN (SELECT fact FROM fact_claim_rows WHERE claim = OLD.key);
END;

CREATE VIEW claims AS
  SELECT c.id, a.id AS article_id, c.mention_id, ${decoded('c.subject_entity_id')} AS subject_entity_id, ${decoded('c.subject')} AS subject,
    ${decoded('c.predicate')} AS predicate, ${decoded('c.topic')} AS topic, c.value_number, c.value_text, ${decoded('c.unit')} AS unit,
    ${decoded('c.qualifier')} AS qualifier, c.min_value, c.max_value, ${decoded('c.date_value')} AS date_value,
    c.span_start, c.span_start + c.span_length AS span_end, ${spanText('c')} AS text, c.sentence_start, c.sentence_end,
    ${decoded('c.rule')} AS rule, ${decoded('c.measure')} AS measure, ${MEASURE_KEY} AS measure_key, ${decoded('c.measure_rule')} AS measure_rule, c.period,
    ${decoded('c.object')} AS object, ${decoded('c.object_entity_id')} AS object_entity_id, ${decoded('c.object_rule')} AS object_rule,
    ${decoded('c.source')} AS source, ${decoded('c.source_entity_id')} AS source_entity_id, ${decoded('c.source_rule')} AS source_rule,
    ${decoded('c.as_of')} AS as_of, ${decoded('c.as_of_rule')} AS as_of_rule, ${decoded('c.time_role')} AS time_role, c.precision, c.gloss_of,
    ${decoded('c.story')} AS story, g.value AS group_key, ${decoded('c.linked_from_entity_id')} AS linked_from_entity_id,
    ${decoded('c.linked_from_subject')} AS linked_from_subject
  FROM claim_rows c JOIN article_rows a ON a.key = c.article LEFT JOIN codes g ON g.id = c.group_key;

CREATE TRIGGER claims_delete INSTEAD OF DELETE ON claims BEGIN
  DELETE FROM claim_rows WHERE id = OLD.id;
END;

CREATE TRIGGER claims_update INSTEAD OF UPDATE ON claims BEGIN
  ${['subject_entity_id', 'subject', 'linked_from_entity_id', 'linked_from_subject'].map((c) => intern(`NEW.${c}`)).join('\n  ')}
  UPDATE claim_rows SET subject_entity_id = ${coded('NEW.subject_entity_id')}, subject = ${coded('NEW.subject')},
    linked_from_entity_id = ${coded('NEW.linked_from_entity_id')}, linked_from_subject = ${coded('NEW.linked_from_subject')} WHERE id = OLD.id;
END;

CREATE VIEW fact_evidence AS
  SELECT fc.fact_id, fc.verdict, c.id AS claim_id, c.article_id, a.path, a.lang, c.text, c.value_number, c.value_text,
         c.unit, c.qualifier, c.span_start, c.span_end,
         substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
         c.source, c.as_of, c.measure, fc.converted, a.title
  FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN article_rows a ON a.id = c.article_id;
`;
