// Migration 13: a smaller store for the same public rows. Reconciliation's per-article state
// (reconcile_articles) keeps an article's names and figure features packed (deflated JSON of
// arrays, pipeline/reconcile/article-names.ts and store-names.ts) instead of JSON objects as
// large as the article's text; a claim's measure key is a code, and none at all when it is the
// claim's own "unknown#<claim id>" (the claims view gives it back). An article's mentions are
// found by the range of their ids (article_mentions, kept by a trigger: a run writes an article's
// mentions one after another, so the range holds them and few others) instead of an index of
// every mention by article, the largest index of the store.
//
// The packed state cannot be made from the old one in SQL: the state is emptied, and the next
// run rebuilds it and the canonical layer in full (as after migration 9); until then the layer
// reads as before.

import { MENTION_UPDATE_TRIGGERS } from './migration-10.ts';
import { ARTICLE_ROW_TEXT, coded, decoded, factEvidenceViewSql, intern, joinedText, MENTION_CODES, spanText } from './sql-codes.ts';

/** measure_key: NULL for the claim's own unknown key, 0 for none (only a layer never rebuilt since migration 6 has such claims), else a code. */
const MEASURE_KEY = `CASE c.measure_key WHEN 0 THEN NULL ELSE coalesce(${decoded('c.measure_key')}, 'unknown#' || c.id) END`;

/**
 * The claims view over claim_rows (its strings decoded, a text or measure key the store did not
 * keep given back), the triggers that write through it, and fact_evidence, which reads it.
 * `groupJoin`: how a claim meets its group key's code (migration 16 lets it have none);
 * `form`: where a column is read (migration 21 moves some to the claim's form), and `from` the
 * tables read, claim_rows as `c` and article_rows as `a`.
 */
export const claimsViewSql = (groupJoin: 'JOIN' | 'LEFT JOIN', form = (column: string) => `c.${column}`,
  from = 'FROM claim_rows c JOIN article_rows a ON a.key = c.article', text = ARTICLE_ROW_TEXT) => {
  // A column read elsewhere than the row's own is named as the row's was (migration 24 reads some from the claim's mention).
  const named = (column: string) => (form(column) === `c.${column}` ? `c.${column}` : `${form(column)} AS ${column}`);
  return `CREATE VIEW claims AS
  SELECT c.id, a.id AS article_id, c.mention_id, ${decoded('c.subject_entity_id')} AS subject_entity_id, ${decoded('c.subject')} AS subject,
    ${decoded(form('predicate'))} AS predicate, ${decoded(form('topic'))} AS topic, ${named('value_number')}, ${form('value_text')}, ${decoded(form('unit'))} AS unit,
    ${decoded(form('qualifier'))} AS qualifier, ${form('min_value')}, ${form('max_value')}, ${decoded('c.date_value')} AS date_value,
    ${named('span_start')}, ${form('span_start')} + ${form('span_length')} AS span_end, ${spanText('c', form('text'), form('span_start'), form('span_length'), text.original)} AS text, c.sentence_start, c.sentence_end,
    ${decoded(form('rule'))} AS rule, ${decoded(form('measure'))} AS measure, ${MEASURE_KEY} AS measure_key, ${decoded(form('measure_rule'))} AS measure_rule, ${form('period')},
    ${decoded('c.object')} AS object, ${decoded('c.object_entity_id')} AS object_entity_id, ${decoded(form('object_rule'))} AS object_rule,
    ${decoded('c.source')} AS source, ${decoded('c.source_entity_id')} AS source_entity_id, ${decoded(form('source_rule'))} AS source_rule,
    ${decoded(form('as_of'))} AS as_of, ${decoded(form('as_of_rule'))} AS as_of_rule, ${decoded(form('time_role'))} AS time_role, ${named('precision')}, ${form('gloss_of')},
    ${decoded(form('story'))} AS story, g.value AS group_key, ${decoded(form('linked_from_entity_id'))} AS linked_from_entity_id,
    ${decoded(form('linked_from_subject'))} AS linked_from_subject
  ${from}${joinedText(text)} ${groupJoin} codes g ON g.id = c.group_key;

CREATE TRIGGER claims_delete INSTEAD OF DELETE ON claims BEGIN
  DELETE FROM claim_rows WHERE id = OLD.id;
END;

CREATE TRIGGER claims_update INSTEAD OF UPDATE ON claims BEGIN
  ${['subject_entity_id', 'subject', 'linked_from_entity_id', 'linked_from_subject'].map((c) => intern(`NEW.${c}`)).join('\n  ')}
  UPDATE claim_rows SET subject_entity_id = ${coded('NEW.subject_entity_id')}, subject = ${coded('NEW.subject')},
    linked_from_entity_id = ${coded('NEW.linked_from_entity_id')}, linked_from_subject = ${coded('NEW.linked_from_subject')} WHERE id = OLD.id;
END;

${factEvidenceViewSql(text)}
`;
};

/**
 * The mentions view: an article's mentions found by their id range. `form` says where a column is
 * read and `formJoin` joins what it reads (migration 22 moves some columns to the mention's form,
 * migration 25 its kind too, and its rare columns to mention_extras).
 */
export const mentionsViewSql = (form = (column: string) => `m.${column}`, formJoin = '', text = ARTICLE_ROW_TEXT) => `CREATE VIEW mentions AS
  SELECT m.id, a.id AS article_id, k.value AS kind, m.span_start, m.span_start + m.span_length AS span_end, ${spanText('m', form('text'), undefined, undefined, text.original)} AS text,
    ${decoded(form('rule'))} AS rule, m.value_number, ${decoded('m.value_text')} AS value_text, ${decoded(form('currency'))} AS currency,
    ${decoded(form('qualifier'))} AS qualifier, ${form('min_value')}, ${form('max_value')}, ${decoded(form('precision'))} AS precision,
    ${decoded(form('entity_type'))} AS entity_type, e.value AS entity_id, ${decoded('m.gazetteer_id')} AS gazetteer_id
  FROM article_rows a JOIN article_mentions r ON r.article = a.key JOIN mention_rows m ON m.id BETWEEN r.first_id AND r.last_id AND m.article = a.key
    ${formJoin}JOIN codes k ON k.id = ${form('kind')} LEFT JOIN codes e ON e.id = m.entity_id${joinedText(text)};`;

/** Keeps an article's range (in `ranges`) of the ids of its rows of `rows` as they are written: its mentions here, its roles from migration 26. */
export const rangeTriggerSql = (rows: string, ranges: string) => `CREATE TRIGGER ${rows}_range AFTER INSERT ON ${rows} BEGIN
  INSERT OR IGNORE INTO ${ranges} (article, first_id, last_id) VALUES (NEW.article, NEW.id, NEW.id);
  UPDATE ${ranges} SET first_id = min(first_id, NEW.id), last_id = max(last_id, NEW.id)
    WHERE article = NEW.article AND (NEW.id < first_id OR NEW.id > last_id);
END;`;

/** Keeps an article's range of mention ids as its mentions are written: migration 22 makes it again with mention_rows. */
export const MENTION_RANGE_TRIGGER = rangeTriggerSql('mention_rows', 'article_mentions');

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

-- The lowest and highest mention id of each article: every mention of the article lies between
-- them (a mention of another article may too; readers also match the article).
CREATE TABLE article_mentions (
  article       INTEGER PRIMARY KEY REFERENCES article_rows(key) ON DELETE CASCADE,
  first_id      INTEGER NOT NULL,
  last_id       INTEGER NOT NULL
);
INSERT INTO article_mentions (article, first_id, last_id) SELECT article, min(id), max(id) FROM mention_rows GROUP BY article;
${MENTION_RANGE_TRIGGER}
DROP INDEX mention_rows_article;

DROP VIEW mentions;
${mentionsViewSql()}

CREATE TRIGGER mentions_insert INSTEAD OF INSERT ON mentions BEGIN
  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM article_rows WHERE id = NEW.article_id);
  ${MENTION_CODES.map((c) => intern(`NEW.${c}`)).join('\n  ')}
  INSERT INTO mention_rows (id, article, kind, span_start, span_length, text, rule, value_number, value_text, currency, qualifier, min_value, max_value,
      precision, entity_type, entity_id, gazetteer_id)
    SELECT NEW.id, a.key, ${coded('NEW.kind')}, NEW.span_start, NEW.span_end - NEW.span_start, NEW.text,
      ${coded('NEW.rule')}, NEW.value_number, ${coded('NEW.value_text')}, ${coded('NEW.currency')}, ${coded('NEW.qualifier')}, NEW.min_value,
      NEW.max_value, ${coded('NEW.precision')}, ${coded('NEW.entity_type')}, ${coded('NEW.entity_id')}, ${coded('NEW.gazetteer_id')}
    FROM article_rows a WHERE a.id = NEW.article_id;
END;
${MENTION_UPDATE_TRIGGERS}

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

${claimsViewSql('JOIN')}
CREATE VIEW conflict_spans AS
  SELECT e.conflict_id, e.variant, e.claim_id, coalesce(c.article_id, e.article_id) AS article_id, a.path, a.title, a.source_name,
         a.published, coalesce(c.span_start, e.span_start) AS span_start, coalesce(c.span_end, e.span_end) AS span_end,
         substr(a.text_original, coalesce(c.span_start, e.span_start) + 1, coalesce(c.span_end, e.span_end) - coalesce(c.span_start, e.span_start)) AS text,
         CASE WHEN c.id IS NOT NULL THEN substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) END AS sentence
  FROM conflict_evidence e LEFT JOIN claims c ON c.id = e.claim_id
  JOIN article_rows a ON a.id = coalesce(c.article_id, e.article_id);
`;
