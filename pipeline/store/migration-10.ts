// Migration 10: the store's big tables in a compact shape, read through views of their old
// names and columns. Repeated strings (kinds, rules, units, entity ids, stories, group keys…)
// are stored once in `codes` and referenced by integer; an article, claim and fact is
// referenced by an integer key; a claim's text is not copied when it is the span of the
// original text (the view gives it back with substr; a mention keeps its text, read too often
// for a substr of the whole article per row); the normalised text is
// stored as pieces of the original and the strings in between. `articles`, `mentions`,
// `claims`, `facts` and `fact_claims` are views over `article_rows`, `mention_rows`,
// `claim_rows`, `fact_rows` and `fact_claim_rows`, with INSTEAD OF triggers for the writes
// other code and apps make through them. Runs with foreign keys off (open.ts): tables are
// rebuilt under references that must keep pointing at them.

import { CANONICAL_FACTS_VIEW, coded, decoded, FACT_EVIDENCE_VIEW, intern, MENTION_CODES, spanText } from './sql-codes.ts';

const CLAIM_CODES = ['subject_entity_id', 'subject', 'predicate', 'topic', 'unit', 'qualifier', 'date_value', 'rule', 'measure', 'measure_rule',
  'object', 'object_entity_id', 'object_rule', 'source', 'source_entity_id', 'source_rule', 'as_of', 'as_of_rule', 'time_role', 'story',
  'group_key', 'linked_from_entity_id', 'linked_from_subject'];
const FACT_CODES = ['subject', 'subject_entity_id', 'predicate', 'topic', 'unit', 'status', 'rule', 'qualifier', 'measure', 'object', 'story', 'group_key'];

const collect = (table: string, columns: readonly string[]) =>
  `INSERT OR IGNORE INTO codes (value) SELECT v FROM (${columns.map((c) => `SELECT ${c} AS v FROM ${table}`).join(' UNION ')}) WHERE v IS NOT NULL;`;

/**
 * The normalised text from its pieces: `normalised_edits` is a JSON array whose items are
 * `[start, length]` (characters of text_original, as substr counts them) or a string.
 */
export const normalisedSql = (original = 'r.text_original') => `CASE WHEN r.normalised_edits IS NULL THEN r.text_normalised ELSE (
    SELECT coalesce(group_concat(CASE WHEN e.type = 'array' THEN substr(${original}, json_extract(e.value, '$[0]') + 1, json_extract(e.value, '$[1]'))
      ELSE e.value END, ''), '') FROM json_each(r.normalised_edits) e) END`;
const NORMALISED = normalisedSql();

export const ARTICLE_COLUMNS = `id, content_sha256, drop_dir, path, format, encoding, title, published, published_source, url, source_name, external_id,
  lang, lang_confidence, lang_method, text_original`;
export const ARTICLE_TAIL = 'offset_map, boilerplate, status, error, run_id, created_at, published_rule';

/** What reconciliation changes on a mention through the view: migrations 13 and 22 make them again with their views. */
export const MENTION_UPDATE_TRIGGERS = `CREATE TRIGGER mentions_update INSTEAD OF UPDATE OF entity_id ON mentions BEGIN
  ${intern('NEW.entity_id')}
  UPDATE mention_rows SET entity_id = ${coded('NEW.entity_id')} WHERE id = OLD.id;
END;
CREATE TRIGGER mentions_update_gazetteer INSTEAD OF UPDATE OF gazetteer_id ON mentions BEGIN
  ${intern('NEW.gazetteer_id')}
  UPDATE mention_rows SET gazetteer_id = ${coded('NEW.gazetteer_id')} WHERE id = OLD.id;
END;`;

/** The fact_claims view: migration 21 makes it again after remaking claim_rows. */
export const FACT_CLAIMS_VIEW = `CREATE VIEW fact_claims AS
  SELECT f.id AS fact_id, c.id AS claim_id, ${decoded('fc.verdict')} AS verdict, fc.converted
  FROM fact_claim_rows fc JOIN fact_rows f ON f.key = fc.fact JOIN claim_rows c ON c.key = fc.claim;`;

const VIEWS = `
CREATE VIEW articles AS
  SELECT ${ARTICLE_COLUMNS.split(',').map((c) => `r.${c.trim()}`).join(', ')}, ${NORMALISED} AS text_normalised,
    ${ARTICLE_TAIL.split(', ').map((c) => `r.${c}`).join(', ')}
  FROM article_rows r;

CREATE VIEW mentions AS
  SELECT m.id, a.id AS article_id, k.value AS kind, m.span_start, m.span_start + m.span_length AS span_end, ${spanText('m')} AS text,
    ${decoded('m.rule')} AS rule, m.value_number, ${decoded('m.value_text')} AS value_text, ${decoded('m.currency')} AS currency,
    ${decoded('m.qualifier')} AS qualifier, m.min_value, m.max_value, ${decoded('m.precision')} AS precision,
    ${decoded('m.entity_type')} AS entity_type, e.value AS entity_id, ${decoded('m.gazetteer_id')} AS gazetteer_id
  FROM mention_rows m JOIN article_rows a ON a.key = m.article JOIN codes k ON k.id = m.kind LEFT JOIN codes e ON e.id = m.entity_id;

CREATE VIEW claims AS
  SELECT c.id, a.id AS article_id, c.mention_id, ${decoded('c.subject_entity_id')} AS subject_entity_id, ${decoded('c.subject')} AS subject,
    ${decoded('c.predicate')} AS predicate, ${decoded('c.topic')} AS topic, c.value_number, c.value_text, ${decoded('c.unit')} AS unit,
    ${decoded('c.qualifier')} AS qualifier, c.min_value, c.max_value, ${decoded('c.date_value')} AS date_value,
    c.span_start, c.span_start + c.span_length AS span_end, ${spanText('c')} AS text, c.sentence_start, c.sentence_end,
    ${decoded('c.rule')} AS rule, ${decoded('c.measure')} AS measure, c.measure_key, ${decoded('c.measure_rule')} AS measure_rule, c.period,
    ${decoded('c.object')} AS object, ${decoded('c.object_entity_id')} AS object_entity_id, ${decoded('c.object_rule')} AS object_rule,
    ${decoded('c.source')} AS source, ${decoded('c.source_entity_id')} AS source_entity_id, ${decoded('c.source_rule')} AS source_rule,
    ${decoded('c.as_of')} AS as_of, ${decoded('c.as_of_rule')} AS as_of_rule, ${decoded('c.time_role')} AS time_role, c.precision, c.gloss_of,
    ${decoded('c.story')} AS story, g.value AS group_key, ${decoded('c.linked_from_entity_id')} AS linked_from_entity_id,
    ${decoded('c.linked_from_subject')} AS linked_from_subject
  FROM claim_rows c JOIN article_rows a ON a.key = c.article JOIN codes g ON g.id = c.group_key;

CREATE VIEW facts AS
  SELECT f.id, ${decoded('f.subject')} AS subject, ${decoded('f.subject_entity_id')} AS subject_entity_id, ${decoded('f.predicate')} AS predicate,
    ${decoded('f.topic')} AS topic, f.value_number, f.value_text, ${decoded('f.unit')} AS unit, ${decoded('f.status')} AS status,
    ${decoded('f.rule')} AS rule, f.explanation, ${decoded('f.qualifier')} AS qualifier, f.min_value, f.max_value, ${decoded('f.measure')} AS measure,
    ${decoded('f.object')} AS object, ${decoded('f.story')} AS story, g.value AS group_key
  FROM fact_rows f LEFT JOIN codes g ON g.id = f.group_key;

${FACT_CLAIMS_VIEW}

${CANONICAL_FACTS_VIEW}

${FACT_EVIDENCE_VIEW}

CREATE VIEW conflict_spans AS
  SELECT e.conflict_id, e.variant, e.claim_id, coalesce(c.article_id, e.article_id) AS article_id, a.path, a.title, a.source_name,
         a.published, coalesce(c.span_start, e.span_start) AS span_start, coalesce(c.span_end, e.span_end) AS span_end,
         substr(a.text_original, coalesce(c.span_start, e.span_start) + 1, coalesce(c.span_end, e.span_end) - coalesce(c.span_start, e.span_start)) AS text,
         CASE WHEN c.id IS NOT NULL THEN substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) END AS sentence
  FROM conflict_evidence e LEFT JOIN claims c ON c.id = e.claim_id
  JOIN article_rows a ON a.id = coalesce(c.article_id, e.article_id);
`;

const TRIGGERS = `
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

-- What reconciliation changes on a mention: its canonical entity, and the extractor's link kept
-- apart; one trigger each, so that an update of one column does no work for the other.
${MENTION_UPDATE_TRIGGERS}

CREATE TRIGGER claims_delete INSTEAD OF DELETE ON claims BEGIN
  DELETE FROM claim_rows WHERE id = OLD.id;
END;

-- What a join by figures changes on a claim: its subject, and the one it had before.
CREATE TRIGGER claims_update INSTEAD OF UPDATE ON claims BEGIN
  ${['subject_entity_id', 'subject', 'linked_from_entity_id', 'linked_from_subject'].map((c) => intern(`NEW.${c}`)).join('\n  ')}
  UPDATE claim_rows SET subject_entity_id = ${coded('NEW.subject_entity_id')}, subject = ${coded('NEW.subject')},
    linked_from_entity_id = ${coded('NEW.linked_from_entity_id')}, linked_from_subject = ${coded('NEW.linked_from_subject')} WHERE id = OLD.id;
END;

CREATE TRIGGER facts_delete INSTEAD OF DELETE ON facts BEGIN
  DELETE FROM fact_rows WHERE id = OLD.id;
END;
`;

export const MIGRATION_10_SQL = `
DROP VIEW canonical_facts;
DROP VIEW fact_evidence;
DROP VIEW conflict_spans;

CREATE TABLE codes (
  id            INTEGER PRIMARY KEY,
  value         TEXT NOT NULL UNIQUE
);
${collect('mentions', MENTION_CODES)}
${collect('claims', CLAIM_CODES)}
INSERT OR IGNORE INTO codes (value) VALUES ('');
${collect('facts', FACT_CODES)}
${collect('fact_claims', ['verdict'])}

-- Renamed first so that the tables referencing articles and facts follow the new name.
ALTER TABLE articles RENAME TO article_rows;
CREATE TABLE articles_10 (
  key              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  content_sha256   TEXT NOT NULL,
  drop_dir         TEXT NOT NULL,
  path             TEXT NOT NULL,
  format           TEXT,
  encoding         TEXT,
  title            TEXT,
  published        TEXT,
  published_source TEXT CHECK (published_source IN ('metadata', 'default')),
  url              TEXT,
  source_name      TEXT,
  external_id      TEXT,
  lang             TEXT,
  lang_confidence  REAL,
  lang_method      TEXT,
  text_original    TEXT,
  text_normalised  TEXT,
  normalised_edits TEXT,
  offset_map       TEXT,
  boilerplate      TEXT,
  status           TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'not_extracted')),
  error            TEXT,
  run_id           INTEGER NOT NULL REFERENCES runs(id),
  created_at       TEXT NOT NULL,
  published_rule   TEXT
);
INSERT INTO articles_10 (${ARTICLE_COLUMNS}, text_normalised, ${ARTICLE_TAIL})
  SELECT ${ARTICLE_COLUMNS}, text_normalised, ${ARTICLE_TAIL} FROM article_rows ORDER BY rowid;
DROP TABLE article_rows;
ALTER TABLE articles_10 RENAME TO article_rows;
CREATE INDEX articles_status ON article_rows (status);
CREATE INDEX articles_lang ON article_rows (lang);

CREATE TABLE mention_rows (
  id            INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  kind          INTEGER NOT NULL,
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL CHECK (span_length >= 0),
  text          TEXT,
  rule          INTEGER NOT NULL,
  value_number  REAL,
  value_text    INTEGER,
  currency      INTEGER,
  qualifier     INTEGER,
  min_value     REAL,
  max_value     REAL,
  precision     INTEGER,
  entity_type   INTEGER,
  entity_id     INTEGER,
  gazetteer_id  INTEGER
);
INSERT INTO mention_rows
  SELECT m.id, a.key, ${coded('m.kind')}, m.span_start, m.span_end - m.span_start, m.text,
    ${coded('m.rule')}, m.value_number, ${coded('m.value_text')}, ${coded('m.currency')}, ${coded('m.qualifier')}, m.min_value, m.max_value,
    ${coded('m.precision')}, ${coded('m.entity_type')}, ${coded('m.entity_id')}, ${coded('m.gazetteer_id')}
  FROM mentions m JOIN article_rows a ON a.id = m.article_id ORDER BY m.id;
CREATE INDEX mention_rows_article ON mention_rows (article, kind);

ALTER TABLE facts RENAME TO fact_rows;
CREATE TABLE facts_10 (
  key           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  subject       INTEGER NOT NULL,
  subject_entity_id INTEGER,
  predicate     INTEGER NOT NULL,
  topic         INTEGER,
  value_number  REAL,
  value_text    TEXT,
  unit          INTEGER,
  status        INTEGER NOT NULL,
  rule          INTEGER NOT NULL,
  explanation   TEXT NOT NULL,
  qualifier     INTEGER,
  min_value     REAL,
  max_value     REAL,
  measure       INTEGER,
  object        INTEGER,
  story         INTEGER,
  group_key     INTEGER
);
INSERT INTO facts_10 (id, subject, subject_entity_id, predicate, topic, value_number, value_text, unit, status, rule, explanation,
    qualifier, min_value, max_value, measure, object, story, group_key)
  SELECT id, ${coded('subject')}, ${coded('subject_entity_id')}, ${coded('predicate')}, ${coded('topic')}, value_number, value_text, ${coded('unit')},
    ${coded('status')}, ${coded('rule')}, explanation, ${coded('qualifier')}, min_value, max_value, ${coded('measure')}, ${coded('object')},
    ${coded('story')}, ${coded('group_key')}
  FROM fact_rows ORDER BY rowid;
DROP TABLE fact_rows;
ALTER TABLE facts_10 RENAME TO fact_rows;
CREATE INDEX fact_rows_group ON fact_rows (group_key);

CREATE TABLE claim_rows (
  key           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  mention_id    INTEGER REFERENCES mention_rows(id) ON DELETE CASCADE,
  subject_entity_id INTEGER,
  subject       INTEGER NOT NULL,
  predicate     INTEGER NOT NULL,
  topic         INTEGER,
  value_number  REAL,
  value_text    TEXT,
  unit          INTEGER,
  qualifier     INTEGER,
  min_value     REAL,
  max_value     REAL,
  date_value    INTEGER,
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL,
  text          TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end  INTEGER NOT NULL,
  rule          INTEGER NOT NULL,
  measure       INTEGER,
  measure_key   TEXT,
  measure_rule  INTEGER,
  period        TEXT,
  object        INTEGER,
  object_entity_id INTEGER,
  object_rule   INTEGER,
  source        INTEGER,
  source_entity_id INTEGER,
  source_rule   INTEGER,
  as_of         INTEGER,
  as_of_rule    INTEGER,
  time_role     INTEGER,
  precision     REAL,
  gloss_of      TEXT,
  story         INTEGER,
  group_key     INTEGER NOT NULL,
  linked_from_entity_id INTEGER,
  linked_from_subject INTEGER
);
INSERT INTO claim_rows (id, article, mention_id, subject_entity_id, subject, predicate, topic, value_number, value_text, unit, qualifier,
    min_value, max_value, date_value, span_start, span_length, text, sentence_start, sentence_end, rule, measure, measure_key, measure_rule,
    period, object, object_entity_id, object_rule, source, source_entity_id, source_rule, as_of, as_of_rule, time_role, precision, gloss_of,
    story, group_key, linked_from_entity_id, linked_from_subject)
  SELECT c.id, a.key, c.mention_id, ${CLAIM_CODES.slice(0, 4).map((x) => coded(`c.${x}`)).join(', ')}, c.value_number, c.value_text,
    ${coded('c.unit')}, ${coded('c.qualifier')}, c.min_value, c.max_value, ${coded('c.date_value')}, c.span_start, c.span_end - c.span_start,
    CASE WHEN c.text IS substr(a.text_original, c.span_start + 1, c.span_end - c.span_start) THEN NULL ELSE c.text END,
    c.sentence_start, c.sentence_end, ${coded('c.rule')}, ${coded('c.measure')}, c.measure_key, ${coded('c.measure_rule')}, c.period,
    ${coded('c.object')}, ${coded('c.object_entity_id')}, ${coded('c.object_rule')}, ${coded('c.source')}, ${coded('c.source_entity_id')},
    ${coded('c.source_rule')}, ${coded('c.as_of')}, ${coded('c.as_of_rule')}, ${coded('c.time_role')}, c.precision, c.gloss_of,
    ${coded('c.story')}, ${coded("coalesce(c.group_key, '')")}, ${coded('c.linked_from_entity_id')}, ${coded('c.linked_from_subject')}
  FROM claims c JOIN article_rows a ON a.id = c.article_id ORDER BY c.article_id, c.rowid;
CREATE INDEX claim_rows_article ON claim_rows (article);
CREATE INDEX claim_rows_group ON claim_rows (group_key);

CREATE TABLE fact_claim_rows (
  fact          INTEGER NOT NULL REFERENCES fact_rows(key) ON DELETE CASCADE,
  claim         INTEGER NOT NULL REFERENCES claim_rows(key) ON DELETE CASCADE,
  verdict       INTEGER NOT NULL,
  converted     TEXT,
  PRIMARY KEY (fact, claim)
) WITHOUT ROWID;
INSERT INTO fact_claim_rows (fact, claim, verdict, converted)
  SELECT f.key, c.key, ${coded('fc.verdict')}, fc.converted
  FROM fact_claims fc JOIN fact_rows f ON f.id = fc.fact_id JOIN claim_rows c ON c.id = fc.claim_id;
CREATE INDEX fact_claim_rows_claim ON fact_claim_rows (claim);

DROP TABLE fact_claims;
DROP TABLE claims;
DROP TABLE mentions;
-- Under its old name (it went with the old table): what reconciliation looks mentions up by.
CREATE INDEX mentions_entity ON mention_rows (entity_id) WHERE entity_id IS NOT NULL;
${VIEWS}
${TRIGGERS}
`;
