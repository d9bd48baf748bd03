// The store's schema, one numbered migration per release step. A migration is only ever
// appended: never edit one that has shipped. `PRAGMA user_version` records how many ran.
// Documented table by table in output/SCHEMA.md.

import { MIGRATION_10_SQL } from './migration-10.ts';
import { MIGRATION_11_SQL } from './migration-11.ts';
import { MIGRATION_13_SQL } from './migration-13.ts';
import { MIGRATION_14_SQL } from './migration-14.ts';
import { MIGRATION_16_SQL } from './migration-16.ts';
import { MIGRATION_17_SQL } from './migration-17.ts';
import { MIGRATION_18_SQL } from './migration-18.ts';
import { MIGRATION_19_SQL } from './migration-19.ts';
import { MIGRATION_20_SQL } from './migration-20.ts';
import { MIGRATION_21_SQL } from './migration-21.ts';
import { MIGRATION_22_SQL } from './migration-22.ts';
import { MIGRATION_23_SQL } from './migration-23.ts';
import { MIGRATION_24_SQL } from './migration-24.ts';
import { MIGRATION_25_SQL } from './migration-25.ts';
import { MIGRATION_26_SQL } from './migration-26.ts';
import { MIGRATION_27_SQL } from './migration-27.ts';
import { MIGRATION_28_SQL } from './migration-28.ts';
import { MIGRATION_30_SQL } from './migration-30.ts';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'runs, files, articles and their sources, mentions',
    sql: `
CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  status        TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
  pid           INTEGER,
  drops         TEXT NOT NULL,
  tool_version  TEXT NOT NULL,
  files_total   INTEGER NOT NULL DEFAULT 0,
  files_unchanged INTEGER NOT NULL DEFAULT 0,
  articles_new  INTEGER NOT NULL DEFAULT 0,
  duplicates    INTEGER NOT NULL DEFAULT 0,
  failed        INTEGER NOT NULL DEFAULT 0,
  skipped       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE files (
  id            INTEGER PRIMARY KEY,
  drop_dir      TEXT NOT NULL,
  path          TEXT NOT NULL,
  size          INTEGER,
  mtime_ms      INTEGER,
  sha256        TEXT,
  status        TEXT NOT NULL CHECK (status IN ('done', 'failed', 'skipped')),
  error         TEXT,
  records       INTEGER NOT NULL DEFAULT 0,
  first_run_id  INTEGER NOT NULL REFERENCES runs(id),
  last_run_id   INTEGER NOT NULL REFERENCES runs(id),
  UNIQUE (drop_dir, path)
);

CREATE TABLE articles (
  id               TEXT PRIMARY KEY,
  content_sha256   TEXT NOT NULL,
  drop_dir         TEXT NOT NULL,
  path             TEXT NOT NULL,
  format           TEXT,
  encoding         TEXT,
  title            TEXT,
  published        TEXT,
  published_source TEXT CHECK (published_source IN ('metadata', 'default')),
  url              TEXT,
  source_name      TEXT,
  external_id      TEXT,
  lang             TEXT,
  lang_confidence  REAL,
  lang_method      TEXT,
  text_original    TEXT,
  text_normalised  TEXT,
  offset_map       TEXT,
  boilerplate      TEXT,
  status           TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'not_extracted')),
  error            TEXT,
  run_id           INTEGER NOT NULL REFERENCES runs(id),
  created_at       TEXT NOT NULL
);
CREATE INDEX articles_status ON articles (status);
CREATE INDEX articles_lang ON articles (lang);

CREATE TABLE article_sources (
  file_id       INTEGER NOT NULL REFERENCES files(id),
  record_path   TEXT NOT NULL,
  article_id    TEXT NOT NULL REFERENCES articles(id),
  duplicate     INTEGER NOT NULL CHECK (duplicate IN (0, 1)),
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  PRIMARY KEY (file_id, record_path)
);
CREATE INDEX article_sources_article ON article_sources (article_id);

CREATE TABLE mentions (
  id            INTEGER PRIMARY KEY,
  article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('money', 'date', 'entity')),
  span_start    INTEGER NOT NULL,
  span_end      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  rule          TEXT NOT NULL,
  value_number  REAL,
  value_text    TEXT,
  currency      TEXT,
  qualifier     TEXT,
  min_value     REAL,
  max_value     REAL,
  precision     TEXT,
  entity_type   TEXT,
  entity_id     TEXT,
  CHECK (span_end >= span_start)
);
CREATE INDEX mentions_article ON mentions (article_id, kind);
CREATE INDEX mentions_entity ON mentions (entity_id);
`,
  },
  {
    version: 2,
    description: 'roles; canonical entities and aliases; claims, facts, their evidence and conflicts; consumer views',
    sql: `
CREATE TABLE roles (
  id            INTEGER PRIMARY KEY,
  article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  span_start    INTEGER NOT NULL,
  span_end      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  person_start  INTEGER NOT NULL,
  person_end    INTEGER NOT NULL,
  person_text   TEXT NOT NULL,
  person_entity_id TEXT,
  role          TEXT NOT NULL,
  role_name     TEXT NOT NULL,
  country       TEXT,
  tense         TEXT NOT NULL DEFAULT 'current' CHECK (tense IN ('current', 'former')),
  date_value    TEXT,
  rule          TEXT NOT NULL
);
CREATE INDEX roles_article ON roles (article_id);
CREATE INDEX roles_role ON roles (role, country);

-- Everything below is derived: reconciliation rebuilds it from articles, mentions and
-- roles after every run, deterministically, whatever the order the drops came in.
CREATE TABLE entities (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL CHECK (type IN ('person', 'org', 'place', 'other')),
  name          TEXT NOT NULL,
  name_zh       TEXT,
  source        TEXT NOT NULL CHECK (source IN ('gazetteer', 'discovered'))
);

CREATE TABLE entity_aliases (
  entity_id     TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  origin        TEXT NOT NULL CHECK (origin IN ('gazetteer', 'text')),
  PRIMARY KEY (entity_id, alias)
);

CREATE TABLE claims (
  id            TEXT PRIMARY KEY,
  article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  mention_id    INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
  subject_entity_id TEXT,
  subject       TEXT NOT NULL,
  predicate     TEXT NOT NULL,
  topic         TEXT,
  value_number  REAL,
  value_text    TEXT,
  unit          TEXT,
  qualifier     TEXT,
  min_value     REAL,
  max_value     REAL,
  date_value    TEXT,
  span_start    INTEGER NOT NULL,
  span_end      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end  INTEGER NOT NULL,
  rule          TEXT NOT NULL
);
CREATE INDEX claims_article ON claims (article_id);

CREATE TABLE facts (
  id            TEXT PRIMARY KEY,
  subject       TEXT NOT NULL,
  subject_entity_id TEXT,
  predicate     TEXT NOT NULL,
  topic         TEXT,
  value_number  REAL,
  value_text    TEXT,
  unit          TEXT,
  status        TEXT NOT NULL CHECK (status IN ('agreed', 'resolved', 'disputed', 'single')),
  rule          TEXT NOT NULL,
  explanation   TEXT NOT NULL
);

CREATE TABLE fact_claims (
  fact_id       TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  claim_id      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  verdict       TEXT NOT NULL,
  PRIMARY KEY (fact_id, claim_id)
);
CREATE INDEX fact_claims_claim ON fact_claims (claim_id);

CREATE TABLE conflicts (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  fact_id       TEXT REFERENCES facts(id) ON DELETE CASCADE,
  entity_id     TEXT,
  canonical     TEXT NOT NULL,
  variants      TEXT NOT NULL,
  resolution    TEXT NOT NULL,
  rule          TEXT NOT NULL,
  explanation   TEXT NOT NULL
);

CREATE TABLE reconciliations (
  id            INTEGER PRIMARY KEY,
  run_id        INTEGER REFERENCES runs(id),
  finished_at   TEXT NOT NULL,
  articles      INTEGER NOT NULL,
  claims        INTEGER NOT NULL,
  facts         INTEGER NOT NULL,
  conflicts     INTEGER NOT NULL
);

CREATE VIEW canonical_facts AS
  SELECT f.id, f.subject, f.subject_entity_id, f.predicate, f.topic, f.value_number, f.value_text, f.unit, f.status,
         f.explanation, (SELECT count(*) FROM fact_claims fc WHERE fc.fact_id = f.id) AS claims
  FROM facts f;

CREATE VIEW fact_evidence AS
  SELECT fc.fact_id, fc.verdict, c.id AS claim_id, c.article_id, a.path, a.lang, c.text, c.value_number, c.value_text,
         c.unit, c.qualifier, c.span_start, c.span_end,
         substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence
  FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN articles a ON a.id = c.article_id;

CREATE VIEW entity_names AS
  SELECT e.id, e.type, e.name, e.name_zh, e.source, a.alias, a.origin
  FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id;
`,
  },
  {
    version: 3,
    description: 'mentions by entity: index only the mentions that have an entity',
    // About half the mentions (money, dates, unlinked names) have no entity id; the writer
    // no longer pays an index entry for each of them. Queries by entity_id use it as before.
    sql: `
DROP INDEX mentions_entity;
CREATE INDEX mentions_entity ON mentions (entity_id) WHERE entity_id IS NOT NULL;
`,
  },
  {
    version: 4,
    description: 'entity links: for each alias of a canonical entity, the rule and evidence that joined it',
    // Derived like entities: reconciliation empties and refills it (the cascade clears it
    // with its entity). evidence is JSON: the mentions, claims and articles behind the link.
    sql: `
CREATE TABLE entity_links (
  entity_id     TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias         TEXT NOT NULL,
  rule          TEXT NOT NULL,
  score         REAL,
  evidence      TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_links_rule ON entity_links (rule);
`,
  },
  {
    version: 5,
    description: 'articles.published_rule: the rule that found the published date (metadata field, meta tag, JSON-LD, dateline, header line, front matter, default)',
    // published_source keeps its two values: 'metadata' now means "stated by the record
    // itself", its fields or its text; published_rule says which.
    sql: `
ALTER TABLE articles ADD COLUMN published_rule TEXT;
`,
  },
  {
    version: 6,
    description: 'claim model: measure, object, source, as-of time, time role, precision, gloss and story on claims; facts with qualifier, bounds, measure, object, story and status updated; converted values on fact_claims',
    // Facts are derived (emptied and refilled by every reconciliation), so the table is made
    // anew for its wider status check; the views that read it are dropped and made again.
    sql: `
ALTER TABLE claims ADD COLUMN measure TEXT;
ALTER TABLE claims ADD COLUMN measure_key TEXT;
ALTER TABLE claims ADD COLUMN measure_rule TEXT;
ALTER TABLE claims ADD COLUMN period TEXT;
ALTER TABLE claims ADD COLUMN object TEXT;
ALTER TABLE claims ADD COLUMN object_entity_id TEXT;
ALTER TABLE claims ADD COLUMN object_rule TEXT;
ALTER TABLE claims ADD COLUMN source TEXT;
ALTER TABLE claims ADD COLUMN source_entity_id TEXT;
ALTER TABLE claims ADD COLUMN source_rule TEXT;
ALTER TABLE claims ADD COLUMN as_of TEXT;
ALTER TABLE claims ADD COLUMN as_of_rule TEXT;
ALTER TABLE claims ADD COLUMN time_role TEXT;
ALTER TABLE claims ADD COLUMN precision REAL;
ALTER TABLE claims ADD COLUMN gloss_of TEXT;
ALTER TABLE claims ADD COLUMN story TEXT;
ALTER TABLE fact_claims ADD COLUMN converted TEXT;

DROP VIEW canonical_facts;
DROP VIEW fact_evidence;
DELETE FROM fact_claims;
DELETE FROM conflicts;
DELETE FROM facts;
DROP TABLE facts;
CREATE TABLE facts (
  id            TEXT PRIMARY KEY,
  subject       TEXT NOT NULL,
  subject_entity_id TEXT,
  predicate     TEXT NOT NULL,
  topic         TEXT,
  value_number  REAL,
  value_text    TEXT,
  unit          TEXT,
  status        TEXT NOT NULL CHECK (status IN ('agreed', 'resolved', 'disputed', 'single', 'updated')),
  rule          TEXT NOT NULL,
  explanation   TEXT NOT NULL,
  qualifier     TEXT,
  min_value     REAL,
  max_value     REAL,
  measure       TEXT,
  object        TEXT,
  story         TEXT
);

CREATE VIEW canonical_facts AS
  SELECT f.id, f.subject, f.subject_entity_id, f.predicate, f.topic, f.value_number, f.value_text, f.unit, f.status,
         f.explanation, (SELECT count(*) FROM fact_claims fc WHERE fc.fact_id = f.id) AS claims,
         f.qualifier, f.min_value, f.max_value, f.measure, f.object, f.story
  FROM facts f;

CREATE VIEW fact_evidence AS
  SELECT fc.fact_id, fc.verdict, c.id AS claim_id, c.article_id, a.path, a.lang, c.text, c.value_number, c.value_text,
         c.unit, c.qualifier, c.span_start, c.span_end,
         substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
         c.source, c.as_of, c.measure, fc.converted
  FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN articles a ON a.id = c.article_id;
`,
  },
  {
    version: 7,
    description: 'typed conflict values, conflict variants and their evidence as references to claims; entity flags; rule reasons stored once; fact_claims without a rowid',
    // Conflicts keep `canonical` and `variants` for older readers; the evidence each variant's
    // JSON copied (article, span, text) moves to conflict_evidence as claim ids (or, for a name,
    // an article span). A rule column of a claim holds the rule id ("object.unknown"); the
    // reason that used to follow it ("object.unknown: no place … in its clause") is stored once
    // in rule_reasons. Rows of a version-6 layer are carried over here; the next reconciliation
    // rebuilds them anyway.
    sql: `
ALTER TABLE conflicts ADD COLUMN canonical_number REAL;
ALTER TABLE conflicts ADD COLUMN canonical_text TEXT;
ALTER TABLE conflicts ADD COLUMN unit TEXT;
UPDATE conflicts SET
  canonical_number = CASE WHEN kind <> 'name_variant' AND canonical GLOB '[0-9]*' AND canonical NOT GLOB '*[^0-9.e+-]*' THEN CAST(canonical AS REAL) END,
  canonical_text = CASE WHEN kind = 'value_mismatch' AND canonical NOT GLOB '[0-9]*' THEN NULL ELSE canonical END,
  unit = (SELECT f.unit FROM facts f WHERE f.id = conflicts.fact_id);

CREATE TABLE conflict_variants (
  conflict_id   TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
  variant       INTEGER NOT NULL,
  value_number  REAL,
  value_text    TEXT,
  stated        TEXT NOT NULL,
  entity_id     TEXT,
  articles      INTEGER NOT NULL,
  PRIMARY KEY (conflict_id, variant)
) WITHOUT ROWID;
CREATE INDEX conflict_variants_entity ON conflict_variants (entity_id) WHERE entity_id IS NOT NULL;

-- Derived with its conflict and deleted with it; claim_id is a reference without a foreign
-- key, so deleting claims never scans this table (a claim's conflicts are found through its fact).
CREATE TABLE conflict_evidence (
  conflict_id   TEXT NOT NULL,
  variant       INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  claim_id      TEXT,
  article_id    TEXT,
  span_start    INTEGER,
  span_end      INTEGER,
  PRIMARY KEY (conflict_id, variant, position),
  FOREIGN KEY (conflict_id, variant) REFERENCES conflict_variants (conflict_id, variant) ON DELETE CASCADE,
  CHECK ((claim_id IS NULL) <> (article_id IS NULL))
) WITHOUT ROWID;

INSERT INTO conflict_variants (conflict_id, variant, value_number, value_text, stated, entity_id, articles)
  SELECT c.id, v.key,
    CASE WHEN json_type(v.value, '$.value') IN ('integer', 'real') THEN json_extract(v.value, '$.value') END,
    CASE WHEN json_type(v.value, '$.value') = 'text' THEN json_extract(v.value, '$.value') END,
    coalesce(json_extract(v.value, '$.stated'), json_extract(v.value, '$.value')),
    NULL, json_array_length(v.value, '$.articles')
  FROM conflicts c, json_each(c.variants) v;
INSERT INTO conflict_evidence (conflict_id, variant, position, claim_id, article_id, span_start, span_end)
  SELECT c.id, v.key, e.key, cl.id,
    CASE WHEN cl.id IS NULL THEN json_extract(e.value, '$.article') END,
    CASE WHEN cl.id IS NULL THEN json_extract(e.value, '$.start') END,
    CASE WHEN cl.id IS NULL THEN json_extract(e.value, '$.end') END
  FROM conflicts c, json_each(c.variants) v, json_each(v.value, '$.evidence') e
  LEFT JOIN claims cl ON c.kind <> 'name_variant' AND cl.article_id = json_extract(e.value, '$.article')
    AND cl.span_start = json_extract(e.value, '$.start') AND cl.span_end = json_extract(e.value, '$.end');
UPDATE conflicts SET variants = (
  SELECT json_group_array(json_remove(v.value, '$.evidence')) FROM (SELECT value FROM json_each(conflicts.variants) ORDER BY key) v);

ALTER TABLE entities ADD COLUMN flag TEXT CHECK (flag IN ('name_variant'));
ALTER TABLE entities ADD COLUMN variant_of TEXT;
ALTER TABLE entities ADD COLUMN flag_reason TEXT;

CREATE TABLE rule_reasons (
  rule          TEXT PRIMARY KEY,
  reason        TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO rule_reasons (rule, reason)
  SELECT substr(r, 1, instr(r, ': ') - 1), substr(r, instr(r, ': ') + 2) FROM (
    SELECT measure_rule AS r FROM claims UNION SELECT object_rule FROM claims UNION SELECT source_rule FROM claims
    UNION SELECT as_of_rule FROM claims) WHERE instr(r, ': ') > 0;
UPDATE claims SET measure_rule = substr(measure_rule, 1, instr(measure_rule, ': ') - 1) WHERE instr(measure_rule, ': ') > 0;
UPDATE claims SET object_rule = substr(object_rule, 1, instr(object_rule, ': ') - 1) WHERE instr(object_rule, ': ') > 0;
UPDATE claims SET source_rule = substr(source_rule, 1, instr(source_rule, ': ') - 1) WHERE instr(source_rule, ': ') > 0;
UPDATE claims SET as_of_rule = substr(as_of_rule, 1, instr(as_of_rule, ': ') - 1) WHERE instr(as_of_rule, ': ') > 0;

DROP VIEW canonical_facts;
DROP VIEW fact_evidence;
CREATE TABLE fact_claims_v7 (
  fact_id       TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  claim_id      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  verdict       TEXT NOT NULL,
  converted     TEXT,
  PRIMARY KEY (fact_id, claim_id)
) WITHOUT ROWID;
INSERT INTO fact_claims_v7 (fact_id, claim_id, verdict, converted) SELECT fact_id, claim_id, verdict, converted FROM fact_claims;
DROP TABLE fact_claims;
ALTER TABLE fact_claims_v7 RENAME TO fact_claims;
CREATE INDEX fact_claims_claim ON fact_claims (claim_id);

CREATE VIEW canonical_facts AS
  SELECT f.id, f.subject, f.subject_entity_id, f.predicate, f.topic, f.value_number, f.value_text, f.unit, f.status,
         f.explanation, (SELECT count(*) FROM fact_claims fc WHERE fc.fact_id = f.id) AS claims,
         f.qualifier, f.min_value, f.max_value, f.measure, f.object, f.story
  FROM facts f;

CREATE VIEW fact_evidence AS
  SELECT fc.fact_id, fc.verdict, c.id AS claim_id, c.article_id, a.path, a.lang, c.text, c.value_number, c.value_text,
         c.unit, c.qualifier, c.span_start, c.span_end,
         substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
         c.source, c.as_of, c.measure, fc.converted, a.title
  FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN articles a ON a.id = c.article_id;

CREATE VIEW conflict_spans AS
  SELECT e.conflict_id, e.variant, e.claim_id, coalesce(c.article_id, e.article_id) AS article_id, a.path, a.title, a.source_name,
         a.published, coalesce(c.span_start, e.span_start) AS span_start, coalesce(c.span_end, e.span_end) AS span_end,
         substr(a.text_original, coalesce(c.span_start, e.span_start) + 1, coalesce(c.span_end, e.span_end) - coalesce(c.span_start, e.span_start)) AS text,
         CASE WHEN c.id IS NOT NULL THEN substr(a.text_original, c.sentence_start + 1, c.sentence_end - c.sentence_start) END AS sentence
  FROM conflict_evidence e LEFT JOIN claims c ON c.id = e.claim_id
  JOIN articles a ON a.id = coalesce(c.article_id, e.article_id);
`,
  },
  {
    version: 8,
    description: 'reconciliations.rules_version and full: which rules built the canonical layer (a hash of the reconciliation and entity rule files), and whether by a full rebuild',
    // Layers reconciled before this have no version: they count as stale until
    // `newsfacts reconcile --full` rebuilds them, rather than being mixed with newer rules.
    sql: `
ALTER TABLE reconciliations ADD COLUMN rules_version TEXT;
ALTER TABLE reconciliations ADD COLUMN full INTEGER CHECK (full IN (0, 1));
`,
  },
  {
    version: 9,
    description: 'incremental reconciliation: what each article was last reconciled from, the scale slips found per fact group, and the fact-group key on claims and facts',
    // A store from before this version has a canonical layer but no such state: its first
    // reconciliation rebuilds the whole layer (reconcile_articles empty while claims exist).
    sql: `
CREATE TABLE reconcile_articles (
  article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  inputs        TEXT,
  glosses       TEXT NOT NULL,
  figures       TEXT NOT NULL,
  machine_translation TEXT NOT NULL,
  name_variants INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reconcile_slips (
  group_key     TEXT NOT NULL,
  fact_id       TEXT NOT NULL,
  article_id    TEXT NOT NULL,
  PRIMARY KEY (group_key, fact_id, article_id)
) WITHOUT ROWID;
CREATE INDEX reconcile_slips_article ON reconcile_slips (article_id);

ALTER TABLE claims ADD COLUMN group_key TEXT;
ALTER TABLE claims ADD COLUMN linked_from_entity_id TEXT;
ALTER TABLE claims ADD COLUMN linked_from_subject TEXT;
CREATE INDEX claims_group ON claims (group_key);
ALTER TABLE facts ADD COLUMN group_key TEXT;
CREATE INDEX facts_group ON facts (group_key);

-- What the extractor linked an entity mention to (reconciliation's input), apart from
-- entity_id, which reconciliation overwrites with the canonical id; '' for no link. An older
-- store's entity_id has been overwritten already: it is the best that is left.
ALTER TABLE mentions ADD COLUMN gazetteer_id TEXT;
UPDATE mentions SET gazetteer_id = coalesce(entity_id, '') WHERE kind = 'entity';
`,
  },
  {
    version: 10,
    description: 'compact store: articles, mentions, claims, facts and fact_claims as views over integer-keyed tables with repeated strings coded once (codes), span texts and the normalised text not copied',
    sql: MIGRATION_10_SQL,
  },
  {
    version: 11,
    description: 'roles as a view over role_rows, compact like the tables of migration 10; the unused index of roles by role and country goes',
    sql: MIGRATION_11_SQL,
  },
  {
    version: 12,
    description: 'names kept between reconciliations: the tally of entity mentions by name group, what each group resolved to, and each article\'s names as met',
    sql: `
-- One row per name of a name group (a gazetteer link, or a type and normalised name): its
-- mentions, whether it joined as a lone surname, the first mention of the first three articles
-- writing it ([article, start, end]), how its last mention was linked, and the type of the
-- group's first mention; *_at order mentions as read (article id, then place in the article).
CREATE TABLE reconcile_names (
  node       TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  type_at    TEXT NOT NULL,
  mentions   INTEGER NOT NULL,
  surname    INTEGER NOT NULL,
  evidence   TEXT NOT NULL,
  how        TEXT,
  how_at     TEXT NOT NULL,
  PRIMARY KEY (node, name)
) WITHOUT ROWID;

-- What each name group resolved to at the last reconciliation: its entity, that entity's name
-- and type, and the entity after merges by shared figures (the id its mentions hold).
CREATE TABLE reconcile_nodes (
  node       TEXT PRIMARY KEY,
  entity_id  TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  final_id   TEXT NOT NULL
) WITHOUT ROWID;

-- An article's names as met (JSON, pipeline/reconcile/article-names.ts); NULL until met.
ALTER TABLE reconcile_articles ADD COLUMN names TEXT;
`,
  },
  {
    version: 13,
    description: 'a smaller store: reconciliation\'s per-article names and figure features packed (emptied here, rebuilt by the next run), claims\' measure keys coded and their own "unknown#<id>" key not stored, a mention\'s text not copied when it is the span of the original text, an article\'s mentions found by the range of their ids instead of an index of every mention',
    sql: MIGRATION_13_SQL,
  },
  {
    version: 14,
    description: 'a conflict\'s evidence stored as one row per variant listing its claims by key (conflict_evidence_sets) instead of a row per claim repeating the conflict\'s and the claim\'s ids; conflict_evidence becomes a view giving the same rows',
    sql: MIGRATION_14_SQL,
  },
  {
    version: 15,
    description: 'conflicts indexed by their fact: deleting a fact (an incremental run replacing a fact group\'s facts) cascades to its conflicts by the index instead of reading every conflict of the store',
    sql: 'CREATE INDEX IF NOT EXISTS conflicts_fact ON conflicts (fact_id);',
  },
  {
    version: 16,
    description: 'a claim that is a fact group of its own (its measure is its own unknown) and its fact hold no group key: no code, no index entry; the group is named by the claim\'s id, and the claim\'s deletion takes its fact with it',
    sql: MIGRATION_16_SQL,
  },
  {
    version: 17,
    description: 'the cross-script comparisons of the last entity resolution (its input names, and the matches found among them), so the next compares only pairs with a new name',
    sql: MIGRATION_17_SQL,
  },
  {
    version: 18,
    description: 'conflicts.variants composed, not stored: conflicts is a view over conflict_rows that builds the legacy JSON from conflict_variants and their evidence, keeping a written JSON only where the composition would not give it back byte for byte',
    sql: MIGRATION_18_SQL,
  },
  {
    version: 19,
    description: 'facts.explanation composed, not stored, for a single fact (its article, subject, figure and a coded label, fact_rows.label) and a disputed one (its value_mismatch conflict\'s explanation), keeping the text only where the composition would not give it back byte for byte',
    sql: MIGRATION_19_SQL,
  },
  {
    version: 20,
    description: 'conflicts compact: an integer key and coded kind, rule, entity and unit; explanation, resolution and canonical composed by the view where they follow their templates (a dispute, independent sources), stored only where the composition would differ; each variant one row keyed by the conflict\'s key with its evidence (conflict_variant_rows), conflict_variants and conflict_evidence views over it',
    sql: MIGRATION_20_SQL,
  },
  {
    version: 21,
    description: 'claims compact: ten coded columns that take few values together (predicate, topic, qualifier, rule, measure and the rules of measure, object, source and as-of time, time role) stored once as a row of claim_forms that each claim names; an article\'s claims found by the range of their keys (article_claims) instead of an index of every claim by article',
    sql: MIGRATION_21_SQL,
  },
  {
    version: 22,
    description: 'mentions compact: a mention\'s rule, currency, qualifier, precision and entity type stored once as a row of mention_forms that each mention names',
    sql: MIGRATION_22_SQL,
  },
  {
    version: 23,
    description: 'facts compact: a fact\'s id stored as the integer its hex digits spell (fact_rows.id a generated column, indexed), its predicate, topic, rule and measure stored once as a row of fact_forms that each fact names',
    sql: MIGRATION_23_SQL,
  },
  {
    version: 24,
    description: 'claims smaller: a claim\'s precision stored as a one-byte code (the decimals written and the power of ten of its value) where the claims view gives it back from that code, its unit part of its form (claim_forms)',
    sql: MIGRATION_24_SQL,
  },
  {
    version: 25,
    description: 'mentions smaller: a mention\'s kind part of its form (mention_forms), its text when not a span of the original and a range\'s bounds in mention_extras, a row only for the mentions that have one',
    sql: MIGRATION_25_SQL,
  },
  {
    version: 26,
    description: 'roles compact: a role\'s person link, role, title, country, tense and rule stored once as a row of role_forms, the person\'s start from the phrase\'s, texts not spans of the original in role_extras, an article\'s roles found by the range of their ids (article_roles) instead of an index by article',
    sql: MIGRATION_26_SQL,
  },
  {
    version: 27,
    description: 'an article\'s text in a table of its own (article_texts): rows of text alone and rows of the other columns pack their pages better than rows of both',
    sql: MIGRATION_27_SQL,
  },
  {
    version: 28,
    description: 'a disputed fact\'s readings (facts.value_text) composed by the view from its value_mismatch conflict\'s variants, stored only where the composition differs; the conflicts views\' triggers keep them in the fact\'s row before an app changes the conflict',
    sql: MIGRATION_28_SQL,
  },
  {
    version: 29,
    description: 'the Chinese names of each name group\'s entity kept beside what it resolved to (reconcile_nodes.forms), so the story-name check compares again only the people whose articles or names changed since the last reconciliation',
    sql: `ALTER TABLE reconcile_nodes ADD COLUMN forms TEXT NOT NULL DEFAULT '';`,
  },
  {
    version: 30,
    description: 'a name variant\'s evidence names each mention by its id in mention_rows (negated) instead of copying its article and span; conflict_evidence, conflict_spans and the conflicts view read them from the mention',
    sql: MIGRATION_30_SQL,
  },
  {
    version: 31,
    description: 'each name conflict the story-name check wrote kept with a digest of all it says (reconcile_name_conflicts), so a run rewrites only the name conflicts that changed',
    sql: `CREATE TABLE reconcile_name_conflicts (
  id      TEXT PRIMARY KEY,
  digest  TEXT NOT NULL
) WITHOUT ROWID;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
