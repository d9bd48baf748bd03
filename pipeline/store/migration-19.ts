// Migration 19: a fact's explanation is no longer stored when the facts view can compose it.
// Two forms repeat what the store holds, and they are most of the explanations' bytes (on the
// stories drop 0.43 bytes per byte of article text):
// - a single fact's "Only <path> states the <subject> <label> (<figure>)." — the path of its
//   one article, its subject, and its figure as describeValue writes it (qualifier words, an
//   amount in millions or billions to three decimals, the unit); only the label (the measure's
//   words, the period and topic) is not elsewhere, and is kept as a code in fact_rows.label;
// - a disputed fact's explanation, which is the explanation of its value_mismatch conflict.
//
// fact_rows.explanation becomes nullable: it holds the text wherever the composition would not
// give it back byte for byte. Reconciliation's writer composes through the view and keeps the
// text on a difference (a fraction printed otherwise by SQLite than by JavaScript, a half-way
// rounding of toFixed, a figure in another currency noted after the sentence); a migrating
// store keeps each row's text unless the composition equals it. A disputed fact's text follows
// its conflict: before an app inserts, changes or deletes a conflict of the fact through the
// conflicts view, its trigger writes the fact's composed text back into the fact's row.

import { conflictTriggers } from './migration-18.ts';
import { CANONICAL_FACTS_VIEW, decoded } from './sql-codes.ts';

/** String(n) for an integer SQLite holds exactly; a fraction as SQLite prints it (JavaScript may differ: the writer then keeps the text). */
export const plain = (n: string) => `CASE WHEN ${n} = CAST(${n} AS INTEGER) AND abs(${n}) < 9007199254740992 THEN CAST(CAST(${n} AS INTEGER) AS TEXT)
    ELSE CAST(${n} AS TEXT) END`;
/** String(+x.toFixed(3)): three decimals, trailing zeros and point dropped. */
const thousandths = (x: string) => `rtrim(rtrim(printf('%.3f', ${x}), '0'), '.')`;
/** formatAmount (pipeline/reconcile/values.ts): "3.825 million", "60.4 billion", "750". */
const amount = (n: string) => `CASE WHEN ${n} >= 1e9 THEN ${thousandths(`${n} / 1e9`)} || ' billion'
    WHEN ${n} >= 1e6 THEN ${thousandths(`${n} / 1e6`)} || ' million' ELSE ${plain(n)} END`;

/** describeValue of fact row `f`'s canonical figure: "about 44 billion USD", "25 billion–30 billion USD". */
const figure = (f: string) => `CASE WHEN ${decoded(`${f}.qualifier`)} = 'range' AND ${f}.min_value IS NOT NULL AND ${f}.max_value IS NOT NULL
    THEN ${amount(`${f}.min_value`)} || '–' || ${amount(`${f}.max_value`)} || ' ' || ${decoded(`${f}.unit`)}
    ELSE CASE ${decoded(`${f}.qualifier`)} WHEN 'up_to' THEN 'up to ' WHEN 'under' THEN 'under ' WHEN 'over' THEN 'over ' WHEN 'at_least' THEN 'at least '
      WHEN 'about' THEN 'about ' ELSE '' END || ${amount(`${f}.value_number`)} || ' ' || ${decoded(`${f}.unit`)} END`;

/** The path of the article of fact row `f`'s first claim. */
const articlePath = (f: string) => `(SELECT a.path FROM fact_claim_rows fc JOIN claim_rows c ON c.key = fc.claim JOIN article_rows a ON a.key = c.article
    WHERE fc.fact = ${f}.key ORDER BY fc.claim LIMIT 1)`;

/** The explanation of fact row `f`'s value_mismatch conflict (the first by id), as conflict_rows holds it here. */
const conflictExplanation = (f: string) => `(SELECT c.explanation FROM conflict_rows c WHERE c.fact_id = ${f}.id AND c.kind = 'value_mismatch' ORDER BY c.id LIMIT 1)`;

/** How a fact's disputed text is read from its conflict: migration 20 composes the conflict's text too. */
export type DisputedText = (f: string) => string;

/**
 * The explanation the facts view gives fact row `f` when it stores none: the single-fact
 * sentence when the row has a label, else the explanation of the fact's value_mismatch conflict.
 */
export const composedExplanation = (f: string, disputed: DisputedText = conflictExplanation) => `CASE WHEN ${f}.label IS NOT NULL
    THEN 'Only ' || ${articlePath(f)} || ' states the ' || ${decoded(`${f}.subject`)} || ' ' || ${decoded(`${f}.label`)} || ' (' || ${figure(f)} || ').'
    ELSE ${disputed(f)} END`;

/**
 * The facts view (its delete trigger and canonical_facts with it), its explanation composed as
 * `composedExplanation` with `disputed`; `form` says where a column is read (migration 23 moves
 * some to the fact's form) and `from` the tables read, fact_rows as `f`.
 */
export const factsViewSql = (disputed?: DisputedText, form = (column: string) => `f.${column}`, from = 'FROM fact_rows f') => `
CREATE VIEW facts AS
  SELECT f.id, ${decoded('f.subject')} AS subject, ${decoded('f.subject_entity_id')} AS subject_entity_id, ${decoded(form('predicate'))} AS predicate,
    ${decoded(form('topic'))} AS topic, f.value_number, ${form('value_text')}, ${decoded('f.unit')} AS unit, ${decoded('f.status')} AS status,
    ${decoded(form('rule'))} AS rule, coalesce(f.explanation, ${composedExplanation('f', disputed)}) AS explanation, ${decoded('f.qualifier')} AS qualifier,
    f.min_value, f.max_value, ${decoded(form('measure'))} AS measure, ${decoded('f.object')} AS object, ${decoded('f.story')} AS story, g.value AS group_key
  ${from} LEFT JOIN codes g ON g.id = f.group_key;

CREATE TRIGGER facts_delete INSTEAD OF DELETE ON facts BEGIN
  DELETE FROM fact_rows WHERE id = OLD.id;
END;

${CANONICAL_FACTS_VIEW}
`;

/**
 * Writes a disputed fact's composed explanation into its row, before conflict `row` of the fact
 * (`fact` its fact's id) changes, goes or is joined by another.
 */
export const keepDisputedText = (row: string, disputed?: DisputedText, fact = `${row}.fact_id`) => `UPDATE fact_rows SET explanation = ${composedExplanation('fact_rows', disputed)}
    WHERE id = ${fact} AND explanation IS NULL AND label IS NULL;`;

// The conflicts view's triggers (migration 18) again, each first keeping the text of a disputed
// fact whose value_mismatch conflict an app changes through the view. Reconciliation writes
// conflict_rows itself, and deletes a fact's conflicts only with the fact.
const CONFLICT_TRIGGERS = `
DROP TRIGGER conflicts_insert;
DROP TRIGGER conflicts_update;
DROP TRIGGER conflicts_delete;

${conflictTriggers((row) => keepDisputedText(row))}`;

// A single fact's label, taken from its text: what lies between "states the <subject> " and
// " (<figure>)." in a text of the single form (the composition then decides whether it holds).
const SINGLE_HEAD = `'Only ' || ${articlePath('fact_rows')} || ' states the ' || ${decoded('fact_rows.subject')} || ' '`;
const SINGLE_TAIL = `' (' || ${figure('fact_rows')} || ').'`;

export const MIGRATION_19_SQL = `
DROP VIEW canonical_facts;
DROP VIEW facts;
ALTER TABLE fact_rows RENAME COLUMN explanation TO explanation_written;
ALTER TABLE fact_rows ADD COLUMN explanation TEXT;
ALTER TABLE fact_rows ADD COLUMN label INTEGER;

CREATE TEMP TABLE single_labels (key INTEGER PRIMARY KEY, label TEXT NOT NULL);
INSERT INTO single_labels (key, label)
  SELECT key, substr(explanation_written, length(head) + 1, length(explanation_written) - length(head) - length(tail)) AS label
  FROM (SELECT key, explanation_written, ${SINGLE_HEAD} AS head, ${SINGLE_TAIL} AS tail FROM fact_rows
    WHERE status = (SELECT id FROM codes WHERE value = 'single'))
  WHERE substr(explanation_written, 1, length(head)) = head AND substr(explanation_written, -length(tail)) = tail
    AND length(explanation_written) > length(head) + length(tail);
INSERT OR IGNORE INTO codes (value) SELECT label FROM single_labels;
UPDATE fact_rows SET label = (SELECT c.id FROM single_labels s JOIN codes c ON c.value = s.label WHERE s.key = fact_rows.key)
  WHERE key IN (SELECT key FROM single_labels);
DROP TABLE single_labels;

UPDATE fact_rows SET explanation = explanation_written WHERE explanation_written IS NOT ${composedExplanation('fact_rows')};
UPDATE fact_rows SET label = NULL WHERE explanation IS NOT NULL;
ALTER TABLE fact_rows DROP COLUMN explanation_written;
${factsViewSql()}
${CONFLICT_TRIGGERS}`;
