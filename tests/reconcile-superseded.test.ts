// A file that changes between two runs: its new text replaces the old one in the canonical
// layer (claims, facts), while the old article stays in the store as history, and the
// layer the incremental run leaves equals a full rebuild of the same store.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runDrops } from '../pipeline/run.ts';
import { openStore, type Db } from '../pipeline/store/open.ts';
import { canonicalLayer, fullRebuildLayer } from './canonical-layer.ts';
import { tempDir } from './cli-helpers.ts';

const run = (db: Db, drop: string) =>
  runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });

const article = (amount: string) =>
  `Published: 2026-05-04\n\nOsprey Rail to build depot\n\nOsprey Rail said on Monday it will invest ${amount} in a new maintenance depot near Leeds, ` +
  `its largest investment in a decade. The company said work would start in June.\n`;

const other = 'Published: 2026-05-04\n\nHarbour fund grows\n\nThe Kestrel Harbour Fund said on Monday it had raised $300 million from pension investors for port projects.\n';

describe('a changed file', () => {
  test('its new text replaces the old in claims and facts; the old article is kept as history', async () => {
    const drop = tempDir('newsfacts-superseded-');
    const db = openStore(join(tempDir(), 'store.sqlite'));
    try {
      writeFileSync(join(drop, 'osprey.txt'), article('£250 million'));
      writeFileSync(join(drop, 'kestrel.txt'), other);
      await run(db, drop);
      const amounts = () => db.prepare(
        `SELECT c.value_number FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.path LIKE '%osprey.txt' ORDER BY c.value_number`,
      ).pluck().all();
      expect(amounts()).toEqual([250e6]);

      writeFileSync(join(drop, 'osprey.txt'), article('£275 million'));
      const summary = await run(db, drop);
      expect(summary.reconciliation?.redrafted).toBe(1);
      expect(amounts()).toEqual([275e6]);
      expect(db.prepare("SELECT count(*) FROM facts WHERE value_number = 250e6").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM facts WHERE value_number = 275e6").pluck().get()).toBe(1);
      // Both texts are still stored; only the new one has a source.
      const versions = db.prepare(
        `SELECT (SELECT count(*) FROM article_sources s WHERE s.article_id = a.id) FROM articles a WHERE a.path LIKE '%osprey.txt' ORDER BY a.run_id`,
      ).pluck().all();
      expect(versions).toEqual([0, 1]);
      // The other article's claim is untouched, and the layer equals a full rebuild.
      expect(db.prepare('SELECT count(*) FROM claims WHERE value_number = 300e6').pluck().get()).toBe(1);
      expect(canonicalLayer(db)).toEqual(fullRebuildLayer(db));
      // Back to the first text: that article is live again, and its figure with it.
      writeFileSync(join(drop, 'osprey.txt'), article('£250 million'));
      await run(db, drop);
      expect(amounts()).toEqual([250e6]);
      expect(db.prepare('SELECT count(*) FROM facts WHERE value_number = 275e6').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
