// A reconciled store for the report tests: the scale-error and disputed-estimates
// fixtures, an article whose text is markup meant to break out of the report, and one
// whose trailing related-stories block (about a quarter of its text) normalisation removes.

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsfacts, REPO } from './cli-helpers.ts';

export const HOSTILE = `Japan's $300 billion commitment <script>alert("x")</script> was repeated by a blog <img src=x onerror="document.body.dataset.pwned='yes'"> & others.`;

/** A short notice whose last quarter is a related-stories block (rule en.boilerplate.related-block). */
export const MOSTLY_BOILERPLATE = 'Harbour Notes\nThe harbour board met on Tuesday to discuss dredging schedules, mooring fees and the repair of the old breakwater. ' +
  'Members agreed to publish a timetable once the engineers have finished their survey of the channel, and asked residents to send comments ' +
  'before the end of the month. The minutes will be posted at the harbour office.\nRelated Stories\nFerry timetable changes for winter\n' +
  'Breakwater survey begins\nResidents meet about mooring fees\n';

export function reportStore(): string {
  const drop = mkdtempSync(join(tmpdir(), 'newsfacts-report-'));
  for (const name of ['a.txt', 'b.txt', 'c.txt']) copyFileSync(join(REPO, 'fixtures/reconcile/scale-error/articles', name), join(drop, name));
  for (const name of ['a.txt', 'b.txt']) copyFileSync(join(REPO, 'fixtures/reconcile/disputed-estimates/articles', name), join(drop, `alaska-${name}`));
  writeFileSync(join(drop, 'hostile.txt'), `Blog Post\n${HOSTILE}\nThe blog said the money would go to shipyards and ports over the next decade.\n`);
  writeFileSync(join(drop, 'harbour.txt'), MOSTLY_BOILERPLATE);
  const db = join(drop, '..', `${drop.split('/').pop()}.sqlite`);
  const run = newsfacts(['run', drop, '--db', db, '--quiet']);
  if (run.status !== 0) throw new Error(run.stderr);
  return db;
}

