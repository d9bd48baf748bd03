// Migration 20: conflicts stored compactly. A conflict's explanation, canonical value and
// resolution were stored as written, and most of them only repeat what the store holds: on the
// stories drop four conflicts in five are disputes explained as "The <subject> <label> is
// <reading> in <paths> but <reading> in <paths>…; these ranges do not meet …", every reading's
// articles written out by path. Each conflict's variants and their evidence were two rows keyed
// by the conflict's 25-character id.
//
// Now conflict_rows has an integer `key` and codes for its kind, rule, entity and unit, and the
// conflicts view composes, byte for byte as reconciliation writes them:
// - `explanation` of a disputed conflict and of one settled by independent sources, from the
//   fact's subject, a coded label (the words that follow the subject, `label`, as fact_rows has
//   for single facts), and each variant's stated figure and the paths of its evidence's articles
//   (sorted by article id; past ten, "(and 1,234 more articles)", as prose-lists.ts writes);
// - `resolution` of those two kinds (a constant, or "<kept> kept; <others> marked as outliers");
// - `canonical`: the kept amount as JavaScript's String writes it, a name variant's name, or a
//   dispute's readings joined by " vs ".
// A column is stored only where the composition would not give it back: reconciliation's writer
// reads each conflict back through the view, and migrating keeps a text wherever the
// composition differs from it. conflict_variants becomes a view over conflict_variant_rows, one
// row a variant keyed by the conflict's key and holding its evidence (the JSON array
// conflict_evidence_sets held since migration 14); conflict_evidence reads it. The facts view
// takes a disputed fact's text from its conflict as the conflicts view composes it.

import { CONFLICT_SPANS_VIEW } from './migration-14.ts';
import { VALUE_JSON } from './migration-18.ts';
import { factsViewSql, keepDisputedText, plain } from './migration-19.ts';
import { coded, decoded, intern } from './sql-codes.ts';

/** A code known to be in codes (the migration puts it there), as a constant subquery. */
const code = (value: string) => coded(`'${value}'`);
const DISPUTED = code('value.mismatch.disputed');
const INDEPENDENT = code('value.mismatch.independent-sources');

/** `listed` (pipeline/reconcile/prose-lists.ts: ten items named, then how many more) in SQL: what follows the first ten of `count` items. */
const more = (count: string, noun: string) => `CASE WHEN ${count} > 10 THEN ' (and ' || printf('%,d', ${count} - 10) || ' more ${noun})' ELSE '' END`;

/** The paths of the articles of variant row `v`'s claims, by article id, listed. */
const paths = (v: string) => `(SELECT group_concat(p.path, ', ' ORDER BY p.id) FROM (SELECT a.id, a.path FROM json_each(${v}.evidence) j
      JOIN claim_rows c ON c.key = j.value JOIN article_rows a ON a.key = c.article WHERE j.type = 'integer' GROUP BY a.id ORDER BY a.id LIMIT 10) p)
    || ${more(`${v}.articles`, 'articles')}`;

/** Variants `from` on of conflict row `r`, each as `item` words it, joined and listed. */
const variantList = (r: string, from: number, item: (v: string) => string, joiner: string, noun: string) => `(SELECT group_concat(${item('v')}, '${joiner}' ORDER BY v.variant)
      FROM conflict_variant_rows v WHERE v.conflict = ${r}.key AND v.variant BETWEEN ${from} AND ${from + 9})
    || ${more(`((SELECT count(*) FROM conflict_variant_rows v WHERE v.conflict = ${r}.key) - ${from})`, noun)}`;

/** Conflict row `r`'s first variant (the kept one) as `item` words it. */
const kept = (r: string, item: (v: string) => string) => `(SELECT ${item('v')} FROM conflict_variant_rows v WHERE v.conflict = ${r}.key AND v.variant = 0)`;

/** What the explanation calls the figure: the fact's subject and the conflict's label. */
const named = (r: string) => `(SELECT s.value FROM fact_rows f JOIN codes s ON s.id = f.subject WHERE f.id = ${r}.fact_id) || ' ' || ${decoded(`${r}.label`)}`;

/** The explanation the conflicts view gives conflict row `r` when it stores none (facts.ts words both forms). */
const composedConflictExplanation = (r: string) => `CASE WHEN ${r}.label IS NULL THEN NULL
    WHEN ${r}.rule = ${DISPUTED} THEN 'The ' || ${named(r)} || ' is ' || ${variantList(r, 0, (v) => `${v}.stated || ' in ' || ${paths(v)}`, ' but ', 'readings')}
      || '; these ranges do not meet and no source clearly outweighs the other, so both are kept.'
    WHEN ${r}.rule = ${INDEPENDENT} THEN ${kept(r, (v) => `${paths(v)} || ' independently give the ' || ${named(r)} || ' as ' || ${v}.stated`)}
      || ', outweighing ' || ${variantList(r, 1, (v) => `${v}.stated || ' (' || ${paths(v)} || ')'`, ' and ', 'figures')} || '.' END`;

/** The resolution composed for conflict row `r`: a dispute's constant, or what independent sources kept and outweighed. */
const composedResolution = (r: string) => `CASE ${r}.rule WHEN ${DISPUTED} THEN 'disputed: no reading is clearly better supported'
    WHEN ${INDEPENDENT} THEN ${kept(r, (v) => `${v}.stated`)} || ' kept; ' || ${variantList(r, 1, (v) => `${v}.stated`, ', ', 'figures')} || ' marked as outliers' END`;

/** The canonical column composed for conflict row `r`: the kept amount, the canonical name, or the readings. */
const composedCanonical = (r: string) => `CASE WHEN ${r}.canonical_number IS NOT NULL THEN ${plain(`${r}.canonical_number`)}
    WHEN ${r}.kind = ${code('name_variant')} THEN ${r}.canonical_text
    ELSE (SELECT group_concat(v.stated, ' vs ' ORDER BY v.variant) FROM conflict_variant_rows v WHERE v.conflict = ${r}.key) END`;

/**
 * How a name's span in a variant's evidence is read, item `j` of json_each over it: what to join,
 * then its article's id, start and end (null for a claim's key). Migration 14 stored a span as
 * [article id, start, end]; migration 30 stores a person's mention as its id in mention_rows, negated.
 */
export interface SpanReading {
  joins: string;
  article: string;
  start: string;
  end: string;
}

const inArray = (at: number) => `CASE WHEN j.type = 'array' THEN json_extract(j.value, '$[${at}]') END`;
/** Spans as migration 14 stored them: [article id, start, end]. */
export const SPAN_ARRAYS: SpanReading = { joins: '', article: inArray(0), start: inArray(1), end: inArray(2) };

/** The distinct articles of variant row `v`'s evidence (a claim's article, or a name span's), sorted, as a JSON array (migration 18's composition). */
const articlesJson = (spans: SpanReading) => `(SELECT '[' || coalesce(group_concat(DISTINCT json_quote(x.article) ORDER BY x.article), '') || ']'
    FROM (SELECT coalesce(a.id, ${spans.article}) AS article
      FROM json_each(v.evidence) j LEFT JOIN claim_rows c ON c.key = CASE WHEN j.type = 'integer' THEN j.value END
        LEFT JOIN article_rows a ON a.key = c.article${spans.joins}) x WHERE x.article IS NOT NULL)`;

/** The legacy JSON of conflict row `r`'s variants (migration 18). */
const composedVariants = (r: string, spans: SpanReading) => `(SELECT '[' || coalesce(group_concat(
      '{"value":' || ${VALUE_JSON} || ',"stated":' || json_quote(v.stated) || ',"articles":' || ${articlesJson(spans)} || '}', ',' ORDER BY v.variant), '') || ']'
    FROM conflict_variant_rows v WHERE v.conflict = ${r}.key)`;

/** A disputed fact's text: its value_mismatch conflict's (the first by id), as the conflicts view gives it. */
export const disputedText = (f: string) => `(SELECT coalesce(c.explanation, ${composedConflictExplanation('c')}) FROM conflict_rows c
    WHERE c.fact_id = ${f}.id AND c.kind = ${code('value_mismatch')} ORDER BY c.id LIMIT 1)`;

/**
 * What is written into a disputed fact's row before conflict `row` of it (`fact` its fact's id) changes: its explanation here,
 * its readings too from migration 28.
 */
export type KeepFact = (row: string, fact?: string) => string;
const keepExplanation: KeepFact = (row, fact) => keepDisputedText(row, disputedText, fact);

/** Stores what the views compose for conflict `key` (and its disputed fact), before an app changes its variants. */
const keepComposed = (key: string, keepFact: KeepFact, spans: SpanReading) => `${keepFact('r', `(SELECT r.fact_id FROM conflict_rows r WHERE r.key = ${key})`)}
  UPDATE conflict_rows SET canonical = coalesce(canonical, ${composedCanonical('conflict_rows')}),
    variants = coalesce(variants, ${composedVariants('conflict_rows', spans)}), resolution = coalesce(resolution, ${composedResolution('conflict_rows')}),
    explanation = coalesce(explanation, ${composedConflictExplanation('conflict_rows')}), label = NULL WHERE key = ${key};`;

const CODED = ['kind', 'entity_id', 'rule', 'unit'];

/** The conflicts' views and, given as `facts`, the facts view (which composes a disputed fact's text from its conflict). */
const views = (facts: string, spans: SpanReading) => `
CREATE VIEW conflicts AS
  SELECT r.id, ${decoded('r.kind')} AS kind, r.fact_id, ${decoded('r.entity_id')} AS entity_id, coalesce(r.canonical, ${composedCanonical('r')}) AS canonical,
    coalesce(r.variants, ${composedVariants('r', spans)}) AS variants, coalesce(r.resolution, ${composedResolution('r')}) AS resolution, ${decoded('r.rule')} AS rule,
    coalesce(r.explanation, ${composedConflictExplanation('r')}) AS explanation, r.canonical_number, r.canonical_text, ${decoded('r.unit')} AS unit
  FROM conflict_rows r;

CREATE VIEW conflict_variants AS
  SELECT r.id AS conflict_id, v.variant, v.value_number, v.value_text, v.stated, ${decoded('v.entity_id')} AS entity_id, v.articles
  FROM conflict_variant_rows v JOIN conflict_rows r ON r.key = v.conflict;

CREATE VIEW conflict_evidence AS
  SELECT r.id AS conflict_id, v.variant, j.key AS position, c.id AS claim_id,
    ${spans.article} AS article_id,
    ${spans.start} AS span_start,
    ${spans.end} AS span_end
  FROM conflict_variant_rows v JOIN conflict_rows r ON r.key = v.conflict JOIN json_each(v.evidence) j
    LEFT JOIN claim_rows c ON c.key = CASE WHEN j.type = 'integer' THEN j.value END${spans.joins};

-- As migration 14 made it, over the new conflict_evidence.
${CONFLICT_SPANS_VIEW}
${facts}`;

// Writes through the views keep what an app wrote: a conflict's texts as given (an update stores
// them all, as the view read them, since its kind or rule may change their composition), and
// before a conflict or its variants change, what the views composed from them is stored.
const triggers = (keepFact: KeepFact, spans: SpanReading) => `
CREATE TRIGGER conflicts_insert INSTEAD OF INSERT ON conflicts BEGIN
  ${keepFact('NEW')}
  ${CODED.map((c) => intern(`NEW.${c}`)).join('\n  ')}
  INSERT INTO conflict_rows (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation, canonical_number, canonical_text, unit)
    VALUES (NEW.id, ${coded('NEW.kind')}, NEW.fact_id, ${coded('NEW.entity_id')}, NEW.canonical, NEW.variants, NEW.resolution, ${coded('NEW.rule')},
      NEW.explanation, NEW.canonical_number, NEW.canonical_text, ${coded('NEW.unit')});
END;

CREATE TRIGGER conflicts_update INSTEAD OF UPDATE ON conflicts BEGIN
  ${keepFact('OLD')}
  ${CODED.map((c) => intern(`NEW.${c}`)).join('\n  ')}
  UPDATE conflict_rows SET id = NEW.id, kind = ${coded('NEW.kind')}, fact_id = NEW.fact_id, entity_id = ${coded('NEW.entity_id')}, canonical = NEW.canonical,
    variants = CASE WHEN NEW.variants IS OLD.variants THEN variants ELSE NEW.variants END, resolution = NEW.resolution, rule = ${coded('NEW.rule')},
    explanation = NEW.explanation, canonical_number = NEW.canonical_number, canonical_text = NEW.canonical_text, unit = ${coded('NEW.unit')}, label = NULL
    WHERE id = OLD.id;
END;

CREATE TRIGGER conflicts_delete INSTEAD OF DELETE ON conflicts BEGIN
  ${keepFact('OLD')}
  DELETE FROM conflict_rows WHERE id = OLD.id;
END;

CREATE TRIGGER conflict_variants_insert INSTEAD OF INSERT ON conflict_variants BEGIN
  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed') WHERE NOT EXISTS (SELECT 1 FROM conflict_rows WHERE id = NEW.conflict_id);
  ${keepComposed('(SELECT key FROM conflict_rows WHERE id = NEW.conflict_id)', keepFact, spans)}
  ${intern('NEW.entity_id')}
  INSERT INTO conflict_variant_rows (conflict, variant, value_number, value_text, stated, entity_id, articles)
    SELECT r.key, NEW.variant, NEW.value_number, NEW.value_text, NEW.stated, ${coded('NEW.entity_id')}, NEW.articles FROM conflict_rows r WHERE r.id = NEW.conflict_id;
END;

CREATE TRIGGER conflict_variants_update INSTEAD OF UPDATE ON conflict_variants BEGIN
  ${keepComposed('(SELECT key FROM conflict_rows WHERE id = OLD.conflict_id)', keepFact, spans)}
  ${intern('NEW.entity_id')}
  UPDATE conflict_variant_rows SET variant = NEW.variant, value_number = NEW.value_number, value_text = NEW.value_text, stated = NEW.stated,
    entity_id = ${coded('NEW.entity_id')}, articles = NEW.articles
    WHERE conflict = (SELECT key FROM conflict_rows WHERE id = OLD.conflict_id) AND variant = OLD.variant;
END;

CREATE TRIGGER conflict_variants_delete INSTEAD OF DELETE ON conflict_variants BEGIN
  ${keepComposed('(SELECT key FROM conflict_rows WHERE id = OLD.conflict_id)', keepFact, spans)}
  DELETE FROM conflict_variant_rows WHERE conflict = (SELECT key FROM conflict_rows WHERE id = OLD.conflict_id) AND variant = OLD.variant;
END;
`;

/**
 * The views this migration makes, with their triggers, given the facts view: migration 21 makes
 * them again over its claim_rows, migration 23 over its fact_rows with a facts view of its own,
 * migration 28 keeping a disputed fact's readings as well as its explanation (`keepFact`), migration 30 reading a name's
 * spans from the mentions its evidence names (`spans`).
 */
export const conflictAndFactViews = (facts: string, keepFact = keepExplanation, spans = SPAN_ARRAYS) => `${views(facts, spans)}
${triggers(keepFact, spans)}`;
export const CONFLICT_AND_FACT_VIEWS = conflictAndFactViews(factsViewSql(disputedText));

// The label of a conflict's explanation, found in its text: for a dispute what lies between
// "The <subject> " and " is <first reading> in "; for independent sources between
// " independently give the <subject> " and " as <first reading>, outweighing ". The
// composition then decides whether it holds.
const SUBJECT = `(SELECT s.value FROM fact_rows f JOIN codes s ON s.id = f.subject WHERE f.id = r.fact_id)`;
const FIRST_STATED = `(SELECT v.stated FROM conflict_variant_rows v WHERE v.conflict = r.key AND v.variant = 0)`;
const after = (head: string) => `substr(r.explanation, instr(r.explanation, ${head}) + length(${head}))`;
const labelBetween = (head: string, tail: string) => `CASE WHEN instr(r.explanation, ${head}) > 0 AND instr(${after(head)}, ${tail}) > 1
    THEN substr(${after(head)}, 1, instr(${after(head)}, ${tail}) - 1) END`;
const DISPUTE_HEAD = `'The ' || ${SUBJECT} || ' '`;
const INDEPENDENT_HEAD = `' independently give the ' || ${SUBJECT} || ' '`;

export const MIGRATION_20_SQL = `
DROP VIEW conflict_spans;
DROP VIEW conflict_evidence;
DROP VIEW conflicts;
DROP VIEW canonical_facts;
DROP VIEW facts;

INSERT OR IGNORE INTO codes (value) SELECT v FROM (SELECT kind AS v FROM conflict_rows UNION SELECT entity_id FROM conflict_rows
  UNION SELECT rule FROM conflict_rows UNION SELECT unit FROM conflict_rows UNION SELECT entity_id FROM conflict_variants
  UNION VALUES ('value.mismatch.disputed'), ('value.mismatch.independent-sources'), ('name_variant'), ('value_mismatch')) WHERE v IS NOT NULL;

ALTER TABLE conflict_rows RENAME TO conflict_rows_19;
CREATE TABLE conflict_rows (
  key              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  kind             INTEGER NOT NULL,
  fact_id          TEXT REFERENCES fact_rows(id) ON DELETE CASCADE,
  entity_id        INTEGER,
  canonical        TEXT,
  variants         TEXT,
  resolution       TEXT,
  rule             INTEGER NOT NULL,
  explanation      TEXT,
  canonical_number REAL,
  canonical_text   TEXT,
  unit             INTEGER,
  label            INTEGER
);
INSERT INTO conflict_rows (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation, canonical_number, canonical_text, unit)
  SELECT id, ${coded('kind')}, fact_id, ${coded('entity_id')}, canonical, variants, resolution, ${coded('rule')}, explanation, canonical_number,
    canonical_text, ${coded('unit')}
  FROM conflict_rows_19 ORDER BY rowid;

CREATE TABLE conflict_variant_rows (
  conflict      INTEGER NOT NULL REFERENCES conflict_rows(key) ON DELETE CASCADE,
  variant       INTEGER NOT NULL,
  value_number  REAL,
  value_text    TEXT,
  stated        TEXT NOT NULL,
  entity_id     INTEGER,
  articles      INTEGER NOT NULL,
  evidence      TEXT,
  PRIMARY KEY (conflict, variant)
) WITHOUT ROWID;
INSERT INTO conflict_variant_rows (conflict, variant, value_number, value_text, stated, entity_id, articles, evidence)
  SELECT r.key, v.variant, v.value_number, v.value_text, v.stated, ${coded('v.entity_id')}, v.articles, s.evidence
  FROM conflict_variants v JOIN conflict_rows r ON r.id = v.conflict_id
    LEFT JOIN conflict_evidence_sets s ON s.conflict_id = v.conflict_id AND s.variant = v.variant;
DROP TABLE conflict_evidence_sets;
DROP TABLE conflict_variants;
DROP TABLE conflict_rows_19;
CREATE INDEX conflicts_fact ON conflict_rows (fact_id);

CREATE TEMP TABLE conflict_labels (key INTEGER PRIMARY KEY, label TEXT NOT NULL);
INSERT INTO conflict_labels (key, label)
  SELECT key, label FROM (SELECT r.key, CASE r.rule WHEN ${DISPUTED} THEN CASE WHEN instr(r.explanation, ${DISPUTE_HEAD}) = 1
      THEN ${labelBetween(DISPUTE_HEAD, `' is ' || ${FIRST_STATED} || ' in '`)} END
    ELSE ${labelBetween(INDEPENDENT_HEAD, `' as ' || ${FIRST_STATED} || ', outweighing '`)} END AS label
    FROM conflict_rows r WHERE r.rule IN (${DISPUTED}, ${INDEPENDENT}) AND r.fact_id IS NOT NULL)
  WHERE label IS NOT NULL;
INSERT OR IGNORE INTO codes (value) SELECT label FROM conflict_labels;
UPDATE conflict_rows SET label = (SELECT c.id FROM conflict_labels l JOIN codes c ON c.value = l.label WHERE l.key = conflict_rows.key)
  WHERE key IN (SELECT key FROM conflict_labels);
DROP TABLE conflict_labels;
UPDATE conflict_rows SET explanation = NULL WHERE label IS NOT NULL AND explanation IS ${composedConflictExplanation('conflict_rows')};
UPDATE conflict_rows SET label = NULL WHERE explanation IS NOT NULL;
UPDATE conflict_rows SET resolution = NULL WHERE resolution IS ${composedResolution('conflict_rows')};
UPDATE conflict_rows SET canonical = NULL WHERE canonical IS ${composedCanonical('conflict_rows')};
${CONFLICT_AND_FACT_VIEWS}`;

/** What reconciliation's writer needs to know of the composition: which rules have their resolution and explanation composed. */
export const COMPOSED_RULES: readonly string[] = ['value.mismatch.disputed', 'value.mismatch.independent-sources'];
