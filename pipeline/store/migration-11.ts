// Migration 11: roles in the compact shape of migration 10 — a view `roles` (same columns)
// over `role_rows`, the article by integer key, strings as codes, the role phrase and the
// person's name not copied when they are spans of the original text. The index by role and
// country goes: no query reads roles that way (reconciliation reads them article by article).

import { coded, decoded } from './sql-codes.ts';

const CODED = ['person_entity_id', 'role', 'role_name', 'country', 'tense', 'date_value', 'rule'];
/** A span's text, stored only when substr of the original does not give it back. */
const ownText = (text: string, start: string, end: string) =>
  `CASE WHEN ${text} IS substr(a.text_original, ${start} + 1, ${end} - ${start}) THEN NULL ELSE ${text} END`;

export const MIGRATION_11_SQL = `
INSERT OR IGNORE INTO codes (value) SELECT v FROM (${CODED.map((c) => `SELECT ${c} AS v FROM roles`).join(' UNION ')}) WHERE v IS NOT NULL;

CREATE TABLE role_rows (
  id            INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  span_start    INTEGER NOT NULL,
  span_length   INTEGER NOT NULL,
  text          TEXT,
  person_start  INTEGER NOT NULL,
  person_length INTEGER NOT NULL,
  person_text   TEXT,
  person_entity_id INTEGER,
  role          INTEGER NOT NULL,
  role_name     INTEGER NOT NULL,
  country       INTEGER,
  tense         INTEGER NOT NULL,
  date_value    INTEGER,
  rule          INTEGER NOT NULL
);
INSERT INTO role_rows (id, article, span_start, span_length, text, person_start, person_length, person_text, person_entity_id, role, role_name,
    country, tense, date_value, rule)
  SELECT r.id, a.key, r.span_start, r.span_end - r.span_start, ${ownText('r.text', 'r.span_start', 'r.span_end')},
    r.person_start, r.person_end - r.person_start, ${ownText('r.person_text', 'r.person_start', 'r.person_end')},
    ${CODED.map((c) => coded(`r.${c}`)).join(', ')}
  FROM roles r JOIN article_rows a ON a.id = r.article_id ORDER BY r.id;
DROP TABLE roles;
CREATE INDEX role_rows_article ON role_rows (article);

CREATE VIEW roles AS
  SELECT r.id, a.id AS article_id, r.span_start, r.span_start + r.span_length AS span_end,
    coalesce(r.text, substr(a.text_original, r.span_start + 1, r.span_length)) AS text,
    r.person_start, r.person_start + r.person_length AS person_end,
    coalesce(r.person_text, substr(a.text_original, r.person_start + 1, r.person_length)) AS person_text,
    ${CODED.map((c) => `${decoded(`r.${c}`)} AS ${c}`).join(', ')}
  FROM role_rows r JOIN article_rows a ON a.key = r.article;
`;
