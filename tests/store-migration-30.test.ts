// Migration 30: a name variant's evidence names its mentions (their ids in mention_rows, negated)
// instead of copying their spans. A version-29 store migrates with conflict_evidence,
// conflict_spans, conflict_variants and conflicts reading back the same rows, a span no mention
// has kept as it was; reconciliation's writer stores a mention's span by its id.

import { expect, test } from 'vitest';
import type { Conflict } from '../pipeline/reconcile/types.ts';
import { writeConflicts } from '../pipeline/reconcile/write.ts';
import { openStore } from '../pipeline/store/open.ts';
import { storeAtSchema, code, plan, readViews, readViewsOf } from './old-store.ts';

const TEXT = 'Minister Jane Roe met Jane Roe. Jane Rowe spoke.';

/** A store at schema 29: one article, three person mentions, and a name conflict citing them and the span of a role no mention has. */
function version29Store(): string {
  const { file, raw } = storeAtSchema(29);
  raw.exec(`
    INSERT INTO runs (id, started_at, status, drops, tool_version) VALUES (1, '2026-01-01', 'finished', '[]', 'test');
    INSERT INTO article_rows (key, id, content_sha256, drop_dir, path, lang, status, run_id, created_at)
      VALUES (1, 'a1', 'x', '/d', 'a.txt', 'en', 'ok', 1, '2026-01-01');
    INSERT INTO article_texts (key, text_original) VALUES (1, '${TEXT}');
    INSERT INTO mentions (article_id, kind, span_start, span_end, text, rule, entity_type, entity_id) VALUES
      ('a1', 'date', 0, 8, 'Minister', 'test.date', NULL, NULL),
      ('a1', 'entity', 9, 17, 'Jane Roe', 'test.person', 'person', 'person:jane-roe'),
      ('a1', 'entity', 22, 30, 'Jane Roe', 'test.person', 'person', 'person:jane-roe'),
      ('a1', 'entity', 32, 41, 'Jane Rowe', 'test.person', 'person', 'person:jane-rowe');
    INSERT OR IGNORE INTO codes (value) VALUES ('name_variant'), ('name.variant.test'), ('person:jane-roe'), ('person:jane-rowe');
    INSERT INTO conflict_rows (key, id, kind, entity_id, canonical_text, resolution, rule, explanation) VALUES
      (1, 'conflict_n', ${code('name_variant')}, ${code('person:jane-roe')}, 'Jane Roe', 'Jane Roe kept', ${code('name.variant.test')}, 'one person');
    INSERT INTO conflict_variant_rows (conflict, variant, value_text, stated, entity_id, articles, evidence) VALUES
      (1, 0, 'Jane Roe', 'Jane Roe', ${code('person:jane-roe')}, 1, '[["a1",9,17],["a1",22,30],["a1",0,17]]'),
      (1, 1, 'Jane Rowe', 'Jane Rowe', ${code('person:jane-rowe')}, 1, '[["a1",32,41]]');
  `);
  raw.close();
  return file;
}

const VIEWS = {
  conflict_evidence: 'conflict_id, variant, position',
  conflict_spans: 'conflict_id, variant, span_start',
  conflict_variants: 'conflict_id, variant',
  conflicts: 'id',
};

test('a version-29 store migrates to 30: a name\'s mentions cited by id, the conflict views reading back the same rows', () => {
  const file = version29Store();
  const before = readViewsOf(file, VIEWS);
  expect(before.conflict_evidence).toHaveLength(4);
  const db = openStore(file);
  expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(30);
  expect(readViews(db, VIEWS)).toEqual(before);
  // The mentions' ids (the date mention is 1), negated; the role's span, which no mention has, as it was.
  expect(db.prepare('SELECT evidence FROM conflict_variant_rows ORDER BY variant').pluck().all()).toEqual(['[-2,-3,["a1",0,17]]', '[-4]']);
  expect(db.prepare("SELECT text FROM conflict_spans WHERE conflict_id = 'conflict_n' ORDER BY variant, span_start").pluck().all())
    .toEqual(['Minister Jane Roe', 'Jane Roe', 'Jane Roe', 'Jane Rowe']);
  expect(db.prepare("SELECT variants FROM conflicts WHERE id = 'conflict_n'").pluck().get())
    .toBe('[{"value":"Jane Roe","stated":"Jane Roe","articles":["a1"]},{"value":"Jane Rowe","stated":"Jane Rowe","articles":["a1"]}]');
  // A mention is read by its row id, not by scanning the mentions.
  expect(plan(db, "SELECT * FROM conflict_spans WHERE conflict_id = 'conflict_n'")).toMatch(/SEARCH sm USING INTEGER PRIMARY KEY/);
  expect(plan(db, "SELECT * FROM conflict_spans WHERE conflict_id = 'conflict_n'")).not.toMatch(/SCAN (sm|sa|mention_rows)\b/);
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});

test('reconciliation writes a name\'s mention by its id and a span without one as given; the views read both back', () => {
  const db = openStore(version29Store());
  db.prepare('DELETE FROM conflicts').run();
  const conflict: Conflict = {
    id: 'conflict_w', kind: 'name_variant', factId: null, entityId: 'person:jane-roe', canonical: 'Jane Roe', canonicalNumber: null, canonicalText: 'Jane Roe',
    unit: null, resolution: 'Jane Roe kept', rule: 'name.variant.test', explanation: 'one person',
    variants: [
      { value: 'Jane Roe', stated: 'Jane Roe', articles: ['a1'], entityId: 'person:jane-roe',
        spans: [{ article: 'a1', start: 22, end: 30, mention: 3 }, { article: 'a1', start: 0, end: 17 }] },
      { value: 'Jane Rowe', stated: 'Jane Rowe', articles: ['a1'], entityId: 'person:jane-rowe', spans: [{ article: 'a1', start: 32, end: 41, mention: 4 }] },
    ],
  };
  writeConflicts(db, [conflict]);
  expect(db.prepare('SELECT evidence FROM conflict_variant_rows ORDER BY variant').pluck().all()).toEqual(['[-3,["a1",0,17]]', '[-4]']);
  expect(db.prepare('SELECT variant, position, claim_id, article_id, span_start, span_end FROM conflict_evidence ORDER BY variant, position').raw().all())
    .toEqual([[0, 0, null, 'a1', 22, 30], [0, 1, null, 'a1', 0, 17], [1, 0, null, 'a1', 32, 41]]);
  expect(db.prepare("SELECT text FROM conflict_spans ORDER BY variant, span_start").pluck().all()).toEqual(['Minister Jane Roe', 'Jane Roe', 'Jane Rowe']);
  // What the view composes for the legacy variants matches what was written, so nothing more is stored.
  expect(db.prepare("SELECT variants FROM conflict_rows WHERE id = 'conflict_w'").pluck().get()).toBeNull();
  db.close();
});
