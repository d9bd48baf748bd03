// Migration 13: a smaller store for the same public rows. Reconciliation's per-article state
// (reconcile_articles) keeps an article's names and figure features packed (deflated JSON of
// arrays, pipeline/reconcile/article-names.ts and store-names.ts) instead of JSON objects as
// large as the article's text; a claim's measure key is a code, and none at all when it is the
// claim's own "unknown#<claim id>" (the claims view gives it back).
//
// The packed state cannot be made from the old one in SQL: the state is emptied, and the next
// run rebuilds it and the canonical layer in full (as after migration 9); until then the layer
// reads as before.

const decoded = (column: string) => `(SELECT value FROM codes WHERE id = ${column})`;
/** The text of a span: stored when it is not what substr of the original gives. */
const spanText = (row: string) => `coalesce(${row}.text, substr(a.text_original, ${row}.span_start + 1, ${row}.span_length))`;
const intern = (value: string) => `INSERT OR IGNORE INTO codes (value) SELECT ${value} WHERE ${value} IS NOT NULL;`;
const coded = (column: string) => `(SELECT id FROM codes WHERE value = ${column})`;

/** measure_key: NULL for the claim's own unknown key, 0 for none (only a layer never rebuilt since migration 6 has such claims), else a code. */
const MEASURE_KEY = `CASE c.measure_key WHEN 0 THEN NULL ELSE coalesce(${decoded('c.measure_key')}, 'unknown#' || c.id) END`;

export const MIGRATION_13_SQL = `
DROP TABLE reconcile_articles;
CREATE TABLE reconcile_articles (
  article_id    TEXT PRIMARY KEY REFERENCES article_rows(id) ON DELETE CASCADE,
  inputs        TEXT,
  glosses       TEXT NOT NULL,
  figures       BLOB NOT NULL,
  machine_translation TEXT NOT NULL,
  name_variants INTEGER NOT NULL DEFAULT 0,
  names         BLOB
);
DELETE FROM reconcile_names;
DELETE FROM reconcile_nodes;
DELETE FROM reconcile_slips;

DROP VIEW fact_evidence;
DROP VIEW conflict_spans;
DROP VIEW claims;
INSERT OR IGNORE INTO codes (value)
  SELECT DISTINCT measure_key FROM claim_rows WHERE measure_key IS NOT NULL AND measure_key <> 'unknown#' || id;
ALTER TABLE claim_rows ADD COLUMN measure_code INTEGER;
UPDATE claim_rows SET measure_code = CASE WHEN measure_key IS NULL THEN 0 WHEN measure_key = 'unknown#' || id THEN NULL
  ELSE ${coded('measure_key')} END;
ALTER TABLE claim_rows DROP COLUMN measure_key;
ALTER TABLE claim_rows RENAME COLUMN measure_code TO measure_key;

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
  FROM claim_rows c JOIN article_rows a ON a.key = c.article JOIN codes g ON g.id = c.group_key;

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

CREATE VIEW conflict_spans AS
  SELECT e.conflict_id, e.variant, e.claim_id, coalesce(c.article_id, e.article_id) AS article_id, a.path, a.title, a.source_name,
         a.published, coalesce(c.span_start, e.span_start) AS span_start, coalesce(c.span_end, e.span_end) AS span_end,
         substr(a.text_original, coalesce(c.span_start, e.span_start) + 1, coalesce(c.span_end, e.span_end) - coalesce(c.span_start, e.span_start)) AS text,
         CASE WHEN c.id IS NOT NULL THEN substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) END AS sentence
  FROM conflict_evidence e LEFT JOIN claims c ON c.id = e.claim_id
  JOIN article_rows a ON a.id = coalesce(c.article_id, e.article_id);
`;
