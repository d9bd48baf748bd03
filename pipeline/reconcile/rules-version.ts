// Which rules built a store's canonical layer. The rules version is a content hash of the
// sources and data of reconciliation and entity linking (pipeline/reconcile/,
// extractors/entities/, the modules they import, and the installed versions of the runtime
// dependencies), so any change to a rule changes it without anyone remembering to bump a number.
// scripts/build.mjs computes it with hashRuleSources and writes it beside the compiled
// module; run from the sources, the same function reads the sources instead.
// Every reconciliation records the version (reconciliations.rules_version); a layer built
// by other rules, or before versions were recorded, is stale: only a full rebuild makes it
// whole again, and an incremental one would mix two sets of rules in one layer.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../store/open.ts';

/** The folders whose files are the rules, relative to the package root. */
export const RULE_FOLDERS = ['pipeline/reconcile', 'extractors/entities'] as const;
/** Docs change no fact: a README edit leaves the version as it was. */
const NOT_RULES = /\.md$/;
/** What scripts/build.mjs writes beside the compiled module: `{"rulesVersion": "…"}`. */
export const RULES_VERSION_FILE = 'rules-version.json';

/** An import or re-export of a module: `from '…'`, `import('…')`, `import '…'`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"\n]+)['"]/g;
const SOURCE = /\.(?:ts|js|mjs)$/;

/**
 * The rule files (every file of the rule folders) and every module of the repository they
 * import, followed to the end (a shared helper, the store's types).
 */
function ruleFiles(root: string): string[] {
  const files = new Set<string>();
  const queue: string[] = [];
  const add = (path: string) => {
    if (files.has(path) || !existsSync(path)) return;
    files.add(path);
    queue.push(path);
  };
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !NOT_RULES.test(entry.name) && entry.name !== RULES_VERSION_FILE) add(path);
    }
  };
  for (const folder of RULE_FOLDERS) walk(join(root, folder));
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (!SOURCE.test(path)) continue;
    for (const [, spec] of readFileSync(path, 'utf8').matchAll(IMPORT)) {
      if (!spec!.startsWith('.')) continue;
      const target = resolve(dirname(path), spec!);
      if (target.startsWith(root) && !target.includes(`${sep}node_modules${sep}`)) add(target);
    }
  }
  return [...files];
}

/**
 * The runtime dependencies of the package at `root` (its package.json): the gazetteers'
 * names, places and dictionaries come from them, so their versions are rules too.
 */
function dependencies(root: string): string[] {
  try {
    return Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
  } catch {
    return [];
  }
}

/** The installed version of a package, as the repository at `root` resolves it. */
function installedVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unversioned';
  } catch {
    return 'absent';
  }
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rules version of the tree at `root`: sha-256 over every rule file's path (relative,
 * with /) and bytes, in path order, then each runtime dependency's name and installed
 * version, in name order; neither the order of a directory listing nor the machine's path
 * separator changes it. The first 16 hex digits.
 */
export function hashRuleSources(root: string): string {
  const named = ruleFiles(root).map((path) => ({ path, name: relative(root, path).split(sep).join('/') })).sort((a, b) => byName(a.name, b.name));
  const hash = createHash('sha256');
  for (const { path, name } of named) {
    const bytes = readFileSync(path);
    hash.update(`${name}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
  for (const name of dependencies(root).sort(byName)) hash.update(`package\u0000${name}\u0000${installedVersion(root, name)}\u0000`);
  return hash.digest('hex').slice(0, 16);
}

let current: string | undefined;

/** This code's rules version: the build's stamp in dist/, the sources' hash in a checkout. */
export function rulesVersion(): string {
  if (current !== undefined) return current;
  const stamp = new URL(`./${RULES_VERSION_FILE}`, import.meta.url);
  if (existsSync(stamp)) {
    const { rulesVersion: stamped } = JSON.parse(readFileSync(stamp, 'utf8')) as { rulesVersion?: unknown };
    if (typeof stamped !== 'string' || stamped === '') throw new Error(`${fileURLToPath(stamp)}: no rulesVersion in it; run "npm run build"`);
    current = stamped;
  } else {
    current = hashRuleSources(fileURLToPath(new URL('../../', import.meta.url)));
  }
  return current;
}

export interface LayerState {
  /** The rules version of this code. */
  current: string;
  /** The version that built the layer: null when it was built before versions were recorded, undefined when never built. */
  builtBy: string | null | undefined;
  /** Built by other rules (or by unrecorded ones): only `newsfacts reconcile --full` makes it whole. */
  stale: boolean;
  /** Articles stored after the last reconciliation (by a run since, or by one killed before it reconciled). */
  pending: boolean;
}

/**
 * The canonical layer's state, from the last reconciliation and the runs since. Articles are
 * pending when a run newer than the last reconciliation stored any, or did not finish (it
 * may have stored some before it was killed). Read from `runs`, a few rows, and never from
 * `articles`, whose run ids sit behind each article's text: a scan of them reads the store.
 * `current` is the run asking, still running: whether it stored articles, it says itself.
 */
export function layerState(db: Db, current?: { runId: number; storedArticles: boolean }): LayerState {
  const last = db.prepare('SELECT rules_version FROM reconciliations ORDER BY id DESC LIMIT 1').get() as { rules_version: string | null } | undefined;
  const now = rulesVersion();
  const builtBy = last === undefined ? undefined : last.rules_version;
  const lastReconciledRun = db.prepare('SELECT max(run_id) FROM reconciliations').pluck().get() as number | null;
  const lastStoringRun = db
    .prepare("SELECT max(id) FROM runs WHERE (articles_new > 0 OR status <> 'finished') AND id <> ?")
    .pluck()
    .get(current?.runId ?? -1) as number | null;
  const storedSince = lastStoringRun !== null && (lastReconciledRun === null || lastReconciledRun < lastStoringRun);
  const anyArticle = db.prepare("SELECT EXISTS (SELECT 1 FROM articles WHERE status = 'ok')").pluck().get() === 1;
  const pending = current?.storedArticles === true || (storedSince && anyArticle);
  return { current: now, builtBy, stale: builtBy !== undefined && builtBy !== now, pending };
}

/** What is wrong with a stale layer and the command that rebuilds it, for the store as the user named it. */
export function staleLayerText(layer: { builtBy: string | null | undefined; current: string }, dbPath: string): string {
  const by = layer.builtBy ? `rules ${layer.builtBy}; this newsfacts has rules ${layer.current}` : 'rules from before versions were recorded';
  return `the canonical layer is stale (built by ${by}); rebuild it with: ${reconcileCommandFor(dbPath, true)}`;
}

/** The command line that reconciles the store at `dbPath` (in full, or only what is pending), ready to paste. */
export const reconcileCommandFor = (dbPath: string, full: boolean) => `newsfacts reconcile${full ? ' --full' : ''} --db ${shellWord(dbPath)}`;

/** A path as one shell word: as it is when it holds nothing a shell reads, else in single quotes. */
const shellWord = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);
