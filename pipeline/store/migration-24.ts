// Migration 24: claims smaller again, and a claim's fact on its row. A claim's precision was a
// REAL in every row (8 bytes of 90 on the stories drop); it is now the one-byte code of
// claim-precision.ts, the REAL kept only where the code does not give it back. Its unit, one of a
// few currencies, joins the ten columns of its form (claim_forms, migration 21). Eight columns
// nearly every claim leaves empty (a value in words, a text that is not its span, a period, the
// claim it glosses, the subject before a join by figures, a range's bounds), each a byte of record
// header, move to claim_extras, a row only for a claim that has one. A claim belongs to one fact
// at most (its fact group is split into facts, each claim into one): its fact, verdict and
// converted value, a row of fact_claim_rows with an index by claim until now, are columns of the
// claim (the converted value, rare, in claim_extras), under one index by fact, the verdict as the key of a row of claim_verdicts (a byte);
// fact_claim_rows stays as a view over them, so that what reads it (fact_claims,
// canonical_facts, the facts view's composed explanation) reads the same rows. A claim's amount
// and span are its money mention's: stored only where they differ (none does; they are drafted
// from the mention), in claim_extras; its as-of date where it is its first date in the sentence,
// and its story (its article's, kept once in article_claims), are not stored. A store where a
// claim has two facts is refused rather than changed. The views read as before.

import { precisionCodeSql, precisionSql, PRECISION_CODE_ROWS } from './claim-precision.ts';
import { formTableSql } from './forms.ts';
import { hashedIdColumns } from './hashed-ids.ts';
import { FACT_CLAIMS_VIEW } from './migration-10.ts';
import { claimsViewSql } from './migration-13.ts';
import { conflictSpansViewSql } from './migration-14.ts';
import { CLAIM_FORM, CLAIM_RANGE, RANGE_TRIGGER } from './migration-21.ts';
import { FACT_AND_CONFLICT_VIEWS } from './migration-23.ts';
import { ARTICLE_ROW_TEXT, coded, intern } from './sql-codes.ts';

/** The columns of a claim's form from this migration on, in claim_forms' order. */
export const CLAIM_FORM_24 = [...CLAIM_FORM, 'unit'];

/** The columns few claims have, kept in claim_extras. */
export const CLAIM_EXTRAS = ['value_text', 'text', 'period', 'gloss_of', 'linked_from_entity_id', 'linked_from_subject', 'min_value', 'max_value'];

/** The columns a claim has as its money mention has them (the amount and its span), stored in claim_extras only where they differ. */
export const FROM_MENTION = ['value_number', 'span_start', 'span_length'];

/** The columns claim_rows keeps as they are, in its order (after key, the id's and form; then precision, coded, and the claim's fact). */
const KEPT = ['article', 'mention_id', 'subject_entity_id', 'subject', 'date_value',
  'sentence_start', 'sentence_end', 'measure_key', 'object', 'object_entity_id', 'source', 'source_entity_id', 'group_key'];

/**
 * A claim's as-of date is most often the first date of its sentence (date_value), and its story is its article's (every claim of an
 * article is drafted for the story the article is in): stored as null where so, as 0 (no code) where none, else as a code.
 */
export const sameAs = { as_of: 'c.date_value', story: '(SELECT s.story FROM article_claims s WHERE s.article = c.article)' } as const;

// Views that read claim_rows or fact_claim_rows (through claims, or themselves or their triggers), as migration 21 lists them;
// from here the claims view reads mention_rows too, so migration 25 makes them again with it.
export const CLAIM_DEPENDENT_VIEWS = ['fact_claims', 'fact_evidence', 'claims', 'conflict_spans', 'conflict_evidence', 'conflict_variants', 'conflicts', 'canonical_facts', 'facts'];

/** SQL from the claim row `c` on: its form as `f`, its extras (if any) as `x`, its money mention as `m`. */
export const CLAIM_FORM_AND_EXTRAS = `JOIN claim_forms f ON f.key = c.form LEFT JOIN claim_extras x ON x.key = c.key
  LEFT JOIN mention_rows m ON m.id = c.mention_id`;

/** Where the claims view reads a column: from the claim's form or extras, its mention where the row holds none, the precision from its code. */
export const claimColumn = (column: string): string => (CLAIM_FORM_24.includes(column) ? `f.${column}` : CLAIM_EXTRAS.includes(column) ? `x.${column}`
  : FROM_MENTION.includes(column) ? `coalesce(x.${column}, m.${column})`
  : column === 'as_of' || column === 'story' ? `coalesce(c.${column}, ${sameAs[column]})`
  : column === 'precision' ? precisionSql('c.precision', claimColumn('value_number')) : `c.${column}`);

/** Deletes the fact of a claim's own group with the claim (after it: the fact's deletion then finds no claim to unlink). */
const OWN_FACT_TRIGGER = `CREATE TRIGGER claim_rows_own_fact AFTER DELETE ON claim_rows WHEN OLD.group_key IS NULL AND OLD.fact IS NOT NULL BEGIN
  DELETE FROM fact_rows WHERE key = OLD.fact;
END;`;

/** fact_claim_rows from here on: the claims that have a fact, the verdict's code read from claim_verdicts. */
const FACT_CLAIM_ROWS_VIEW = `CREATE VIEW fact_claim_rows AS
  SELECT c.fact, c.key AS claim, v.verdict, x.converted FROM claim_rows c JOIN claim_verdicts v ON v.key = c.verdict LEFT JOIN claim_extras x ON x.key = c.key
  WHERE c.fact IS NOT NULL;`;

/** A fact deleted leaves its claims without one (fact_claim_rows' rows went with the fact). */
const FACT_UNLINK_TRIGGER = `CREATE TRIGGER fact_rows_unlink BEFORE DELETE ON fact_rows BEGIN
  UPDATE claim_extras SET converted = NULL WHERE key IN (SELECT key FROM claim_rows WHERE fact = OLD.key) AND converted IS NOT NULL;
  UPDATE claim_rows SET fact = NULL, verdict = NULL WHERE fact = OLD.key;
END;`;

/** Reconciliation's rewrite of a claim's subject through the claims view: the subject before a join by figures goes to its extras. */
const CLAIMS_UPDATE_TRIGGER = `CREATE TRIGGER claims_update INSTEAD OF UPDATE ON claims BEGIN
  ${['subject_entity_id', 'subject', 'linked_from_entity_id', 'linked_from_subject'].map((c) => intern(`NEW.${c}`)).join('\n  ')}
  UPDATE claim_rows SET subject_entity_id = ${coded('NEW.subject_entity_id')}, subject = ${coded('NEW.subject')} WHERE id = OLD.id;
  INSERT INTO claim_extras (key, linked_from_entity_id, linked_from_subject)
    SELECT key, ${coded('NEW.linked_from_entity_id')}, ${coded('NEW.linked_from_subject')} FROM claim_rows WHERE id = OLD.id
      AND (NEW.linked_from_entity_id IS NOT NULL OR NEW.linked_from_subject IS NOT NULL OR key IN (SELECT key FROM claim_extras))
    ON CONFLICT (key) DO UPDATE SET linked_from_entity_id = excluded.linked_from_entity_id, linked_from_subject = excluded.linked_from_subject;
END;`;

/**
 * The claims view over this migration's tables, its triggers, and the views CLAIM_DEPENDENT_VIEWS names, made again over it;
 * the article's text read where `text` says (migration 27 moves it), the facts and conflicts views as given (migration 28's).
 */
export const claimViews = (text = ARTICLE_ROW_TEXT, factAndConflictViews = FACT_AND_CONFLICT_VIEWS) => `${claimsViewSql('LEFT JOIN', claimColumn,
    `FROM article_rows a JOIN ${CLAIM_RANGE} AND r.article = a.key ${CLAIM_FORM_AND_EXTRAS}`, text)}
DROP TRIGGER claims_update;
${CLAIMS_UPDATE_TRIGGER}
${FACT_CLAIMS_VIEW}
${factAndConflictViews}
DROP VIEW conflict_spans;
${conflictSpansViewSql(claimColumn, 'LEFT JOIN claim_extras x ON x.key = c.key LEFT JOIN mention_rows m ON m.id = c.mention_id ', text)}`;
export const CLAIM_VIEWS = claimViews();

export const MIGRATION_24_SQL = `
${CLAIM_DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}

-- A claim in two facts cannot be stored on its row: such a store is refused (UNIQUE constraint failed: one_fact_per_claim.claim).
CREATE TEMP TABLE one_fact_per_claim (claim INTEGER PRIMARY KEY);
INSERT INTO one_fact_per_claim (claim) SELECT claim FROM fact_claim_rows;
DROP TABLE temp.one_fact_per_claim;

${formTableSql('claim_forms_24', CLAIM_FORM_24, '(SELECT o.*, c.unit FROM claim_rows c JOIN claim_forms o ON o.key = c.form)')}
-- A verdict (a code among thousands) as the key of a row here: a byte in each claim instead of three.
${formTableSql('claim_verdicts', ['verdict'], 'fact_claim_rows')}

-- A claim's amount is its mention's; were it none where its mention has one, the row (none meaning "the mention's") could not say so: refused.
CREATE TEMP TABLE amount_of_mention (lost INTEGER CHECK (lost = 0));
INSERT INTO amount_of_mention (lost) SELECT count(*) FROM claim_rows c JOIN mention_rows m ON m.id = c.mention_id
  WHERE c.value_number IS NULL AND m.value_number IS NOT NULL;
DROP TABLE temp.amount_of_mention;

CREATE TEMP TABLE precision_codes (code INTEGER PRIMARY KEY, rank INTEGER NOT NULL);
INSERT INTO precision_codes (code, rank) VALUES ${PRECISION_CODE_ROWS};

CREATE TABLE claim_rows_24 (
  key           INTEGER PRIMARY KEY,
  ${hashedIdColumns('claim')},
  article       INTEGER NOT NULL REFERENCES article_rows(key) ON DELETE CASCADE,
  mention_id    INTEGER REFERENCES mention_rows(id) ON DELETE CASCADE,
  form          INTEGER NOT NULL REFERENCES claim_forms(key),
  subject_entity_id INTEGER,
  subject       INTEGER NOT NULL,
  date_value    INTEGER,
  sentence_start INTEGER NOT NULL,
  sentence_end  INTEGER NOT NULL,
  measure_key   INTEGER,
  object        INTEGER,
  object_entity_id INTEGER,
  source        INTEGER,
  source_entity_id INTEGER,
  as_of         INTEGER,
  story         INTEGER,
  group_key     INTEGER,
  precision,
  fact          INTEGER REFERENCES fact_rows(key),
  verdict       INTEGER
);
-- An article's story, kept with the range of its claims.
ALTER TABLE article_claims ADD COLUMN story INTEGER;
UPDATE article_claims SET story = (SELECT c.story FROM claim_rows c WHERE c.key = article_claims.first_key);
INSERT INTO claim_rows_24 (key, hash, id_text, form, ${KEPT.join(', ')}, as_of, story, precision, fact, verdict)
  SELECT c.key, c.hash, c.id_text, n.key, ${KEPT.map((k) => `c.${k}`).join(', ')},
    ${Object.entries(sameAs).map(([k, same]) => `CASE WHEN c.${k} IS ${same} THEN NULL ELSE ifnull(c.${k}, 0) END`).join(', ')},
    ${precisionCodeSql('c.precision', 'c.value_number')}, fc.fact, (SELECT v.key FROM claim_verdicts v WHERE v.verdict = fc.verdict)
  FROM claim_rows c JOIN claim_forms o ON o.key = c.form
    JOIN claim_forms_24 n ON ${CLAIM_FORM.map((k) => `n.${k} = o.${k}`).join(' AND ')} AND n.unit = ifnull(c.unit, 0)
    LEFT JOIN fact_claim_rows fc ON fc.claim = c.key
  ORDER BY c.key;
DROP TABLE temp.precision_codes;

CREATE TABLE claim_extras (
  key           INTEGER PRIMARY KEY REFERENCES claim_rows(key) ON DELETE CASCADE,
  value_text    TEXT,
  text          TEXT,
  period        TEXT,
  gloss_of      TEXT,
  linked_from_entity_id INTEGER,
  linked_from_subject INTEGER,
  min_value     REAL,
  max_value     REAL,
  value_number  REAL,
  span_start    INTEGER,
  span_length   INTEGER,
  converted     TEXT
);
INSERT INTO claim_extras (key, ${[...CLAIM_EXTRAS, ...FROM_MENTION, 'converted'].join(', ')})
  SELECT * FROM (SELECT c.key, ${CLAIM_EXTRAS.map((k) => `c.${k}`).join(', ')},
      CASE WHEN c.value_number IS m.value_number THEN NULL ELSE c.value_number END AS value_number,
      CASE WHEN c.span_start IS m.span_start AND c.span_length IS m.span_length THEN NULL ELSE c.span_start END AS span_start,
      CASE WHEN c.span_start IS m.span_start AND c.span_length IS m.span_length THEN NULL ELSE c.span_length END AS span_length,
      fc.converted
    FROM claim_rows c LEFT JOIN mention_rows m ON m.id = c.mention_id LEFT JOIN fact_claim_rows fc ON fc.claim = c.key)
  WHERE ${[...CLAIM_EXTRAS, ...FROM_MENTION, 'converted'].map((c) => `${c} IS NOT NULL`).join(' OR ')} ORDER BY key;

DROP TABLE fact_claim_rows;
DROP TABLE claim_rows;
DROP TABLE claim_forms;
ALTER TABLE claim_forms_24 RENAME TO claim_forms;
ALTER TABLE claim_rows_24 RENAME TO claim_rows;
CREATE UNIQUE INDEX claim_rows_id ON claim_rows (id);
CREATE INDEX claim_rows_group ON claim_rows (group_key) WHERE group_key IS NOT NULL;
CREATE INDEX claim_rows_fact ON claim_rows (fact) WHERE fact IS NOT NULL;
${FACT_CLAIM_ROWS_VIEW}

${OWN_FACT_TRIGGER}
${FACT_UNLINK_TRIGGER}
${RANGE_TRIGGER}

${CLAIM_VIEWS}`;
