// Vitest global setup: gives the whole suite one temporary folder of its own (TMPDIR, which
// os.tmpdir() reads and the forked test workers and the CLI runs they start inherit) and
// removes it when the suite ends, so `npm test` leaves nothing behind in the system's
// temporary folder. Set NEWSFACTS_KEEP_TEST_TMP=1 to keep it for a look after a failure.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function suiteTmp(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (process.env.NEWSFACTS_KEEP_TEST_TMP) console.log(`test files kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
