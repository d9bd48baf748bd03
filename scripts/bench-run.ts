// One measured `newsfacts run`, in its own process so its peak RSS is its own: runs the
// drop into the store and prints one JSON line — the run's summary counts, its timings
// and the process's peak RSS (all threads). Used by scripts/bench.ts.
// Usage: tsx scripts/bench-run.ts <drop> <store> <concurrency> [reconcile-only|no-reconcile]

import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';

const [drop, storePath, concurrency, mode] = process.argv.slice(2);
if (!drop || !storePath || !concurrency) throw new Error('usage: bench-run.ts <drop> <store> <concurrency> [reconcile-only]');

const db = openStore(storePath);
const started = performance.now();
let result: object;
if (mode === 'reconcile-only') {
  const { reconcileStore } = await import('../pipeline/reconcile/index.ts');
  const summary = reconcileStore(db);
  result = { reconcile: summary, ms: performance.now() - started };
} else {
  const summary = await runDrops(db, {
    drops: [drop], concurrency: Number(concurrency), maxFileBytes: 64 * 1024 * 1024, toolVersion: 'bench', reconcile: mode !== 'no-reconcile',
  });
  const { failures: _f, skippedEntries: _s, ...counts } = summary;
  result = { ...counts, ms: performance.now() - started };
}
db.close();
process.stdout.write(`${JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
