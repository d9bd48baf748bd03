// Helpers of the tests that store one drop two ways and compare the stores: a run of a drop
// into a store file, the rows a user would compare, and a run's summary without its clocks.

import Database from 'better-sqlite3';
import { runDrops, type RunOptions, type RunSummary } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';

/** Runs `drop` into the store file `store` (2 workers allowed, files up to 1 MB), with `extra` options. */
export async function runInto(store: string, drop: string, extra: Partial<RunOptions>): Promise<RunSummary> {
  const db = openStore(store);
  try {
    return await runDrops(db, { drops: [drop], concurrency: 2, maxFileBytes: 1024 * 1024, toolVersion: 'test', ...extra });
  } finally {
    db.close();
  }
}

/** The rows of a store that two ways of storing one drop must agree on: articles, mentions, roles, files, sources, facts, conflicts. */
export function storeRows(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    return {
      articles: all('SELECT id, path, lang, status, error, text_normalised, offset_map FROM articles ORDER BY id'),
      mentions: all('SELECT article_id, kind, span_start, span_end, text, rule, value_number, value_text FROM mentions ORDER BY article_id, kind, span_start, span_end, rule'),
      roles: all('SELECT article_id, span_start, span_end, role, person_text FROM roles ORDER BY article_id, span_start'),
      files: all('SELECT path, status, error, records, sha256 FROM files ORDER BY path'),
      sources: all('SELECT record_path, article_id, duplicate FROM article_sources ORDER BY record_path'),
      facts: all('SELECT id, value_number, status FROM facts ORDER BY id'),
      conflicts: all('SELECT id, kind FROM conflicts ORDER BY id'),
    };
  } finally {
    db.close();
  }
}

/** A run's summary without what differs from run to run (its id, its clocks, each reconciliation step's clocks). */
export const comparableSummary = ({ timings: _t, runId: _r, reconciliation, ...rest }: RunSummary) =>
  ({ ...rest, reconciliation: reconciliation && { ...reconciliation, timings: undefined } });
