// Migration 22: mentions stored compactly, as claims are since migration 21. A mention's rule,
// currency, qualifier, date precision and entity type take few values together (62 among the
// 286,254 mentions of 2,000 stories articles), and each cost a byte of record header and one or
// two of payload in every row: the largest table's rows are 36 bytes. A mention now names its
// combination, a row of mention_forms (each column a code, 0 for none), and the mentions view
// and reconciliation (load.ts) read those columns from it. Its kind stays in the row: it is what
// reconciliation selects an article's mentions by.

import { MENTION_UPDATE_TRIGGERS } from './migration-10.ts';
import { formInTrigger, formOfRow, formTableSql } from './forms.ts';
import { MENTION_RANGE_TRIGGER, mentionsViewSql } from './migration-13.ts';
import { coded, intern, MENTION_CODES } from './sql-codes.ts';

/** The columns of a mention's form, in mention_forms' order. */
export const MENTION_FORM = ['rule', 'currency', 'qualifier', 'precision', 'entity_type'];

/** The columns mention_rows keeps, in its order (after id and article). */
const KEPT = ['kind', 'span_start', 'span_length', 'text', 'value_number', 'value_text', 'min_value', 'max_value', 'entity_id', 'gazetteer_id'];

const NEW_FORM = formInTrigger('mention_forms', MENTION_FORM, (c) => coded(`NEW.${c}`));

export const MIGRATION_22_SQL = `
DROP VIEW mentions;

${formTableSql('mention_forms', MENTION_FORM, 'mention_rows')}

CREATE TABLE mention_rows_22 (
  id            INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  form          INTEGER NOT NULL REFERENCES mention_forms(key),
  kind          INTEGER NOT NULL,
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL CHECK (span_length >= 0),
  text          TEXT,
  value_number  REAL,
  value_text    INTEGER,
  min_value     REAL,
  max_value     REAL,
  entity_id     INTEGER,
  gazetteer_id  INTEGER
);
INSERT INTO mention_rows_22 (id, article, form, ${KEPT.join(', ')})
  SELECT r.id, r.article, f.key, ${KEPT.map((k) => `r.${k}`).join(', ')} FROM mention_rows r JOIN mention_forms f ON ${formOfRow(MENTION_FORM)} ORDER BY r.id;
DROP TABLE mention_rows;
ALTER TABLE mention_rows_22 RENAME TO mention_rows;
CREATE INDEX mentions_entity ON mention_rows (entity_id) WHERE entity_id IS NOT NULL;
${MENTION_RANGE_TRIGGER}

${mentionsViewSql((column) => (MENTION_FORM.includes(column) ? `f.${column}` : `m.${column}`), 'JOIN mention_forms f ON f.key = m.form ')}

CREATE TRIGGER mentions_insert INSTEAD OF INSERT ON mentions BEGIN
  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM article_rows WHERE id = NEW.article_id);
  ${MENTION_CODES.map((c) => intern(`NEW.${c}`)).join('\n  ')}
  ${NEW_FORM.put}
  INSERT INTO mention_rows (id, article, form, kind, span_start, span_length, text, value_number, value_text, min_value, max_value, entity_id, gazetteer_id)
    SELECT NEW.id, a.key, ${NEW_FORM.key}, ${coded('NEW.kind')}, NEW.span_start, NEW.span_end - NEW.span_start, NEW.text,
      NEW.value_number, ${coded('NEW.value_text')}, NEW.min_value, NEW.max_value, ${coded('NEW.entity_id')}, ${coded('NEW.gazetteer_id')}
    FROM article_rows a WHERE a.id = NEW.article_id;
END;
${MENTION_UPDATE_TRIGGERS}
`;
