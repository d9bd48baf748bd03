// Migration 14: a conflict's evidence stored as one row per variant instead of one row per
// claim. A value conflict cites every claim of its fact, eight to a variant on average, and
// each row repeated the conflict's id and the claim's id as text (66 bytes a row at 10,000
// dense articles); the variant's row now holds a JSON array of the claims' keys in claim_rows
// (a name's article spans as [article id, start, end]), and the view conflict_evidence gives
// back the old rows, column for column and in the same order.
//
// A claim's key is what fact_claim_rows holds too: a claim re-drafted gets a new key, and
// reconciliation rewrites the facts (and with them their conflicts) of every claim it drafts
// again, as fact_claims already needs.

import { ARTICLE_ROW_TEXT, joinedText } from './sql-codes.ts';

/** The evidence of one variant, JSON: a claim's key, or [article id, start, end] for a span. */
const EVIDENCE_ITEM = `CASE WHEN claim_id IS NOT NULL THEN (SELECT key FROM claim_rows WHERE id = claim_id)
  ELSE json_array(article_id, span_start, span_end) END`;

const isSpan = `j.type = 'array'`;

/**
 * conflict_spans over conflict_evidence and claim_rows: migration 20 makes it again over its conflict_evidence, and migration 24
 * with a claim's span read where `claim` says (its mention's where the row holds none), `claimJoin` joining what that reads;
 * migration 27 with the article's text where `text` says.
 */
export const conflictSpansViewSql = (claim = (column: string) => `c.${column}`, claimJoin = '', text = ARTICLE_ROW_TEXT) => `CREATE VIEW conflict_spans AS
  SELECT e.conflict_id, e.variant, e.claim_id, a.id AS article_id, a.path, a.title, a.source_name, a.published,
         coalesce(${claim('span_start')}, e.span_start) AS span_start, coalesce(${claim('span_start')} + ${claim('span_length')}, e.span_end) AS span_end,
         substr(${text.original}, coalesce(${claim('span_start')}, e.span_start) + 1, coalesce(${claim('span_length')}, e.span_end - e.span_start)) AS text,
         CASE WHEN c.id IS NOT NULL THEN substr(${text.original}, c.sentence_start + 1, c.sentence_end - c.sentence_start) END AS sentence
  FROM conflict_evidence e LEFT JOIN claim_rows c ON c.id = e.claim_id ${claimJoin}LEFT JOIN article_rows ca ON ca.key = c.article
  JOIN article_rows a ON a.id = coalesce(ca.id, e.article_id)${joinedText(text)};`;
export const CONFLICT_SPANS_VIEW = conflictSpansViewSql();

export const MIGRATION_14_SQL = `
DROP VIEW conflict_spans;

CREATE TABLE conflict_evidence_sets (
  conflict_id   TEXT NOT NULL,
  variant       INTEGER NOT NULL,
  evidence      TEXT NOT NULL,
  PRIMARY KEY (conflict_id, variant),
  FOREIGN KEY (conflict_id, variant) REFERENCES conflict_variants (conflict_id, variant) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO conflict_evidence_sets (conflict_id, variant, evidence)
  SELECT conflict_id, variant, '[' || group_concat(${EVIDENCE_ITEM}, ',' ORDER BY position) || ']'
  FROM conflict_evidence GROUP BY conflict_id, variant;
DROP TABLE conflict_evidence;

CREATE VIEW conflict_evidence AS
  SELECT s.conflict_id, s.variant, j.key AS position, c.id AS claim_id,
    CASE WHEN ${isSpan} THEN json_extract(j.value, '$[0]') END AS article_id,
    CASE WHEN ${isSpan} THEN json_extract(j.value, '$[1]') END AS span_start,
    CASE WHEN ${isSpan} THEN json_extract(j.value, '$[2]') END AS span_end
  FROM conflict_evidence_sets s JOIN json_each(s.evidence) j LEFT JOIN claim_rows c ON c.key = CASE WHEN j.type = 'integer' THEN j.value END;

-- Claims straight from claim_rows: the claims view on the right of a LEFT JOIN from a view would be materialised whole.
${CONFLICT_SPANS_VIEW}
`;
