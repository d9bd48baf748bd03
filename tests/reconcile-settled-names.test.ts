// The story-name check over a growing store: a run compares again only the people whose
// articles or names changed, and the pairs it flagged before. A variant flagged in one drop
// stays flagged when an unrelated drop comes; when new articles change which name the story
// uses more, the verdict follows; after every drop the layer equals a full rebuild's.

import { expect, test } from 'vitest';
import type { Db } from '../pipeline/store/open.ts';
import { storeTakingDrops } from './canonical-layer.ts';

const ARTICLES: Record<string, [string, string]> = {
  a1: ['2026-02-02', 'Zhou Haitao, head of the Zhejiang finance department, met bankers in Hangzhou on Monday.'],
  a2: ['2026-02-03', 'Provincial finance chief Zhou Haitao said Zhejiang would issue bonds in Hangzhou this year.'],
  a3: ['2026-02-04', 'Provincial finance chief Zhou Haitai told reporters in Hangzhou that Zhejiang would borrow more.'],
  b1: ['2026-02-05', 'Toshiba said on Thursday it would invest $50 million in a new plant in Ohio.'],
  a4: ['2026-02-06', 'Finance chief Zhou Haitai said in Hangzhou that the bonds Zhejiang sold were bought at once.'],
  a5: ['2026-02-07', 'In Hangzhou, provincial finance chief Zhou Haitai said Zhejiang would repay early.'],
};

/** The name variants the store holds: canonical name, variant name, the variant's articles by file. */
function nameVariants(db: Db): [string, string, number][] {
  return db.prepare(`SELECT c.canonical, v.value_text, v.articles FROM conflicts c JOIN conflict_variants v ON v.conflict_id = c.id AND v.variant = 1
    WHERE c.kind = 'name_variant' ORDER BY 1, 2`).raw().all() as [string, string, number][];
}

test('a flagged name variant is kept by later runs, follows new articles, and equals a full rebuild after each drop', async () => {
  const { db, drop } = storeTakingDrops(ARTICLES, 'newsfacts-settled-');
  try {
    await drop('a1', 'a2');
    expect(nameVariants(db)).toEqual([]);
    await drop('a3');
    expect(nameVariants(db)).toEqual([['Zhou Haitao', 'Zhou Haitai', 1]]);
    // Nobody in this story changed: the pair flagged before is compared again, and still flagged.
    await drop('b1');
    expect(nameVariants(db)).toEqual([['Zhou Haitao', 'Zhou Haitai', 1]]);
    // Now the story gives the other name more often: the pair is compared again, and turns round.
    await drop('a4', 'a5');
    expect(nameVariants(db)).toEqual([['Zhou Haitai', 'Zhou Haitao', 2]]);
  } finally {
    db.close();
  }
}, 60_000);
