// The facts step keeps each group's grouping from its first pass for its second (whole facts,
// or each fact's claim ids with the claims read again) within a memory bound, and groups again
// past it; it reads groups in batches of a bounded count of groups and claims. Whichever way a
// group takes and however the batches fall (a whole rebuild lists every group a page at a time),
// the layer must be the one the others give: a store of
// articles meeting in facts (slips, disputes, two scripts) is reconciled in full and then
// incrementally under each bound, and compared table by table.

import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { reconcileStore } from '../pipeline/reconcile/index.ts';
import { KEPT_BETWEEN_PASSES, READ_AT_ONCE } from '../pipeline/reconcile/store-facts.ts';
import { runDrops } from '../pipeline/run.ts';
import { openStore, type Db } from '../pipeline/store/open.ts';
import { canonicalLayer, copyStore } from './canonical-layer.ts';
import { tempDir } from './cli-helpers.ts';
import { articleArb, DropFolder } from './incremental-drops.ts';

const DEFAULT = { ...KEPT_BETWEEN_PASSES };
const DEFAULT_READ = { ...READ_AT_ONCE };
afterEach(() => { Object.assign(KEPT_BETWEEN_PASSES, DEFAULT); Object.assign(READ_AT_ONCE, DEFAULT_READ); });

const run = (db: Db, drop: string, reconcile: boolean) =>
  runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity, reconcile });

/** A store of sampled articles, reconciled, with more articles run in but not yet reconciled. */
async function storeWithPendingArticles(): Promise<string> {
  const articles = fc.sample(articleArb, { numRuns: 36, seed: 1611 });
  const folder = new DropFolder(join(tempDir('newsfacts-kept-'), 'drop'));
  const db = openStore(join(tempDir(), 'store.sqlite'));
  const file = join(tempDir(), 'pending.sqlite');
  try {
    for (const article of articles.slice(0, 28)) folder.apply({ kind: 'new', article });
    await run(db, folder.dir, true);
    for (const article of articles.slice(28)) folder.apply({ kind: 'new', article });
    await run(db, folder.dir, false);
    copyStore(db, file);
  } finally {
    db.close();
  }
  return file;
}

/** The layer of a copy of `file` reconciled (in full or incrementally) under the bounds given. */
function layerUnder(file: string, bounds: typeof DEFAULT, full: boolean, read = DEFAULT_READ) {
  const copy = join(tempDir(), 'copy.sqlite');
  const source = openStore(file);
  copyStore(source, copy);
  source.close();
  const db = openStore(copy);
  try {
    Object.assign(KEPT_BETWEEN_PASSES, bounds);
    Object.assign(READ_AT_ONCE, read);
    reconcileStore(db, { full });
    return canonicalLayer(db);
  } finally {
    Object.assign(KEPT_BETWEEN_PASSES, DEFAULT);
    Object.assign(READ_AT_ONCE, DEFAULT_READ);
    db.close();
  }
}

describe('the facts step gives one layer whatever it keeps between its passes', () => {
  let pending = '';
  let reference: ReturnType<typeof canonicalLayer>;
  beforeAll(async () => {
    pending = await storeWithPendingArticles();
    reference = layerUnder(pending, DEFAULT, true);
  }, 60_000);

  test('the store has groups of several facts, scale errors and disputes', () => {
    const facts = reference.facts.map((row) => JSON.parse(row) as { group_key: string });
    const perGroup = new Map<string, number>();
    for (const f of facts) perGroup.set(f.group_key, (perGroup.get(f.group_key) ?? 0) + 1);
    expect(Math.max(...perGroup.values())).toBeGreaterThan(1);
    const kinds = new Set(reference.conflicts.map((row) => (JSON.parse(row) as { kind: string }).kind));
    expect(kinds).toContain('scale_error');
    expect(reference.fact_claims.length).toBeGreaterThan(reference.facts.length);
  });

  test.each([
    ['claim ids kept (no whole facts)', { factsBytes: 0, idsBytes: DEFAULT.idsBytes }],
    ['nothing kept: grouped again', { factsBytes: 0, idsBytes: 0 }],
    ['whole facts for the first groups, then claim ids, then nothing', { factsBytes: 20_000, idsBytes: 3_000 }],
    ['read two groups or three claims a query, whole facts kept', DEFAULT, { groups: 2, claims: 3, keys: DEFAULT_READ.keys }],
    ['read one group a query, mixed keeping', { factsBytes: 20_000, idsBytes: 3_000 }, { groups: 1, claims: 1, keys: DEFAULT_READ.keys }],
    ['the list of every group read three keys a page, mixed keeping', { factsBytes: 20_000, idsBytes: 3_000 }, { ...DEFAULT_READ, keys: 3 }],
  ])('%s: full rebuild and incremental run equal the default full rebuild', (_, bounds, read = DEFAULT_READ) => {
    const full = layerUnder(pending, bounds, true, read);
    const incremental = layerUnder(pending, bounds, false, read);
    for (const table of Object.keys(reference) as (keyof typeof reference)[]) {
      expect(full[table], `full ${table}`).toEqual(reference[table]);
      expect(incremental[table], `incremental ${table}`).toEqual(reference[table]);
    }
  });
});
