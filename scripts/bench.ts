// npm run bench — how fast and how big: generates a synthetic drop (scripts/bench-drop.ts;
// by default the `stories` shape: dated articles of many bounded stories) and reports, with
// the machine's load average beside every figure:
//   1. time per stage on one thread (ingest, detect, normalise, each extractor, store);
//   2. `newsfacts extract` beside Recognizers-Text (currency + datetime) on the same text;
//   3. end-to-end runs with 1 and 2 worker threads, reconciliation included as `newsfacts
//      run` does it: articles/s, MB/s, peak RSS, the time of each part (walk, processing,
//      writes, reconciliation), and the speed-up; after each run that reconciles (parts 3, 6
//      and 9), the stories the store holds and its largest story's articles;
//   4. a re-run over the unchanged drop, against the first run's time;
//   5. reconciliation alone over stores holding about 10k and 100k claims;
//   6. optionally (--large N) a run over a drop of N articles, reconciliation included, with
//      each worker count of --large-workers (default 2), for peak RSS;
//   7. the machine's ceiling: the same extraction work in one thread and in two at once,
//      which bounds any speed-up from one worker to two;
//   8. start-up: `newsfacts --help` and a one-line `newsfacts extract`, cold;
//   9. the hourly drop (scripts/bench-hourly.ts): 1% new articles into a store of
//      --hourly-base N articles (default --articles), time and peak RSS against the first run;
//  10. the store's size: part 3's two-worker store (reconciled), in bytes of store per byte of
//      article text, table by table with its indexes (bench-store-size.ts).
// Runs use the compiled package (dist/), built first, as users run it.
// Each run is a child process (scripts/bench-run.mjs), so its peak RSS is its own: that process's,
// or with the files stored in a child of their own, the two together (the process tree).
//
// Usage: tsx scripts/bench.ts [--articles 10000] [--large 0] [--large-workers 2] [--claims 10000,100000]
//        [--seconds 5] [--only stages,extract,run,rerun,reconcile,large,ceiling,startup,hourly,size] [--dir DIR]
//        [--hourly-base N]
//        [--density dense|news]   (news: one paragraph in four carries figures; see bench-drop.ts)
//        [--shape stories|undated] (undated: the first bench drop, one story, no published dates)

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { RunTimings } from '../pipeline/run.ts';
import { benchArticle, seededRandom, writeBenchDrop, type BenchDensity, type BenchShape } from './bench-drop.ts';
import { ceiling } from './bench-ceiling.ts';
import { timeHourlyDrop } from './bench-hourly.ts';
import { compareWithRecognizers } from './bench-recognizers.ts';
import { sampleFiles, timeStages } from './bench-stages.ts';
import { timeStartup } from './bench-startup.ts';
import { describeStoreSize, storeSize } from './bench-store-size.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    large: { type: 'string', default: '0' },
    'large-workers': { type: 'string', default: '2' },
    claims: { type: 'string', default: '10000,100000' },
    seconds: { type: 'string', default: '5' },
    only: { type: 'string' },
    density: { type: 'string', default: 'dense' },
    shape: { type: 'string', default: 'stories' },
    'hourly-base': { type: 'string' },
    dir: { type: 'string', default: join(tmpdir(), 'newsfacts-bench') },
  },
});
const ARTICLES = Number(values.articles);
const LARGE = Number(values.large);
const LARGE_WORKERS = values['large-workers']!.split(',').map(Number);
const SECONDS = Number(values.seconds);
const DIR = values.dir!;
if (values.density !== 'dense' && values.density !== 'news') throw new Error('--density must be dense or news');
const DENSITY = values.density as BenchDensity;
if (values.shape !== 'stories' && values.shape !== 'undated') throw new Error('--shape must be stories or undated');
const SHAPE = values.shape as BenchShape;
// In file names, so two densities or shapes never share a drop or a store (the undated dense drop keeps its first names).
const TAG = `${SHAPE === 'undated' ? '' : `${SHAPE}-`}${DENSITY === 'dense' ? '' : `${DENSITY}-`}`;
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wanted = (part: string) => (only ? only.has(part) : part !== 'large' || LARGE > 0);

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const mb = (bytes: number) => bytes / 1e6;
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const say = (line = '') => process.stdout.write(`${line}\n`);

/** A drop of `count` bench articles, generated once and kept for later runs. */
function benchDrop(count: number): { dir: string; bytes: number } {
  const dir = join(DIR, `drop-${TAG}${count}`);
  const marker = `${dir}.complete`; // beside the drop, not in it
  if (existsSync(marker)) return { dir, bytes: Number(readFileSync(marker, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const bytes = writeBenchDrop(dir, count, 7, DENSITY, SHAPE);
  writeFileSync(marker, String(bytes));
  say(`generated ${count} ${SHAPE} ${DENSITY} articles (${fixed(mb(bytes))} MB) in ${dir} in ${fixed((performance.now() - started) / 1000)} s`);
  return { dir, bytes };
}

interface RunResult {
  articles_new: number;
  files_total: number;
  files_unchanged: number;
  timings: RunTimings;
  reconciliation?: { claims: number; facts: number; conflicts: number };
  reconcile?: { claims: number; facts: number };
  ms: number;
  /** The run's peak: the most its process and any child held together (bench-run.mjs). */
  maxRssMb: number;
}

/** Where the peak was measured: the run's own process, or it and the files' child process together. */
const peakText = (r: RunResult) =>
  `peak RSS ${fixed(r.maxRssMb, 0)} MB${r.timings?.filesProcessMb ? ` (the process tree; the files' own process peaked at ${fixed(r.timings.filesProcessMb, 0)} MB)` : ''}`;

function childRun(drop: string, store: string, concurrency: number, mode?: string): RunResult & { wallMs: number; load: string } {
  const started = performance.now();
  const args = [join('scripts', 'bench-run.mjs'), drop, store, String(concurrency), ...(mode ? [mode] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as RunResult), wallMs: performance.now() - started, load: load() };
}

function describeRun(label: string, r: RunResult & { wallMs: number; load: string }, bytes: number): void {
  const t = r.timings;
  const seconds = r.wallMs / 1000;
  say(`${label}: ${r.articles_new} new articles in ${fixed(seconds)} s (process wall, start-up included) → ${fixed(r.articles_new / seconds)} articles/s, ${fixed(mb(bytes) / seconds, 2)} MB/s; ${peakText(r)}; load ${r.load}`);
  const filesPhase = (t.total - t.walk - t.reconcile) / 1000;
  say(`  parts: walk ${fixed(t.walk / 1000, 2)} s · files ${fixed(filesPhase)} s (${fixed(r.articles_new / filesPhase)} articles/s, ${fixed(mb(bytes) / filesPhase, 2)} MB/s) · reconcile ${r.reconciliation ? `${fixed(t.reconcile / 1000)} s` : 'apart (part 5)'}` +
    (r.reconciliation ? ` (${r.reconciliation.claims} claims → ${r.reconciliation.facts} facts)` : ''));
  say(`  work inside the files phase: read+decode ${fixed(t.read / 1000)} s, language+normalise+extract ${fixed(t.process / 1000)} s (summed over ${t.workers || 'no'} workers running ${t.workerCode || 'in-process'}, ${t.chineseWorkers} of them allowed jieba), ` +
    `store ${fixed(t.store / 1000)} s in ${t.transactions} transactions on the main thread`);
}

/** The stories a reconciled store holds (those with claims) and its largest one, with how many articles carry a published date. */
function describeStories(store: string): void {
  const db = new Database(store, { readonly: true, fileMustExist: true });
  try {
    const sizes = db.prepare('SELECT count(DISTINCT article_id) AS articles FROM claims GROUP BY story ORDER BY articles DESC').pluck().all() as number[];
    const dated = db.prepare('SELECT count(*) FILTER (WHERE published IS NOT NULL), count(*) FROM articles').raw().get() as [number, number];
    const singles = sizes.filter((n) => n === 1).length;
    say(`  stories: ${sizes.length} (${singles} of one article), largest ${sizes[0] ?? 0} articles, next ${sizes.slice(1, 5).join(', ') || 'none'}; published date on ${dated[0]}/${dated[1]} articles`);
  } finally {
    db.close();
  }
}

say(`newsfacts bench — ${SHAPE} ${DENSITY} drop — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; load average ${load()}`);
mkdirSync(DIR, { recursive: true });
// The runs and start-up parts time the compiled package; build it from the current sources.
execFileSync(process.execPath, [join('scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const drop = benchDrop(ARTICLES);

if (wanted('stages')) {
  const sample = sampleFiles(drop.dir, Math.min(300, ARTICLES), Math.max(1, Math.floor(ARTICLES / 300)));
  const scratch = join(DIR, 'stages.sqlite');
  rmSync(scratch, { force: true });
  timeStages(sample.slice(0, 20), join(DIR, 'warm.sqlite')); // load dictionaries and warm the JIT
  rmSync(join(DIR, 'warm.sqlite'), { force: true });
  const s = timeStages(sample, scratch);
  const total = Object.values(s.ms).reduce((a, b) => a + b, 0);
  say(`\n1. stages on one thread, ${s.articles} articles (${fixed(mb(s.bytes), 2)} MB); load ${load()}`);
  for (const [stage, ms] of Object.entries(s.ms).sort((a, b) => b[1] - a[1])) {
    say(`  ${stage.padEnd(10)} ${fixed(ms / s.articles, 2).padStart(7)} ms/article  ${fixed(mb(s.bytes) / (ms / 1000), 2).padStart(8)} MB/s  ${fixed((100 * ms) / total).padStart(5)} %`);
  }
  say(`  all        ${fixed(total / s.articles, 2).padStart(7)} ms/article  ${fixed(mb(s.bytes) / (total / 1000), 2).padStart(8)} MB/s on one core`);
}

if (wanted('extract')) {
  const random = seededRandom(11);
  const items = Array.from({ length: 6 }, (_, i) => benchArticle(i, random));
  const c = compareWithRecognizers(items, SECONDS);
  const kchars = (n: number) => `${fixed(n / 1000, 0)}k chars/s`;
  say(`\n2. extract beside Recognizers-Text, ${c.texts} articles (${c.chars} chars), one thread; load ${load()}`);
  say(`  Recognizers-Text currency + datetime   ${kchars(c.recognizers)}  (${c.found.recognizers} mentions)`);
  say(`  newsfacts extract (whole line)         ${kchars(c.newsfactsExtract)}  ×${fixed(c.newsfactsExtract / c.recognizers)}`);
  say(`  newsfacts normalise + money + dates    ${kchars(c.newsfactsMoneyDates)}  ×${fixed(c.newsfactsMoneyDates / c.recognizers)}  (${c.found.newsfacts} mentions)`);
}

let firstRunMs = 0;
if (wanted('run')) {
  say(`\n3. end-to-end over ${ARTICLES} ${SHAPE} ${DENSITY} articles (${fixed(mb(drop.bytes))} MB)`);
  const results = [];
  for (const workers of [1, 2]) {
    const store = join(DIR, `run-${TAG}${ARTICLES}-w${workers}.sqlite`);
    for (const f of [store, `${store}-wal`, `${store}-shm`]) rmSync(f, { force: true });
    const r = childRun(drop.dir, store, workers);
    describeRun(`  ${workers} worker${workers > 1 ? 's' : ''}`, r, drop.bytes);
    results.push(r);
    describeStories(store);
  }
  const one = results[0]!;
  const two = results[1]!;
  const filesRate = (r: RunResult) => r.articles_new / (r.timings.total - r.timings.walk - r.timings.reconcile);
  say(`  speed-up from 1 to 2 workers: ×${fixed(filesRate(two) / filesRate(one), 2)} (files phase), ×${fixed(one.ms / two.ms, 2)} (whole run)`);
  firstRunMs = two.wallMs;
}

if (wanted('rerun')) {
  const store = join(DIR, `run-${TAG}${ARTICLES}-w2.sqlite`);
  if (!existsSync(store)) childRun(drop.dir, store, 2);
  const r = childRun(drop.dir, store, 2);
  say(`\n4. re-run over the unchanged drop: ${r.files_unchanged}/${r.files_total} files unchanged in ${fixed(r.wallMs / 1000, 2)} s (walk ${fixed(r.timings.walk / 1000, 2)} s)` +
    (firstRunMs ? `, ${fixed((100 * r.wallMs) / firstRunMs)} % of the first run` : '') + `; ${peakText(r)}; load ${r.load}`);
}

if (wanted('reconcile')) {
  say(`\n5. reconciliation alone (the whole canonical layer rebuilt in one transaction)`);
  const perArticle = 40; // claims per bench article, as measured on the drop (money mentions in 5 KB)
  for (const claims of values.claims!.split(',').map(Number)) {
    const articles = Math.ceil(claims / perArticle);
    const subset = benchDrop(articles);
    const store = join(DIR, `reconcile-${TAG}${articles}.sqlite`);
    if (!existsSync(store)) childRun(subset.dir, store, 2, 'no-reconcile');
    const r = childRun(subset.dir, store, 1, 'reconcile-only');
    say(`  ${articles} articles → ${r.reconcile!.claims} claims → ${r.reconcile!.facts} facts in ${fixed(r.ms / 1000)} s (${fixed((1000 * r.reconcile!.claims) / r.ms, 0)} claims/s); peak RSS ${fixed(r.maxRssMb, 0)} MB; load ${r.load}`);
  }
}

if (wanted('large')) {
  const big = benchDrop(LARGE);
  const store = join(DIR, `run-${TAG}${LARGE}.sqlite`);
  const counts = LARGE_WORKERS.join(' and then ');
  say(`\n6. a run over ${LARGE} articles (${fixed(mb(big.bytes))} MB) with ${counts} worker${LARGE_WORKERS.at(-1) === 1 ? '' : 's'}`);
  for (const workers of LARGE_WORKERS) {
    for (const f of [store, `${store}-wal`, `${store}-shm`]) rmSync(f, { force: true });
    describeRun(`  ${workers} worker${workers > 1 ? 's' : ''}`, childRun(big.dir, store, workers), big.bytes);
    describeStories(store);
  }
}

if (wanted('ceiling')) {
  const sample = sampleFiles(drop.dir, Math.min(200, ARTICLES), Math.max(1, Math.floor(ARTICLES / 200)));
  const c = await ceiling(sample);
  say(`\n7. the machine's ceiling for two threads: extraction alone (no store), ${sample.length} articles × 3 in each thread, best of 3; load ${load()}`);
  say(`  one thread ${fixed(c.one)} articles/s · two threads together ${fixed(c.two)} articles/s · ×${fixed(c.ratio, 2)}`);
}

if (wanted('startup')) {
  say(`\n8. start-up of the compiled command, cold; load ${load()}`);
  timeStartup(say);
}

if (wanted('hourly')) {
  const base = Number(values['hourly-base'] ?? ARTICLES);
  say(`\n9. the hourly drop: 1 % new articles into a store of ${base} articles, reconciliation included (child processes, 2 workers)`);
  timeHourlyDrop({
    base, baseDrop: benchDrop(base), dir: DIR, density: DENSITY, shape: SHAPE, say, describeRun, describeStories,
    runInto: (dropDir, store) => childRun(dropDir, store, 2),
  });
}

if (wanted('size')) {
  const store = join(DIR, `run-${TAG}${ARTICLES}-w2.sqlite`);
  if (!existsSync(store)) childRun(drop.dir, store, 2);
  say(`\n10. the store's size over ${ARTICLES} ${DENSITY} articles, reconciled (part 3's two-worker store)`);
  describeStoreSize(storeSize(store), say);
}
