// The store's schema, one numbered migration per release step. A migration is only ever
// appended: never edit one that has shipped. `PRAGMA user_version` records how many ran.
// Documented table by table in output/SCHEMA.md.

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
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
