// A capital standing for its government or union as the owner of a figure ("Brussels
// pledged"): the claim's subject is the country or union, by its name, never a bare id.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runDrops } from '../pipeline/run.ts';
import { openStore } from '../pipeline/store/open.ts';
import { tempDir } from './cli-helpers.ts';

test('"Brussels pledged €2 billion" is the European Union\'s figure; "Tokyo agreed" is Japan\'s', async () => {
  const drop = tempDir('newsfacts-metonymy-');
  writeFileSync(join(drop, 'ports.txt'), 'Published: 2026-02-10\n\nPorts fund\n\nBrussels pledged €2 billion on Tuesday to rebuild harbours along the Adriatic coast.\n');
  writeFileSync(join(drop, 'chips.txt'), 'Published: 2026-02-11\n\nChip plant\n\nTokyo agreed to provide $3 billion for a chip plant in Kumamoto, officials said.\n');
  const db = openStore(join(tempDir(), 'store.sqlite'));
  try {
    await runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });
    const subjects = db.prepare('SELECT value_number, subject_entity_id, subject FROM claims ORDER BY value_number').raw().all();
    expect(subjects).toEqual([[2e9, 'org:eu', 'European Union'], [3e9, 'place:jp', 'Japan']]);
  } finally {
    db.close();
  }
});
