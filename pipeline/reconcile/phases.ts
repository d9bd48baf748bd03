// The steps of reconciliation that both ways of running it share: the whole computation in
// memory (reconcile() in index.ts, the reference) and the store's incremental one
// (store-reconcile.ts), so the two cannot drift apart. Each step is a function of its
// inputs only: names and their conflicts, one article's claims, one fact group's facts.

import type { CanonicalLayer } from './entities.ts';
import { refineRepeats } from './claims-refine.ts';
import { parseArticleClaims } from './claims.ts';
import { groupIntoFacts } from './fact-groups.ts';
import { factClaims, resolveFact, scaleSlipArticles, type FactClaims } from './facts.ts';
import { bearerMention, nameLookups, type ArticleNames } from './article-names.ts';
import { findNameVariants, StoryNameBearers, type SettledPairs } from './names.ts';
import { WitnessRoles, type WitnessRole } from './witness-roles.ts';
import { PREDICATES } from './predicates.ts';
import { articleWeight, type ArticleErrors } from './reliability.ts';
import type { ArticleInput, Claim, Conflict, Fact, MentionInput, ReconcileInput, RoleInput } from './types.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const LEGACY_MEASURES = new Set(PREDICATES.map((p) => p.id));

/** Rows by article, each article's rows in their input order: one pass, not one filter per article. */
export function groupByArticle<T extends { articleId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byArticle = new Map<string, T[]>();
  for (const row of rows) addToGroup(byArticle, row.articleId, row);
  return byArticle;
}

/** One article's mentions in reading order: by span, then kind, then id. */
export const byPositionInArticle = (a: MentionInput, b: MentionInput) => a.start - b.start || a.end - b.end || compare(a.kind, b.kind) || a.id - b.id;

/** Articles by id, mentions and roles by article and span: the order never comes from the caller. */
export function sortInput(input: ReconcileInput): ReconcileInput {
  return {
    articles: [...input.articles].sort((a, b) => compare(a.id, b.id)),
    mentions: [...input.mentions].sort((a, b) => compare(a.articleId, b.articleId) || byPositionInArticle(a, b)),
    roles: [...input.roles].sort((a, b) => compare(a.articleId, b.articleId) || a.start - b.start || a.end - b.end || compare(a.role, b.role)),
  };
}

/** An entity's name, for any id the layer or the gazetteer knows (else the id itself). */
const nameOfLayer = new WeakMap<CanonicalLayer, { count: number; nameOf: (id: string) => string }>();
/**
 * An entity's name by id, from one map built per layer (drafting asks for it in every
 * article), built again once joining by figures has taken an entity out of the layer.
 */
export function namesOf(layer: CanonicalLayer): (id: string) => string {
  let known = nameOfLayer.get(layer);
  if (!known || known.count !== layer.entities.length) nameOfLayer.set(layer, (known = { count: layer.entities.length, nameOf: nameLookups(layer).nameOf }));
  return known.nameOf;
}

/** Every entity mention with its canonical entity, article by article (mentions held in memory: the reference and tests). */
export function withEntities(layer: CanonicalLayer, mentions: readonly MentionInput[]): { mention: MentionInput; entityId: string }[] {
  const out: { mention: MentionInput; entityId: string }[] = [];
  for (const own of groupByArticle(mentions.filter((m) => m.kind === 'entity')).values()) {
    const ids = layer.articleEntities(own);
    own.forEach((mention, i) => out.push({ mention, entityId: ids[i]! }));
  }
  return out;
}

/**
 * What the name step needs, gathered article by article: each role of a country with the
 * person it names (the entity of the mention at the role's person span), and the people and
 * other entities of every article for close names in one story. The roles are read once, for
 * the office holders named differently (officeConflicts), and let go then: the people's
 * mentions can be gathered after that, so the two are never held at once.
 */
export class NameWitness {
  private roles: WitnessRoles | undefined = new WitnessRoles();
  private byRole: Conflict[] | undefined;
  readonly bearers: StoryNameBearers;
  private readonly nameOf: (id: string) => string;
  private readonly texts = new Map<string, string>();

  constructor(private readonly layer: CanonicalLayer) {
    this.bearers = new StoryNameBearers(layer.entities);
    this.nameOf = namesOf(layer);
  }

  /** The first copy of a string met, for all its later copies. */
  private oneCopy<T extends string | null>(s: T): T {
    if (s === null) return s;
    const known = this.texts.get(s);
    if (known !== undefined) return known as T;
    this.texts.set(s, s);
    return s;
  }

  /** One article's names as met (meetArticle), read against the layer. */
  add(articleId: string, names: ArticleNames): void {
    const ids = names.nodes.map(this.layer.entityOfNode);
    this.addPeople(articleId, names, ids);
    this.addRoles(articleId, names, ids);
  }

  /**
   * The people an article names (its persons' mentions and its other entities), or only those of
   * the people `wanted` (with all its other entities, which say what story it tells).
   */
  addPeople(articleId: string, names: ArticleNames, ids = names.nodes.map(this.layer.entityOfNode), wanted?: ReadonlySet<string>): void {
    for (const i of names.others) this.bearers.other(articleId, ids[i]!);
    for (const bearer of names.bearers) {
      const id = ids[bearer[4]]!;
      if (wanted && !wanted.has(id)) continue;
      // One string per distinct person text for the whole store: each article's kept names were read back as copies of their own.
      bearer[3] = this.oneCopy(bearer[3]);
      this.bearers.bearer(bearerMention(articleId, bearer), id);
    }
  }

  /** The roles of a country an article names, each with its person (before officeConflicts only). */
  addRoles(articleId: string, names: ArticleNames, ids = names.nodes.map(this.layer.entityOfNode)): void {
    if (!this.roles) throw new Error(`NameWitness: the roles of ${articleId} came after the office holders were compared`);
    for (const [r, at] of names.roles) {
      const id = (at >= 0 ? ids[at] : undefined) ?? r.personEntityId ?? `person:${r.personText}`;
      const name = this.nameOf(id) === id ? r.personText : this.nameOf(id);
      this.roles.push({
        articleId, start: r.start, end: r.end, personText: r.personText, role: r.role, roleName: r.roleName, country: r.country, dateValue: r.dateValue,
        person: { id, name, known: this.layer.gazetteer.has(id) },
      });
    }
  }

  /** Office holders named differently across articles, found once from the roles added, which are let go then. */
  officeConflicts(errors: ReadonlyMap<string, ArticleErrors>, labelOf: (articleId: string) => string): Conflict[] {
    if (this.roles) {
      this.byRole = findNameVariants(this.roles.officeRoles(), { weightOf: (a) => articleWeight(errors.get(a)), labelOf, personOf: (r: WitnessRole) => r.person, nameOf: this.nameOf });
      this.roles = undefined;
    }
    return this.byRole!;
  }
}

/**
 * Misnamed people: office holders named differently across articles, and close names in
 * one story's role. Each flagged article's name-variant count rises (it weighs its word);
 * `errors` may hold only the articles showing errors so far (one missing is clean), and a
 * flagged article missing gets its entry.
 */
export function nameConflictsOf(witness: NameWitness, articles: readonly ArticleInput[], errors: Map<string, ArticleErrors>,
  labelOf: (articleId: string) => string, settled?: SettledPairs): Conflict[] {
  const byRole = witness.officeConflicts(errors, labelOf);
  const flagged = new Set(byRole.map((c) => c.id));
  const conflicts = [...byRole, ...witness.bearers.conflicts(articles, { labelOf }, settled).filter((c) => !flagged.has(c.id))];
  for (const c of conflicts) {
    for (const a of c.variants[1]!.articles) {
      const own = errors.get(a);
      if (own) own.nameVariants++;
      else errors.set(a, { machineTranslation: [], nameVariants: 1, scaleErrorFacts: new Set() });
    }
  }
  return conflicts;
}

/** One article's claims: its amounts read against its own mentions and roles, with canonical entity ids. */
export function articleClaims(article: ArticleInput, mentions: readonly MentionInput[], roles: readonly RoleInput[], layer: CanonicalLayer, story: string): Claim[] {
  const own: Record<MentionInput['kind'], MentionInput[]> = { money: [], entity: [], date: [] };
  for (const m of mentions) own[m.kind].push(m);
  const ids = layer.articleEntities(own.entity);
  const entities = own.entity.map((m, i) => ({ ...m, entityId: ids[i] ?? m.entityId }));
  const drafts = parseArticleClaims({ article, money: own.money, entities, dates: own.date, roles: [...roles], nameOf: namesOf(layer) });
  const claims: Claim[] = [];
  for (const claim of refineRepeats(drafts)) { claim.story = story; claims.push(claim); }
  return claims;
}

/** The key of the claims that may state one quantity: story, measure, and an investment's topic. */
export const factGroupKey = (c: Claim) => `${c.story}|${c.measureKey}|${LEGACY_MEASURES.has(c.predicate) ? c.topic ?? '' : ''}`;

/** One fact group's claims as facts, before weighing. */
export const factsOfGroup = (claims: Claim[]): FactClaims[] => groupIntoFacts(claims).map(factClaims);

export interface FactWeights {
  errors: (articleId: string) => ArticleErrors | undefined;
  labelOf: (articleId: string) => string;
}

/** What facts.ts weighs a fact's articles with. */
const factContext = (weights: FactWeights) => ({ weightOf: (a: string, factId: string) => articleWeight(weights.errors(a), factId), labelOf: weights.labelOf });

/** Each fact's articles whose figure slips a scale (the first pass: weighed without scale errors). */
export function scaleSlips(facts: readonly FactClaims[], weights: FactWeights): { factId: string; articles: string[] }[] {
  const ctx = factContext(weights);
  return facts.map((f) => ({ factId: f.id, articles: scaleSlipArticles(f, ctx).flat() })).filter((s) => s.articles.length > 0);
}

/** The facts resolved, each article weighed by its errors everywhere else. */
export function resolveFacts(facts: readonly FactClaims[], weights: FactWeights): { facts: Fact[]; conflicts: Conflict[] } {
  const ctx = factContext(weights);
  const resolved = facts.map((f) => resolveFact(f, ctx));
  return { facts: resolved.map((r) => r.fact), conflicts: resolved.flatMap((r) => r.conflicts) };
}
