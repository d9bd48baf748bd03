// Migration 26: roles compact, as mentions are. A role's person link, role, title, country,
// tense and rule take few values together (a few dozen among 150,000 roles of 10,000 stories
// articles) and are one row of role_forms the role names; the person's start is stored from the
// phrase's start (the name lies inside the phrase: one byte instead of two); the phrase's and the
// name's texts, stored only when they are not spans of the original, move to role_extras, a row
// only for a role that has one. An article's roles are found by the range of their ids
// (article_roles, kept by a trigger as article_mentions is since migration 13: a run writes an
// article's roles one after another) instead of an index of every role by article.

import { formOfRow, formTableSql } from './forms.ts';
import { rangeTriggerSql } from './migration-13.ts';
import { ARTICLE_ROW_TEXT, decoded, joinedText } from './sql-codes.ts';

/** The columns of a role's form, in role_forms' order. */
export const ROLE_FORM = ['person_entity_id', 'role', 'role_name', 'country', 'tense', 'rule'];

/** SQL joining to an article's range `g` (a row of article_roles) its roles as `r`, each with its form `f` and extras `x`. */
export const ROLES_OF_RANGE = `JOIN role_rows r ON r.id BETWEEN g.first_id AND g.last_id AND r.article = g.article
  JOIN role_forms f ON f.key = r.form LEFT JOIN role_extras x ON x.id = r.id`;

const CODED = ['person_entity_id', 'role', 'role_name', 'country', 'tense', 'date_value', 'rule'];

/** The roles view over this migration's tables, the article's text read where `text` says (migration 27 moves it). */
export const rolesViewSql = (text = ARTICLE_ROW_TEXT) => `CREATE VIEW roles AS
  SELECT r.id, a.id AS article_id, r.span_start, r.span_start + r.span_length AS span_end,
    coalesce(x.text, substr(${text.original}, r.span_start + 1, r.span_length)) AS text,
    r.span_start + r.person_offset AS person_start, r.span_start + r.person_offset + r.person_length AS person_end,
    coalesce(x.person_text, substr(${text.original}, r.span_start + r.person_offset + 1, r.person_length)) AS person_text,
    ${CODED.map((c) => `${decoded(c === 'date_value' ? 'r.date_value' : `f.${c}`)} AS ${c}`).join(', ')}
  FROM article_rows a JOIN article_roles g ON g.article = a.key ${ROLES_OF_RANGE}${joinedText(text)};`;

export const MIGRATION_26_SQL = `
DROP VIEW roles;

${formTableSql('role_forms', ROLE_FORM, 'role_rows')}

CREATE TABLE role_rows_26 (
  id            INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  form          INTEGER NOT NULL REFERENCES role_forms(key),
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL,
  person_offset INTEGER NOT NULL,
  person_length INTEGER NOT NULL,
  date_value    INTEGER
);
INSERT INTO role_rows_26 (id, article, form, span_start, span_length, person_offset, person_length, date_value)
  SELECT r.id, r.article, f.key, r.span_start, r.span_length, r.person_start - r.span_start, r.person_length, r.date_value
  FROM role_rows r JOIN role_forms f ON ${formOfRow(ROLE_FORM)} ORDER BY r.id;

CREATE TABLE role_extras (
  id            INTEGER PRIMARY KEY REFERENCES role_rows(id) ON DELETE CASCADE,
  text          TEXT,
  person_text   TEXT
);
INSERT INTO role_extras (id, text, person_text) SELECT id, text, person_text FROM role_rows WHERE text IS NOT NULL OR person_text IS NOT NULL ORDER BY id;

CREATE TABLE article_roles (
  article       INTEGER PRIMARY KEY REFERENCES article_rows(key) ON DELETE CASCADE,
  first_id      INTEGER NOT NULL,
  last_id       INTEGER NOT NULL
);
INSERT INTO article_roles (article, first_id, last_id) SELECT article, min(id), max(id) FROM role_rows GROUP BY article;

DROP TABLE role_rows;
ALTER TABLE role_rows_26 RENAME TO role_rows;
${rangeTriggerSql('role_rows', 'article_roles')}

${rolesViewSql()}
`;
