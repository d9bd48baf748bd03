// The facts step of reconcileStore: the fact groups (story, measure, topic) marked dirty are
// read back from the store, grouped into facts and resolved again, in two passes (scale slips
// first, then the facts weighed with every article's slips), and their old facts replaced.

import type { Db } from '../store/open.ts';
import { factsOfGroup, resolveFacts, scaleSlips, type FactWeights } from './phases.ts';
import type { ArticleErrors } from './reliability.ts';
import type { Conflict, Fact } from './types.ts';
import { writeConflicts, writeFacts } from './write.ts';
import { readClaims, type StoredClaim } from './stored-claims.ts';

/** Fact groups read a query. */
const READ_BATCH = 512;
/** Facts resolved before they are written (and let go). */
const FLUSH_FACTS = 5000;

/** Each fact group's claims for `keys` (in that order), read from the store READ_BATCH groups a query. */
function* storedGroups(db: Db, keys: readonly string[]): Generator<[string, StoredClaim[]]> {
  for (let i = 0; i < keys.length; i += READ_BATCH) {
    const batch = keys.slice(i, i + READ_BATCH);
    const read = new Map<string, StoredClaim[]>(batch.map((k) => [k, []]));
    for (const c of readClaims(db, 'WHERE group_key IN (SELECT value FROM json_each(?))', [JSON.stringify(batch)])) read.get(c.groupKey)!.push(c);
    for (const key of batch) yield [key, read.get(key)!];
  }
}

/**
 * Facts of every dirty group resolved again. First pass: each group's scale slips, weighed
 * without scale errors; a group whose slips changed changes the weight of those articles,
 * so their other groups join the work. Second pass: each group resolved with every
 * article's scale errors across the store, its old facts and conflicts replaced. Groups are
 * read again for the second pass rather than held: memory follows the largest group.
 */
export function resolveGroups(db: Db, dirty: Set<string>, errors: Map<string, ArticleErrors>, labelOf: (a: string) => string, full: boolean, groupKeysOf: (articleId: string) => string[]): number {
  const firstPass: FactWeights = { errors: (a) => ({ ...errors.get(a)!, scaleErrorFacts: new Set() }), labelOf };
  const storedSlips = db.prepare('SELECT fact_id, article_id FROM reconcile_slips WHERE group_key = ?').raw();
  const dropSlips = db.prepare('DELETE FROM reconcile_slips WHERE group_key = ?');
  const addSlip = db.prepare('INSERT INTO reconcile_slips (group_key, fact_id, article_id) VALUES (?, ?, ?)');
  const done = new Set<string>();
  let queue = [...dirty].sort();
  // Rounds: the groups a round's changed slips reach are the next round's queue.
  while (queue.length > 0) {
    const reached = new Set<string>();
    for (const [key, claims] of storedGroups(db, queue)) {
      done.add(key);
      const facts = factsOfGroup(claims);
      const before = new Set(full ? [] : (storedSlips.all(key) as [string, string][]).map(([f, a]) => `${f}\u0000${a}`));
      const after = new Set(scaleSlips(facts, firstPass).flatMap((s) => s.articles.map((a) => `${s.factId}\u0000${a}`)));
      const changed = new Set([...before, ...after].filter((s) => before.has(s) !== after.has(s)).map((s) => s.split('\u0000')[1]!));
      if (changed.size === 0) continue;
      dropSlips.run(key);
      for (const s of [...after].sort()) addSlip.run(key, ...s.split('\u0000'));
      for (const article of changed) for (const other of groupKeysOf(article)) reached.add(other);
    }
    queue = [...reached].filter((k) => !done.has(k)).sort();
  }

  const slipsOf = db.prepare('SELECT fact_id FROM reconcile_slips WHERE article_id = ?').pluck();
  const scaleErrors = new Map<string, Set<string>>();
  const secondPass: FactWeights = {
    errors: (a) => {
      let facts = scaleErrors.get(a);
      if (!facts) scaleErrors.set(a, (facts = new Set(slipsOf.all(a) as string[])));
      return { ...errors.get(a)!, scaleErrorFacts: facts };
    },
    labelOf,
  };
  const keys = [...done].sort();
  const dropFacts = db.prepare('DELETE FROM facts WHERE group_key = ?');
  if (!full) for (const key of keys) dropFacts.run(key);
  let facts: Fact[] = [];
  let conflicts: Conflict[] = [];
  const keyOf = new Map<Fact, string>();
  const flush = () => {
    writeFacts(db, facts, (f) => keyOf.get(f)!);
    writeConflicts(db, conflicts);
    [facts, conflicts] = [[], []];
    keyOf.clear();
  };
  for (const [key, claims] of storedGroups(db, keys)) {
    const resolved = resolveFacts(factsOfGroup(claims), secondPass);
    for (const f of resolved.facts) { keyOf.set(f, key); facts.push(f); }
    conflicts.push(...resolved.conflicts);
    if (facts.length >= FLUSH_FACTS) flush();
  }
  flush();
  return done.size;
}

