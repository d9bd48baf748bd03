// Cross-script linking with the memo of the linking before (match-memo.ts, migration 17): a
// pair of names both linkings hold takes the earlier verdict instead of being compared again,
// a pair with a new name is compared, the links equal those of a linking from nothing, and a
// store keeps the memo between runs and empties it for a full rebuild. Names are invented.

import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { linkGroupsAcrossScripts, type NameGroup } from '../extractors/entities/crossscript/link-groups.ts';
import { ScriptMatchMemo, scriptEntry } from '../extractors/entities/crossscript/match-memo.ts';
import { newsfacts, tempDir } from './cli-helpers.ts';

const group = (key: string, type: NameGroup['type'], ...names: string[]): NameGroup => ({ key, type, names });
const DAY_ONE = [group('p:han', 'person', '郭明辉'), group('p:lat', 'person', 'Guo Minghui'), group('o:han', 'org', '星河证券'), group('o:other', 'org', 'Northwind Labs')];
const DAY_TWO = [...DAY_ONE, group('o:lat', 'org', 'Xinghe Securities')];
const linked = (links: ReturnType<typeof linkGroupsAcrossScripts>) => links.map((l) => `${l.hanKey}=${l.latinKey} ${l.rule}`);

test('a linking with the memo of the one before links as one from nothing, and records its input and matches', () => {
  const first = new ScriptMatchMemo();
  expect(linked(linkGroupsAcrossScripts(DAY_ONE, first))).toEqual(['p:han=p:lat crossscript.person.pinyin']);
  expect([...first.entries].sort()).toEqual([
    scriptEntry('h', 'org', '星河证券'), scriptEntry('h', 'person', '郭明辉'), scriptEntry('l', 'org', 'Northwind Labs'), scriptEntry('l', 'person', 'Guo Minghui'),
  ].sort());
  expect([...first.matches.values()].map((m) => [m.han, m.latin, m.type, m.match.rule])).toEqual([
    [scriptEntry('h', 'person', '郭明辉'), scriptEntry('l', 'person', 'Guo Minghui'), 'person', 'crossscript.person.pinyin'],
  ]);

  // The next day a Latin name comes: it is compared with the held Chinese names; the held pair is recalled.
  const second = new ScriptMatchMemo({ entries: first.entries, matches: [...first.matches.values()] });
  const links = linkGroupsAcrossScripts(DAY_TWO, second);
  expect(links).toEqual(linkGroupsAcrossScripts(DAY_TWO));
  expect(linked(links)).toEqual(['o:han=o:lat crossscript.org.pinyin', 'p:han=p:lat crossscript.person.pinyin']);
  expect(second.matches.size).toBe(2);
});

test('a pair of two held names is not compared again: the verdict before stands, a match or none', () => {
  const entries = new Set([scriptEntry('h', 'person', '郭明辉'), scriptEntry('l', 'person', 'Guo Minghui'), scriptEntry('h', 'org', '星河证券'), scriptEntry('l', 'org', 'Northwind Labs')]);
  // A memo that says the two held people did not match (none recorded) and the held org pair did.
  const memo = new ScriptMatchMemo({
    entries,
    matches: [{ han: scriptEntry('h', 'org', '星河证券'), latin: scriptEntry('l', 'org', 'Northwind Labs'), type: 'org', match: { rule: 'crossscript.org.test', score: 1 } }],
  });
  expect(linked(linkGroupsAcrossScripts(DAY_ONE, memo))).toEqual(['o:han=o:other crossscript.org.test']);
  // A name new to the input is compared with every candidate, held or not.
  const withNew = new ScriptMatchMemo({ entries, matches: [] });
  expect(linked(linkGroupsAcrossScripts([...DAY_ONE, group('p:lat2', 'person', 'Minghui Guo')], withNew))).toEqual(['p:han=p:lat2 crossscript.person.pinyin']);
  // A held name whose type changed is another entry: compared afresh (and matched across types, where
  // the memo says the two as people did not match).
  const retyped = new ScriptMatchMemo({ entries, matches: [] });
  expect(linked(linkGroupsAcrossScripts([group('p:han', 'person', '郭明辉'), group('p:lat', 'org', 'Guo Minghui')], retyped)))
    .toEqual(['p:han=p:lat crossscript.org.pinyin.cross-type']);
  expect(retyped.entries.has(scriptEntry('l', 'org', 'Guo Minghui'))).toBe(true);
});

test('a store keeps the memo of its last reconciliation, drops names that left, and a full rebuild makes it again', () => {
  const drop = join(tempDir(), 'drop');
  mkdirSync(drop);
  writeFileSync(join(drop, 'a.txt'), 'Guo Minghui, chairman of Xinghe Securities, said on Monday the firm would invest $2 billion in Ohio.\n');
  writeFileSync(join(drop, 'b.txt'), '星河证券董事长郭明辉周一表示，公司将在俄亥俄州投资20亿美元。\n');
  const file = join(tempDir(), 'memo.sqlite');
  const run = newsfacts(['run', drop, '--db', file, '--quiet']);
  expect(run.status, run.stderr).toBe(0);
  const read = () => {
    const db = new Database(file, { readonly: true });
    const names = db.prepare('SELECT entry FROM reconcile_script_names ORDER BY entry').pluck().all() as string[];
    const matches = db.prepare('SELECT han, latin, type, rule FROM reconcile_script_matches ORDER BY han, latin, type').raw().all();
    const sameEntity = db.prepare(`SELECT count(DISTINCT id) FROM entity_names WHERE '郭明辉' IN (name, alias) OR 'Guo Minghui' IN (name, alias)`).pluck().get();
    db.close();
    return { names, matches, sameEntity };
  };
  const first = read();
  expect(first.names).toEqual(expect.arrayContaining([scriptEntry('h', 'person', '郭明辉'), scriptEntry('l', 'person', 'Guo Minghui')]));
  expect(first.matches).toContainEqual([scriptEntry('h', 'person', '郭明辉'), scriptEntry('l', 'person', 'Guo Minghui'), 'person', 'crossscript.person.pinyin']);
  expect(first.sameEntity).toBe(1);

  // The English article leaves (its file changes to text naming nobody): its names leave the memo.
  writeFileSync(join(drop, 'a.txt'), 'Shares rose on Monday after the report.\n');
  expect(newsfacts(['run', drop, '--db', file, '--quiet']).status).toBe(0);
  const second = read();
  expect(second.names).not.toContain(scriptEntry('l', 'person', 'Guo Minghui'));
  expect(second.matches).toEqual([]);

  const full = newsfacts(['reconcile', '--full', '--db', file, '--quiet']);
  expect(full.status, full.stderr).toBe(0);
  expect(read()).toEqual(second);
});
