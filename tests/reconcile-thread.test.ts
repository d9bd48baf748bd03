// Reconciliation in a worker thread (what the command line does): the layer it writes equals the
// one reconcileStore writes on the calling thread, and a store it cannot open fails the promise
// with the reason in the message.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reconcileStore } from '../pipeline/reconcile/index.ts';
import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';
import { reconcileInThread } from '../pipeline/workers/reconcile-thread.ts';
import { canonicalLayer, copyStore } from './canonical-layer.ts';
import { tempDir } from './cli-helpers.ts';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url).pathname;

describe('reconcileInThread', () => {
  test('writes the layer reconcileStore writes, and gives back the same summary', async () => {
    const dir = tempDir('newsfacts-thread-');
    const here = openStore(join(dir, 'here.sqlite'));
    await runDrops(here, { drops: [SEEDS], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity, reconcile: false });
    copyStore(here, join(dir, 'there.sqlite'));
    const expected = reconcileStore(here, {});
    const summary = await reconcileInThread({ dbPath: join(dir, 'there.sqlite'), progress: false });
    const there = openStore(join(dir, 'there.sqlite'));
    try {
      expect({ ...summary, timings: {} }).toEqual({ ...expected, timings: {} });
      expect(summary.facts).toBeGreaterThan(0);
      expect(canonicalLayer(there)).toEqual(canonicalLayer(here));
    } finally {
      there.close();
      here.close();
    }
  });

  test('a file that is not a store fails the promise, naming the file and the problem', async () => {
    const file = join(tempDir('newsfacts-thread-'), 'not-a-store.sqlite');
    writeFileSync(file, 'this is not a database, only text that looks nothing like one'.repeat(100));
    await expect(reconcileInThread({ dbPath: file, progress: false })).rejects.toThrow(`${file}: not a usable newsfacts store: file is not a database`);
  });
});
