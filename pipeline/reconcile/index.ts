// Reconciliation: the canonical layer — entities and aliases, claims, facts with their
// evidence and verdicts, conflicts — from articles, mentions and roles. reconcile() is the
// whole computation in memory; reconcileStore (store-reconcile.ts) keeps a store's layer up
// to date with the same steps. Inputs are sorted and ids derive from content, so the same
// articles give the same layer whatever order their drops arrived in.

import { meetArticle, nameLookups } from './article-names.ts';
import { canonicalEntities } from './entities.ts';
import { linkByFigures } from './figure-links.ts';
import { articleClaims, factGroupKey, factsOfGroup, groupByArticle, NameWitness, nameConflictsOf, resolveFacts, scaleSlips, sortInput } from './phases.ts';
import { machineTranslationCues, type ArticleErrors } from './reliability.ts';
import { featuresOf, findStories } from './stories.ts';
import type { Claim, Conflict, Fact, MentionInput, ReconcileInput } from './types.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

export interface CanonicalResult {
  layer: ReturnType<typeof canonicalEntities>;
  claims: Claim[];
  facts: Fact[];
  conflicts: Conflict[];
}

/** The whole computation in memory, without the store: input rows in, derived rows out (the reference the store's incremental run must equal). */
export function reconcile(unsorted: ReconcileInput): CanonicalResult {
  const input = sortInput(unsorted);
  const layer = canonicalEntities(input.articles, input.mentions);
  const pathOf = new Map(input.articles.map((a) => [a.id, a.path]));
  const labelOf = (articleId: string) => pathOf.get(articleId) ?? articleId;

  const errors = new Map<string, ArticleErrors>(input.articles.map((a) => [a.id, { machineTranslation: machineTranslationCues(a), nameVariants: 0, scaleErrorFacts: new Set<string>() }]));
  const mentionsOf = groupByArticle(input.mentions);
  const rolesOf = groupByArticle(input.roles);
  // Names first: a misnamed office holder is evidence about the article's care.
  const witness = new NameWitness(layer);
  const lookups = nameLookups(layer);
  const entityOf = new Map<MentionInput, string>();
  for (const article of input.articles) {
    const own = (mentionsOf.get(article.id) ?? []).filter((m) => m.kind === 'entity');
    const ids = layer.articleEntities(own);
    own.forEach((m, i) => entityOf.set(m, ids[i]!));
    witness.add(article.id, meetArticle(article, own, rolesOf.get(article.id) ?? [], layer, lookups));
  }
  const nameConflicts = nameConflictsOf(witness, input.articles, errors, labelOf);

  const claims: Claim[] = [];
  const storyOf = findStories(input.articles, (a) => featuresOf(mentionsOf.get(a.id) ?? [], (m) => entityOf.get(m) ?? m.entityId));
  for (const article of input.articles) {
    claims.push(...articleClaims(article, mentionsOf.get(article.id) ?? [], rolesOf.get(article.id) ?? [], layer, storyOf.get(article.id) ?? article.id));
  }

  // Subjects no spelling could link, joined by the figures they share (北光工坊 = Northlight Forge).
  linkByFigures(layer, claims, input.articles);

  // Facts twice: the first pass finds which articles slip a scale, the second weighs them for it.
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) addToGroup(byKey, factGroupKey(c), c);
  const groups = [...byKey.keys()].sort().flatMap((key) => factsOfGroup(byKey.get(key)!));
  const weights = { errors: (a: string) => errors.get(a), labelOf };
  for (const slip of scaleSlips(groups, weights)) for (const a of slip.articles) errors.get(a)!.scaleErrorFacts.add(slip.factId);
  const resolved = resolveFacts(groups, weights);
  return {
    layer,
    claims,
    facts: resolved.facts,
    conflicts: [...resolved.conflicts, ...nameConflicts].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

export { reconcileStore, type ReconcileOptions, type ReconcileSummary } from './store-reconcile.ts';
