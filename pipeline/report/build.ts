// buildReport: the store read into the report shape of CONTRACTS.md §3: articles, and the
// canonical layer reconciliation wrote (entities, facts with their claims, conflicts).

import type { Db } from '../store/open.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { readArticleTexts, readConflicts, readEntities, readFacts, type CanonicalFilters } from './canonical.ts';
import type { ReportConflict, ReportEntity, ReportFact } from './schema.ts';
import { readRemovedText, type RemovedByRule } from './removed-text.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

export type { CanonicalFilters } from './canonical.ts';

export interface ReportArticle {
  id: string;
  path: string;
  drop: string;
  lang: string | null;
  status: 'ok' | 'failed' | 'not_extracted';
  error?: string;
  title?: string;
  published?: string;
  /** The rule that found `published` (metadata field or tag, JSON-LD, dateline, header line, front matter, default). */
  published_rule?: string;
  /** The outlet, when the record names it (a source field, site name, dateline or header line). */
  source?: string;
  /** Length of the original text, and the characters each boilerplate rule removed from it (with where). */
  characters?: number;
  removed?: RemovedByRule[];
  duplicates: string[];
  mentions: { money: number; dates: number; entities: number };
}

export interface Report {
  generated: string;
  store: {
    schema_version: number;
    articles: number;
    failed: number;
    not_extracted: number;
    runs: number;
    last_run?: { id: number; started_at: string; finished_at: string | null; status: string };
    mentions: { money: number; dates: number; entities: number };
    claims: number;
    facts: Record<string, number>;
    conflicts: Record<string, number>;
    last_reconciliation?: string;
    filters?: CanonicalFilters;
  };
  articles: ReportArticle[];
  entities: ReportEntity[];
  facts: ReportFact[];
  conflicts: ReportConflict[];
}

export function buildReport(db: Db, filters: CanonicalFilters = {}): Report {
  const articles = db
    .prepare(
      `SELECT a.id, a.path, a.drop_dir, a.lang, a.status, a.error, a.title, a.published, a.published_rule, a.source_name,
         (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.kind = 'money') AS money,
         (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.kind = 'date') AS dates,
         (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.kind = 'entity') AS entities
       FROM articles a ORDER BY a.drop_dir, a.path`,
    )
    .all() as {
    id: string; path: string; drop_dir: string; lang: string | null; status: ReportArticle['status']; error: string | null;
    title: string | null; published: string | null; published_rule: string | null; source_name: string | null;
    money: number; dates: number; entities: number;
  }[];
  const duplicates = db
    .prepare(
      `SELECT s.article_id, f.drop_dir, s.record_path FROM article_sources s JOIN files f ON f.id = s.file_id
       WHERE s.duplicate = 1 ORDER BY f.drop_dir, s.record_path`,
    )
    .all() as { article_id: string; drop_dir: string; record_path: string }[];
  const duplicatesOf = new Map<string, string[]>();
  for (const d of duplicates) addToGroup(duplicatesOf, d.article_id, d.record_path);

  const lastRun = db.prepare('SELECT id, started_at, finished_at, status FROM runs ORDER BY id DESC LIMIT 1').get() as
    | Report['store']['last_run']
    | undefined;
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const tally = (sql: string) => Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  const texts = readArticleTexts(db);
  const removedText = readRemovedText(db);
  const facts = readFacts(db, texts, filters);
  const conflicts = readConflicts(db, texts, filters, new Set(facts.map((f) => f.id)));
  const reconciled = db.prepare('SELECT finished_at FROM reconciliations ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined;
  return {
    generated: new Date().toISOString(),
    store: {
      schema_version: SCHEMA_VERSION,
      articles: count("SELECT count(*) FROM articles WHERE status != 'failed'"),
      failed: count("SELECT count(*) FROM articles WHERE status = 'failed'"),
      not_extracted: count("SELECT count(*) FROM articles WHERE status = 'not_extracted'"),
      runs: count('SELECT count(*) FROM runs'),
      ...(lastRun && { last_run: lastRun }),
      mentions: {
        money: count("SELECT count(*) FROM mentions WHERE kind = 'money'"),
        dates: count("SELECT count(*) FROM mentions WHERE kind = 'date'"),
        entities: count("SELECT count(*) FROM mentions WHERE kind = 'entity'"),
      },
      claims: count('SELECT count(*) FROM claims'),
      facts: tally('SELECT status AS k, count(*) AS n FROM facts GROUP BY status ORDER BY status'),
      conflicts: tally('SELECT kind AS k, count(*) AS n FROM conflicts GROUP BY kind ORDER BY kind'),
      ...(reconciled && { last_reconciliation: reconciled }),
      ...((filters.status || filters.kind) && { filters }),
    },
    articles: articles.map((a) => ({
      id: a.id,
      path: a.path,
      drop: a.drop_dir,
      lang: a.lang,
      status: a.status,
      ...(a.error !== null && { error: a.error }),
      ...(a.title !== null && { title: a.title }),
      ...(a.published !== null && { published: a.published }),
      ...(a.published_rule !== null && { published_rule: a.published_rule }),
      ...(a.source_name !== null && { source: a.source_name }),
      ...removedText.get(a.id),
      duplicates: duplicatesOf.get(a.id) ?? [],
      mentions: { money: a.money, dates: a.dates, entities: a.entities },
    })),
    entities: readEntities(db).filter((e) => e.articles.length > 0),
    facts,
    conflicts,
  };
}
