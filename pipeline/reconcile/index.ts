// reconcileStore: rebuilds the canonical layer — entities and aliases, claims, facts with
// their evidence and verdicts, conflicts — from the store's articles, mentions and roles,
// in one transaction. Inputs are sorted and ids derive from content, so the same articles
// give the same layer whatever order their drops arrived in.

import type { Db } from '../store/open.ts';
import { refineRepeats } from './claims-refine.ts';
import { parseArticleClaims } from './claims.ts';
import { canonicalEntities, writeEntityLinks } from './entities.ts';
import { groupIntoFacts } from './fact-groups.ts';
import { factClaims, resolveFact, scaleSlipArticles } from './facts.ts';
import { loadInput } from './load.ts';
import { linkByFigures } from './figure-links.ts';
import { findNameVariants, findStoryNameVariants } from './names.ts';
import { findStories } from './stories.ts';
import { articleWeight, machineTranslationCues, type ArticleErrors } from './reliability.ts';
import type { Claim, Conflict, Fact, MentionInput, ReconcileInput, RoleInput } from './types.ts';
import { clearDerived, writeDerived } from './write.ts';
import { addToGroup } from '../group-by-key.ts';

export interface ReconcileSummary {
  articles: number;
  claims: number;
  facts: number;
  conflicts: number;
  byStatus: Record<string, number>;
  byConflictKind: Record<string, number>;
}

export interface CanonicalResult {
  layer: ReturnType<typeof canonicalEntities>;
  claims: Claim[];
  facts: Fact[];
  conflicts: Conflict[];
}

/** The whole computation, without the store: input rows in, derived rows out. */
export function reconcile(unsorted: ReconcileInput): CanonicalResult {
  const input = sortInput(unsorted);
  const layer = canonicalEntities(input.articles, input.mentions);
  const entityById = new Map(layer.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => entityById.get(id)?.name ?? layer.gazetteer.get(id)?.name ?? id;
  const pathOf = new Map(input.articles.map((a) => [a.id, a.path]));
  const labelOf = (articleId: string) => pathOf.get(articleId) ?? articleId;

  const errors = new Map<string, ArticleErrors>(input.articles.map((a) => [a.id, { machineTranslation: machineTranslationCues(a), nameVariants: 0, scaleErrorFacts: new Set<string>() }]));

  // Names first: a misnamed office holder is evidence about the article's care.
  const entityAt = new Map<string, MentionInput>(); // the first entity mention at an article's span
  for (const m of input.mentions) {
    if (m.kind !== 'entity') continue;
    const key = spanKey(m.articleId, m.start, m.end);
    if (!entityAt.has(key)) entityAt.set(key, m);
  }
  const personOf = (r: RoleInput) => {
    const mention = entityAt.get(spanKey(r.articleId, r.personStart, r.personEnd));
    const id = (mention && layer.mentionEntity.get(mention.id)) ?? r.personEntityId ?? `person:${r.personText}`;
    return { id, name: nameOf(id) === id ? r.personText : nameOf(id), known: layer.gazetteer.has(id) };
  };
  const byRole = findNameVariants(input.roles, { weightOf: (a) => articleWeight(errors.get(a)), labelOf, personOf, nameOf });
  const flagged = new Set(byRole.map((c) => c.id));
  const nameConflicts = [...byRole, ...findStoryNameVariants({ ...input, ...layer }, { labelOf }).filter((c) => !flagged.has(c.id))];
  for (const c of nameConflicts) for (const a of c.variants[1]!.articles) errors.get(a)!.nameVariants++;

  const claims: Claim[] = [];
  const mentionsOf = groupByArticle(input.mentions);
  const rolesOf = groupByArticle(input.roles);
  const storyOf = findStories(input.articles, mentionsOf, (m) => layer.mentionEntity.get(m.id) ?? m.entityId);
  for (const article of input.articles) {
    const own: Record<MentionInput['kind'], MentionInput[]> = { money: [], entity: [], date: [] };
    for (const m of mentionsOf.get(article.id) ?? []) {
      own[m.kind].push(m.kind === 'entity' ? { ...m, entityId: layer.mentionEntity.get(m.id) ?? m.entityId } : m);
    }
    const drafts = parseArticleClaims({ article, money: own.money, entities: own.entity, dates: own.date, roles: rolesOf.get(article.id) ?? [], nameOf });
    const story = storyOf.get(article.id) ?? article.id;
    for (const claim of refineRepeats(drafts)) { claim.story = story; claims.push(claim); }
  }

  // Subjects no spelling could link, joined by the figures they share (北光工坊 = Northlight Forge).
  linkByFigures(layer, claims, input.articles);

  // Facts twice: the first pass finds which articles slip a scale, the second weighs them for it.
  const groups = groupIntoFacts(claims).map(factClaims);
  const factCtx = { weightOf: (a: string, factId: string) => articleWeight(errors.get(a), factId), labelOf };
  for (const group of groups) {
    for (const articles of scaleSlipArticles(group, factCtx)) for (const a of articles) errors.get(a)!.scaleErrorFacts.add(group.id);
  }
  const resolved = groups.map((g) => resolveFact(g, factCtx));
  return {
    layer,
    claims,
    facts: resolved.map((r) => r.fact),
    conflicts: [...resolved.flatMap((r) => r.conflicts), ...nameConflicts].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const spanKey = (articleId: string, start: number, end: number) => `${articleId}\u0000${start}\u0000${end}`;

/** Rows by article, each article's rows in their input order: one pass, not one filter per article. */
function groupByArticle<T extends { articleId: string }>(rows: T[]): Map<string, T[]> {
  const byArticle = new Map<string, T[]>();
  for (const row of rows) addToGroup(byArticle, row.articleId, row);
  return byArticle;
}

/** Articles by id, mentions and roles by article and span: the order never comes from the caller. */
function sortInput(input: ReconcileInput): ReconcileInput {
  return {
    articles: [...input.articles].sort((a, b) => compare(a.id, b.id)),
    mentions: [...input.mentions].sort((a, b) => compare(a.articleId, b.articleId) || a.start - b.start || a.end - b.end || compare(a.kind, b.kind) || a.id - b.id),
    roles: [...input.roles].sort((a, b) => compare(a.articleId, b.articleId) || a.start - b.start || a.end - b.end || compare(a.role, b.role)),
  };
}

export interface ReconcileOptions {
  /** The run this reconciliation belongs to (recorded in `reconciliations.run_id`). */
  runId?: number;
  /** Rebuild the whole canonical layer, ignoring what earlier reconciliations left. */
  full?: boolean;
}

export function reconcileStore(db: Db, options: ReconcileOptions = {}): ReconcileSummary {
  const { runId } = options;
  return db.transaction(() => {
    const input = loadInput(db);
    const result = reconcile(input);
    clearDerived(db);
    writeDerived(db, result, new Map(input.mentions.map((m) => [m.id, m.entityId])));
    writeEntityLinks(db, result.layer);
    const summary: ReconcileSummary = {
      articles: input.articles.length, claims: result.claims.length, facts: result.facts.length, conflicts: result.conflicts.length,
      byStatus: {}, byConflictKind: {},
    };
    for (const f of result.facts) summary.byStatus[f.status] = (summary.byStatus[f.status] ?? 0) + 1;
    for (const c of result.conflicts) summary.byConflictKind[c.kind] = (summary.byConflictKind[c.kind] ?? 0) + 1;
    db.prepare('INSERT INTO reconciliations (run_id, finished_at, articles, claims, facts, conflicts) VALUES (?, ?, ?, ?, ?, ?)')
      .run(runId ?? null, new Date().toISOString(), summary.articles, summary.claims, summary.facts, summary.conflicts);
    return summary;
  }).immediate();
}
