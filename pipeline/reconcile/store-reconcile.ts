// reconcileStore: the canonical layer kept up to date in the store, re-resolving only what
// changed. Names and stories are settled across the whole store every time (one new
// article can join two names or two stories); then only articles whose claims' inputs
// changed are drafted again, and only fact groups (story, measure, topic) whose claims or
// whose articles' weights changed are resolved again. What each article was last drafted
// from, and which articles slipped a scale in which fact, are kept in the store for that.
// The steps are reconcile()'s own (phases.ts), so an incremental run leaves the layer a
// full rebuild of the same store would: `full` rebuilds it, ignoring what was kept.

import { hash } from 'node:crypto';
import { forgetNames } from '../../extractors/entities/crossscript/memo.ts';
import type { CanonicalEntity } from '../../extractors/entities/types.ts';
import { collectBetweenSteps } from '../heap-growth.ts';
import { codeReader, coder } from '../store/codes.ts';
import { claimsOfArticle } from '../store/migration-21.ts';
import { CLAIM_FORM_AND_EXTRAS, claimColumn } from '../store/migration-24.ts';
import type { Db } from '../store/open.ts';
import { NO_ENTITY_YET } from '../store/writes.ts';
import { articleGlosses, EntityTally, type ArticleGlosses, type CanonicalLayer } from './entities.ts';
import { HanFigures, joinByFigures, nearIn, oneScriptSide, type FigureClaim, type KindFigures } from './figure-links.ts';
import { articleReads, articleTextReader, loadArticles, MENTIONS_OF_ARTICLE } from './load.ts';
import { articleClaims, byPositionInArticle, factGroupKey, NameWitness, nameConflictsOf } from './phases.ts';
import { chineseForms, peopleToCompare, type SettledPairs } from './names.ts';
import { machineTranslationCues, type ArticleErrors } from './reliability.ts';
import { fitted, grown } from './grown.ts';
import { Numbered } from './numbered.ts';
import { rulesVersion } from './rules-version.ts';
import { entityIdFeatures, figureFeatures, StoryFinder } from './stories.ts';
import { digest, meetArticle, nameLookups } from './article-names.ts';
import { glossingArticles, keptNames, packFigures, readResolutions, readsDifferently, readTally, resolvesDifferently, unpackFigures, writeResolutions, writeTally, type NodeResolution, type ResolutionsBefore } from './store-names.ts';
import type { ArticleInput, Claim, MentionInput, RoleInput } from './types.ts';
import { clearDerived, writeClaims, type NameVariantFlag } from './write.ts';
import { writeNameConflicts } from './store-name-conflicts.ts';
import { codedIn, ownGroup, readClaims, readFigureClaims, type RelinkClaim } from './stored-claims.ts';
import { writeEntityLayer } from './store-entities.ts';
import { resolveGroups } from './store-facts.ts';
import { readScriptMemo, writeScriptMemo } from './store-script-matches.ts';

export interface ReconcileSummary {
  articles: number;
  claims: number;
  facts: number;
  conflicts: number;
  byStatus: Record<string, number>;
  byConflictKind: Record<string, number>;
  /** What this run re-resolved: articles whose claims were drafted again, fact groups resolved again. */
  redrafted: number;
  regrouped: number;
  full: boolean;
  /** Milliseconds spent in each step, in the order they ran. */
  timings: Record<string, number>;
}

export interface ReconcileOptions {
  /** The run this reconciliation belongs to (recorded in `reconciliations.run_id`). */
  runId?: number;
  /** Rebuild the whole canonical layer, ignoring what earlier reconciliations left. */
  full?: boolean;
  /** Where to say each step that took a second or more as it ends (`reconcile: claims drafted again for 20 of 10000 articles, 1.2 s`). */
  progress?: NodeJS.WritableStream;
}

/**
 * What is kept of every article between the steps of a run, by its place in the run's list
 * (its glosses and figure features are read when needed): arrays, not an object per article
 * in a map by id (about 16 MB at 100,000 articles).
 */
interface ArticleStates {
  /** The digest its claims were last drafted from (null: not drafted yet). */
  inputs: (string | null)[];
  /** How many of its people it misnamed, as last weighed. */
  nameVariants: Int32Array;
}

const NO_SLIPS = new Set<string>();

/** A step shorter than this goes unmentioned on the progress stream. */
const PROGRESS_MIN_MS = 1000;

/** Fact-group keys are stored short: a story id, a measure key and a topic hash to 16 hex digits. */
const storedGroupKey = (group: string) => hash('sha256', group, 'hex').slice(0, 16);

export function reconcileStore(db: Db, options: ReconcileOptions = {}): ReconcileSummary {
  return db.transaction(() => reconcileInTransaction(db, options)).immediate();
}

function reconcileInTransaction(db: Db, options: ReconcileOptions): ReconcileSummary {
  const timings: Record<string, number> = {};
  let lap = performance.now();
  const step = (name: string, detail = name) => {
    // What the step held is garbage now: collected here (when the process allows), the next step grows from what is live.
    collectBetweenSteps();
    const now = performance.now();
    timings[name] = Math.round(now - lap);
    // Only steps long enough for someone to wonder what the run is doing are told.
    if (timings[name] >= PROGRESS_MIN_MS) options.progress?.write(`reconcile: ${detail}, ${(timings[name] / 1000).toFixed(1)} s\n`);
    lap = now;
  };
  // A layer built before the store kept reconciliation state cannot be updated piecemeal.
  const stateless = (db.prepare('SELECT EXISTS (SELECT 1 FROM claims) AND NOT EXISTS (SELECT 1 FROM reconcile_articles)').pluck().get() as number) === 1;
  const full = options.full === true || stateless;
  // Every fact group is resolved (and none needs tracking as dirty) when the layer is rebuilt, or made for the first time.
  const whole = full || (db.prepare('SELECT NOT EXISTS (SELECT 1 FROM claim_rows)').pluck().get() as number) === 1;
  if (full) {
    for (const table of ['reconcile_slips', 'reconcile_articles', 'reconcile_names', 'reconcile_nodes', 'reconcile_script_names', 'reconcile_script_matches',
      'reconcile_name_conflicts']) db.prepare(`DELETE FROM ${table}`).run();
    clearDerived(db);
  }
  // Articles are met one at a time, their rows read from the store each time: memory follows the
  // distinct names and the articles' small kept state, not every mention of the store.
  // One reader of texts for every step: an article's mentions, roles and text are read one after another.
  const texts = articleTextReader(db);
  const articles = loadArticles(db, texts);
  // Each article's place in the run's list, which also tells the live articles (those some file still holds).
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const articleOf = (articleId: string) => { const i = indexOf.get(articleId); return i === undefined ? undefined : articles[i]; };
  const labelOf = (articleId: string) => articleOf(articleId)?.path ?? articleId;
  const reads = articleReads(db, texts);
  const entitiesOf = (articleId: string) => reads.entities(articleId).sort(byPositionInArticle);
  const store: StoreReads = {
    mentionsOf: (articleId) => {
      const { entities, figures } = reads.mentions(articleId);
      return { entities: entities.sort(byPositionInArticle), figures: figures.sort(byPositionInArticle) };
    },
    rolesOf: reads.roles,
    groupKeysOf: groupKeysReader(db),
    live: indexOf,
  };
  const { states, cues, fresh, forgotten } = articleStates(db, articles, store, indexOf);
  const kept = keptReads(db);
  step('load', `${full ? 'full rebuild: ' : ''}${articles.length} articles read`);

  // Only the articles showing errors have an entry (the name step adds those it finds misnaming someone); the
  // facts step gives each article its scale slips (store-facts.ts), so no entry's own set is ever filled: one empty set serves all.
  const errors = new Map<string, ArticleErrors>([...cues].map(([id, machineTranslation]) => [id, { machineTranslation, nameVariants: 0, scaleErrorFacts: NO_SLIPS }]));
  const dirty = new Set<string>();
  const { layer, flags, redrafted } = settleLayer(db, articles, { retally: full || forgotten > 0, fresh, entitiesOf, kept, states, whole, store, errors, labelOf, articleOf }, dirty, step);
  writeEntityLayer(db, layer, flags);
  step('write entities', 'entities written');

  // An article whose name-variant count changed weighs differently in every fact it speaks to.
  const setVariants = db.prepare('UPDATE reconcile_articles SET name_variants = ? WHERE article_id = ?');
  for (const [index, article] of articles.entries()) {
    const count = errors.get(article.id)?.nameVariants ?? 0;
    if (count === states.nameVariants[index]) continue;
    setVariants.run(count, article.id);
    if (!whole) for (const key of store.groupKeysOf(article.id)) dirty.add(key);
  }
  step('weights', 'article weights compared');
  const regrouped = resolveGroups(db, whole ? 'every' : dirty, errors, labelOf, store.groupKeysOf);
  step('facts', `${regrouped} fact groups resolved again`);

  const summary = summarise(db, articles.length, { redrafted, regrouped, full, timings });
  step('summary', 'totals counted');
  // The rules that built the layer are recorded in the same transaction as the layer itself.
  db.prepare('INSERT INTO reconciliations (run_id, finished_at, articles, claims, facts, conflicts, rules_version, full) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(options.runId ?? null, new Date().toISOString(), summary.articles, summary.claims, summary.facts, summary.conflicts, rulesVersion(), full ? 1 : 0);
  return summary;
}

/**
 * The entities, name, story, claims and figures steps: the canonical layer resolved, the name
 * conflicts found and written (the flags they set on entities given back, for when the
 * entities are written), the claims drafted again where their inputs changed and joined by figures,
 * what each name group resolves to kept. What the steps held of every article and name group
 * (kept names, resolutions then and now, stories) is let go when this returns.
 */
function settleLayer(db: Db, articles: readonly ArticleInput[], ctx: {
  retally: boolean; fresh: ReadonlySet<string>; entitiesOf: (articleId: string) => MentionInput[]; kept: ReturnType<typeof keptReads>;
  states: ArticleStates; whole: boolean; store: StoreReads; errors: Map<string, ArticleErrors>; labelOf: (articleId: string) => string;
  articleOf: (articleId: string) => ArticleInput | undefined;
}, dirty: Set<string>, step: (name: string, detail: string) => void): { layer: CanonicalLayer; flags: NameVariantFlag[]; redrafted: number } {
  const { entitiesOf, kept, errors, labelOf, store } = ctx;
  const { layer, nodes, retally } = resolveNames(db, articles, { retally: ctx.retally, fresh: ctx.fresh, entitiesOf, kept });
  // The forms of every name linking met (up to the memos' bound) are not what the later steps compare.
  forgetNames();
  step('entities', `${layer.entities.length} entities`);

  // Each article's names as kept, or met again from its mentions and roles when it is new or one
  // of its name groups now resolves differently: the name step's witness, the article's story
  // features and the inputs its claims are drafted from. Mentions met again get their entity ids.
  const lookups = nameLookups(layer);
  const now = new Map<string, NodeResolution>();
  const formsOf = new Map(layer.entities.map((e) => [e.id, chineseForms(e).join('\u0001')]));
  for (const node of nodes) {
    const id = layer.entityOfNode(node);
    now.set(node, { entityId: id, name: lookups.nameOf(id), type: lookups.typeOf(id), finalId: id, forms: formsOf.get(id) ?? '' });
  }
  const resolved = readResolutions(db, now);
  const moved = (node: string) => resolvesDifferently(resolved.get(node), now.get(node)!);
  // Written to the table behind the mentions view: an update through the view has SQLite make
  // the whole old row, the mention's text sliced out of its article's text included.
  const codes = coder(db);
  const setEntity = db.prepare('UPDATE mention_rows SET entity_id = ? WHERE id = ?');
  /** An article's entity mentions given the ids the layer gives them now, where those differ from the stored ones. */
  const storeEntityIds = (own: readonly MentionInput[]) => {
    const ids = layer.articleEntities(own);
    own.forEach((m, i) => { if (m.storedEntityId !== ids[i]) setEntity.run(codes.code(ids[i]), m.id); });
  };
  // What the last story-name check found still holds for people untouched since (names.ts, SettledPairs), unless
  // every article is tallied again (a full rebuild, an article gone): then every pair is compared.
  const settled = retally ? undefined : settledPairs(db, resolved, now);
  // What the claims are drafted from (each article's inputs and story) is let go once they are.
  const { groupsOf, metAgain, flags, redrafted } = (() => {
    const { inputs, storyOf, ...met } = meetNames(db, articles, {
      layer, lookups, resolved, moved, settled, kept, entitiesOf, rolesOf: store.rolesOf, storeEntityIds, errors, labelOf,
    }, step);
    forgetNames();
    const redrafted = redraftClaims(db, articles, { inputs, layer, storyOf, states: ctx.states, whole: ctx.whole, store }, dirty);
    step('claims', `claims drafted again for ${redrafted} of ${articles.length} articles`);
    return { ...met, redrafted };
  })();
  relinkByFigures(db, layer, ctx.articleOf, dirty);
  // Mentions of an entity merged into another by figures take the id it was merged into: in
  // articles met again (they were given the id before merging), and wherever a merge changed.
  for (const r of now.values()) r.finalId = layer.renamed.get(r.entityId) ?? r.entityId;
  const stale = (index: number, articleId: string) => groupsOf.of(index).some((node) => {
    const r = now.get(node)!;
    return metAgain.has(articleId) ? r.finalId !== r.entityId : resolved.get(node)!.finalId !== r.finalId;
  });
  for (const [index, article] of articles.entries()) if (stale(index, article.id)) storeEntityIds(entitiesOf(article.id));
  writeResolutions(db, new Map([...now].filter(([node, r]) => readsDifferently(resolved.get(node), r) || resolved.get(node)!.finalId !== r.finalId)));
  step('figures', 'subjects joined by shared figures');
  return { layer, flags, redrafted };
}

/**
 * The last story-name check's verdicts as the store holds them: the name conflicts written then
 * (by id, and their canonical entities), and the people already known to have changed since —
 * the entities of groups read differently now (another entity, name, type or Chinese names: the
 * group's entity then and now). The people of articles met again are added as they are met.
 */
function settledPairs(db: Db, resolved: ResolutionsBefore, now: ReadonlyMap<string, NodeResolution>): SettledPairs & { changed: Set<string> } {
  const decode = codeReader(db);
  const rows = db.prepare('SELECT id, entity_id FROM conflict_rows WHERE fact_id IS NULL').raw().all() as [string, number | null][];
  const changed = new Set<string>();
  for (const [node, r] of now) {
    const before = resolved.get(node);
    if (!readsDifferently(before, r)) continue;
    changed.add(r.entityId);
    if (before) changed.add(before.entityId);
  }
  return { changed, flagged: new Set(rows.map(([id]) => id)), flaggedCanonical: new Set(rows.map(([, entity]) => decode(entity)!)) };
}

/**
 * The entities step: the tally of names, kept in the store, with the new articles' names added
 * (every article's, when `retally` or when the store kept no tally yet), resolved into the
 * canonical layer. Returns the layer, the tally's name groups and whether every article was
 * tallied again; the tally itself (every group's names, counts and evidence) is let go when
 * this returns.
 */
function resolveNames(db: Db, articles: readonly ArticleInput[], ctx: { retally: boolean; fresh: ReadonlySet<string>; entitiesOf: (articleId: string) => MentionInput[];
  kept: ReturnType<typeof keptReads> }): { layer: CanonicalLayer; nodes: string[]; retally: boolean } {
  // The tally of names only grows with new articles; an article that left the store, a full
  // rebuild, or a store that kept no tally yet has every article tallied again.
  const tally = new EntityTally();
  const keptTally = (db.prepare('SELECT EXISTS (SELECT 1 FROM reconcile_names)').pluck().get() as number) === 1;
  const retally = ctx.retally || (!keptTally && ctx.fresh.size < articles.length);
  if (!retally) tally.tally.load(readTally(db));
  const glossing = glossingArticles(db);
  for (const article of articles) {
    const add = retally || ctx.fresh.has(article.id);
    if (!add && !glossing.has(article.id)) continue;
    const own = ctx.entitiesOf(article.id);
    if (own.length === 0) continue;
    const nodes = add ? tally.addMentions(article.id, own) : tally.nodesOf(own);
    if (glossing.has(article.id)) tally.addGlosses(article.id, own, nodes, ctx.kept.glossesOf(article.id));
  }
  const scriptMemo = readScriptMemo(db);
  const layer = tally.resolve(scriptMemo);
  writeScriptMemo(db, scriptMemo);
  if (retally) db.prepare('DELETE FROM reconcile_names').run();
  writeTally(db, retally ? [] : tally.tally.changed, tally.tally.rows(tally.tally.changed));
  return { layer, nodes: [...tally.tally.groups.keys()], retally };
}

/** What the name and story steps read: the layer, what groups resolved to before and now, and the store's readers. */
interface NamesContext {
  layer: CanonicalLayer;
  lookups: ReturnType<typeof nameLookups>;
  resolved: ResolutionsBefore;
  moved: (node: string) => boolean;
  settled: (SettledPairs & { changed: Set<string> }) | undefined;
  kept: ReturnType<typeof keptReads>;
  entitiesOf: (articleId: string) => MentionInput[];
  rolesOf: (articleId: string) => RoleInput[];
  storeEntityIds: (own: readonly MentionInput[]) => void;
  errors: Map<string, ArticleErrors>;
  labelOf: (articleId: string) => string;
}

/**
 * The name and story steps: each article's names as kept, or met again from its mentions and
 * roles when it is new or one of its name groups now resolves differently; the story-name
 * check over all of them, its conflicts written; the stories. The stories' features are
 * gathered once the check's witness is let go (from each article's name groups, as kept for
 * the later steps), so the two are never held at once. What the steps hold of every article
 * (the people's mentions and roles, the story features) is let go when this returns: only
 * what the later steps read is given back.
 */
function meetNames(db: Db, articles: readonly ArticleInput[], ctx: NamesContext, step: (name: string, detail: string) => void) {
  const { inputs, groupsOf, metAgain, flags } = checkNames(db, articles, ctx);
  step('names', 'name variants checked');
  const stories = new StoryFinder();
  for (const [index, article] of articles.entries()) {
    stories.add(article, new Map([...entityIdFeatures(groupsOf.of(index).map(ctx.layer.entityOfNode)), ...ctx.kept.figuresOf(article.id)]));
  }
  const storyOf = stories.find();
  const storyCount = new Set(storyOf.values()).size;
  step('stories', `${storyCount} ${storyCount === 1 ? 'story' : 'stories'}`);
  return { inputs, groupsOf, metAgain, flags, storyOf };
}

/**
 * The name step: every article's names met or read as kept, the story-name check over them and
 * its conflicts written. Gives back each article's claim inputs and name groups, the articles
 * met again and the flags the conflicts set; the witness and the people's mentions are let go.
 */
function checkNames(db: Db, articles: readonly ArticleInput[], ctx: NamesContext) {
  const { layer, resolved, settled } = ctx;
  const witness = new NameWitness(layer);
  const inputs: string[] = [];
  const names = keptNames(db);
  const metAgain = new Set<string>();
  const groupsOf = new GroupsByArticle();
  // The people's mentions are gathered once the run knows whom the story-name check compares (below): here, only which articles name each person.
  const people = new Map<string, number[]>();
  for (const [index, article] of articles.entries()) {
    let met = names.get(article.id);
    if (!met || met.nodes.some(ctx.moved)) {
      // The people it named before and names now may be compared differently.
      if (met && settled) {
        for (const b of met.bearers) {
          const before = resolved.get(met.nodes[b[4]]!);
          if (before) settled.changed.add(before.entityId);
        }
      }
      const own = ctx.entitiesOf(article.id);
      met = meetArticle(article, own, ctx.rolesOf(article.id), layer, ctx.lookups);
      if (settled) for (const b of met.bearers) settled.changed.add(layer.entityOfNode(met.nodes[b[4]]!));
      names.set(article.id, met);
      ctx.storeEntityIds(own);
      metAgain.add(article.id);
    }
    const ids = met.nodes.map(layer.entityOfNode);
    witness.addRoles(article.id, met, ids);
    for (const b of met.bearers) {
      const of = people.get(ids[b[4]]!);
      if (!of) people.set(ids[b[4]]!, [index]);
      else if (of[of.length - 1] !== index) of.push(index);
    }
    inputs.push(met.inputs);
    groupsOf.add(met.nodes);
  }
  // The office holders are compared first, so the roles are let go before the people's mentions are gathered.
  witness.officeConflicts(ctx.errors, ctx.labelOf);
  // Only the people the story-name check will compare have their mentions gathered, from their articles' names as kept now.
  const byId = new Map(layer.entities.map((e) => [e.id, e]));
  const wanted = peopleToCompare([...people.keys()].flatMap((id) => byId.get(id) ?? []), settled);
  const again = [...new Set([...wanted].flatMap((id) => people.get(id)!))].sort((a, b) => a - b);
  people.clear(); // which articles name each person is not read again
  for (const index of again) witness.addPeople(articles[index]!.id, names.get(articles[index]!.id)!, undefined, wanted);
  // Written now rather than held to the end (a much-named person's spans run to thousands), those unchanged since the last
  // run left as they are; the entities they flag are not written yet.
  const flags = writeNameConflicts(db, nameConflictsOf(witness, articles, ctx.errors, ctx.labelOf, settled));
  // Fitted last: the longer array it leaves is returned by the collection that ends the step.
  groupsOf.fit();
  return { inputs, groupsOf, metAgain, flags };
}

/**
 * Each article's name groups, article after article (by its place in the run's list): numbers
 * in one array, each group's name once, rather than a list of strings per article (about a
 * third of the memory, held from the name step to the figures step).
 */
class GroupsByArticle {
  private readonly names = new Numbered<string>();
  private groups = new Int32Array(1 << 16);
  private size = 0;
  private ends = new Int32Array(1 << 12);
  private articles = 0;

  add(nodes: readonly string[]): void {
    for (const node of nodes) {
      if (this.size === this.groups.length) this.groups = grown(this.groups);
      this.groups[this.size++] = this.names.number(node, node);
    }
    if (this.articles === this.ends.length) this.ends = grown(this.ends);
    this.ends[this.articles++] = this.size;
  }

  /** Lets go the room left to grow, once every article is added (the groups are held to the figures step). */
  fit(): void {
    this.groups = fitted(this.groups, this.size);
    this.ends = fitted(this.ends, this.articles);
  }

  /** The groups of the article added `index`-th. */
  of(index: number): string[] {
    const start = index === 0 ? 0 : this.ends[index - 1]!;
    return Array.from(this.groups.subarray(start, this.ends[index]!), (n) => this.names.at(n));
  }
}

/** What the steps below read from the store article by article, with statements prepared once per run. */
interface StoreReads {
  /** An article's entity mentions, and its amounts and dates, each in reading order (read at once). */
  mentionsOf: (articleId: string) => { entities: MentionInput[]; figures: MentionInput[] };
  /** An article's roles, by span and role. */
  rolesOf: (articleId: string) => RoleInput[];
  /** The fact groups an article's stored claims belong to. */
  groupKeysOf: (articleId: string) => string[];
  /** The articles reconciled this run (those some file still holds). */
  live: { has(articleId: string): boolean };
}

/** An article's kept glosses and story features of its figures, read when a step needs them. */
function keptReads(db: Db): { glossesOf: (articleId: string) => ArticleGlosses; figuresOf: (articleId: string) => [string, number][] } {
  const glosses = db.prepare('SELECT glosses FROM reconcile_articles WHERE article_id = ?').pluck();
  const figures = db.prepare('SELECT figures FROM reconcile_articles WHERE article_id = ?').pluck();
  return {
    glossesOf: (articleId) => JSON.parse(glosses.get(articleId) as string) as ArticleGlosses,
    figuresOf: (articleId) => unpackFigures(figures.get(articleId) as Buffer),
  };
}

function groupKeysReader(db: Db): (articleId: string) => string[] {
  const statement = db.prepare('SELECT DISTINCT coalesce(group_key, id) FROM claims WHERE article_id = ?').pluck();
  return (articleId) => statement.all(articleId) as string[];
}

/**
 * Each article's kept state, and the machine-translation cues of those that show some; an article
 * met for the first time has its glosses and translation marks read from its text once.
 */
function articleStates(db: Db, articles: readonly ArticleInput[], store: StoreReads, indexOf: ReadonlyMap<string, number>):
  { states: ArticleStates; cues: Map<string, string[]>; fresh: Set<string>; forgotten: number } {
  const states: ArticleStates = { inputs: new Array<string | null>(articles.length).fill(null), nameVariants: new Int32Array(articles.length) };
  const known = new Uint8Array(articles.length);
  const cues = new Map<string, string[]>();
  const fresh = new Set<string>();
  // An article no longer live (its file changed) forgets its state: should it come back, it is met anew.
  const gone: string[] = [];
  const read = db.prepare('SELECT article_id, inputs, machine_translation, name_variants FROM reconcile_articles').raw();
  for (const [id, inputs, mt, variants] of read.iterate() as Iterable<[string, string | null, string, number]>) {
    const index = indexOf.get(id);
    if (index === undefined) { gone.push(id); continue; }
    known[index] = 1;
    states.inputs[index] = inputs;
    states.nameVariants[index] = variants;
    if (mt !== '[]') cues.set(id, JSON.parse(mt) as string[]);
  }
  // The extractor's links are set aside before reconciliation first overwrites entity_id.
  // (Stores written since migration 10 keep it from the start; the table behind the mentions view is updated, not the view.)
  const none = coder(db).code('');
  const keepLinks = db.prepare(`UPDATE mention_rows SET gazetteer_id = coalesce(nullif(entity_id, ${NO_ENTITY_YET}), ?)
    WHERE id IN (SELECT m.id ${MENTIONS_OF_ARTICLE} AND f.kind = (SELECT id FROM codes WHERE value = 'entity')) AND gazetteer_id IS NULL`);
  const forget = db.prepare('DELETE FROM reconcile_articles WHERE article_id = ?');
  for (const id of gone) forget.run(id);
  const insert = db.prepare('INSERT INTO reconcile_articles (article_id, inputs, glosses, figures, machine_translation, name_variants) VALUES (?, NULL, ?, ?, ?, 0)');
  for (const [index, article] of articles.entries()) {
    if (known[index]) continue;
    keepLinks.run(none, article.id);
    const text = article.text;
    const own = store.mentionsOf(article.id);
    const glosses = articleGlosses(text, own.entities);
    const figures = figureFeatures(own.figures);
    const machineTranslation = machineTranslationCues({ ...article, text });
    insert.run(article.id, JSON.stringify(glosses), packFigures(figures), JSON.stringify(machineTranslation));
    if (machineTranslation.length > 0) cues.set(article.id, machineTranslation);
    fresh.add(article.id);
  }
  return { states, cues, fresh, forgotten: gone.length };
}

interface DraftContext {
  /** Digest of what each article's claims are drafted from, but its story (by place in the run's list). */
  inputs: readonly string[];
  layer: CanonicalLayer;
  storyOf: ReadonlyMap<string, string>;
  states: ArticleStates;
  /** Every article is drafted and every fact group will be resolved: no claims to drop first, no groups to mark. */
  whole: boolean;
  store: StoreReads;
}

/** Claims written to the store at once (a batch's claims are held in memory until then). */
const WRITE_BATCH = 4096;
/** Fact-group keys (and codes) remembered while claims are written, at most about this many. */
const REMEMBERED_KEYS = 25_000;

/**
 * Claims drafted again for every article whose inputs changed — its story, or the id or
 * name of an entity it mentions — and removed for articles no longer in the store. The
 * fact groups they left and joined are marked dirty. Returns how many were drafted.
 */
function redraftClaims(db: Db, articles: readonly ArticleInput[], ctx: DraftContext, dirty: Set<string>): number {
  const setInputs = db.prepare('UPDATE reconcile_articles SET inputs = ? WHERE article_id = ?');
  // From the table behind the claims view: a delete through the view makes each old row, its text sliced from the article's.
  const dropClaims = db.prepare(`DELETE FROM claim_rows WHERE key IN (SELECT c.key FROM ${claimsOfArticle('(SELECT key FROM article_rows WHERE id = ?)')})`);
  // Claims are written a few thousand at a time, not article by article (each writeClaims call
  // prepares its statements), with one coder for many batches, so the strings claims share (fact
  // group keys above all) are looked up once. Many claims share a fact group: its key is hashed
  // once. What is remembered is let go now and then, so memory does not grow with the store.
  const pending: Claim[] = [];
  const keys = new Map<string, string>();
  let codes = coder(db);
  const keyOf = (c: Claim) => {
    if (ownGroup(c)) return c.id; // a group of its own is named by its claim, and has no stored key (migration 16)
    const group = factGroupKey(c);
    let key = keys.get(group);
    if (key === undefined) { key = storedGroupKey(group); keys.set(group, key); }
    return key;
  };
  const flush = () => {
    writeClaims(db, pending, keyOf, codes);
    pending.length = 0;
    if (keys.size < REMEMBERED_KEYS) return;
    keys.clear();
    codes = coder(db);
  };
  let drafted = 0;
  for (const [index, article] of articles.entries()) {
    const story = ctx.storyOf.get(article.id) ?? article.id;
    const inputs = digest([ctx.inputs[index]!, story]);
    if (!ctx.whole && ctx.states.inputs[index] === inputs) continue;
    if (!ctx.whole) for (const key of ctx.store.groupKeysOf(article.id)) dirty.add(key);
    if (!ctx.whole) dropClaims.run(article.id); // a full rebuild emptied the claims first; a first one has none
    const { entities, figures } = ctx.store.mentionsOf(article.id);
    const mentions = [...entities, ...figures];
    const claims = articleClaims({ ...article, text: article.text }, mentions, ctx.store.rolesOf(article.id), ctx.layer, story);
    for (const c of claims) { if (!ctx.whole) dirty.add(keyOf(c)); pending.push(c); }
    if (pending.length >= WRITE_BATCH) flush();
    setInputs.run(inputs, article.id);
    drafted++;
  }
  flush();
  for (const gone of storedClaimsNotLive(db, ctx.store.live)) {
    for (const key of ctx.store.groupKeysOf(gone)) dirty.add(key);
    dropClaims.run(gone);
  }
  return drafted;
}

/**
 * The articles no longer live (their file changed) that still have claims stored. Every article
 * that had claims has a claim range (article_claims, migration 21), kept when its claims are
 * dropped: the ranges are listed, and only those of articles not live are looked into, rather
 * than every claim of the store read for its article (2.7 s an hourly run at 100,000 articles).
 */
function storedClaimsNotLive(db: Db, live: StoreReads['live']): string[] {
  const ranges = db.prepare('SELECT r.article, a.id FROM article_claims r JOIN article_rows a ON a.key = r.article').raw();
  const hasClaims = db.prepare(`SELECT EXISTS (SELECT 1 FROM ${claimsOfArticle('?')})`).pluck();
  const gone: string[] = [];
  for (const [key, id] of ranges.iterate() as Iterable<[number, string]>) if (!live.has(id) && hasClaims.get(key) === 1) gone.push(id);
  return gone;
}

/**
 * Subjects joined by the figures they share (figure-links.ts), reading only the claims that could
 * take part: of the Chinese-script side those with a figure to join on (HanFigures), every claim a
 * join rewrote before (judged again), and of the Latin side only the claims whose amount falls
 * beside a Chinese-side one, found by a scan of a few columns; the store's other claims about
 * one-script entities are never held. Then the claims whose subject a join now moves, or a join
 * moved before, are read again by subject: one whose subject changes is rewritten, the name it
 * had kept beside it, and its fact group marked dirty.
 */
function relinkByFigures(db: Db, layer: CanonicalLayer, articleOf: (articleId: string) => ArticleInput | undefined, dirty: Set<string>): void {
  const sides = { han: [] as string[], latin: [] as string[] };
  for (const e of layer.entities) {
    const side = oneScriptSide(e);
    if (side) sides[side].push(e.id);
  }
  const byId = new Map(layer.entities.map((e) => [e.id, e]));
  const han = new HanFigures(byId, [], articleOf);
  /** The claims a join moved before that are not Chinese-side figures (met with the Latin side). */
  const moved: RelinkClaim[] = [];
  /** The claims whose subject is judged again: those a join moved before, whatever they state (and, below, those of every subject joined now). */
  const judged = new Map<string, RelinkClaim>();
  // Without their texts: only the few claims a join keeps as evidence are shown, and they get theirs below.
  const bySubject = `WHERE ${codedIn('coalesce(x.linked_from_entity_id, c.subject_entity_id)')}`;
  for (const c of readFigureClaims(db, `${bySubject} OR x.linked_from_entity_id IS NOT NULL`, [JSON.stringify(sides.han)])) {
    if (c.unlinkedSubjectId === c.storedSubjectId) { han.add(c); continue; }
    judged.set(c.id, c);
    if (!han.add(c)) moved.push(c);
  }
  // Of the Latin side, a claim is read whole only when it states a figure some Chinese-side claim
  // states (same type of subject, kind, amount and time: linkByFigures' own test); the scan reads
  // the few columns that test needs, and amounts near no Chinese-side one are passed over at once
  // (none is scanned when the Chinese side states no figure). Those claims are met as they are
  // read, not held: a join keeps only the few it shows as evidence.
  const keys = han.empty ? [] : latinMeeting(db, han, byId, sides.latin);
  const latin = readFigureClaims(db, 'WHERE c.key IN (SELECT value FROM json_each(?))', [JSON.stringify(keys)]);
  const { links } = joinByFigures(layer, han, (function* () { yield* moved; yield* latin; })());
  // The few claims kept as evidence of a join are read again, with their texts.
  const evidence = links.flatMap((link) => link.evidence.filter((e) => e.claim));
  if (evidence.length > 0) {
    const shown = readClaims(db, 'WHERE c.id IN (SELECT value FROM json_each(?))', [JSON.stringify([...new Set(evidence.map((e) => e.claim))])]);
    const textOf = new Map(shown.map((c) => [c.id, c.text]));
    for (const e of evidence) e.text = textOf.get(e.claim!)!;
  }
  // A claim's subject is the entity its own subject was joined to, if it was (the layer's merges
  // by figures, all made just now), else its own: judged for the claims a join moved before
  // (held) and those of every subject joined now (read again by subject, when there is one).
  // The entity it was joined to may have been renamed since (a longer name found): the name is compared too.
  const joined = [...layer.renamed.keys()];
  if (joined.length > 0) for (const c of readFigureClaims(db, bySubject, [JSON.stringify(joined)])) judged.set(c.id, c);
  const rewrite = db.prepare('UPDATE claims SET subject_entity_id = ?, subject = ?, linked_from_entity_id = ?, linked_from_subject = ? WHERE id = ?');
  for (const c of judged.values()) {
    const to = layer.renamed.get(c.unlinkedSubjectId ?? '');
    const [subjectId, subject] = to ? [to, byId.get(to)!.name] : [c.unlinkedSubjectId, c.unlinkedSubject];
    if (subjectId === c.storedSubjectId && subject === c.storedSubject) continue;
    rewrite.run(subjectId, subject, to ? c.unlinkedSubjectId : null, to ? c.unlinkedSubject : null, c.id);
    dirty.add(c.groupKey);
  }
}

/** The keys of the Latin-side claims (subjects in `latin`, never moved by a join) stating a figure some Chinese-side claim of `han` states. */
function latinMeeting(db: Db, han: HanFigures, byId: ReadonlyMap<string, CanonicalEntity>, latin: readonly string[]): number[] {
  const decode = codeReader(db);
  const keys: number[] = [];
  // The scan meets a million claims at 100,000 articles. The Chinese-side figures of a claim's currency, subject type
  // and kind are found by its codes (a key of strings built once for each such three met, not three for each claim),
  // and only a claim with one of them near its amount is made whole. A claim's article's id, story and day are looked
  // up when the scan reaches a new article (claims come by key, an article's together), not joined for each claim.
  const scan = db.prepare(`SELECT c.key, f.unit, ${claimColumn('value_number')}, c.subject_entity_id, f.predicate, f.measure, c.date_value, c.story, c.article
    FROM claim_rows c ${CLAIM_FORM_AND_EXTRAS}
    WHERE ${codedIn('c.subject_entity_id')} AND x.linked_from_entity_id IS NULL AND ${claimColumn('value_number')} > 0`).raw();
  const articleRow = db.prepare('SELECT a.id, s.story FROM article_rows a LEFT JOIN article_claims s ON s.article = a.key WHERE a.key = ?').raw();
  const typeOf = new Map<number, string>();
  /** The Chinese-side figures by currency and kind code, then subject type (null: none). */
  const figuresByCode = new Map<number, Map<number, Map<string, KindFigures | null>>>();
  const figuresOf = (unit: number, kind: number, type: string): KindFigures | null => {
    let byKind = figuresByCode.get(unit);
    if (!byKind) figuresByCode.set(unit, (byKind = new Map()));
    let byType = byKind.get(kind);
    if (!byType) byKind.set(kind, (byType = new Map()));
    let figures = byType.get(type);
    if (figures === undefined) byType.set(type, (figures = han.figuresOf(decode(unit)!, type, decode(kind)!) ?? null));
    return figures;
  };
  let article: { key: number; id: string; story: number | null; published: number | undefined } | undefined;
  type Row = [number, number, number, number, number, number | null, number | null, number | null, number];
  for (const [key, unit, value, subject, predicate, measure, date, ownStory, articleKey] of scan.iterate(JSON.stringify(latin)) as Iterable<Row>) {
    let type = typeOf.get(subject);
    if (type === undefined) typeOf.set(subject, (type = byId.get(decode(subject)!)!.type));
    // The kind of figure as kindOf gives it: the measure, where it is known, else the predicate.
    const measureText = decode(measure);
    const figures = figuresOf(unit, measureText && measureText !== 'unknown' ? measure! : predicate, type);
    if (figures === null || !nearIn(figures, value)) continue;
    if (article?.key !== articleKey) {
      const [id, story] = articleRow.get(articleKey) as [string, number | null];
      article = { key: articleKey, id, story, published: han.publishedDay(id) };
    }
    // Its story as the claims view gives it: the claim's own where it has one, else its article's (migration 24).
    const claim: FigureClaim = { id: '', articleId: article.id, subjectEntityId: decode(subject)!, subject: '', predicate: decode(predicate)!, unit: decode(unit)!, value,
      dateValue: decode(date), start: 0, end: 0, text: '', measure: measureText!, story: decode(ownStory ?? article.story)! }; // decoded as readClaims decodes them, null included
    if (han.meets(claim, type, article.published, figures)) keys.push(key);
  }
  return keys;
}

function summarise(db: Db, articles: number, work: Pick<ReconcileSummary, 'redrafted' | 'regrouped' | 'full' | 'timings'>): ReconcileSummary {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const tally = (sql: string) => Object.fromEntries(db.prepare(sql).raw().all() as [string, number][]);
  return {
    articles,
    // Counted in the tables behind the claims and facts views: the views decode every coded column.
    claims: count('SELECT count(*) FROM claim_rows'),
    facts: count('SELECT count(*) FROM fact_rows'),
    conflicts: count('SELECT count(*) FROM conflicts'),
    byStatus: tally('SELECT c.value, count(*) FROM fact_rows f JOIN codes c ON c.id = f.status GROUP BY c.value ORDER BY c.value'),
    byConflictKind: tally('SELECT kind, count(*) FROM conflicts GROUP BY kind ORDER BY kind'),
    ...work,
  };
}
