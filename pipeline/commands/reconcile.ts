// `newsfacts reconcile [--full]`: brings a store's canonical layer (entities, claims, facts,
// conflicts) up to date with its articles. Without --full it re-resolves what articles
// stored since the last reconciliation touch; with --full, or when the layer was built by
// other rules, it rebuilds the whole layer. Recorded in the store as a run with no drops,
// which also keeps it from running beside a `newsfacts run` on the same store.

import { existsSync } from 'node:fs';
import { DEFAULT_DB, parseCommand, toolVersion, UsageError } from './options.ts';
import type { ReconcileSummary } from '../reconcile/index.ts';
import { layerState } from '../reconcile/rules-version.ts';
import { compactStore, rebuiltMostOf } from '../store/compact.ts';
import { openStore, StoreError } from '../store/open.ts';
import { beginRun, finishRun } from '../store/runs.ts';

const countList = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** `reconciled: 120 claims → 80 facts (agreed 10, single 70), 4 conflicts (scale_error 4)`: the line run and reconcile print. */
export function reconciliationLine(r: ReconcileSummary): string {
  const facts = r.facts ? ` (${countList(r.byStatus)})` : '';
  const conflicts = r.conflicts ? ` (${countList(r.byConflictKind)})` : '';
  return `reconciled: ${r.claims} claims → ${r.facts} facts${facts}, ${r.conflicts} conflicts${conflicts}`;
}

export async function runReconcileCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { db: { type: 'string' }, full: { type: 'boolean' }, quiet: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`reconcile takes no folders (got "${positionals[0]}"); newsfacts run reads drops`);
  const dbPath = (values.db as string | undefined) ?? DEFAULT_DB;
  if (!existsSync(dbPath)) throw new StoreError(`${dbPath}: no store here yet; make one with "newsfacts run <drop-dir> --db ${dbPath}"`);
  const db = openStore(dbPath);
  try {
    const layer = layerState(db);
    const full = values.full === true || layer.stale;
    if (!full && !layer.pending) {
      process.stdout.write(`nothing to reconcile: the canonical layer is up to date with the store's articles (--full rebuilds it anyway)\n`);
      return 0;
    }
    const runId = beginRun(db, [], toolVersion());
    // Loaded only now: the reconciler's tables take a moment to load.
    const { reconcileBounded } = await import('../workers/reconcile-thread.ts');
    const started = performance.now();
    const summary = await reconcileBounded(db, { runId, full, progress: values.quiet ? undefined : process.stderr });
    if (rebuiltMostOf(summary)) compactStore(db);
    finishRun(db, runId, { files_total: 0, files_unchanged: 0, articles_new: 0, duplicates: 0, failed: 0, skipped: 0 });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const how = !full
      ? 'what articles stored since the last reconciliation touch'
      : values.full === true
        ? 'the whole layer rebuilt'
        : `the whole layer rebuilt: it was built by ${layer.builtBy ? `other rules (${layer.builtBy})` : 'rules from before versions were recorded'}`;
    process.stdout.write(`reconcile run ${runId}: ${summary.articles} articles, ${how}, rules ${layer.current}, in ${seconds} s\n`);
    process.stdout.write(`${reconciliationLine(summary)}\n`);
    return 0;
  } finally {
    db.close();
  }
}
