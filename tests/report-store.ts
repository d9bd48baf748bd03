// A reconciled store for the report tests: the scale-error and disputed-estimates
// fixtures, plus an article whose text is markup meant to break out of the report.

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsfacts, REPO } from './cli-helpers.ts';

export const HOSTILE = `Japan's $300 billion commitment <script>alert("x")</script> was repeated by a blog <img src=x onerror="document.body.dataset.pwned='yes'"> & others.`;

export function reportStore(): string {
  const drop = mkdtempSync(join(tmpdir(), 'newsfacts-report-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(join(REPO, 'fixtures/reconcile/scale-error/articles', name), join(drop, name));
  for (const name of ['a.txt', 'b.txt']) copyFileSync(join(REPO, 'fixtures/reconcile/disputed-estimates/articles', name), join(drop, `alaska-${name}`));
  writeFileSync(join(drop, 'hostile.txt'), `Blog Post\n${HOSTILE}\nThe blog said the money would go to shipyards and ports over the next decade.\n`);
  const db = join(drop, '..', `${drop.split('/').pop()}.sqlite`);
  const run = newsfacts(['run', drop, '--db', db, '--quiet']);
  if (run.status !== 0) throw new Error(run.stderr);
  return db;
}

