// One measured `newsfacts run`, in its own process so its peak RSS is its own: runs the
// drop into the store and prints one JSON line — the run's summary counts, its timings
// and the process's peak RSS (all threads). Used by scripts/bench.ts. It runs the compiled
// package (dist/, as users run it; scripts/bench.ts builds it first), so workers load
// compiled JavaScript, not the sources through tsx.
// Usage: tsx scripts/bench-run.ts <drop> <store> <concurrency> [reconcile-only|no-reconcile]

type Library = typeof import('../pipeline/index.ts');
const { openStore, reconcileStore, runDrops } = (await import(new URL('../dist/pipeline/index.js', import.meta.url).href)) as Library;
// The heap bounded as the command line bounds it (pipeline/heap-growth.ts), so peaks are the CLI's.
const { boundHeapGrowth } = (await import(new URL('../dist/pipeline/heap-growth.js', import.meta.url).href)) as typeof import('../pipeline/heap-growth.ts');
boundHeapGrowth();

const [drop, storePath, concurrency, mode] = process.argv.slice(2);
if (!drop || !storePath || !concurrency) throw new Error('usage: bench-run.ts <drop> <store> <concurrency> [reconcile-only]');

const db = openStore(storePath);
const started = performance.now();
let result: object;
if (mode === 'reconcile-only') {
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
