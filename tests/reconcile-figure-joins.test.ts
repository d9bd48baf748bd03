// Joins by figures over a growing store: a Chinese-only company and an English-only one stating
// one amount on one day are joined, and the Chinese side's claims take the joined subject (the
// one they had kept beside it). A later drop that gives the figure a second English candidate
// undoes the join, and the claims get their own subject back; a drop that settles the tie makes
// it again. After every drop the layer equals a full rebuild's.

import { expect, test } from 'vitest';
import type { Db } from '../pipeline/store/open.ts';
import { storeTakingDrops } from './canonical-layer.ts';

const ARTICLES: Record<string, [string, string]> = {
  zh: ['2026-03-10', '明光科技宣布投资76亿美元建设新工厂。明光科技表示，新工厂将于2027年投产。'],
  en: ['2026-03-10', 'Brightway Labs will invest $7.6bn in a new plant, the company said. Brightway Labs expects output to start in 2027.'],
  rival: ['2026-03-10', 'Corvid Metals will invest $7.6bn in a smelter, the group said on Tuesday.'],
  zh2: ['2026-03-11', '明光科技还将投资12亿美元扩建研发中心。'],
  en2: ['2026-03-11', 'Brightway Labs will also invest $1.2bn in its research centre.'],
};

/** The Chinese article's claims: subject, its entity, and the entity it was joined from. */
function chineseClaims(db: Db): [string, string | null, string | null][] {
  return db.prepare(`SELECT c.subject, c.subject_entity_id, c.linked_from_entity_id FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE a.path LIKE '%zh.json' ORDER BY c.span_start`).raw().all() as [string, string | null, string | null][];
}

const figureLinks = (db: Db) => db.prepare(`SELECT entity_id, alias FROM entity_links WHERE rule = 'figures.same-amount' ORDER BY 1, 2`).raw().all();

test('a join by figures is made, undone by a tie and made again, the claims following, and equals a full rebuild after each drop', async () => {
  const { db, drop } = storeTakingDrops(ARTICLES, 'newsfacts-figure-joins-');
  try {
    await drop('zh', 'en');
    expect(figureLinks(db)).toEqual([['org:brightway-labs', '明光科技']]);
    const [[subject, entity, from]] = chineseClaims(db) as [[string, string, string]];
    expect([subject, entity]).toEqual(['Brightway Labs', 'org:brightway-labs']);
    expect(from).toMatch(/^org:/);
    // Two English companies now state the figure: neither is the one best candidate.
    await drop('rival');
    expect(figureLinks(db)).toEqual([]);
    expect(chineseClaims(db)).toEqual([['明光科技', from, null]]);
    // A second figure the Chinese company shares with one of them only settles it.
    await drop('zh2', 'en2');
    expect(figureLinks(db)).toEqual([['org:brightway-labs', '明光科技']]);
    expect(chineseClaims(db)).toEqual([['Brightway Labs', 'org:brightway-labs', from]]);
  } finally {
    db.close();
  }
}, 60_000);
