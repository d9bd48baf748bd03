// Incremental equals full: random sequences of small drops (new, changed and duplicated
// files, English and Chinese) are run into one store, reconciliation on as `newsfacts run`
// does it; after every drop a copy of the store is rebuilt in full, and the two canonical
// layers must be equal table by table. And a run that dies while reconciling leaves the
// previous layer readable, unchanged, and the next run finishes the job.

import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { layerState } from '../pipeline/reconcile/rules-version.ts';
import { runDrops, type RunSummary } from '../pipeline/run.ts';
import { openStore, type Db } from '../pipeline/store/open.ts';
import { canonicalLayer, fullRebuildLayer, withoutNewMentions } from './canonical-layer.ts';
import { tempDir } from './cli-helpers.ts';
import { articleArb, dropOpArb, DropFolder } from './incremental-drops.ts';

const run = (db: Db, drop: string): Promise<RunSummary> =>
  runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });

/** The layer a full rebuild of a copy of the store gives, beside the layer the store holds. */
function layersAfterFullRebuild(db: Db): { incremental: ReturnType<typeof canonicalLayer>; full: ReturnType<typeof canonicalLayer> } {
  return { incremental: canonicalLayer(db), full: fullRebuildLayer(db) };
}

describe('incremental reconciliation equals a full rebuild', () => {
  test('after every drop of a random sequence, table by table', async () => {
    const drops = fc.array(fc.array(dropOpArb, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 5 });
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(drops, async (sequence) => {
        const folder = new DropFolder(join(tempDir('newsfacts-incremental-'), 'drop'));
        const db = openStore(join(tempDir(), 'store.sqlite'));
        try {
          for (const ops of sequence) {
            for (const op of ops) folder.apply(op);
            await run(db, folder.dir);
            const { incremental, full } = layersAfterFullRebuild(db);
            for (const table of Object.keys(full) as (keyof typeof full)[]) expect(incremental[table], table).toEqual(full[table]);
            checked++;
          }
        } finally {
          db.close();
        }
      }),
      // Few runs of small drops keep this to well under a minute; a failure stops at once
      // and prints the sequence (no shrinking: each step runs the whole pipeline).
      { numRuns: 30, endOnFailure: true },
    );
    expect(checked).toBeGreaterThanOrEqual(60);
  }, 180_000);

  test('the layers compared are not empty: facts, claims, entities and linked mentions', async () => {
    const folder = new DropFolder(join(tempDir('newsfacts-incremental-'), 'drop'));
    const articles = fc.sample(articleArb, { numRuns: 6, seed: 16 });
    for (const article of articles) folder.apply({ kind: 'new', article });
    const db = openStore(join(tempDir(), 'store.sqlite'));
    try {
      await run(db, folder.dir);
      const { incremental } = layersAfterFullRebuild(db);
      expect(incremental.claims.length).toBeGreaterThan(0);
      expect(incremental.facts.length).toBeGreaterThan(0);
      expect(incremental.entities.length).toBeGreaterThan(0);
      expect(incremental.mention_entities.some((row) => JSON.parse(row).entity_id !== null)).toBe(true);
    } finally {
      db.close();
    }
  });
});

describe('a run that dies while reconciling', () => {
  test('leaves the previous layer readable and unchanged, and the next run finishes it', async () => {
    const folder = new DropFolder(join(tempDir('newsfacts-killed-'), 'drop'));
    const [first, ...later] = fc.sample(articleArb, { numRuns: 8, seed: 7 });
    folder.apply({ kind: 'new', article: first! });
    const file = join(tempDir(), 'store.sqlite');
    const db = openStore(file);
    try {
      expect((await run(db, folder.dir)).reconciliation).toBeDefined();
      const before = canonicalLayer(db);
      for (const article of later) folder.apply({ kind: 'new', article });
      // The seam: the store itself refuses the reconciliation's record midway, as a kill
      // would stop it; every write of the reconciliation before that point must vanish.
      db.exec("CREATE TRIGGER die_while_reconciling BEFORE INSERT ON reconciliations BEGIN SELECT RAISE(ABORT, 'killed while reconciling'); END");
      await expect(run(db, folder.dir)).rejects.toThrow('killed while reconciling');

      // A second connection, as a reader of the store would, sees the previous layer whole.
      const reader = new Database(file, { readonly: true });
      try {
        const seen = canonicalLayer(reader);
        expect(withoutNewMentions(seen, before)).toEqual(before);
        expect(seen.mention_entities.length).toBeGreaterThan(before.mention_entities.length); // the articles did land
        expect(reader.prepare("SELECT count(*) FROM articles WHERE status = 'ok'").pluck().get()).toBeGreaterThan(1);
      } finally {
        reader.close();
      }
      expect(layerState(db).pending).toBe(true);

      db.exec('DROP TRIGGER die_while_reconciling');
      const next = await run(db, folder.dir);
      expect(next.articles_new).toBe(0); // stored by the run that died; only its reconciliation was lost
      expect(next.reconciliation).toBeDefined();
      expect(layerState(db).pending).toBe(false);
      const { incremental, full } = layersAfterFullRebuild(db);
      expect(incremental).toEqual(full);
      expect(incremental.claims.length).toBeGreaterThan(before.claims.length);
    } finally {
      db.close();
    }
  });
});
