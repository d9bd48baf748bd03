// The hourly drop for the benchmark (scripts/bench.ts --only hourly): a store of N bench
// articles, reconciled, then a new drop of 1% new articles run into it, as a news team's
// hourly job does. What matters is how the hourly run compares with the first: with
// reconciliation re-resolving only what the new articles touch, its time and memory follow
// the drop, not the store. The drop is written like the bench drop (scripts/bench-drop.ts),
// numbered after the base articles and from another seed, so no article repeats one of them.
// In the `stories` shape it is the next hour's news: it continues the base drop's timeline
// (bench-stories.ts) right after its last article (the stories running then go on, new
// ones start), its texts drawn from its own seed. After the first run and each hour, the
// stories of the store and its largest one are reported (bench.ts's describeStories).

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchArticle, seededRandom, type BenchDensity, type BenchShape } from './bench-drop.ts';
import { storyArticles } from './bench-stories.ts';

/** The share of the store an hourly drop adds. */
export const HOURLY_SHARE = 0.01;

/** The seed of the base drop, whose timeline a `stories` hourly drop continues (bench.ts writes it). */
const BASE_SEED = 7;

/** `count` new articles numbered from `first`, in `dir` (kept for later runs); returns their bytes. */
export function writeHourlyDrop(dir: string, first: number, count: number, density: BenchDensity, shape: BenchShape = 'undated'): number {
  const marker = `${dir}.complete`;
  if (existsSync(marker)) return Number(readFileSync(marker, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(first + 101);
  const stories = shape === 'stories' ? storyArticles(first, count, BASE_SEED, random, density) : undefined;
  let bytes = 0;
  for (let i = first; i < first + count; i++) {
    const { text } = stories ? stories.next().value! : benchArticle(i, random, 5000, density);
    writeFileSync(join(dir, `hourly-${String(i).padStart(7, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(marker, String(bytes));
  return bytes;
}

export interface MeasuredRun {
  articles_new: number;
  wallMs: number;
  maxRssMb: number;
  load: string;
  timings: { walk: number; reconcile: number; total: number };
  reconciliation?: { claims: number; facts: number; redrafted?: number; regrouped?: number; timings?: Record<string, number> };
}

export interface HourlyBench<R extends MeasuredRun> {
  base: number;
  /** Runs a drop into a store in a child process (reconciliation on), as bench.ts's childRun. */
  runInto: (drop: string, store: string) => R;
  baseDrop: { dir: string; bytes: number };
  dir: string;
  density: BenchDensity;
  shape: BenchShape;
  say: (line: string) => void;
  describeRun: (label: string, run: R, bytes: number) => void;
  /** Reports the stories of a reconciled store. */
  describeStories: (store: string) => void;
}

/** What an incremental reconciliation says it re-resolved, when it says so. */
const redone = (rec: NonNullable<MeasuredRun['reconciliation']>) =>
  rec.redrafted === undefined ? '' : `; ${rec.redrafted} articles drafted again, ${rec.regrouped ?? 0} fact groups resolved again`;

/** The reconciler's own steps, longest first: where an hourly run's time goes. */
const stepTimes = (timings: Record<string, number>) =>
  Object.entries(timings)
    .sort((a, b) => b[1] - a[1])
    .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(2)} s`)
    .join(' · ');

/** The first run into an empty store, then the hourly drop into a copy of that store, twice. */
export function timeHourlyDrop<R extends MeasuredRun>(b: HourlyBench<R>): void {
  const tag = `${b.shape === 'undated' ? '' : `${b.shape}-`}${b.density === 'dense' ? '' : `${b.density}-`}`;
  const count = Math.max(1, Math.round(b.base * HOURLY_SHARE));
  const hourlyDir = join(b.dir, `hourly-${tag}${b.base}`);
  const hourlyBytes = writeHourlyDrop(hourlyDir, b.base, count, b.density, b.shape);
  const store = join(b.dir, `hourly-base-${tag}${b.base}.sqlite`);
  for (const f of [store, `${store}-wal`, `${store}-shm`]) rmSync(f, { force: true });

  const first = b.runInto(b.baseDrop.dir, store);
  b.describeRun(`  first run, ${b.base} articles into an empty store`, first, b.baseDrop.bytes);
  b.describeStories(store);
  for (const attempt of [1, 2]) {
    // A copy each time, so every hour starts from the same store (the run closed it: no WAL left).
    const hour = join(b.dir, `hourly-${tag}${b.base}-${attempt}.sqlite`);
    for (const f of [hour, `${hour}-wal`, `${hour}-shm`]) rmSync(f, { force: true });
    copyFileSync(store, hour);
    const r = b.runInto(hourlyDir, hour);
    const share = (100 * r.wallMs) / first.wallMs;
    const rec = r.reconciliation;
    b.say(
      `  hour ${attempt}: ${r.articles_new} new articles (${(100 * HOURLY_SHARE).toFixed(0)} %) into the ${b.base}-article store in ${(r.wallMs / 1000).toFixed(2)} s ` +
        `= ${share.toFixed(1)} % of the first run's ${(first.wallMs / 1000).toFixed(1)} s; peak RSS ${r.maxRssMb.toFixed(0)} MB (first run ${first.maxRssMb.toFixed(0)} MB); load ${r.load}`,
    );
    b.say(
      `    parts: walk ${(r.timings.walk / 1000).toFixed(2)} s · files ${((r.timings.total - r.timings.walk - r.timings.reconcile) / 1000).toFixed(2)} s · ` +
        `reconcile ${(r.timings.reconcile / 1000).toFixed(2)} s${rec ? ` (${rec.claims} claims → ${rec.facts} facts${redone(rec)})` : ' (not run)'}; ${(hourlyBytes / 1e6).toFixed(1)} MB of text`,
    );
    if (rec?.timings) b.say(`    reconcile steps: ${stepTimes(rec.timings)}`);
    b.describeStories(hour);
    rmSync(hour, { force: true });
  }
}
