// The facts step of reconcileStore: the fact groups (story, measure, topic) marked dirty are
// read back from the store, grouped into facts and resolved again, in two passes (scale slips
// first, then the facts weighed with every article's slips), and their old facts replaced.
// A group is grouped once: the first pass keeps its grouping for the second — the facts
// themselves, or (more compactly) each fact's claim ids in order with the claims read again —
// while what is kept stays under a bound; past it a group is grouped again, as before. So
// memory follows that bound and the largest group, never the store.

import type { Db } from '../store/open.ts';
import { setPageCache } from '../store/page-cache.ts';
import { factClaims, type FactClaims } from './facts.ts';
import { factsOfGroup, resolveFacts, scaleSlips, type FactWeights } from './phases.ts';
import type { ArticleErrors } from './reliability.ts';
import type { Conflict, Fact } from './types.ts';
import { writeFactsAndConflicts } from './write.ts';
import { codedIn, isOwnGroup, readClaims, type StoredClaim } from './stored-claims.ts';

/**
 * What one query reads at most: `groups` fact groups holding up to `claims` claims together
 * (a larger group is read alone), and `keys` keys of the list of every group (a whole rebuild).
 * Tests lower them to cut the work into many batches.
 */
export const READ_AT_ONCE = { groups: 512, claims: 20_000, keys: 8192 };
/** Groups whose sizes are counted a query. */
const COUNT_KEYS = 8192;
/** Facts resolved before they are written (and let go). */
const FLUSH_FACTS = 5000;
/**
 * Heap the first pass may keep for the second: whole facts (about 1 KB a claim read back)
 * save reading and grouping again, claim ids (about 60 bytes a claim) save grouping again.
 * Tests lower them to take the other ways.
 */
export const KEPT_BETWEEN_PASSES = { factsBytes: 16_000_000, idsBytes: 8_000_000 };
const CLAIM_BYTES = 1000;
const CLAIM_ID_BYTES = 60;

/** A group's grouping as the first pass leaves it for the second; null (or none): grouped again. */
type KeptGrouping = { facts: FactClaims[] } | { claimIds: string[][] } | null;

/**
 * Claims of the groups `keys`, by group (each in reading order), read in one query, and the
 * claims of groups of their own (named by the claim's id) in another.
 */
function claimsOfGroups(db: Db, keys: readonly string[]): Map<string, StoredClaim[]> {
  const read = new Map<string, StoredClaim[]>(keys.map((k) => [k, []]));
  const own = keys.filter(isOwnGroup);
  const shared = own.length === 0 ? keys : keys.filter((k) => !isOwnGroup(k));
  const byGroup = shared.length === 0 ? [] : readClaims(db, `WHERE ${codedIn('c.group_key')}`, [JSON.stringify(shared)], { withoutText: true });
  const byId = own.length === 0 ? [] : readClaims(db, 'WHERE c.id IN (SELECT value FROM json_each(?)) AND c.group_key IS NULL', [JSON.stringify(own)], { withoutText: true });
  for (const c of [...byGroup, ...byId]) read.get(c.groupKey)!.push(c);
  return read;
}

/**
 * `keys` (in that order) cut into the batches read a query each (READ_AT_ONCE), so what is
 * read at once follows the largest group, not the store.
 */
function* batchesOf(db: Db, keys: readonly string[]): Generator<string[]> {
  // Group sizes counted a query per COUNT_KEYS groups; a group of its own holds one claim (or none, gone since).
  const counts = db.prepare(`SELECT g.value, count(*) FROM codes g JOIN claim_rows c ON c.group_key = g.id
    WHERE g.value IN (SELECT value FROM json_each(?)) GROUP BY g.id`).raw();
  const sizes = new Map<string, number>();
  let batch: string[] = [];
  let claims = 0;
  for (const [i, key] of keys.entries()) {
    if (i % COUNT_KEYS === 0) {
      sizes.clear();
      const shared = keys.slice(i, i + COUNT_KEYS).filter((k) => !isOwnGroup(k));
      if (shared.length > 0) for (const [value, n] of counts.all(JSON.stringify(shared)) as [string, number][]) sizes.set(value, n);
    }
    const size = isOwnGroup(key) ? 1 : sizes.get(key) ?? 0;
    if (batch.length > 0 && (batch.length >= READ_AT_ONCE.groups || claims + size > READ_AT_ONCE.claims)) { yield batch; [batch, claims] = [[], 0]; }
    batch.push(key);
    claims += size;
  }
  if (batch.length > 0) yield batch;
}

/** Each fact group's claims for `keys` (in that order), read from the store a batch a query. */
function* storedGroups(db: Db, keys: readonly string[]): Generator<[string, StoredClaim[]]> {
  for (const batch of batchesOf(db, keys)) {
    const read = claimsOfGroups(db, batch);
    for (const key of batch) {
      const claims = read.get(key)!;
      read.delete(key);
      yield [key, claims];
    }
  }
}

/**
 * Each group's facts for `keys` (in that order) as the first pass grouped them: held, or
 * rebuilt from their claim ids over the claims read again (the store has not changed them
 * since, and a fact's claims keep the order grouping gave them, so the facts are the same).
 */
function* groupedAgain(db: Db, keys: readonly string[], kept: Map<string, KeptGrouping>): Generator<[string, FactClaims[]]> {
  const held = (k: string) => { const g = kept.get(k); return !!g && 'facts' in g; };
  // Groups held whole are not read again; the others are read in batches, as in the first pass.
  const toRead = batchesOf(db, keys.filter((k) => !held(k)));
  let read = new Map<string, StoredClaim[]>();
  for (const key of keys) {
    const grouping = kept.get(key) ?? null; // a group not kept (or kept as null) is grouped again
    kept.delete(key);
    if (grouping && 'facts' in grouping) { yield [key, grouping.facts]; continue; }
    if (!read.has(key)) read = claimsOfGroups(db, toRead.next().value!);
    const claims = read.get(key)!;
    read.delete(key);
    if (!grouping) { yield [key, factsOfGroup(claims)]; continue; }
    const byId = new Map(claims.map((c) => [c.id, c]));
    yield [key, grouping.claimIds.map((ids) => factClaims(ids.map((id) => byId.get(id)!)))];
  }
}

/**
 * Every fact group of the store, in key order: the sorted list is made once in a temporary
 * table and read a page at a time (`pages`, as often as needed), so a layer of a million groups
 * is never held as a million strings. `drop` removes the table.
 */
function everyGroup(db: Db): { pages: () => Generator<string[]>; drop: () => void } {
  db.exec(`DROP TABLE IF EXISTS temp.every_group;
    CREATE TEMP TABLE every_group (key TEXT NOT NULL);
    INSERT INTO temp.every_group SELECT DISTINCT coalesce(g.value, c.id) FROM claim_rows c LEFT JOIN codes g ON g.id = c.group_key ORDER BY 1;`);
  const page = db.prepare('SELECT rowid, key FROM temp.every_group WHERE rowid > ? ORDER BY rowid LIMIT ?').raw();
  return {
    *pages() {
      for (let after = 0; ;) {
        const rows = page.all(after, READ_AT_ONCE.keys) as [number, string][];
        if (rows.length === 0) return;
        after = rows[rows.length - 1]![0];
        yield rows.map(([, key]) => key);
      }
    },
    drop: () => db.exec('DROP TABLE IF EXISTS temp.every_group'),
  };
}

/**
 * The page cache of the facts step, in KiB, at the least: it writes each claim's fact on the
 * claim's row, in the order of the fact groups, which is no order of claim_rows, so with the
 * reconciling thread's small cache (workers/reconcile-thread.ts) most of those writes read a
 * page back from the file and spill one. 130,000 claims of a 10,000-article news drop: the
 * step took 23.0–26.3 s with 4 MB, 18.6–19.0 s with 32 MB (64 MB: no faster), beside
 * another run. The step peaks lower than those before it, so the larger cache does not raise
 * a run's peak at 100,000 articles; the cache is set back when the step ends.
 */
export const FACTS_CACHE_KIB = 32_000;

/** An article that shows no error (no translation cue, no misnamed person) before its scale slips. */
const CLEAN: ArticleErrors = { machineTranslation: [], nameVariants: 0, scaleErrorFacts: new Set() };

/**
 * Facts of every dirty group resolved again ('every': each group of the store, the layer being
 * rebuilt whole or made for the first time, with no facts or slips before). First pass: each
 * group's scale slips, weighed without scale errors; a group whose slips changed changes the
 * weight of those articles, so their other groups join the work. Second pass: each group
 * resolved with every article's scale errors across the store, its old facts and conflicts replaced.
 */
export function resolveGroups(db: Db, dirty: ReadonlySet<string> | 'every', errors: ReadonlyMap<string, ArticleErrors>, labelOf: (a: string) => string, groupKeysOf: (articleId: string) => string[]): number {
  const restoreCache = setPageCache(db, FACTS_CACHE_KIB, 'raise');
  try {
    return resolveAllGroups(db, dirty, errors, labelOf, groupKeysOf);
  } finally {
    restoreCache();
  }
}

function resolveAllGroups(db: Db, dirty: ReadonlySet<string> | 'every', errors: ReadonlyMap<string, ArticleErrors>, labelOf: (a: string) => string, groupKeysOf: (articleId: string) => string[]): number {
  const every = dirty === 'every';
  // `errors` holds only the articles showing some: one missing is clean.
  const errorsOf = (a: string) => errors.get(a) ?? CLEAN;
  const firstPass: FactWeights = { errors: (a) => ({ ...errorsOf(a), scaleErrorFacts: new Set() }), labelOf };
  const storedSlips = db.prepare('SELECT fact_id, article_id FROM reconcile_slips WHERE group_key = ?').raw();
  const dropSlips = db.prepare('DELETE FROM reconcile_slips WHERE group_key = ?');
  const addSlip = db.prepare('INSERT INTO reconcile_slips (group_key, fact_id, article_id) VALUES (?, ?, ?)');
  // A group's grouping kept for the second pass; a group met but not kept is grouped again
  // (null here; left out when every group is met, so what is held follows the bounds, not the layer).
  const kept = new Map<string, KeptGrouping>();
  let [keptFacts, keptIds, regrouped] = [0, 0, 0];
  /** One group's first pass; `reached` gathers the groups its changed slips reach (none when every group is met anyway). */
  const firstPassOf = (key: string, claims: StoredClaim[], reached?: Set<string>) => {
    regrouped++;
    const facts = factsOfGroup(claims);
    if (keptFacts + claims.length * CLAIM_BYTES <= KEPT_BETWEEN_PASSES.factsBytes) { kept.set(key, { facts }); keptFacts += claims.length * CLAIM_BYTES; }
    else if (keptIds + claims.length * CLAIM_ID_BYTES <= KEPT_BETWEEN_PASSES.idsBytes) {
      kept.set(key, { claimIds: facts.map((f) => f.claims.map((c) => c.id)) });
      keptIds += claims.length * CLAIM_ID_BYTES;
    } else if (!every) kept.set(key, null);
    const before = new Set(every ? [] : (storedSlips.all(key) as [string, string][]).map(([f, a]) => `${f}\u0000${a}`));
    const after = new Set(scaleSlips(facts, firstPass).flatMap((s) => s.articles.map((a) => `${s.factId}\u0000${a}`)));
    const changed = new Set([...before, ...after].filter((s) => before.has(s) !== after.has(s)).map((s) => s.split('\u0000')[1]!));
    if (changed.size === 0) return;
    dropSlips.run(key);
    for (const s of [...after].sort()) addSlip.run(key, ...s.split('\u0000'));
    if (reached) for (const article of changed) for (const other of groupKeysOf(article)) reached.add(other);
  };
  // Every group is met in the first pass when every group is dirty: none is queued again.
  const all = every ? everyGroup(db) : undefined;
  if (all) {
    for (const page of all.pages()) for (const [key, claims] of storedGroups(db, page)) firstPassOf(key, claims);
  } else {
    let queue = [...dirty].sort();
    // Rounds: the groups a round's changed slips reach are the next round's queue.
    while (queue.length > 0) {
      const reached = new Set<string>();
      for (const [key, claims] of storedGroups(db, queue)) firstPassOf(key, claims, reached);
      queue = [...reached].filter((k) => !kept.has(k)).sort();
    }
  }

  const slipsOf = db.prepare('SELECT fact_id FROM reconcile_slips WHERE article_id = ?').pluck();
  const scaleErrors = new Map<string, Set<string>>();
  const secondPass: FactWeights = {
    errors: (a) => {
      let facts = scaleErrors.get(a);
      if (!facts) scaleErrors.set(a, (facts = new Set(slipsOf.all(a) as string[])));
      return { ...errorsOf(a), scaleErrorFacts: facts };
    },
    labelOf,
  };
  const dropFacts = db.prepare('DELETE FROM facts WHERE group_key = ?');
  // A group of its own has no key on its fact: the fact is found through its claim.
  const dropOwnFact = db.prepare(`DELETE FROM fact_rows WHERE key IN
    (SELECT fc.fact FROM fact_claim_rows fc WHERE fc.claim = (SELECT c.key FROM claim_rows c WHERE c.id = ? AND c.group_key IS NULL))`);
  let facts: Fact[] = [];
  let conflicts: Conflict[] = [];
  const keyOf = new Map<Fact, string | null>();
  const rowOf = new Map<string, number>(); // the claim_rows key of each claim of the facts waiting
  const flush = () => {
    writeFactsAndConflicts(db, facts, conflicts, (f) => keyOf.get(f) ?? null, (claimId) => rowOf.get(claimId));
    [facts, conflicts] = [[], []];
    keyOf.clear();
    rowOf.clear();
  };
  const secondPassOf = (keys: string[]) => {
    for (const [key, grouped] of groupedAgain(db, keys, kept)) {
      for (const f of grouped) for (const c of f.claims as StoredClaim[]) rowOf.set(c.id, c.key);
      const resolved = resolveFacts(grouped, secondPass);
      for (const f of resolved.facts) { keyOf.set(f, isOwnGroup(key) ? null : key); facts.push(f); }
      conflicts.push(...resolved.conflicts);
      if (facts.length >= FLUSH_FACTS) flush();
    }
  };
  if (all) {
    for (const page of all.pages()) secondPassOf(page);
    all.drop();
  } else {
    const keys = [...kept.keys()].sort();
    for (const key of keys) (isOwnGroup(key) ? dropOwnFact : dropFacts).run(key);
    secondPassOf(keys);
  }
  flush();
  return regrouped;
}
