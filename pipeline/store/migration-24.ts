// Migration 24: claims smaller again. A claim's precision was a REAL in every row (8 bytes of
// 90 on the stories drop); it is now the one-byte code of claim-precision.ts, the REAL kept only
// where the code does not give it back. Its unit, one of a few currencies, joins the ten columns
// of its form (claim_forms, migration 21). The claims view reads both as before.

import { precisionCodeSql, precisionSql, PRECISION_CODE_ROWS } from './claim-precision.ts';
import { formTableSql } from './forms.ts';
import { FACT_CLAIMS_VIEW } from './migration-10.ts';
import { claimsViewSql } from './migration-13.ts';
import { OWN_FACT_TRIGGER } from './migration-16.ts';
import { CLAIM_FORM, CLAIM_RANGE, RANGE_TRIGGER } from './migration-21.ts';
import { FACT_AND_CONFLICT_VIEWS } from './migration-23.ts';

/** The columns of a claim's form from this migration on, in claim_forms' order. */
export const CLAIM_FORM_24 = [...CLAIM_FORM, 'unit'];

/** The columns claim_rows keeps as they are, in its order (after key, the id's and form; precision, coded, last). */
const KEPT = ['article', 'mention_id', 'subject_entity_id', 'subject', 'value_number', 'value_text', 'min_value', 'max_value', 'date_value',
  'span_start', 'span_length', 'text', 'sentence_start', 'sentence_end', 'measure_key', 'period', 'object', 'object_entity_id', 'source',
  'source_entity_id', 'as_of', 'gloss_of', 'story', 'group_key', 'linked_from_entity_id', 'linked_from_subject'];

// Views that read claim_rows (through claims, or themselves or their triggers), as migration 21 lists them.
const DEPENDENT_VIEWS = ['fact_claims', 'fact_evidence', 'claims', 'conflict_spans', 'conflict_evidence', 'conflict_variants', 'conflicts', 'canonical_facts', 'facts'];

/** Where the claims view reads a column: from the claim's form, the precision from its code, the rest from the row. */
export const claimColumn = (column: string) => (CLAIM_FORM_24.includes(column) ? `f.${column}`
  : column === 'precision' ? precisionSql('c.precision', 'c.value_number') : `c.${column}`);

export const MIGRATION_24_SQL = `
${DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}

${formTableSql('claim_forms_24', CLAIM_FORM_24, '(SELECT o.*, c.unit FROM claim_rows c JOIN claim_forms o ON o.key = c.form)')}

CREATE TEMP TABLE precision_codes (code INTEGER PRIMARY KEY, rank INTEGER NOT NULL);
INSERT INTO precision_codes (code, rank) VALUES ${PRECISION_CODE_ROWS};

CREATE TABLE claim_rows_24 (
  key           INTEGER PRIMARY KEY,
  hash          INTEGER,
  id_text       TEXT,
  id            TEXT GENERATED ALWAYS AS (coalesce(id_text, 'claim_' || printf('%016x', hash))) VIRTUAL NOT NULL,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  mention_id    INTEGER REFERENCES mention_rows(id) ON DELETE CASCADE,
  form          INTEGER NOT NULL REFERENCES claim_forms(key),
  subject_entity_id INTEGER,
  subject       INTEGER NOT NULL,
  value_number  REAL,
  value_text    TEXT,
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
  gloss_of      TEXT,
  story         INTEGER,
  group_key     INTEGER,
  linked_from_entity_id INTEGER,
  linked_from_subject INTEGER,
  precision
);
INSERT INTO claim_rows_24 (key, hash, id_text, form, ${KEPT.join(', ')}, precision)
  SELECT c.key, c.hash, c.id_text, n.key, ${KEPT.map((k) => `c.${k}`).join(', ')}, ${precisionCodeSql('c.precision', 'c.value_number')}
  FROM claim_rows c JOIN claim_forms o ON o.key = c.form
    JOIN claim_forms_24 n ON ${CLAIM_FORM.map((k) => `n.${k} = o.${k}`).join(' AND ')} AND n.unit = ifnull(c.unit, 0)
  ORDER BY c.key;
DROP TABLE temp.precision_codes;
DROP TABLE claim_rows;
DROP TABLE claim_forms;
ALTER TABLE claim_forms_24 RENAME TO claim_forms;
ALTER TABLE claim_rows_24 RENAME TO claim_rows;
CREATE UNIQUE INDEX claim_rows_id ON claim_rows (id);
CREATE INDEX claim_rows_group ON claim_rows (group_key) WHERE group_key IS NOT NULL;

${OWN_FACT_TRIGGER}
${RANGE_TRIGGER}

${claimsViewSql('LEFT JOIN', claimColumn, `FROM article_rows a JOIN ${CLAIM_RANGE} AND r.article = a.key JOIN claim_forms f ON f.key = c.form`)}
${FACT_CLAIMS_VIEW}
${FACT_AND_CONFLICT_VIEWS}`;
