// Migration 23: facts stored compactly, as claims are since migration 21. A fact's id, `fact_`
// and 16 hex digits of a hash, is stored as the integer the digits spell (hashed-ids.ts; its
// generated `id` column is indexed as before), and its predicate, topic, rule and measure, which
// take few values together (174 among 28,501 facts of 2,000 stories articles), are one row of
// fact_forms the fact names. Its subject, unit, qualifier, status and label stay in the row: the
// explanations the views compose read them there (migrations 19 and 20), and reconciliation
// counts facts by status.

import { FACT_CLAIMS_VIEW } from './migration-10.ts';
import { FACT_EVIDENCE_VIEW } from './sql-codes.ts';
import { formTableSql } from './forms.ts';
import { hashedIdColumns, moveToHashedIds } from './hashed-ids.ts';
import { OWN_FACT_TRIGGER } from './migration-16.ts';
import { factsViewSql } from './migration-19.ts';
import { conflictAndFactViews, disputedText } from './migration-20.ts';

/** The columns of a fact's form, in fact_forms' order. */
export const FACT_FORM = ['predicate', 'topic', 'rule', 'measure'];

/** The columns fact_rows keeps, in its order (after key and the id's). */
const KEPT = ['subject', 'subject_entity_id', 'value_number', 'value_text', 'unit', 'status', 'explanation', 'qualifier', 'min_value', 'max_value',
  'object', 'story', 'group_key', 'label'];

// What reads fact_rows, itself or through a view or trigger that does: dropped while the table is
// made again, then made again as migrations 10 (fact_claims), 13 (fact_evidence), 16 (the trigger
// deleting a claim's own fact) and 20 (the conflicts views and their triggers) made them, the facts
// view reading the form.
const DEPENDENT_VIEWS = ['fact_evidence', 'fact_claims', 'conflict_spans', 'conflict_evidence', 'conflict_variants', 'conflicts', 'canonical_facts', 'facts'];

/** Where the facts view reads a column: the fact's form, or its row. */
export const factColumn = (column: string) => (FACT_FORM.includes(column) ? `o.${column}` : `f.${column}`);
export const FACTS_FROM = 'FROM fact_rows f JOIN fact_forms o ON o.key = f.form';

/** The facts view reading the fact's form, with the conflict views over it: migration 24 makes them again over its claim_rows. */
export const FACT_AND_CONFLICT_VIEWS = conflictAndFactViews(factsViewSql(disputedText, factColumn, FACTS_FROM));

export const MIGRATION_23_SQL = `
${DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}
DROP TRIGGER claim_rows_own_fact;

${formTableSql('fact_forms', FACT_FORM, 'fact_rows')}

CREATE TABLE fact_rows_23 (
  key           INTEGER PRIMARY KEY,
  ${hashedIdColumns('fact')},
  form          INTEGER NOT NULL REFERENCES fact_forms(key),
  subject       INTEGER NOT NULL,
  subject_entity_id INTEGER,
  value_number  REAL,
  value_text    TEXT,
  unit          INTEGER,
  status        INTEGER NOT NULL,
  explanation   TEXT,
  qualifier     INTEGER,
  min_value     REAL,
  max_value     REAL,
  object        INTEGER,
  story         INTEGER,
  group_key     INTEGER,
  label         INTEGER
);
${moveToHashedIds('fact_rows', 'fact_rows_23', 'fact', 'fact_forms', FACT_FORM, KEPT)}
CREATE INDEX fact_rows_group ON fact_rows (group_key);

${OWN_FACT_TRIGGER}
${FACT_CLAIMS_VIEW}
${FACT_EVIDENCE_VIEW}
${FACT_AND_CONFLICT_VIEWS}`;
