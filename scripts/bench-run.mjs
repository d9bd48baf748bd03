// One measured `newsfacts run`, in its own process so its peak RSS is its own: runs the
// drop into the store and prints one JSON line — the run's summary counts, its timings
// and the peak RSS of the run: this process's (all threads), or, where the run stores its
// files in a child process, the most this process and its children held together, read from
// /proc every 50 ms while the run goes on. Used by scripts/bench.ts.
// Plain JavaScript on plain node, loading from the compiled package (dist/; scripts/bench.ts
// builds it first) only the modules the command line loads for a run: under tsx, the loader
// and the whole library held some 60 MB more than `newsfacts run` does, and the files' child
// process inherited the loader.
// Usage: node scripts/bench-run.mjs <drop> <store> <concurrency> [reconcile-only|no-reconcile]

import { readdirSync, readFileSync } from 'node:fs';

const dist = (path) => import(new URL(`../dist/pipeline/${path}`, import.meta.url).href);
const { openStore } = await dist('store/open.js');
// The heap bounded as the command line bounds it (pipeline/heap-growth.ts), so peaks are the CLI's.
const { boundHeapGrowth } = await dist('heap-growth.js');
boundHeapGrowth();

const [drop, storePath, concurrency, mode] = process.argv.slice(2);
if (!drop || !storePath || !concurrency) throw new Error('usage: bench-run.mjs <drop> <store> <concurrency> [reconcile-only|no-reconcile]');

/** The RSS of a process and all its descendants, in KiB (Linux /proc); 0 where /proc cannot be read. */
function treeRssKib(pid) {
  let kib = 0;
  try {
    kib += Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) kib += treeRssKib(Number(child));
    }
  } catch {
    // The process ended between the listing and the read.
  }
  return kib;
}

let treePeakKib = 0;
const sampler = setInterval(() => { treePeakKib = Math.max(treePeakKib, treeRssKib(process.pid)); }, 50);

const db = openStore(storePath);
const started = performance.now();
let result;
if (mode === 'reconcile-only') {
  const { reconcileStore } = await dist('reconcile/store-reconcile.js');
  const summary = reconcileStore(db);
  result = { reconcile: summary, ms: performance.now() - started };
} else {
  const { runDrops } = await dist('run.js');
  const summary = await runDrops(db, {
    drops: [drop], concurrency: Number(concurrency), maxFileBytes: 64 * 1024 * 1024, toolVersion: 'bench', reconcile: mode !== 'no-reconcile',
  });
  const { failures: _f, skippedEntries: _s, ...counts } = summary;
  result = { ...counts, ms: performance.now() - started };
}
db.close();
clearInterval(sampler);
const ownPeakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ...result, maxRssMb: Math.max(ownPeakMb, treePeakKib / 1024), ownPeakMb, treePeakMb: treePeakKib / 1024 })}\n`);
