// Migration 27: an article's text in a table of its own. An article row held its text (5 KB on
// the stories drop) and its other columns (0.4 KB): SQLite keeps a row's first part on its leaf
// page and the rest on overflow pages, and whole rows of 0.5 to 4 KB left a leaf page 1.2 KB
// empty on average (5.9 MB of 61 on 10,000 articles). In article_texts a row is the key and the
// text, its first part a few hundred bytes, and the article rows, without their text, pack ten to
// a page: 57.6 MB for the same 10,000 articles. Every view that reads the text joins it.

import { ARTICLE_COLUMNS, ARTICLE_TAIL, normalisedSql } from './migration-10.ts';
import { mentionsViewSql } from './migration-13.ts';
import { CLAIM_DEPENDENT_VIEWS, claimViews } from './migration-24.ts';
import { MENTION_FORM_AND_EXTRAS, MENTION_TRIGGERS, mentionColumn } from './migration-25.ts';
import { rolesViewSql } from './migration-26.ts';
import type { ArticleText } from './sql-codes.ts';

/** An article's text from this migration on, for views reading article_rows as `a`. */
export const ARTICLE_TEXT: ArticleText = { original: 't.text_original', join: 'JOIN article_texts t ON t.key = a.key' };

export const MIGRATION_27_SQL = `
DROP VIEW articles;
DROP VIEW mentions;
DROP VIEW roles;
${CLAIM_DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}

CREATE TABLE article_texts (
  key           INTEGER PRIMARY KEY REFERENCES article_rows(key) ON DELETE CASCADE,
  text_original TEXT
);
INSERT INTO article_texts (key, text_original) SELECT key, text_original FROM article_rows ORDER BY key;
ALTER TABLE article_rows DROP COLUMN text_original;

CREATE VIEW articles AS
  SELECT ${ARTICLE_COLUMNS.split(',').map((c) => (c.trim() === 'text_original' ? 't.text_original' : `r.${c.trim()}`)).join(', ')},
    ${normalisedSql('t.text_original')} AS text_normalised, ${ARTICLE_TAIL.split(', ').map((c) => `r.${c}`).join(', ')}
  FROM article_rows r JOIN article_texts t ON t.key = r.key;

${mentionsViewSql(mentionColumn, `${MENTION_FORM_AND_EXTRAS} `, ARTICLE_TEXT)}
${MENTION_TRIGGERS}
${rolesViewSql(ARTICLE_TEXT)}
${claimViews(ARTICLE_TEXT)}
`;
