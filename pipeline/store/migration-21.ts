// Migration 21: claims stored compactly. Ten of a claim's coded columns take few values together
// — its predicate, topic, qualifier, rule, measure, the rules of its measure, object, source and
// as-of time, and its time role: 401 combinations among 84,110 claims of 2,000 stories articles —
// and each cost a byte of record header and one or two of payload in every row. A claim now
// names its combination, a row of claim_forms (each column a code, 0 for none, which no code
// is), and the claims view reads the columns from it. An article's claims are found by the range
// of their keys (article_claims, kept by a trigger, as article_mentions keeps its mentions' ids
// since migration 13) instead of an index of every claim by article: reconciliation writes an
// article's claims one after another, and drafts them again all at once after deleting them
// all, when the range starts again at the first new claim. A claim's id, `claim_` and 16 hex
// digits of a hash, is stored as the integer the digits spell (hashed-ids.ts): claim_rows.id is a
// generated column, indexed as before.

import { FACT_CLAIMS_VIEW } from './migration-10.ts';
import { formTableSql } from './forms.ts';
import { hashedIdColumns, moveToHashedIds } from './hashed-ids.ts';
import { claimsViewSql } from './migration-13.ts';
import { OWN_FACT_TRIGGER } from './migration-16.ts';
import { CONFLICT_AND_FACT_VIEWS } from './migration-20.ts';

/** The columns of a claim's form, in claim_forms' order. */
export const CLAIM_FORM = ['predicate', 'topic', 'qualifier', 'rule', 'measure', 'measure_rule', 'object_rule', 'source_rule', 'as_of_rule', 'time_role'];

/** The columns claim_rows keeps, in its order (after key and id). */
const KEPT = ['article', 'mention_id', 'subject_entity_id', 'subject', 'value_number', 'value_text', 'unit', 'min_value', 'max_value', 'date_value',
  'span_start', 'span_length', 'text', 'sentence_start', 'sentence_end', 'measure_key', 'period', 'object', 'object_entity_id', 'source',
  'source_entity_id', 'as_of', 'precision', 'gloss_of', 'story', 'group_key', 'linked_from_entity_id', 'linked_from_subject'];

// Views that read claim_rows (through claims, or themselves or their triggers): dropped while the
// table is made again, and made again as migrations 10 (fact_claims), 13 (fact_evidence with claims) and 20 made them.
const DEPENDENT_VIEWS = ['fact_claims', 'fact_evidence', 'claims', 'conflict_spans', 'conflict_evidence', 'conflict_variants', 'conflicts', 'canonical_facts', 'facts'];

/** The article range of claim `row` starts again when none of the claims it held is left, else it widens to take it. */
export const RANGE_TRIGGER = `CREATE TRIGGER claim_rows_range AFTER INSERT ON claim_rows BEGIN
  INSERT OR IGNORE INTO article_claims (article, first_key, last_key) VALUES (NEW.article, NEW.key, NEW.key);
  UPDATE article_claims SET first_key = NEW.key, last_key = NEW.key WHERE article = NEW.article
    AND NOT EXISTS (SELECT 1 FROM claim_rows c WHERE c.key BETWEEN first_key AND last_key AND c.article = NEW.article AND c.key <> NEW.key);
  UPDATE article_claims SET first_key = min(first_key, NEW.key), last_key = max(last_key, NEW.key)
    WHERE article = NEW.article AND (NEW.key < first_key OR NEW.key > last_key);
END;`;

/** An article's range (`r`) and its claims (`c`): the rows of the range that name the article. */
export const CLAIM_RANGE = 'article_claims r JOIN claim_rows c ON c.key BETWEEN r.first_key AND r.last_key AND c.article = r.article';
/** The claims of the article whose key is `article`, as `c`. */
export const claimsOfArticle = (article: string) => `${CLAIM_RANGE} WHERE r.article = ${article}`;

export const MIGRATION_21_SQL = `
${DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}

${formTableSql('claim_forms', CLAIM_FORM, 'claim_rows')}

CREATE TABLE claim_rows_21 (
  key           INTEGER PRIMARY KEY,
  ${hashedIdColumns('claim')},
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  mention_id    INTEGER REFERENCES mention_rows(id) ON DELETE CASCADE,
  form          INTEGER NOT NULL REFERENCES claim_forms(key),
  subject_entity_id INTEGER,
  subject       INTEGER NOT NULL,
  value_number  REAL,
  value_text    TEXT,
  unit          INTEGER,
  min_value     REAL,
  max_value     REAL,
  date_value    INTEGER,
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL,
  text          TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end  INTEGER NOT NULL,
  measure_key   INTEGER,
  period        TEXT,
  object        INTEGER,
  object_entity_id INTEGER,
  source        INTEGER,
  source_entity_id INTEGER,
  as_of         INTEGER,
  precision     REAL,
  gloss_of      TEXT,
  story         INTEGER,
  group_key     INTEGER,
  linked_from_entity_id INTEGER,
  linked_from_subject INTEGER
);
${moveToHashedIds('claim_rows', 'claim_rows_21', 'claim', 'claim_forms', CLAIM_FORM, KEPT)}
CREATE INDEX claim_rows_group ON claim_rows (group_key) WHERE group_key IS NOT NULL;

${OWN_FACT_TRIGGER}

CREATE TABLE article_claims (
  article       INTEGER PRIMARY KEY REFERENCES article_rows(key) ON DELETE CASCADE,
  first_key     INTEGER NOT NULL,
  last_key      INTEGER NOT NULL
);
INSERT INTO article_claims (article, first_key, last_key) SELECT article, min(key), max(key) FROM claim_rows GROUP BY article;
${RANGE_TRIGGER}

${claimsViewSql('LEFT JOIN', (column) => (CLAIM_FORM.includes(column) ? `f.${column}` : `c.${column}`),
    `FROM article_rows a JOIN ${CLAIM_RANGE} AND r.article = a.key JOIN claim_forms f ON f.key = c.form`)}
${FACT_CLAIMS_VIEW}
${CONFLICT_AND_FACT_VIEWS}`;
