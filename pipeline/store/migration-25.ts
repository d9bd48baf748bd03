// Migration 25: mentions smaller again. A mention row had thirteen columns, each a byte of record
// header, four of them nearly always empty or shared: its kind, one of three, follows from its
// rule and joins its form (mention_forms, migration 22); its text when not a span of the
// original, and a range's bounds (under 1% of the 1.4 million mentions of 10,000 stories
// articles) move to mention_extras, a row only for the mentions that have one. The mentions view
// reads them back as before; reconciliation (load.ts) reads them as it reads the view.

import { formInTrigger, formOfRow, formTableSql } from './forms.ts';
import { MENTION_UPDATE_TRIGGERS } from './migration-10.ts';
import { MENTION_RANGE_TRIGGER, mentionsViewSql } from './migration-13.ts';
import { MENTION_FORM } from './migration-22.ts';
import { CLAIM_DEPENDENT_VIEWS, CLAIM_VIEWS } from './migration-24.ts';
import { coded, intern, MENTION_CODES } from './sql-codes.ts';

/** The columns of a mention's form from this migration on, in mention_forms' order. */
export const MENTION_FORM_25 = ['kind', ...MENTION_FORM];

/** The columns few mentions have, kept in mention_extras. */
export const MENTION_EXTRAS = ['text', 'min_value', 'max_value'];

/** The columns mention_rows keeps, in its order (after id, article and form). */
const KEPT = ['span_start', 'span_length', 'value_number', 'value_text', 'entity_id', 'gazetteer_id'];

/** SQL from the mention row `m` on: its form as `f` and its extras (if any) as `x`; mentions of an article are read with it. */
export const MENTION_FORM_AND_EXTRAS = 'JOIN mention_forms f ON f.key = m.form LEFT JOIN mention_extras x ON x.id = m.id';

const NEW_FORM = formInTrigger('mention_forms', MENTION_FORM_25, (c) => coded(`NEW.${c}`));

/** Where the mentions view reads a column: from the mention's form or extras, the rest from the row. */
export const mentionColumn = (column: string) => (MENTION_FORM_25.includes(column) ? `f.${column}` : MENTION_EXTRAS.includes(column) ? `x.${column}` : `m.${column}`);

/** The writes an app or reconciliation makes through the mentions view: made again with the view by migration 27. */
export const MENTION_TRIGGERS = `CREATE TRIGGER mentions_insert INSTEAD OF INSERT ON mentions BEGIN
  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM article_rows WHERE id = NEW.article_id);
  ${MENTION_CODES.map((c) => intern(`NEW.${c}`)).join('\n  ')}
  ${NEW_FORM.put}
  INSERT INTO mention_rows (id, article, form, span_start, span_length, value_number, value_text, entity_id, gazetteer_id)
    SELECT NEW.id, a.key, ${NEW_FORM.key}, NEW.span_start, NEW.span_end - NEW.span_start,
      NEW.value_number, ${coded('NEW.value_text')}, ${coded('NEW.entity_id')}, ${coded('NEW.gazetteer_id')}
    FROM article_rows a WHERE a.id = NEW.article_id;
  INSERT INTO mention_extras (id, ${MENTION_EXTRAS.join(', ')}) SELECT last_insert_rowid(), ${MENTION_EXTRAS.map((c) => `NEW.${c}`).join(', ')}
    WHERE ${MENTION_EXTRAS.map((c) => `NEW.${c} IS NOT NULL`).join(' OR ')};
END;
${MENTION_UPDATE_TRIGGERS}`;

export const MIGRATION_25_SQL = `
DROP VIEW mentions;
-- The claims view reads mention_rows (a claim's amount and span, migration 24): it and what reads it are made again below.
${CLAIM_DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}

${formTableSql('mention_forms_25', MENTION_FORM_25, '(SELECT o.*, m.kind FROM mention_rows m JOIN mention_forms o ON o.key = m.form)')}

CREATE TABLE mention_rows_25 (
  id            INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  form          INTEGER NOT NULL REFERENCES mention_forms(key),
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL CHECK (span_length >= 0),
  value_number  REAL,
  value_text    INTEGER,
  entity_id     INTEGER,
  gazetteer_id  INTEGER
);
INSERT INTO mention_rows_25 (id, article, form, ${KEPT.join(', ')})
  SELECT r.id, r.article, f.key, ${KEPT.map((k) => `r.${k}`).join(', ')}
  FROM (SELECT o.*, m.* FROM mention_rows m JOIN mention_forms o ON o.key = m.form) r JOIN mention_forms_25 f ON ${formOfRow(MENTION_FORM_25)}
  ORDER BY r.id;

CREATE TABLE mention_extras (
  id            INTEGER PRIMARY KEY REFERENCES mention_rows(id) ON DELETE CASCADE,
  text          TEXT,
  min_value     REAL,
  max_value     REAL
);
INSERT INTO mention_extras (id, ${MENTION_EXTRAS.join(', ')})
  SELECT id, ${MENTION_EXTRAS.join(', ')} FROM mention_rows WHERE ${MENTION_EXTRAS.map((c) => `${c} IS NOT NULL`).join(' OR ')} ORDER BY id;

DROP TABLE mention_rows;
DROP TABLE mention_forms;
ALTER TABLE mention_forms_25 RENAME TO mention_forms;
ALTER TABLE mention_rows_25 RENAME TO mention_rows;
CREATE INDEX mentions_entity ON mention_rows (entity_id) WHERE entity_id IS NOT NULL;
${MENTION_RANGE_TRIGGER}

${mentionsViewSql(mentionColumn, `${MENTION_FORM_AND_EXTRAS} `)}
${MENTION_TRIGGERS}
${CLAIM_VIEWS}
`;